using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactoryTwin.Experiments.Output;

/// <summary>The record of a run, written to <c>run.json</c>: what was run, with which seed and version, and how long it took.</summary>
/// <param name="ScenarioSha256">The SHA-256 of the scenario file's bytes, so a result can be matched to its exact input.</param>
public sealed record RunRecord(
    string Scenario,
    string ScenarioFile,
    string ScenarioSha256,
    long Seed,
    int ReplicationsRequested,
    int ReplicationsFinished,
    string Version,
    double SimulatedSecondsPerReplication,
    double WallSeconds,
    long EventsProcessed,
    DateTimeOffset StartedAt)
{
    /// <summary>The wall time of each fleet's brain program per decision; empty when every brain is built in.</summary>
    public IReadOnlyList<BrainRecord> Brains { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public void Write(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}

/// <summary>How fast a fleet's brain program answered, over the replications that finished: it never changes a result.</summary>
public sealed record BrainRecord(string Fleet, string Command, int Decisions, double MeanMillisecondsPerDecision, double P95MillisecondsPerDecision)
{
    public static BrainRecord Of(Brains.BrainTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        return new(timing.Fleet, timing.Command, timing.Decisions, Math.Round(timing.MeanMilliseconds, 4), Math.Round(timing.P95Milliseconds, 4));
    }
}
