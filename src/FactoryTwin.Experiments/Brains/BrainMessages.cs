using System.Buffers;
using System.Text;
using System.Text.Json;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Experiments.Brains;

/// <summary>The messages of the brain protocol (docs/brain-protocol.md), one JSON object per line, and the decisions read back.</summary>
/// <remarks>Numbers are written in their shortest exact form, so a brain in any language reads the very doubles the built-in brains compare; a distance no path covers is null.</remarks>
public static class BrainMessages
{
    /// <summary>The protocol's version; a brain answers the hello with the version it speaks.</summary>
    public const int Version = 1;

    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The first message: who the brain decides for.</summary>
    public static string Hello(string fleet, IReadOnlyList<string> robots, string scenario, long seed, int replication) => Line(w =>
    {
        w.WriteString("type", "hello");
        w.WriteNumber("protocol", Version);
        w.WriteString("scenario", scenario);
        w.WriteString("fleet", fleet);
        w.WriteStartArray("robots");
        foreach (var robot in robots)
            w.WriteStringValue(robot);
        w.WriteEndArray();
        w.WriteNumber("seed", seed);
        w.WriteNumber("replication", replication + 1);
    });

    /// <summary>A decision point: what the robot observes; the brain answers with a decision.</summary>
    public static string Observe(Observation observation) => Line(w =>
    {
        w.WriteString("type", "observe");
        WriteObservationFields(w, observation);
    });

    /// <summary>The last message: the run is over; the brain should exit.</summary>
    public static string Bye(double time) => Line(w =>
    {
        w.WriteString("type", "bye");
        w.WriteNumber("time", time);
    });

    /// <summary>The observation as a JSON object (the observe message without its type), for the decision log.</summary>
    public static void WriteObservation(Utf8JsonWriter writer, Observation observation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteObservationFields(writer, observation);
        writer.WriteEndObject();
    }

    /// <summary>A decision as the protocol writes it: <c>{"decision": "carry", "task": 12}</c>.</summary>
    public static void WriteDecision(Utf8JsonWriter writer, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        switch (decision)
        {
            case Decision.Carry carry:
                writer.WriteString("decision", "carry");
                writer.WriteNumber("task", carry.TaskId);
                break;
            case Decision.Charge charge:
                writer.WriteString("decision", "charge");
                writer.WriteString("charger", charge.Charger);
                break;
            case Decision.Park park:
                writer.WriteString("decision", "park");
                writer.WriteString("node", park.Node);
                break;
            case Decision.Pause pause:
                writer.WriteString("decision", "pause");
                writer.WriteNumber("seconds", pause.Seconds);
                break;
            default:
                writer.WriteString("decision", "wait");
                break;
        }
        writer.WriteEndObject();
    }

