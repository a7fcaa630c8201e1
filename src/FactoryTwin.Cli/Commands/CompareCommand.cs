using System.CommandLine;
using System.Globalization;
using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Statistics;
using Spectre.Console;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin compare A.json B.json ... [--variant NAME:PATH=VALUE]</c>: runs alternatives with common random numbers and says which is better, by how much, and whether that is significant.</summary>
internal static class CompareCommand
{
    private static readonly string[] Headline = ["throughput.jobsPerHour", "cycleTime.meanSeconds", "wip.meanJobs", "transport.taskWaitMeanSeconds"];

    public static Command Create(Terminal terminal, CancellationToken cancellation)
    {
        var files = new Argument<string[]>("scenarios") { Description = "The alternatives: scenario files (the first is the baseline).", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(UnknownOptions.Reject);
        var variants = new Option<string[]>("--variant") { Description = "Another alternative: the first file with a change, NAME:PATH=VALUE (e.g. more:robots[0].count=12); repeat a NAME for several changes.", AllowMultipleArgumentsPerToken = false };
        var by = new Option<string>("--by") { Description = "The metric that names the best alternative.", DefaultValueFactory = _ => "throughput.jobsPerHour" };
        var goal = new Option<string?>("--goal") { Description = "max or min: whether more of --by is better (default: from its name)." };
        var seed = CommonOptions.Seed();
        var replications = CommonOptions.Replications("instead of the first scenario's");
        var output = CommonOptions.Out("runs/compare");
        var parallel = CommonOptions.Parallel();
        var resume = new Option<bool>("--resume") { Description = "Keep the runs already in the output folder and run only the missing ones." };
        var report = new Option<bool>("--report") { Description = "Also write report.html: the alternatives side by side." };
        var shard = CommonOptions.Shard();
        var verbosity = CommonOptions.Verbosity();
        var logFile = CommonOptions.LogFile();
        var force = CommonOptions.Force();
        var command = new Command("compare", "Compare layouts with common random numbers: each metric per alternative, and each alternative's paired difference from the first.")
        {
            files, variants, by, goal, seed, replications, output, parallel, resume, shard, report, verbosity, logFile, force,
        };
        var brains = new BrainOptions();
        brains.AddTo(command);
        command.SetAction(result =>
        {
            using var log = Logging.Create(result.GetValue(verbosity)!, terminal.Errors, result.GetValue(logFile));
            var metric = result.GetValue(by)!;
            if (ExperimentExecution.Goal(result.GetValue(goal), metric) is not { } maximize)
            {
                terminal.Errors.WriteLine("factorytwin: --goal must be max or min.");
                return ExitCodes.Usage;
            }
            var paths = result.GetValue(files)!;
            var (built, problems) = Build(paths, result.GetValue(variants) ?? []);
            var (alternatives, usage) = brains.Apply(result, built);
            problems.AddRange(usage);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                    terminal.Errors.WriteLine(problem);
                return problems.Any(p => p.StartsWith("factorytwin:", StringComparison.Ordinal)) ? ExitCodes.Usage : ExitCodes.InvalidInput;
            }
            var first = alternatives[0].Plan;
            var experiment = new Experiment("compare", alternatives, result.GetValue(seed) ?? first.Seed, result.GetValue(replications) ?? first.Run.Replications, metric, maximize);
            var folder = result.GetValue(output) ?? Path.Combine("runs", "compare");
            using var claimed = OutputFolders.Claim(terminal, folder, result.GetValue(force));
            if (claimed is null)
                return ExitCodes.InvalidInput;
            var part = CommonOptions.ShardOf(result, shard);
            var code = ExperimentExecution.Run(experiment, folder, result.GetValue(parallel), part,
                result.GetValue(resume), brains.Seat(result), terminal, log, (outcome, best) => Print(terminal, outcome, best), cancellation);
            return code == ExitCodes.Success && result.GetValue(report) ? ReportCommand.Write(terminal, folder, null) : code;
        });
        return command;
    }

    private static (List<Alternative> Alternatives, List<string> Problems) Build(string[] files, string[] variants)
    {
        var problems = new List<string>();
        var alternatives = new List<Alternative>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Unique(Path.GetFileNameWithoutExtension(file), names);
            var (alternative, errors) = Alternatives.Build(name, file, []);
            problems.AddRange(errors);
            if (alternative is not null)
                alternatives.Add(alternative);
        }
        var settings = new Dictionary<string, List<Setting>>(StringComparer.Ordinal);
        foreach (var variant in variants)
        {
            var colon = variant.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problems.Add($"factorytwin: --variant '{variant}' must be NAME:PATH=VALUE, for example more:robots[0].count=12.");
                continue;
            }
            var parsed = SettingParser.Parse(variant[(colon + 1)..], out var problem);
            if (parsed is not { Count: 1 })
            {
                problems.Add($"factorytwin: --variant '{variant}': {problem ?? "a variant takes one value, not a list or a range"}.");
                continue;
            }
            if (!settings.TryGetValue(variant[..colon], out var list))
                settings[variant[..colon]] = list = [];
            list.Add(parsed[0]);
        }
        foreach (var (name, list) in settings)
        {
            var (alternative, errors) = Alternatives.Build(Unique(name, names), files[0], list);
            problems.AddRange(errors);
            if (alternative is not null)
                alternatives.Add(alternative);
        }
        if (problems.Count == 0 && alternatives.Count < 2)
            problems.Add("factorytwin: compare needs at least two alternatives: two scenario files, or one and a --variant.");
        return (alternatives, problems);
    }

    private static string Unique(string name, HashSet<string> names)
    {
        var unique = name;
        for (var i = 2; !names.Add(unique); i++)
            unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{i}");
        return unique;
    }

    internal static void Print(Terminal terminal, ExperimentOutcome outcome, int best)
    {
        var comparison = Comparison.Of(outcome);
        var names = comparison.Alternatives;
        var here = Shard.TryParse(outcome.Manifest.Shard, out var shard) && shard.Count > 1 ? $" (shard {shard}: {outcome.Runs.Count} of its {outcome.Wanted} runs)"
            : outcome.Runs.Count < outcome.Wanted ? $" ({outcome.Runs.Count} of {outcome.Wanted} runs)" : "";
        var table = new Table().Title($"{names.Count} alternatives × {outcome.Manifest.Replications} replications{here}, common random numbers; differences from {names[0]}")
            .AddColumn("metric");
        foreach (var name in names)
            table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        var rows = comparison.Metrics.Where(m => Headline.Contains(m.Name) || m.Name == outcome.Manifest.By).ToList();
        foreach (var row in rows)
        {
            var cells = new List<string> { Markup.Escape(row.Name) };
            for (var a = 0; a < names.Count; a++)
            {
                var s = row.PerAlternative[a];
                var text = s is null ? "n/a" : $"{Number(s.Mean)} ± {Number(s.HalfWidth)}";
                if (row.Differences[a] is { } d)
                    text += $"\n{(d.Interval.Mean >= 0 ? "+" : "")}{Number(d.Interval.Mean)} ± {Number(d.Interval.HalfWidth)}{(d.Significant ? " *" : "")}";
                cells.Add(Markup.Escape(text));
            }
            table.AddRow(cells.ToArray());
        }
        terminal.Table.Write(table);
        terminal.Output.WriteLine("* the difference is significant (its interval excludes 0" + (names.Count > 2 ? ", Bonferroni-corrected)" : ")"));
        if (best >= 0)
            terminal.Output.WriteLine($"Best by {outcome.Manifest.By} ({(outcome.Manifest.Maximize ? "higher" : "lower")} is better): {names[best]}");
    }

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "n/a";
}
