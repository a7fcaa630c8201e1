using System.CommandLine;
using System.Globalization;
using FactoryTwin.Des;
using FactoryTwin.Experiments.Brains;
using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Statistics;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin run SCENARIO</c>: runs the replications (or as many as a precision needs) and writes the metrics, the run record and, if asked, the trace.</summary>
internal static class RunCommand
{
    public static Command Create(Terminal terminal, CancellationToken cancellation)
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file to run." };
        file.Validators.Add(UnknownOptions.Reject);
        var seed = CommonOptions.Seed();
        var output = CommonOptions.Out("runs/NAME, NAME from the scenario");
        var trace = new Option<bool>("--trace") { Description = "Also write trace.jsonl: every state change of replication 1, for replay." };
        var report = new Option<bool>("--report") { Description = "Also write report.html (with --trace, it replays replication 1)." };
        var replications = CommonOptions.Replications("instead of the scenario's (with --precision: the first batch)");
        var precision = new Option<string?>("--precision") { Description = "Add replications until the 95% interval of --metric is within this of its mean, e.g. 5%." };
        var maxReplications = new Option<int>("--max-replications") { Description = "With --precision: the most replications to run.", DefaultValueFactory = _ => 200 };
        var metric = new Option<string>("--metric") { Description = "With --precision: the metric to make precise.", DefaultValueFactory = _ => "throughput.jobsPerHour" };
        var parallel = CommonOptions.Parallel();
        var verbosity = CommonOptions.Verbosity();
        var logFile = CommonOptions.LogFile();
        var brains = new BrainOptions();
        var decisions = new Option<bool>("--decisions") { Description = "Also write decisions.jsonl: every decision of every replication, with what the robot saw." };
        var replay = new Option<string?>("--replay-decisions") { Description = "Take the decisions from this folder's decisions.jsonl instead of asking the brains (same scenario and seed: same results)." };
        var resume = new Option<bool>("--resume") { Description = "Keep the replications already in the output folder and run only the missing ones (after a kill, Ctrl-C or SIGTERM)." };
        var force = CommonOptions.Force();
        var command = new Command("run", "Run a scenario's replications and write its metrics (mean and 95% interval over the replications).")
        {
            file, seed, output, trace, report, replications, precision, maxReplications, metric, parallel, verbosity, logFile, decisions, replay, resume, force,
        };
        brains.AddTo(command);
        command.SetAction(result =>
        {
            double? target = null;
            if (result.GetValue(precision) is { } text)
            {
                if (!TryPercent(text, out var value))
                {
                    terminal.Errors.WriteLine($"factorytwin: --precision must be a percentage between 0 and 100, such as 5% (got '{text}').");
                    return ExitCodes.Usage;
                }
                target = value;
            }
            if (result.GetValue(resume) && result.GetValue(decisions))
            {
                terminal.Errors.WriteLine("factorytwin: --resume cannot be used with --decisions: the log would miss the replications run before.");
                return ExitCodes.Usage;
            }
            using var log = Logging.Create(result.GetValue(verbosity)!, terminal.Errors, result.GetValue(logFile));
            var (alternative, problems) = Alternatives.Build(Path.GetFileNameWithoutExtension(result.GetValue(file)!), result.GetValue(file)!, []);
            if (alternative is null)
            {
                foreach (var problem in problems)
                    terminal.Errors.WriteLine(problem);
                return ExitCodes.InvalidInput;
            }
            var (seated, usage) = brains.Apply(result, [alternative]);
            if (usage.Count > 0)
            {
                foreach (var problem in usage)
                    terminal.Errors.WriteLine(problem);
                return ExitCodes.Usage;
            }
            alternative = seated[0];
            var plan = alternative.Plan;
            var experiment = new Experiment("run", [alternative with { Name = plan.Name }], result.GetValue(seed) ?? plan.Seed, result.GetValue(replications) ?? plan.Run.Replications);
            DecisionReplay? recorded = null;
            if (result.GetValue(replay) is { } replayFolder)
            {
                (recorded, var unreadable) = DecisionLog.Read(replayFolder);
                if (recorded is not null && recorded.Seed != experiment.Seed)
                    unreadable = [$"{recorded.Path}: was recorded with seed {recorded.Seed}, and this run has seed {experiment.Seed}; give --seed {recorded.Seed}"];
                if (unreadable.Count > 0)
                {
                    foreach (var problem in unreadable)
                        terminal.Errors.WriteLine(problem);
                    return ExitCodes.InvalidInput;
                }
            }
            var folder = result.GetValue(output) ?? OutputFolders.Default(plan.Name);
            using var claimed = OutputFolders.Claim(terminal, folder, result.GetValue(force));
            if (claimed is null)
                return ExitCodes.InvalidInput;
            var options = new Options(folder, result.GetValue(trace), result.GetValue(report), target, result.GetValue(maxReplications), result.GetValue(metric)!, result.GetValue(parallel),
                brains.Seat(result, result.GetValue(decisions), recorded), result.GetValue(resume));
            return Execute(experiment, options, alternative, terminal, log, cancellation);
        });
        return command;
    }

    private static int Execute(Experiment experiment, Options options, Alternative alternative, Terminal terminal, Serilog.ILogger log, CancellationToken cancellation)
    {
        var plan = experiment.PlanOf(0);
        log.Information("Running {Scenario}: {Replications} replication(s) of {Duration} s, seed {Seed}, {Parallel} at once, into {Folder}",
            plan.Name, experiment.Replications, plan.Run.DurationSeconds, experiment.Seed, options.Parallel, options.Folder);
        var started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var traceFile = options.Trace ? new TraceFile(Path.Combine(options.Folder, "trace.jsonl")) : null;
        ExperimentOutcome outcome;
        var reached = true;
        try
        {
            outcome = terminal.WithProgress($"{plan.Name}", report =>
            {
                Action<RunWarning> warn = w => RunWarnings.Log(log, w);
                Action<ExperimentProgress> progress = p =>
                {
                    report(p.Fraction, ProgressText(p, plan.Run.DurationSeconds));
                    if (p.Last is { } last)
                        log.Debug("Replication {Replication} finished in {WallSeconds:F2} s ({Finished} of {Wanted})", last.Replication + 1, last.WallSeconds, p.Finished, p.Wanted);
                };
                if (options.Precision is not { } target)
                    return ExperimentRunner.Run(experiment, options.Folder, options.Parallel, Shard.All, options.Resume, traceFile is null ? null : traceFile.Writer, progress, warn, options.Brains, cancellation);
                var (result, done) = Precision.Run(experiment, options.Folder, options.Metric, target, options.MaxReplications, options.Parallel, options.Resume,
                    traceFile is null ? null : traceFile.Writer, progress, warn, options.Brains, cancellation);
                reached = done;
                return result;
            });
        }
        catch (SimulationException error)
        {
            log.Error("The simulation failed: {Message}", error.Message);
            log.Debug(error, "Details");
            return ExitCodes.SimulationFailed;
        }
        var runs = outcome.Of(0);
        if (traceFile is null)
            File.Delete(Path.Combine(options.Folder, "trace.jsonl")); // an older trace would not belong to these results
        else if (runs.Any(r => r.Replication == 0))
            traceFile.Keep();
        ResultFiles.Write(options.Folder, outcome);
        LayoutFile.Write(options.Folder, plan);
        var summaries = Summaries.Of([.. runs.Select(r => r.Metrics)]);
        var timings = options.Brains.Timings;
        new RunRecord(plan.Name, Path.GetFullPath(alternative.Source), alternative.Sha256, experiment.Seed, outcome.Wanted, runs.Count, Version.Text,
            plan.Run.DurationSeconds, Math.Round(clock.Elapsed.TotalSeconds, 3), runs.Sum(r => r.Events), started) { Brains = [.. timings.Select(BrainRecord.Of)] }
            .Write(Path.Combine(options.Folder, "run.json"));
        if (options.Brains.Record)
            DecisionLog.Write(options.Folder, plan.Name, experiment.Seed, options.Brains.Recorded);
        else if (File.Exists(Path.Combine(options.Folder, DecisionLog.FileName)))
            File.Delete(Path.Combine(options.Folder, DecisionLog.FileName)); // an older log would not belong to these results

        SummaryTable.Print(terminal, plan, summaries, runs.Count);
        foreach (var timing in timings)
            terminal.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Brain of {timing.Fleet} ({timing.Command}): {timing.Decisions} decisions, {timing.MeanMilliseconds:0.###} ms mean, {timing.P95Milliseconds:0.###} ms p95 per decision (wall time; it does not change results)."));
        if (options.Precision is { } goal)
        {
            var summary = summaries.FirstOrDefault(s => s.Name == options.Metric);
            terminal.Output.WriteLine(summary is null
                ? $"No metric is called {options.Metric}; see metrics.csv for the names."
                : string.Create(CultureInfo.InvariantCulture, $"{options.Metric}: ±{summary.RelativeHalfWidth * 100:0.0}% after {runs.Count} replications ({(reached ? "reached" : "did not reach")} the target ±{goal * 100:0.0}%, at most {options.MaxReplications})."));
        }
        terminal.Output.WriteLine($"Results: {Path.GetFullPath(options.Folder)}");
        if (options.Report && ReportCommand.Write(terminal, options.Folder, null) != ExitCodes.Success)
            return ExitCodes.InvalidInput;
        if (outcome.Complete)
            return ExitCodes.Success;
        log.Warning("Interrupted: {Finished} of {Requested} replications finished; their results are kept in {Folder}", runs.Count, outcome.Wanted, options.Folder);
        return ExitCodes.Interrupted;
    }

    private static bool TryPercent(string text, out double value)
    {
        var ok = double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        value /= 100;
        return ok && value > 0 && value < 1;
    }

    private sealed record Options(string Folder, bool Trace, bool Report, double? Precision, int MaxReplications, string Metric, int Parallel, BrainSeat Brains, bool Resume);

    /// <summary>What the progress bar says: replications done, and how far those under way are in simulated time (a long single replication moves too).</summary>
    internal static string ProgressText(ExperimentProgress progress, double durationSeconds)
    {
        var text = $"{progress.Finished} of {progress.Wanted} replications";
        if (progress.UnderWay <= 0)
            return text;
        var (unit, size) = durationSeconds >= 3600 ? ("h", 3600.0) : durationSeconds >= 60 ? ("min", 60.0) : ("s", 1.0);
        var each = durationSeconds / size;
        return progress.Wanted - progress.Finished == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{text}, {progress.UnderWay * each:0.0} of {each:0.#} simulated {unit}")
            : string.Create(CultureInfo.InvariantCulture, $"{text}, {progress.UnderWay * each:0.0} simulated {unit} under way ({each:0.#} {unit} each)");
    }
}
