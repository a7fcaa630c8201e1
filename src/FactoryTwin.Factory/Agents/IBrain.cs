namespace FactoryTwin.Factory.Agents;

/// <summary>A decision policy: turns what a robot observes into what it does next. Knows nothing but the observation.</summary>
public interface IBrain
{
    /// <summary>True if the brain needs <see cref="Observation.IdleFleet"/> (a central dispatcher); filling it costs time.</summary>
    bool NeedsFleetView { get; }

    Decision Decide(Observation observation);
}
