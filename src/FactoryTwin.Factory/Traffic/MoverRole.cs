namespace FactoryTwin.Factory.Traffic;

/// <summary>What a robot asks of the traffic layer, which decides whether others may push it aside.</summary>
internal enum MoverRole : byte
{
    /// <summary>Standing with nothing to reach (idle, or queueing near a station): it stays, but makes way when pushed.</summary>
    Resting,

    /// <summary>On its way to a goal: it moves whenever it can, and makes way when pushed.</summary>
    Driving,

    /// <summary>At work where it stands (loading, unloading, charging): nobody can move it.</summary>
    Working,

    /// <summary>Its battery ran empty: it stays where it stopped for good.</summary>
    Stopped,
}
