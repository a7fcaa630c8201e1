using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Factory.Agents;

namespace FactoryTwin.Experiments.Brains;

/// <summary>The file <c>decisions.jsonl</c>: a header line, then one line per decision (replication, time, robot, what it saw, what it chose).</summary>
public static class DecisionLog
{
    public const string FileName = "decisions.jsonl";

    private const string Format = "factorytwin-decisions";
    private const int Version = 1;

    /// <summary>Writes the header and each replication's decisions, in replication order, atomically.</summary>
    public static void Write(string folder, string scenario, long seed, IEnumerable<IReadOnlyList<string>> replications)
    {
        ArgumentNullException.ThrowIfNull(replications);
        var text = new StringBuilder();
        text.Append(BrainMessages.Line(w =>
        {
            w.WriteString("format", Format);
            w.WriteNumber("version", Version);
            w.WriteString("scenario", scenario);
            w.WriteNumber("seed", seed);
        })).Append('\n');
        foreach (var lines in replications)
        {
            foreach (var line in lines)
                text.Append(line).Append('\n');
        }
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), text.ToString());
    }

    /// <summary>Reads a folder's decisions for a replay, or the problems with the file (one per line, naming the line).</summary>
    public static (DecisionReplay? Replay, IReadOnlyList<string> Problems) Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return (null, [$"{path}: there is no decision log here; record one with run --decisions"]);
        var problems = new List<string>();
        var decisions = new Dictionary<int, Queue<RecordedDecision>>();
        long seed = 0;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (number == 1)
                {
                    if (!root.TryGetProperty("format", out var format) || format.GetString() != Format || !root.TryGetProperty("version", out var version) || version.GetInt32() != Version)
                        return (null, [$"{path}:1: is not a decision log of version {Version} (its first line must be the header)"]);
                    seed = root.GetProperty("seed").GetInt64();
                    continue;
                }
                var replication = root.GetProperty("replication").GetInt32() - 1;
                var decision = BrainMessages.ReadDecision(root.GetProperty("decision"), out var problem);
                if (decision is null)
                {
                    problems.Add($"{path}:{number}: {problem}");
                    continue;
                }
                if (!decisions.TryGetValue(replication, out var queue))
                    decisions[replication] = queue = new Queue<RecordedDecision>();
                queue.Enqueue(new RecordedDecision(number, root.GetProperty("time").GetDouble(), root.GetProperty("robot").GetString()!, decision));
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add($"{path}:{number}: is not a decision line (replication, time, robot, observation, decision): {error.Message}");
            }
            if (problems.Count >= 20)
                break;
        }
        if (number == 0)
            problems.Add($"{path}: is empty");
        return problems.Count > 0 ? (null, problems) : (new DecisionReplay(path, seed, decisions), []);
    }
}

/// <summary>One decision of the log: its line, when and for which robot it was made, and what was chosen.</summary>
internal sealed record RecordedDecision(int Line, double Time, string Robot, Decision Decision)
{
    public string Where => string.Create(CultureInfo.InvariantCulture, $"line {Line} ({Robot} at t={Time:R} s)");
}
