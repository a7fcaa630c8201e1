namespace FactoryTwin.Factory.Agents;

/// <summary>The decision policies a scenario can name for its robots.</summary>
public static class BrainCatalog
{
    /// <summary>The names scenarios may use, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["greedy", "dispatcher"];
}
