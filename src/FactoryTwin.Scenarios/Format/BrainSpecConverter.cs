using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Reads and writes a brain as a name string or a <c>{"command": [...]}</c> object.</summary>
/// <remarks>The validator has already checked the shape; this converter only maps a valid document.</remarks>
public sealed class BrainSpecConverter : JsonConverter<BrainSpec>
{
    public override BrainSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return BrainSpec.BuiltIn(reader.GetString()!);
        using var document = JsonDocument.ParseValue(ref reader);
        return BrainSpec.Program([.. document.RootElement.GetProperty("command").EnumerateArray().Select(a => a.GetString()!)]);
    }

    public override void Write(Utf8JsonWriter writer, BrainSpec value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name is { } name)
        {
            writer.WriteStringValue(name);
            return;
        }
        writer.WriteStartObject();
        writer.WriteStartArray("command");
        foreach (var argument in value.Command)
            writer.WriteStringValue(argument);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
