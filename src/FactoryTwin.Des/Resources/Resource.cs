using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Des.Resources;

/// <summary>A number of identical units (machines, operators, docks) that processes request, hold and release; first come, first served.</summary>
/// <remarks>Grants run in the urgent lane, so a freed unit goes to the next waiter before anything else happens at that time.</remarks>
public class Resource
{
    private readonly RequestQueue _waiting;
    private long _order;

    /// <summary>Creates a resource with <paramref name="capacity"/> units, all free.</summary>
    public Resource(Simulation simulation, int capacity = 1, string? name = null)
        : this(simulation, capacity, name, new RequestQueue.Fifo())
    {
    }

    private protected Resource(Simulation simulation, int capacity, string? name, RequestQueue waiting)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Simulation = simulation;
        Capacity = capacity;
        Name = name ?? GetType().Name;
        _waiting = waiting;
        Busy = new TimeWeightedMonitor(simulation);
        Queue = new TimeWeightedMonitor(simulation);
    }

    public Simulation Simulation { get; }

    public string Name { get; }

    /// <summary>How many units exist.</summary>
    public int Capacity { get; }

    /// <summary>How many units are held now.</summary>
    public int InUse { get; private set; }

    /// <summary>How many requests wait now.</summary>
    public int QueueLength { get; private set; }

    /// <summary>Units held over time.</summary>
    public TimeWeightedMonitor Busy { get; }

    /// <summary>Requests waiting over time.</summary>
    public TimeWeightedMonitor Queue { get; }

    /// <summary>How long each granted request waited, in seconds.</summary>
    public Tally Wait { get; } = new();

    /// <summary>The time-average fraction of units held.</summary>
    public double Utilization => Busy.Mean / Capacity;

    /// <summary>Asks for one unit; yield the request to wait until it is granted.</summary>
    public ResourceRequest Request() => Enqueue(NewRequest());

    /// <summary>Gives back the unit <paramref name="request"/> holds; the next waiting request is granted at once.</summary>
    /// <exception cref="InvalidOperationException">The request does not hold a unit of this resource.</exception>
    /// <remarks>Releasing a preempted request does nothing: its unit is already gone.</remarks>
    public void Release(ResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(request.Resource, this))
            throw new InvalidOperationException($"Cannot release {request} on '{Name}': it was made to '{request.Resource.Name}'.");
        switch (request.Status)
        {
            case RequestStatus.Granted:
                Free(request, RequestStatus.Released);
                GrantWaiting();
                break;
            case RequestStatus.Preempted:
                break;
            case RequestStatus.Waiting:
                throw new InvalidOperationException($"Cannot release {request}: it was never granted (it is still waiting); dispose it to withdraw it.");
            default:
                throw new InvalidOperationException($"Cannot release {request}: it does not hold '{Name}' any more ({request.Status}).");
        }
    }

    /// <summary>Resets the statistics at the end of a warm-up.</summary>
    public void ResetStatistics()
    {
        Busy.Reset();
        Queue.Reset();
        Wait.Reset();
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name} '{Name}' ({InUse}/{Capacity} in use, {QueueLength} waiting)";

    internal void Dispose(ResourceRequest request)
    {
        switch (request.Status)
        {
            case RequestStatus.Granted:
                Release(request);
                break;
            case RequestStatus.Waiting:
                request.Status = RequestStatus.Cancelled;
                Queue.Update(--QueueLength);
                break;
        }
    }

    private protected TRequest Enqueue<TRequest>(TRequest request)
        where TRequest : ResourceRequest
    {
        if (InUse < Capacity || TryPreempt(request))
        {
            Grant(request);
        }
        else
        {
            _waiting.Enqueue(request, _order++);
            Queue.Update(++QueueLength);
        }
        return request;
    }

    /// <summary>The request <see cref="Request()"/> makes.</summary>
    private protected virtual ResourceRequest NewRequest() => new(this);

    /// <summary>Frees a unit for <paramref name="request"/> by taking one from a less important holder, if it may and there is one.</summary>
    private protected virtual bool TryPreempt(ResourceRequest request) => false;

    private protected virtual void OnGranted(ResourceRequest request)
    {
    }

    private protected virtual void OnFreed(ResourceRequest request)
    {
    }

    private protected void Free(ResourceRequest holder, RequestStatus status)
    {
        holder.Status = status;
        Busy.Update(--InUse);
        OnFreed(holder);
    }

    private void GrantWaiting()
    {
        while (InUse < Capacity && _waiting.TryDequeue(out var next))
        {
            Queue.Update(--QueueLength);
            Grant(next);
        }
    }

    private void Grant(ResourceRequest request)
    {
        var now = Simulation.Now;
        request.Status = RequestStatus.Granted;
        request.GrantedAt = now;
        Busy.Update(++InUse);
        Wait.Add(now - request.RequestedAt);
        OnGranted(request);
        request.SetSucceeded(null);
        Simulation.Schedule(request, 0, urgent: true);
    }
}
