using System.Text.Json.Nodes;

namespace FactoryTwin.Experiments.Design;

/// <summary>One change to a scenario: a path into its JSON (<c>robots[0].count</c>) and the value to put there.</summary>
public sealed record Setting(string Path, JsonNode? Value)
{
    /// <summary><c>path=value</c>, the value as JSON (numbers and true/false as they are, anything else as a string).</summary>
    public override string ToString() => $"{Path}={Value?.ToJsonString() ?? "null"}";
}
