using System.CommandLine;
using System.Globalization;
using FactoryTwin.Experiments.Brains;
using FactoryTwin.Experiments.Design;

namespace FactoryTwin.Cli;

/// <summary>The brain seat's options, shared by run, compare and sweep: a program for a fleet, and how long it may take to answer.</summary>
internal sealed class BrainOptions
{
    public Option<string[]> Brains { get; } = new("--brain")
    {
        Description = "A brain program for a fleet, in place of the scenario's: FLEET=COMMAND, e.g. amr=\"python3 samples/brains/python/greedy.py\" (repeat for several fleets; see docs/brain-protocol.md).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<double> Timeout { get; } = new("--brain-timeout")
    {
        Description = "Seconds of wall time a brain program may take to answer before the run stops (exit 3).",
        DefaultValueFactory = _ => 10,
    };

    public BrainOptions() => Timeout.Validators.Add(r =>
    {
        if (r.Tokens.Count == 1 && (!double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0) || seconds > 86_400))
            r.AddError($"--brain-timeout must be a number of seconds above 0 and at most 86400 (got '{r.Tokens[0].Value}').");
    });

    public void AddTo(Command command)
    {
        command.Options.Add(Brains);
        command.Options.Add(Timeout);
    }

    /// <summary>The alternatives with the brains given on the command line, or the problems (usage errors, one line each).</summary>
    public (List<Alternative> Alternatives, List<string> Problems) Apply(ParseResult result, IEnumerable<Alternative> alternatives)
    {
        var problems = new List<string>();
        var overrides = new List<BrainOverride>();
        foreach (var text in result.GetValue(Brains) ?? [])
        {
            if (BrainOverride.Parse(text, Directory.GetCurrentDirectory(), out var problem) is { } parsed)
                overrides.Add(parsed);
            else
                problems.Add($"factorytwin: --brain '{text}' {problem}.");
        }
        var applied = new List<Alternative>();
        foreach (var alternative in alternatives)
        {
            var changed = alternative;
            foreach (var brain in overrides)
            {
                changed = changed is null ? null : brain.Apply(changed, out var problem) ?? Problem(problems, $"factorytwin: --brain {brain.Fleet}=...: {problem}.");
            }
            if (changed is not null)
                applied.Add(changed);
        }
        return (applied, [.. problems.Distinct()]);
    }

    private static Alternative? Problem(List<string> problems, string problem)
    {
        problems.Add(problem);
        return null;
    }

    public BrainSeat Seat(ParseResult result, bool record = false, DecisionReplay? replay = null) =>
        new(TimeSpan.FromSeconds(result.GetValue(Timeout)), record, replay);
}
