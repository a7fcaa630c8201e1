using System.Globalization;
using FactoryTwin.Des;
using FactoryTwin.Experiments.Brains;
using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Statistics;
using Serilog;

namespace FactoryTwin.Cli.Commands;

/// <summary>What compare and sweep share: run the experiment with progress (runs done, time left, the best so far), write its results, and say how it ended.</summary>
internal static class ExperimentExecution
{
    public static int Run(Experiment experiment, string folder, int parallel, Shard shard, bool resume, BrainSeat brains, Terminal terminal, ILogger log,
        Action<ExperimentOutcome, int> report, CancellationToken cancellation)
    {
        ExperimentOutcome outcome;
        try
        {
            var perAlternative = experiment.Alternatives.Select(_ => new List<double>()).ToArray();
            outcome = terminal.WithProgress($"{experiment.Kind}: {experiment.Alternatives.Count} × {experiment.Replications}", update =>
                ExperimentRunner.Run(experiment, folder, parallel, shard, resume, progress: p =>
                {
                    if (p.Last is { } last && last.Metrics.FirstOrDefault(m => m.Name == experiment.By) is { Name: not null } metric)
                        perAlternative[last.Alternative].Add(metric.Value);
                    var best = BestSoFar(experiment, perAlternative);
                    update(p.Fraction, $"{p.Finished} of {p.Wanted} runs, best so far {best}");
                    if (p.Last is not null)
                        log.Debug("{Finished} of {Wanted} runs; best so far by {Metric}: {Best}", p.Finished, p.Wanted, experiment.By, best);
                }, warnings: w => RunWarnings.Log(log, w), brains: brains, cancellation: cancellation));
        }
        catch (SimulationException error)
        {
            log.Error("The simulation failed: {Message}", error.Message);
            return ExitCodes.SimulationFailed;
        }
        catch (InvalidDataException error)
        {
            log.Error("{Message}", error.Message);
            return ExitCodes.InvalidInput;
        }
        var best = ResultFiles.Write(folder, outcome);
        report(outcome, best);
        terminal.Output.WriteLine($"Results: {Path.GetFullPath(folder)}");
        if (outcome.Complete)
            return ExitCodes.Success;
        if (cancellation.IsCancellationRequested)
        {
            log.Warning("Interrupted: {Finished} of {Wanted} runs finished and are kept; run again with --resume to go on.", outcome.Runs.Count, outcome.Wanted);
            return ExitCodes.Interrupted;
        }
        return ExitCodes.Success;
    }

    /// <summary>The alternative with the best mean so far, for the progress log.</summary>
    private static string BestSoFar(Experiment experiment, List<double>[] values)
    {
        var means = values.Select((v, a) => (Mean: v.Count > 0 ? v.Average() : double.NaN, a)).Where(x => double.IsFinite(x.Mean)).ToList();
        if (means.Count == 0)
            return "none yet";
        var best = experiment.Maximize ? means.MaxBy(x => x.Mean) : means.MinBy(x => x.Mean);
        return string.Create(CultureInfo.InvariantCulture, $"{experiment.Alternatives[best.a].Name} ({best.Mean:G4})");
    }

    /// <summary>Whether to maximize the metric: as the user said, or as its name suggests.</summary>
    public static bool? Goal(string? goal, string metric) => goal switch
    {
        null => Comparison.MoreIsBetter(metric),
        "max" or "maximize" => true,
        "min" or "minimize" => false,
        _ => null,
    };
}
