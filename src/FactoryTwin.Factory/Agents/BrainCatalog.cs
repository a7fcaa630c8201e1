using FactoryTwin.Factory.Agents.Brains;

namespace FactoryTwin.Factory.Agents;

/// <summary>The decision policies a scenario can name for its robots. To add one, write an <see cref="IBrain"/> and list it here.</summary>
public static class BrainCatalog
{
    private static readonly (string Name, Func<IBrain> Create)[] Brains =
    [
        ("greedy", () => new GreedyBrain()),
        ("dispatcher", () => new DispatcherBrain()),
    ];

    /// <summary>The names scenarios may use, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Brains.Select(b => b.Name)];

    /// <summary>A new brain of the named policy (one per fleet: a dispatcher serves the whole fleet).</summary>
    public static IBrain Create(string name) =>
        Brains.FirstOrDefault(b => b.Name == name).Create?.Invoke() ?? throw new ArgumentException($"No brain is called '{name}'.", nameof(name));
}
