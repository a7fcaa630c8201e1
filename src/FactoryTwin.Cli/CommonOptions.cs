using System.CommandLine;

namespace FactoryTwin.Cli;

/// <summary>The options several commands share, made the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<long?> Seed() => new("--seed") { Description = "The master seed, instead of the scenario's." };

    public static Option<string?> Out(string fallback) => new("--out", "-o") { Description = $"The folder for the results (default: {fallback})." };

    public static Option<bool> Force() => new("--force") { Description = "Write into the output folder even if it is not empty and FactoryTwin did not make it." };

    public static Option<int?> Replications(string what)
    {
        var option = new Option<int?>("--replications", "-r") { Description = $"How many replications, {what}." };
        option.Validators.Add(r =>
        {
            if (Whole(r) is < 1 or > 100_000)
                r.AddError("--replications must be between 1 and 100000.");
        });
        return option;
    }

    public static Option<int> Parallel()
    {
        var option = new Option<int>("--parallel", "-p") { Description = "Runs at once (results do not depend on it). Default: the number of cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        option.Validators.Add(r =>
        {
            if (Whole(r) < 1)
                r.AddError("--parallel must be at least 1.");
        });
        return option;
    }

    public static Option<string> Verbosity()
    {
        var option = new Option<string>("--verbosity", "-v") { Description = "How much to log on standard error: quiet, normal, detailed or diagnostic.", DefaultValueFactory = _ => "normal" };
        option.AcceptOnlyFromAmong(Logging.Levels);
        return option;
    }

    /// <summary>The option's whole number, or null if it was not given or is not a number (the parser reports that itself).</summary>
    private static long? Whole(System.CommandLine.Parsing.OptionResult result) =>
        result.Tokens.Count == 1 && long.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>--shard i/N, checked as it is parsed; read it with <see cref="ShardOf"/>.</summary>
    public static Option<string> Shard()
    {
        var option = new Option<string>("--shard") { Description = "Run only shard i of N of the runs (i/N), for several machines; combine the folders with factorytwin merge.", DefaultValueFactory = _ => "1/1" };
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && !Experiments.Running.Shard.TryParse(r.Tokens[0].Value, out _))
                r.AddError($"--shard must be i/N with 1 <= i <= N (got '{r.Tokens[0].Value}').");
        });
        return option;
    }

    /// <summary>The shard the option gives; its validator has already refused anything else.</summary>
    public static Experiments.Running.Shard ShardOf(ParseResult result, Option<string> option) =>
        Experiments.Running.Shard.TryParse(result.GetValue(option)!, out var shard) ? shard : throw new InvalidOperationException("--shard passed its check but does not parse.");

    public static Option<string?> LogFile() => new("--log-file") { Description = "Also write the log, in full detail, to this file as JSON lines (CLEF)." };
}
