namespace FactoryTwin.Factory.Agents;

/// <summary>What a brain decides a robot does next; a plain record, like the observation.</summary>
public abstract record Decision
{
    /// <summary>Nothing to do: wait where it is until something changes.</summary>
    public sealed record Wait : Decision;

    /// <summary>Stay where it is (making way if others need to pass) for this many seconds, then decide again.</summary>
    public sealed record Pause(double Seconds) : Decision;

    /// <summary>Take the open task with this id and carry its job.</summary>
    public sealed record Carry(int TaskId) : Decision;

    /// <summary>Go and charge at this charger.</summary>
    public sealed record Charge(string Charger) : Decision;

    /// <summary>Drive to this node (by id) and wait there, out of the way.</summary>
    public sealed record Park(string Node) : Decision;
}
