using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>What a station's machines need of a crew: one operator, for setup, processing or both.</summary>
public sealed record OperatorNeedSpec
{
    [Description("The crew (an id in operators) an operator comes from.")]
    public required string Crew { get; init; }

    [Description("setup, processing or both (one operator from the start of the setup to the end of the processing). Default both.")]
    public OperatorDuring During { get; init; } = OperatorDuring.Both;
}
