namespace FactoryTwin.Factory.Plans;

/// <summary>A station's machines each need one operator of crew <paramref name="Crew"/> (an index in the plan's crews) for setup, processing or both.</summary>
public sealed record OperatorNeed(int Crew, OperatorDuring During)
{
    public bool ForSetup => During is OperatorDuring.Setup or OperatorDuring.Both;

    public bool ForProcessing => During is OperatorDuring.Processing or OperatorDuring.Both;
}
