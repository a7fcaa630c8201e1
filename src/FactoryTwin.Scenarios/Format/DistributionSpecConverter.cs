using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Reads and writes a distribution as a number or as a one-property object naming its kind.</summary>
/// <remarks>The validator has already checked the shape; this converter only maps a valid document.</remarks>
public sealed class DistributionSpecConverter : JsonConverter<DistributionSpec>
{
    public override DistributionSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
            return DistributionSpec.Constant(reader.GetDouble());
        using var document = JsonDocument.ParseValue(ref reader);
        var property = document.RootElement.EnumerateObject().Single();
        if (property.Name == DistributionKinds.EmpiricalName)
            return new DistributionSpec(property.Name, new Dictionary<string, double>(), [.. property.Value.EnumerateArray().Select(v => v.GetDouble())]);
        if (property.Name == DistributionKinds.MixtureName)
        {
            return new DistributionSpec(property.Name, new Dictionary<string, double>(), components: [.. property.Value.EnumerateArray().Select(c =>
                new MixtureComponent(c.GetProperty("p").GetDouble(), c.GetProperty("of").Deserialize<DistributionSpec>(options)!))]);
        }
        return new DistributionSpec(property.Name, property.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()));
    }

    public override void Write(Utf8JsonWriter writer, DistributionSpec value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind == DistributionKinds.ConstantName)
        {
            writer.WriteNumberValue(value.Parameters[DistributionKinds.ConstantParameter]);
            return;
        }
        writer.WriteStartObject();
        writer.WritePropertyName(value.Kind);
        if (value.Kind == DistributionKinds.EmpiricalName)
        {
            writer.WriteStartArray();
            foreach (var v in value.Values)
                writer.WriteNumberValue(v);
            writer.WriteEndArray();
        }
        else if (value.Kind == DistributionKinds.MixtureName)
        {
            writer.WriteStartArray();
            foreach (var component in value.Components)
            {
                writer.WriteStartObject();
                writer.WriteNumber("p", component.P);
                writer.WritePropertyName("of");
                Write(writer, component.Of, options);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStartObject();
            foreach (var (name, v) in value.Parameters)
                writer.WriteNumber(name, v);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
