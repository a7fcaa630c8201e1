using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Reads and writes a location as a node id string or an [x, y] cell.</summary>
/// <remarks>The validator has already checked the shape; this converter only maps a valid document.</remarks>
public sealed class LocationSpecConverter : JsonConverter<LocationSpec>
{
    public override LocationSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return LocationSpec.Node(reader.GetString()!);
        using var document = JsonDocument.ParseValue(ref reader);
        var cell = document.RootElement;
        return LocationSpec.Cell(cell[0].GetInt32(), cell[1].GetInt32());
    }

    public override void Write(Utf8JsonWriter writer, LocationSpec value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (!value.IsCell)
        {
            writer.WriteStringValue(value.NodeId);
            return;
        }
        writer.WriteStartArray();
        writer.WriteNumberValue(value.X);
        writer.WriteNumberValue(value.Y);
        writer.WriteEndArray();
    }
}