    /// <summary>Reads a decision object, or says what is wrong with it.</summary>
    public static Decision? ReadDecision(JsonElement element, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object)
            return Fail($"a decision must be a JSON object such as {{\"decision\": \"wait\"}}", out problem);
        if (!element.TryGetProperty("decision", out var kind) || kind.ValueKind != JsonValueKind.String)
            return Fail("a decision needs \"decision\": one of carry, charge, park, pause, wait", out problem);
        switch (kind.GetString())
        {
            case "wait":
                return new Decision.Wait();
            case "carry":
                return element.TryGetProperty("task", out var task) && task.ValueKind == JsonValueKind.Number && task.TryGetInt32(out var id)
                    ? new Decision.Carry(id)
                    : Fail("\"carry\" needs \"task\": the id of an open task (a whole number)", out problem);
            case "charge":
                return element.TryGetProperty("charger", out var charger) && charger.ValueKind == JsonValueKind.String
                    ? new Decision.Charge(charger.GetString()!)
                    : Fail("\"charge\" needs \"charger\": a charger's id", out problem);
            case "park":
                return element.TryGetProperty("node", out var node) && node.ValueKind == JsonValueKind.String
                    ? new Decision.Park(node.GetString()!)
                    : Fail("\"park\" needs \"node\": a node's id", out problem);
            case "pause":
                return element.TryGetProperty("seconds", out var seconds) && seconds.ValueKind == JsonValueKind.Number
                    && seconds.TryGetDouble(out var s) && s > 0 && s <= 1e9
                    ? new Decision.Pause(s)
                    : Fail("\"pause\" needs \"seconds\": a number above 0 and at most 1e9", out problem);
            default:
                return Fail($"\"decision\" must be one of carry, charge, park, pause, wait (got \"{kind.GetString()}\")", out problem);
        }
    }

    private static Decision? Fail(string message, out string problem)
    {
        problem = message;
        return null;
    }

    private static void WriteObservationFields(Utf8JsonWriter w, Observation o)
    {
        w.WriteNumber("time", o.Time);
        var self = o.Self;
        w.WriteStartObject("self");
        w.WriteString("id", self.Id);
        w.WriteString("node", self.Node);
        WritePoint(w, "position", self.Position);
        w.WriteNumber("headingDegrees", self.HeadingDegrees);
        w.WriteNumber("batteryPercent", self.BatteryPercent);
        w.WriteNumber("chargeThresholdPercent", self.ChargeThresholdPercent);
        w.WriteStartArray("load");
        foreach (var job in self.Load)
            w.WriteStringValue(job);
        w.WriteEndArray();
        w.WriteString("state", self.State);
        w.WriteString("home", self.Home);
        w.WriteBoolean("onStation", self.OnStation);
        w.WriteString("parkingSpot", self.ParkingSpot);
        w.WriteEndObject();
        w.WriteStartArray("openTasks");
        foreach (var task in o.OpenTasks)
        {
            w.WriteStartObject();
            w.WriteNumber("id", task.Id);
            w.WriteString("job", task.Job);
            w.WriteString("from", task.From);
            w.WriteString("to", task.To);
            w.WriteNumber("waitingSeconds", task.WaitingSeconds);
            WriteDistance(w, "distanceToPickupMeters", task.DistanceToPickupMeters);
            WritePoint(w, "pickup", task.Pickup);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("nearby");
        foreach (var robot in o.Nearby)
        {
            w.WriteStartObject();
            w.WriteString("id", robot.Id);
            WritePoint(w, "position", robot.Position);
            w.WriteBoolean("idle", robot.Idle);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("heldNearby");
        foreach (var node in o.HeldNearby)
            w.WriteStringValue(node);
        w.WriteEndArray();
        w.WriteStartArray("chargers");
        foreach (var charger in o.Chargers)
        {
            w.WriteStartObject();
            w.WriteString("id", charger.Id);
            w.WriteNumber("freePoints", charger.FreePoints);
            w.WriteNumber("waiting", charger.Waiting);
            WriteDistance(w, "distanceMeters", charger.DistanceMeters);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("idleFleet");
        foreach (var robot in o.IdleFleet)
        {
            w.WriteStartObject();
            w.WriteString("id", robot.Id);
            w.WriteStartArray("distanceToTaskMeters");
            foreach (var distance in robot.DistanceToTaskMeters)
                WriteDistanceValue(w, distance);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WritePoint(Utf8JsonWriter w, string name, Point point)
    {
        w.WriteStartObject(name);
        w.WriteNumber("x", point.X);
        w.WriteNumber("y", point.Y);
        w.WriteEndObject();
    }

    private static void WriteDistance(Utf8JsonWriter w, string name, double meters)
    {
        w.WritePropertyName(name);
        WriteDistanceValue(w, meters);
    }

    private static void WriteDistanceValue(Utf8JsonWriter w, double meters)
    {
        if (double.IsFinite(meters))
            w.WriteNumberValue(meters);
        else
            w.WriteNullValue(); // no path: JSON has no infinity
    }

    internal static string Line(Action<Utf8JsonWriter> fields)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
