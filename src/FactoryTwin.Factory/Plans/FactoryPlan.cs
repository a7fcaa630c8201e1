using FactoryTwin.Des.Randomness;
using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Plans;

/// <summary>A complete, checked description of a factory and how to run it: what a world is built from.</summary>
/// <remarks>Ids are resolved to indices and distributions to kernel distributions; nothing here can be wrong any more.</remarks>
public sealed record FactoryPlan(
    string Name,
    long Seed,
    RunPlan Run,
    LayoutGraph? Layout,
    IReadOnlyList<StationPlan> Stations,
    IReadOnlyList<CrewPlan> Crews,
    IReadOnlyList<ProductPlan> Products,
    IReadOnlyList<DemandPlan> Demand,
    IReadOnlyList<FleetPlan> Fleets,
    TrafficPlan Traffic,
    IDistribution TransferTime)
{
    /// <summary>True if the plan has mobile robots to carry jobs.</summary>
    public bool HasMobileRobots => Fleets.Any(f => f.Kind == RobotKind.Amr);
}
