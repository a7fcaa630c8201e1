namespace FactoryTwin.Des.Resources;

/// <summary>A request to a <see cref="PriorityResource"/> or <see cref="PreemptiveResource"/>: a priority, and who to interrupt if it is preempted.</summary>
public sealed class PriorityRequest : ResourceRequest
{
    internal PriorityRequest(Resource resource, int priority, bool preempt)
        : base(resource)
    {
        Priority = priority;
        Preempt = preempt;
        Owner = resource.Simulation.ActiveProcess;
    }

    /// <summary>The process that asked (interrupted if the request is preempted), or null if asked from outside a process.</summary>
    public Process? Owner { get; }

    /// <summary>Lower numbers are served first and may preempt higher ones.</summary>
    public int Priority { get; }

    /// <summary>Whether this request may take the unit away from a less important holder.</summary>
    public bool Preempt { get; }

    /// <inheritdoc />
    public override string ToString() => $"Request of '{Resource.Name}' by {(Owner?.ToString() ?? "no process")} (priority {Priority})";
}
