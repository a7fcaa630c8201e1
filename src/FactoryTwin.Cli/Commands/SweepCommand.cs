using System.CommandLine;
using System.Globalization;
using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Storage;
using Spectre.Console;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin sweep BASE.json --set PATH=VALUES ...</c>: runs every point of a grid of settings and names the best.</summary>
internal static class SweepCommand
{
    public static Command Create(Terminal terminal, CancellationToken cancellation)
    {
        var file = new Argument<string>("scenario") { Description = "The base scenario." };
        file.Validators.Add(UnknownOptions.Reject);
        var sets = new Option<string[]>("--set") { Description = "A dimension of the grid: PATH=VALUES, a list (stations[1].machines=1,2) or a range (robots[0].count=10..40:10).", Required = true };
        var by = new Option<string>("--by") { Description = "The metric that names the best point.", DefaultValueFactory = _ => "throughput.jobsPerHour" };
        var goal = new Option<string?>("--goal") { Description = "max or min: whether more of --by is better (default: from its name)." };
        var seed = CommonOptions.Seed();
        var replications = CommonOptions.Replications("of every point, instead of the scenario's");
        var output = CommonOptions.Out("runs/sweep-NAME");
        var parallel = CommonOptions.Parallel();
        var resume = new Option<bool>("--resume") { Description = "Keep the runs already in the output folder and run only the missing ones (after a kill or Ctrl-C)." };
        var shard = CommonOptions.Shard();
        var verbosity = CommonOptions.Verbosity();
        var logFile = CommonOptions.LogFile();
        var force = CommonOptions.Force();
        var command = new Command("sweep", "Run a grid of settings of one scenario, with replications, and name the best point.")
        {
            file, sets, by, goal, seed, replications, output, parallel, resume, shard, verbosity, logFile, force,
        };
        var brains = new BrainOptions();
        brains.AddTo(command);
        command.SetAction(result =>
        {
            using var log = Logging.Create(result.GetValue(verbosity)!, terminal.Errors, result.GetValue(logFile));
            var metric = result.GetValue(by)!;
            if (ExperimentExecution.Goal(result.GetValue(goal), metric) is not { } maximize)
                return Usage(terminal, "--goal must be max or min.");
            var part = CommonOptions.ShardOf(result, shard);
            var dimensions = new List<IReadOnlyList<Setting>>();
            foreach (var set in result.GetValue(sets)!)
            {
                if (SettingParser.Parse(set, out var problem) is not { } values)
                    return Usage(terminal, $"--set {problem}.");
                dimensions.Add(values);
            }
            var base_ = result.GetValue(file)!;
            var points = new List<Alternative>();
            foreach (var combination in Grid(dimensions))
            {
                var name = string.Join(",", combination.Select(s => s.ToString()));
                var (alternative, problems) = Alternatives.Build(name, base_, combination);
                if (alternative is null)
                {
                    foreach (var problem in problems)
                        terminal.Errors.WriteLine(problem);
                    return ExitCodes.InvalidInput;
                }
                points.Add(alternative);
            }
            var (seated, usage) = brains.Apply(result, points);
            if (usage.Count > 0)
                return Usage(terminal, usage[0]["factorytwin: ".Length..]);
            points = seated;
            var plan = points[0].Plan;
            var experiment = new Experiment("sweep", points, result.GetValue(seed) ?? plan.Seed, result.GetValue(replications) ?? plan.Run.Replications, metric, maximize);
            var folder = result.GetValue(output) ?? OutputFolders.Default(plan.Name, "sweep-");
            using var claimed = OutputFolders.Claim(terminal, folder, result.GetValue(force));
            if (claimed is null)
                return ExitCodes.InvalidInput;
            return ExperimentExecution.Run(experiment, folder, result.GetValue(parallel), part, result.GetValue(resume), brains.Seat(result), terminal, log,
                (outcome, best) => Print(terminal, outcome, best), cancellation);
        });
        return command;
    }

    /// <summary>Every combination of one value per dimension, the last dimension varying fastest.</summary>
    private static IEnumerable<List<Setting>> Grid(List<IReadOnlyList<Setting>> dimensions)
    {
        IEnumerable<List<Setting>> combinations = [[]];
        foreach (var dimension in dimensions)
            combinations = combinations.SelectMany(c => dimension.Select(v => new List<Setting>(c) { v })).ToList();
        return combinations;
    }

    private static int Usage(Terminal terminal, string message)
    {
        terminal.Errors.WriteLine($"factorytwin: {message}");
        return ExitCodes.Usage;
    }

    internal static void Print(Terminal terminal, ExperimentOutcome outcome, int best)
    {
        var manifest = outcome.Manifest;
        var table = new Table().Title($"{manifest.Alternatives.Count} points × {manifest.Replications} replications ({outcome.Runs.Count} of {outcome.Wanted} runs here)")
            .AddColumn("point").AddColumn(new TableColumn(Markup.Escape(manifest.By)).RightAligned()).AddColumn(new TableColumn("± half-width").RightAligned());
        for (var p = 0; p < manifest.Alternatives.Count; p++)
        {
            var values = outcome.Of(p).Select(r => r.Metrics.FirstOrDefault(m => m.Name == manifest.By).Value).Where(double.IsFinite).ToList();
            var summary = Experiments.Statistics.Summaries.Of([.. outcome.Of(p).Select(r => r.Metrics)]).FirstOrDefault(m => m.Name == manifest.By);
            table.AddRow(Markup.Escape(manifest.Alternatives[p].Name + (p == best ? "  (best)" : "")),
                summary is null ? "n/a" : Number(summary.Mean), summary is null ? "n/a" : Number(summary.HalfWidth));
        }
        terminal.Table.Write(table);
        if (best >= 0)
            terminal.Output.WriteLine($"Best by {manifest.By} ({(manifest.Maximize ? "higher" : "lower")} is better): {manifest.Alternatives[best].Name}");
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "n/a";
}
