using System.Text.Json.Serialization;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A fleet's brain: a built-in one by name (<c>"greedy"</c>), or a program that speaks the brain protocol (<c>{"command": ["python3", "brain.py"]}</c>).</summary>
[JsonConverter(typeof(BrainSpecConverter))]
public sealed record BrainSpec
{
    private BrainSpec(string? name, IReadOnlyList<string> command) => (Name, Command) = (name, command);

    /// <summary>The built-in brain's name, or null for a program.</summary>
    public string? Name { get; }

    /// <summary>The program and its arguments (relative paths are relative to the scenario's folder); empty for a built-in brain.</summary>
    public IReadOnlyList<string> Command { get; }

    public static BrainSpec BuiltIn(string name) => new(name, []);

    public static BrainSpec Program(IReadOnlyList<string> command) => new(null, command);

    /// <inheritdoc />
    public override string ToString() => Name ?? string.Join(' ', Command);
}
