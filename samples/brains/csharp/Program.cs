// A FactoryTwin brain program in C#, written from docs/brain-protocol.md alone: first come, first served.
// Each robot charges when its battery is below its threshold, else takes the open task that has waited longest,
// else gets off a station's place. Build it, then:
//   factorytwin run scenarios/warehouse.json --brain amr="dotnet samples/brains/csharp/bin/Debug/net10.0/OldestFirstBrain.dll"
using System.Text.Json.Nodes;

const int Protocol = 1;

while (Console.In.ReadLine() is { } line)
{
    var message = JsonNode.Parse(line)!.AsObject();
    JsonObject? answer = (string?)message["type"] switch
    {
        "hello" => new JsonObject { ["type"] = "hello", ["protocol"] = Protocol, ["fleetView"] = false },
        "observe" => Decide(message),
        "bye" => null,
        _ => new JsonObject { ["decision"] = "wait" }, // a message this brain does not know: an answer keeps the lock-step
    };
    if (answer is null)
        break;
    Console.Out.WriteLine(answer.ToJsonString());
    Console.Out.Flush();
}

static JsonObject Decide(JsonObject seen)
{
    var self = seen["self"]!.AsObject();
    if ((double)self["batteryPercent"]! < (double)self["chargeThresholdPercent"]! && Charger(seen) is { } charger)
        return new JsonObject { ["decision"] = "charge", ["charger"] = charger };
    var oldest = seen["openTasks"]!.AsArray()
        .Select(t => t!.AsObject())
        .Where(t => t["distanceToPickupMeters"] is not null) // null: no path to its pickup
        .OrderByDescending(t => (double)t["waitingSeconds"]!)
        .ThenBy(t => (int)t["id"]!)
        .FirstOrDefault();
    if (oldest is not null)
        return new JsonObject { ["decision"] = "carry", ["task"] = (int)oldest["id"]! };
    return (bool)self["onStation"]! && (string?)self["node"] != (string?)self["parkingSpot"]
        ? new JsonObject { ["decision"] = "park", ["node"] = (string?)self["parkingSpot"] }
        : new JsonObject { ["decision"] = "wait" };
}

// The nearest charger with a free point, else the one with the shortest queue.
static string? Charger(JsonObject seen) => seen["chargers"]!.AsArray()
    .Select(c => c!.AsObject())
    .Where(c => c["distanceMeters"] is not null)
    .OrderBy(c => (int)c["freePoints"]! > 0 ? 0 : 1)
    .ThenBy(c => (int)c["freePoints"]! > 0 ? (double)c["distanceMeters"]! : (int)c["waiting"]!)
    .ThenBy(c => (string?)c["id"], StringComparer.Ordinal)
    .Select(c => (string?)c["id"])
    .FirstOrDefault();
