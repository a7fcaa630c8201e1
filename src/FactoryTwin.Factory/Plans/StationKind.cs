namespace FactoryTwin.Factory.Plans;

/// <summary>What a station does.</summary>
public enum StationKind
{
    /// <summary>Processes jobs on its parallel machines.</summary>
    Machine,

    /// <summary>Where jobs enter the factory (the first step of a routing).</summary>
    Source,

    /// <summary>Where finished jobs leave and are counted (the last step of a routing).</summary>
    Sink,

    /// <summary>Holds jobs between steps.</summary>
    Storage,

    /// <summary>Charges robots' batteries.</summary>
    Charger,

    /// <summary>Carries jobs on a belt to the next step's station, which it feeds directly.</summary>
    Conveyor,
}
