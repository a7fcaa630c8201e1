namespace FactoryTwin.Factory.Plans;

/// <summary>What a disruption of the scenario does.</summary>
public enum DisruptionKind
{
    /// <summary>A machine station's machines are down for planned maintenance over a window.</summary>
    Maintenance,

    /// <summary>A product's arrivals come faster (or slower) over a window: its rate is multiplied.</summary>
    Surge,

    /// <summary>A node or a lane of the layout is closed over a window: robots re-plan around it, or wait for it to reopen.</summary>
    Closure,
}
