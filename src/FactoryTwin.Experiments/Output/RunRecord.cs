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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public void Write(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}
