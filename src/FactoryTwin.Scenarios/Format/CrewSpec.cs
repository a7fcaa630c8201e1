using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A crew of interchangeable human operators that stations share for setup or processing.</summary>
public sealed record CrewSpec
{
    [Description("A unique name; operators are named after it: fitters-1, fitters-2, ...")]
    public required string Id { get; init; }

    [AtLeast(1)]
    [AtMost(100_000)]
    [Description("How many operators.")]
    public required int Count { get; init; }
}
