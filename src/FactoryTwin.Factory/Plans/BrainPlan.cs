namespace FactoryTwin.Factory.Plans;

/// <summary>What decides for a fleet: a built-in brain by name, or a program that answers over the brain protocol.</summary>
/// <param name="Name">The built-in brain (see <see cref="Agents.BrainCatalog"/>), or null for a program.</param>
/// <param name="Command">The program and its arguments; empty for a built-in brain.</param>
/// <param name="WorkingDirectory">Where the program runs, so that relative paths in its command mean the same from any folder.</param>
public sealed record BrainPlan(string? Name, IReadOnlyList<string> Command, string WorkingDirectory)
{
    public static BrainPlan BuiltIn(string name) => new(name, [], "");

    public static BrainPlan Program(IReadOnlyList<string> command, string workingDirectory) => new(null, command, workingDirectory);

    /// <summary>True for a brain that runs as another process.</summary>
    public bool IsProgram => Name is null;

    /// <summary>The name, or the command line as a user would type it.</summary>
    public override string ToString() => Name ?? string.Join(' ', Command.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
}
