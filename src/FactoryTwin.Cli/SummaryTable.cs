using System.Globalization;
using FactoryTwin.Experiments.Statistics;
using Spectre.Console;

namespace FactoryTwin.Cli;

/// <summary>The short table printed after a run: the metrics that decide a layout, each as mean ± half-width.</summary>
internal static class SummaryTable
{
    private static readonly string[] FleetMetrics = ["movingLoadedFraction", "movingEmptyFraction", "waitingTrafficFraction", "chargingFraction", "idleFraction", "deadlocks"];

    private static readonly string[] Headline =
    [
        "throughput.jobsPerHour", "cycleTime.meanSeconds", "cycleTime.p95Seconds", "wip.meanJobs", "transport.taskWaitMeanSeconds",
    ];

    public static void Print(Terminal terminal, FactoryPlan plan, IReadOnlyList<MetricSummary> summaries, int replications)
    {
        var byName = summaries.ToDictionary(s => s.Name);
        var rows = Headline.Where(byName.ContainsKey).Select(n => byName[n]).ToList();
        rows.AddRange(plan.Stations.Where(s => s.Kind == StationKind.Machine)
            .Select(s => $"station.{s.Id}.utilisation").Where(byName.ContainsKey).Select(n => byName[n]));
        foreach (var fleet in plan.Fleets.Where(f => f.Kind == RobotKind.Amr))
        {
            rows.AddRange(FleetMetrics.Concat(fleet.Failures is null ? [] : ["downFraction"]).Concat(fleet.Shifts is null ? [] : ["offShiftFraction"]) // for fleets that can be
                .Select(m => $"fleet.{fleet.Id}.{m}").Where(byName.ContainsKey).Select(n => byName[n]));
        }
        var table = new Table().Title($"{plan.Name}: {replications} replication(s), 95% confidence intervals")
            .AddColumn("metric").AddColumn(new TableColumn("mean").RightAligned()).AddColumn(new TableColumn("± half-width").RightAligned()).AddColumn("unit");
        foreach (var row in rows)
            table.AddRow(Markup.Escape(row.Name), Format(row.Mean), double.IsFinite(row.HalfWidth) ? Format(row.HalfWidth) : "n/a", row.Unit);
        terminal.Table.Write(table);
    }

    private static string Format(double value) => double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "n/a";
}
