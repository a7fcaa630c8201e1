using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using FactoryTwin.Des;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Statistics;
using FactoryTwin.Factory.World;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin run SCENARIO</c>: runs the replications and writes metrics.json, metrics.csv, run.json and, if asked, trace.jsonl.</summary>
internal static class RunCommand
{
    public static Command Create(Terminal terminal, CancellationToken cancellation)
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file to run." };
        file.Validators.Add(UnknownOptions.Reject);
        var seed = new Option<long?>("--seed") { Description = "The master seed, instead of the scenario's." };
        var output = new Option<string?>("--out", "-o") { Description = "The folder for the results (default: runs/NAME, NAME from the scenario)." };
        var trace = new Option<bool>("--trace") { Description = "Also write trace.jsonl: every state change of replication 1, for replay." };
        var replications = new Option<int?>("--replications", "-r") { Description = "How many replications, instead of the scenario's." };
        replications.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1 or > 100_000) r.AddError("--replications must be between 1 and 100000."); });
        var parallel = new Option<int>("--parallel", "-p") { Description = "Replications run at once (results do not depend on it). Default: the number of cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallel must be at least 1."); });
        var verbosity = new Option<string>("--verbosity", "-v") { Description = "How much to log on standard error: quiet, normal, detailed or diagnostic.", DefaultValueFactory = _ => "normal" };
        verbosity.AcceptOnlyFromAmong(Logging.Levels);
        var logFile = new Option<string?>("--log-file") { Description = "Also write the log, in full detail, to this file as JSON lines (CLEF)." };
        var command = new Command("run", "Run a scenario's replications and write its metrics (mean and 95% interval over the replications).")
        {
            file, seed, output, trace, replications, parallel, verbosity, logFile,
        };
        command.SetAction(result =>
        {
            var options = new Options(result.GetValue(file)!, result.GetValue(seed), result.GetValue(output), result.GetValue(trace),
                result.GetValue(replications), result.GetValue(parallel), result.GetValue(verbosity)!, result.GetValue(logFile));
            return Execute(options, terminal, cancellation);
        });
        return command;
    }

    private static int Execute(Options options, Terminal terminal, CancellationToken cancellation)
    {
        using var log = Logging.Create(options.Verbosity, terminal.Errors, options.LogFile);
        var loaded = ScenarioLoader.Load(options.Scenario);
        if (!loaded.IsValid)
        {
            Problems.Print(terminal.Errors, options.Scenario, loaded.Problems);
            return ExitCodes.InvalidInput;
        }
        var plan = loaded.Plan!;
        if (options.Seed is { } newSeed)
            plan = plan with { Seed = newSeed };
        var replications = options.Replications ?? plan.Run.Replications;
        var folder = options.Out ?? Path.Combine("runs", plan.Name);
        log.Information("Running {Scenario}: {Replications} replication(s) of {Duration} s, seed {Seed}, {Parallel} at once, into {Folder}",
            plan.Name, replications, plan.Run.DurationSeconds, plan.Seed, options.Parallel, folder);

        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        using var traceFile = options.Trace ? new TraceFile(Path.Combine(folder, "trace.jsonl")) : null;
        IReadOnlyList<ReplicationResult> results;
        try
        {
            var runOptions = new RunOptions(replications, options.Parallel, traceFile is null ? null : info => traceFile.Writer(info));
            results = terminal.WithProgress($"{plan.Name} × {replications}", progress => ScenarioRunner.Run(plan, runOptions, progress, cancellation));
        }
        catch (SimulationException error)
        {
            log.Error("The simulation failed: {Message}", error.Message);
            log.Debug(error, "Details");
            return ExitCodes.SimulationFailed;
        }
        var complete = results.Count == replications;
        if (traceFile is not null && results.Any(r => r.Replication == 0))
            traceFile.Keep();

        var summaries = Summaries.Of(results);
        MetricsFiles.WriteJson(Path.Combine(folder, "metrics.json"),
            new MetricsHeader(plan.Name, plan.Seed, results.Count, complete, plan.Run.DurationSeconds, plan.Run.WarmupSeconds, 0.95), summaries);
        MetricsFiles.WriteCsv(Path.Combine(folder, "metrics.csv"), summaries);
        new RunRecord(plan.Name, Path.GetFullPath(options.Scenario), Sha256(options.Scenario), plan.Seed, replications, results.Count, Version,
            plan.Run.DurationSeconds, Math.Round(clock.Elapsed.TotalSeconds, 3), results.Sum(r => r.Events), started).Write(Path.Combine(folder, "run.json"));

        SummaryTable.Print(terminal, plan, summaries, results.Count);
        terminal.Output.WriteLine($"Results: {Path.GetFullPath(folder)}");
        if (complete)
            return ExitCodes.Success;
        log.Warning("Interrupted: {Finished} of {Requested} replications finished; their results are kept in {Folder}", results.Count, replications, folder);
        return ExitCodes.Interrupted;
    }

    private static string Version => typeof(RunCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private sealed record Options(string Scenario, long? Seed, string? Out, bool Trace, int? Replications, int Parallel, string Verbosity, string? LogFile);

    /// <summary>The trace is written to a temporary file and renamed into place only once its replication has finished.</summary>
    private sealed class TraceFile(string path) : IDisposable
    {
        private readonly string _temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".trace.{Environment.ProcessId}.tmp");
        private StreamWriter? _writer;

        public IStateObserver Writer(FactoryWorldInfo info)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_temporary)!);
            _writer = new StreamWriter(_temporary, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
            return new TraceWriter(_writer, info.NodeId);
        }

        public void Keep()
        {
            _writer?.Dispose();
            _writer = null;
            File.Move(_temporary, path, overwrite: true);
        }

        public void Dispose()
        {
            _writer?.Dispose();
            if (File.Exists(_temporary))
                File.Delete(_temporary);
        }
    }
}
