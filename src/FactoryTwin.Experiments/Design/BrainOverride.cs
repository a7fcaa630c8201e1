using System.Security.Cryptography;
using System.Text;

namespace FactoryTwin.Experiments.Design;

/// <summary>A brain program given on the command line for one fleet (<c>--brain amr="python3 brain.py"</c>), in place of the scenario's brain.</summary>
/// <param name="WorkingDirectory">Where the program runs: the folder the command was typed in, so its relative paths mean what the user meant.</param>
public sealed record BrainOverride(string Fleet, IReadOnlyList<string> Command, string WorkingDirectory)
{
    /// <summary>Reads <c>FLEET=COMMAND</c>; the command is split at spaces, except inside single or double quotes.</summary>
    public static BrainOverride? Parse(string text, string workingDirectory, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        problem = null;
        var command = equals > 0 ? Split(text[(equals + 1)..], out problem) : null;
        if (equals <= 0 || command is null || command.Count == 0)
        {
            problem ??= "must be FLEET=COMMAND, for example amr=\"python3 samples/brains/python/greedy.py\"";
            return null;
        }
        problem = null;
        return new BrainOverride(text[..equals].Trim(), command, workingDirectory);
    }

    /// <summary>The alternative with this fleet's brain replaced, or the problem if it has no such fleet.</summary>
    public Alternative? Apply(Alternative alternative, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(alternative);
        var plan = alternative.Plan;
        if (!plan.Fleets.Any(f => f.Id == Fleet && f.Kind == RobotKind.Amr))
        {
            problem = $"{alternative.Source} has no fleet of mobile robots called '{Fleet}' (its fleets: {string.Join(", ", plan.Fleets.Where(f => f.Kind == RobotKind.Amr).Select(f => f.Id).DefaultIfEmpty("none"))})";
            return null;
        }
        problem = null;
        var brain = BrainPlan.Program(Command, WorkingDirectory);
        var fleets = plan.Fleets.Select(f => f.Id == Fleet ? f with { Brain = brain } : f).ToList();
        // The results belong to the scenario with this brain: fold it into the scenario's hash, so a resumed experiment knows.
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{alternative.Sha256}\n--brain {Fleet}={brain}")));
        return alternative with { Plan = plan with { Fleets = fleets }, Sha256 = sha };
    }

    private static List<string>? Split(string text, out string? problem)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is { } q)
            {
                if (c == q)
                    quote = null;
                else
                    word.Append(c);
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                    words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (quote is not null)
        {
            problem = $"has a quote ({quote}) that is not closed";
            return null;
        }
        if (inWord)
            words.Add(word.ToString());
        problem = null;
        return words;
    }
}
