using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using FactoryTwin.Scenarios.Format;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Scenarios;

/// <summary>The JSON Schema of scenario files, generated from the records so that it cannot drift from them.</summary>
/// <remarks>Editors use it to autocomplete and underline; FactoryTwin itself checks files with its own validator, which says more.</remarks>
public static class ScenarioSchema
{
    /// <summary>The schema as indented JSON text, with a final newline.</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var schema = ScenarioJson.Options.GetJsonSchemaAsNode(typeof(Scenario), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "https://factorytwin.dev/schemas/scenario-1.schema.json",
            ["title"] = "FactoryTwin scenario (format version 1)",
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }
        root["$defs"] = new JsonObject { [DistributionDefinition] = DistributionSchema(), [LocationDefinition] = LocationSchema(), [BrainDefinition] = BrainSchema() };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = ScenarioJson.Options.Encoder }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private const string DistributionDefinition = "distribution";
    private const string LocationDefinition = "location";
    private const string BrainDefinition = "brain";

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        // The two shapes used in many places are defined once and referenced.
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (type == typeof(DistributionSpec))
            schema = new JsonObject { ["$ref"] = $"#/$defs/{DistributionDefinition}" };
        else if (type == typeof(LocationSpec))
            schema = new JsonObject { ["$ref"] = $"#/$defs/{LocationDefinition}" };
        else if (type == typeof(BrainSpec))
            schema = new JsonObject { ["$ref"] = $"#/$defs/{BrainDefinition}" };
        if (schema is not JsonObject node)
            return schema;
        RejectNull(node);
        var attributes = context.PropertyInfo?.AttributeProvider;
        if (attributes is not null)
        {
            foreach (var attribute in attributes.GetCustomAttributes(inherit: false))
            {
                switch (attribute)
                {
                    case AtLeastAttribute a:
                        node["minimum"] = a.Minimum;
                        break;
                    case GreaterThanAttribute g:
                        node["exclusiveMinimum"] = g.Bound;
                        break;
                    case AtMostAttribute m:
                        node["maximum"] = m.Maximum;
                        break;
                    case DescriptionAttribute d:
                        node["description"] = d.Description;
                        break;
                }
            }
        }
        else if (type.GetCustomAttribute<DescriptionAttribute>() is { } description)
        {
            node["description"] = description.Description;
        }
        return node;
    }

    // Nulls are errors in scenario files: an optional field is left out, never null.
    private static void RejectNull(JsonObject node)
    {
        if (node["type"] is JsonArray types)
        {
            var kept = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            node["type"] = kept.Count == 1 ? kept[0] : new JsonArray([.. kept.Select(t => (JsonNode)t)]);
        }
        if (node["enum"] is JsonArray values && values.Any(v => v is null))
            node["enum"] = new JsonArray([.. values.Where(v => v is not null).Select(v => v!.DeepClone())]);
    }

    private static JsonObject DistributionSchema()
    {
        var choices = new JsonArray
        {
            new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = DistributionKinds.MaxSeconds, ["description"] = "A fixed number of seconds." },
        };
        foreach (var kind in DistributionKinds.All)
        {
            var parameters = new JsonObject();
            foreach (var name in kind.ParameterNames)
                parameters[name] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = DistributionKinds.MaxSeconds };
            choices.Add(new JsonObject
            {
                ["type"] = "object",
                ["description"] = $"{kind.Name}: {kind.Use}.",
                ["properties"] = new JsonObject
                {
                    [kind.Name] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = parameters,
                        ["required"] = new JsonArray([.. kind.ParameterNames.Select(n => (JsonNode)n)]),
                        ["additionalProperties"] = false,
                    },
                },
                ["required"] = new JsonArray(kind.Name),
                ["additionalProperties"] = false,
            });
        }
        choices.Add(new JsonObject
        {
            ["type"] = "object",
            ["description"] = "empirical: each observed number of seconds equally likely.",
            ["properties"] = new JsonObject
            {
                [DistributionKinds.EmpiricalName] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["items"] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = DistributionKinds.MaxSeconds },
                },
            },
            ["required"] = new JsonArray(DistributionKinds.EmpiricalName),
            ["additionalProperties"] = false,
        });
        choices.Add(new JsonObject
        {
            ["type"] = "object",
            ["description"] = "mixture: with probability p, a sample of 'of' (the p's add up to 1); two exponentials make a hyper-exponential.",
            ["properties"] = new JsonObject
            {
                [DistributionKinds.MixtureName] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 2,
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["p"] = new JsonObject { ["type"] = "number", ["exclusiveMinimum"] = 0, ["maximum"] = 1 },
                            ["of"] = new JsonObject { ["$ref"] = $"#/$defs/{DistributionDefinition}" },
                        },
                        ["required"] = new JsonArray("p", "of"),
                        ["additionalProperties"] = false,
                    },
                },
            },
            ["required"] = new JsonArray(DistributionKinds.MixtureName),
            ["additionalProperties"] = false,
        });
        return new JsonObject { ["description"] = "A duration in seconds: a number, or one named distribution.", ["oneOf"] = choices };
    }

    private static JsonObject LocationSchema() => new()
    {
        ["description"] = "A node id of a graph layout, or a cell [x, y] of a grid layout.",
        ["oneOf"] = new JsonArray
        {
            new JsonObject { ["type"] = "string", ["description"] = "A node id of a graph layout." },
            new JsonObject
            {
                ["type"] = "array",
                ["description"] = "A cell [x, y] of a grid layout: column, then row, from the top-left corner.",
                ["items"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                ["minItems"] = 2,
                ["maxItems"] = 2,
            },
        },
    };

    private static JsonObject BrainSchema() => new()
    {
        ["description"] = "A built-in brain by name, or a program that speaks the brain protocol (docs/brain-protocol.md).",
        ["oneOf"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray([.. Factory.Agents.BrainCatalog.Names.Select(n => (JsonNode)n)]),
                ["description"] = $"A built-in brain: {string.Join(" or ", Factory.Agents.BrainCatalog.Names)}.",
            },
            new JsonObject
            {
                ["type"] = "object",
                ["description"] = "A program: it reads one observation per line on standard input and answers one decision per line.",
                ["properties"] = new JsonObject
                {
                    ["command"] = new JsonObject
                    {
                        ["type"] = "array",
                        ["description"] = "The program, then its arguments; relative paths are relative to the scenario's folder.",
                        ["items"] = new JsonObject { ["type"] = "string" },
                        ["minItems"] = 1,
                    },
                },
                ["required"] = new JsonArray { "command" },
                ["additionalProperties"] = false,
            },
        },
    };
}
