using System.Text.Json;
using System.Text.Json.Serialization;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Experiments.Output;

/// <summary>The document of <c>factorytwin state</c> (docs/state.schema.json): the factory at one time of one replication, with its format and version.</summary>
public static class StateFile
{
    public const string Format = "factorytwin-state";
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as JSON text; with <paramref name="element"/>, only that element is listed.</summary>
    public static string Write(string scenario, long seed, int replication, WorldState state, string? element = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        bool Keep(string id) => element is null || id == element;
        var document = new Document(Format, Version, scenario, seed, replication + 1, state.Time,
            [.. state.Robots.Where(r => Keep(r.Id))], [.. state.Machines.Where(m => Keep(m.Id))],
            [.. state.Buffers.Where(b => Keep(b.Id))], [.. state.Jobs.Where(j => Keep(j.Id))]);
        return JsonSerializer.Serialize(document, Json).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>True if <paramref name="id"/> names a robot, machine, buffer or job of the state.</summary>
    public static bool Has(WorldState state, string id)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Robots.Any(r => r.Id == id) || state.Machines.Any(m => m.Id == id) || state.Buffers.Any(b => b.Id == id) || state.Jobs.Any(j => j.Id == id);
    }

    private sealed record Document(string Format, int Version, string Scenario, long Seed, int Replication, double Time,
        IReadOnlyList<RobotState> Robots, IReadOnlyList<MachineState> Machines, IReadOnlyList<BufferState> Buffers, IReadOnlyList<JobState> Jobs);
}
