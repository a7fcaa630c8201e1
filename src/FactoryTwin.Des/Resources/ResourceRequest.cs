namespace FactoryTwin.Des.Resources;

/// <summary>A request for one unit of a resource: an event that succeeds when the unit is granted.</summary>
/// <remarks>Disposing it gives the unit back if granted and withdraws it if still waiting, so <c>using var r = res.Request();</c> never leaks.</remarks>
public sealed class ResourceRequest : Event, IDisposable
{
    internal ResourceRequest(Resource resource, int priority, bool preempt, long order)
        : base(resource.Simulation)
    {
        Resource = resource;
        Priority = priority;
        Preempt = preempt;
        Order = order;
        Owner = resource.Simulation.ActiveProcess;
        RequestedAt = resource.Simulation.Now;
    }

    /// <summary>The resource asked for.</summary>
    public Resource Resource { get; }

    /// <summary>The process that asked (interrupted if the request is preempted), or null if asked from outside a process.</summary>
    public Process? Owner { get; }

    /// <summary>Lower numbers are served first and may preempt higher ones.</summary>
    public int Priority { get; }

    /// <summary>Whether this request may take the unit away from a less important holder.</summary>
    public bool Preempt { get; }

    /// <summary>When the request was made, in seconds.</summary>
    public double RequestedAt { get; }

    /// <summary>When the unit was granted, in seconds; NaN until then.</summary>
    public double GrantedAt { get; internal set; } = double.NaN;

    /// <summary>Where the request is in its life.</summary>
    public RequestStatus Status { get; internal set; }

    /// <summary>The order of arrival, which breaks ties between equal priorities.</summary>
    internal long Order { get; }

    /// <summary>Gives the unit back if granted, withdraws the request if waiting, and does nothing otherwise.</summary>
    public void Dispose() => Resource.Dispose(this);

    /// <inheritdoc />
    public override string ToString() => $"Request of '{Resource.Name}' by {(Owner?.ToString() ?? "no process")}";
}
