namespace FactoryTwin.Factory.World;

/// <summary>Every state an element can be in; each kind uses its own group.</summary>
public enum ElementState : byte
{
    // Machines (operators use Busy and Idle)
    /// <summary>A machine with no job to work on.</summary>
    Starved,

    /// <summary>A machine processing a job, or being loaded or unloaded by its station's arms.</summary>
    Busy,

    /// <summary>A machine holding a finished job because the output buffer is full.</summary>
    Blocked,

    /// <summary>A machine broken down or under repair.</summary>
    Down,

    /// <summary>A machine being set up for another product.</summary>
    Setup,

    /// <summary>A machine with a job that waits for an operator of its crew, for setup or processing.</summary>
    WaitingOperator,

    /// <summary>A machine not at work in this part of the day (its station's shifts).</summary>
    OffShift,

    // Buffers
    /// <summary>A buffer; its level is in <see cref="StateChange.Value"/>.</summary>
    Level,

    // Jobs
    /// <summary>A job waiting in a station's input buffer.</summary>
    Queued,

    /// <summary>A job on a machine.</summary>
    Processing,

    /// <summary>A job finished at its step, in the output buffer, waiting for a place at its next station.</summary>
    WaitingTransport,

    /// <summary>A job with a place reserved at its next station, waiting for a robot to pick it up.</summary>
    WaitingPickup,

    /// <summary>A job being carried by a robot or transferred.</summary>
    InTransport,

    /// <summary>A job that left the factory at a sink.</summary>
    Done,

    /// <summary>A job turned away by a full station that loses arrivals, or that balked (value 1); it has left the factory.</summary>
    Lost,

    /// <summary>A job scrapped after a step (a step's scrap chance); it has left the factory.</summary>
    Scrapped,

    // Robots
    /// <summary>A robot with nothing to do.</summary>
    Idle,

    /// <summary>A mobile robot driving without a load.</summary>
    MovingEmpty,

    /// <summary>A mobile robot driving with a load.</summary>
    MovingLoaded,

    /// <summary>A robot taking a job on board (or an arm loading).</summary>
    Loading,

    /// <summary>A robot putting a job down (or an arm unloading).</summary>
    Unloading,

    /// <summary>A mobile robot that wants to move but must wait for other robots.</summary>
    WaitingTraffic,

    /// <summary>A mobile robot queueing for a station's place (to load or unload) that another robot holds.</summary>
    WaitingDock,

    /// <summary>A mobile robot waiting for a free charger.</summary>
    WaitingCharger,

    /// <summary>A mobile robot charging its battery.</summary>
    Charging,

    /// <summary>A mobile robot whose battery ran empty; it stays where it stopped.</summary>
    Stopped,

    /// <summary>A mobile robot whose goal cannot be reached while nodes or lanes are closed (disruptions): it waits where it is for one to reopen.</summary>
    WaitingClosure,
}
