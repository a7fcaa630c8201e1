namespace FactoryTwin.Des.Resources;

/// <summary>A request for one unit of a resource: an event that succeeds when the unit is granted.</summary>
/// <remarks>
/// <para>Disposing it gives the unit back if granted and withdraws it if still waiting, so <c>using var r = res.Request();</c> never leaks.</para>
/// <para>It holds only what every request needs (72 bytes, one per customer of a queue); priorities live in <see cref="PriorityRequest"/>.</para>
/// </remarks>
public class ResourceRequest : Event, IDisposable
{
    internal ResourceRequest(Resource resource)
        : base(resource.Simulation)
    {
        Resource = resource;
        RequestedAt = resource.Simulation.Now;
    }

    /// <summary>The resource asked for.</summary>
    public Resource Resource { get; }

    /// <summary>When the request was made, in seconds.</summary>
    public double RequestedAt { get; }

    /// <summary>When the unit was granted, in seconds; NaN until then.</summary>
    public double GrantedAt { get; internal set; } = double.NaN;

    /// <summary>Where the request is in its life.</summary>
    public RequestStatus Status { get; internal set; }

    /// <summary>Gives the unit back if granted, withdraws the request if waiting, and does nothing otherwise.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA1816", Justification = "Nothing to finalize: the constructor is internal and the one subclass is sealed.")]
    public void Dispose() => Resource.Dispose(this);

    /// <inheritdoc />
    public override string ToString() => $"Request of '{Resource.Name}' made at t={RequestedAt:R} s";
}
