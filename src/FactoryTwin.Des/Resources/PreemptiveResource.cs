namespace FactoryTwin.Des.Resources;

/// <summary>A priority resource where a more important request takes a unit from the least important holder.</summary>
/// <remarks>
/// The holder with the highest priority number (the latest among equals) is preempted if the new request's number is
/// strictly lower. Its request becomes <see cref="RequestStatus.Preempted"/> and its process is interrupted with a
/// <see cref="Preempted"/> cause (a holder that asked from outside any process just loses the unit).
/// </remarks>
public sealed class PreemptiveResource : PriorityResource
{
    private readonly List<PriorityRequest> _holders = [];

    public PreemptiveResource(Simulation simulation, int capacity = 1, string? name = null)
        : base(simulation, capacity, name)
    {
    }

    /// <summary>The requests holding a unit now.</summary>
    public IReadOnlyList<PriorityRequest> Holders => _holders;

    /// <summary>Asks for one unit with a priority; with <paramref name="preempt"/>, it may take a unit from a less important holder.</summary>
    public PriorityRequest Request(int priority, bool preempt) => Enqueue(new PriorityRequest(this, priority, preempt));

    private protected override bool PreemptsByDefault => true;

    private protected override bool TryPreempt(ResourceRequest request)
    {
        if (request is not PriorityRequest { Preempt: true } preemptor || _holders.Count == 0)
            return false;
        var victim = _holders[0];
        foreach (var holder in _holders)
        {
            // Holders are in the order they were granted, so among equal times the later request comes later.
            if (holder.Priority > victim.Priority || (holder.Priority == victim.Priority && holder.RequestedAt >= victim.RequestedAt))
                victim = holder;
        }
        if (preemptor.Priority >= victim.Priority)
            return false;
        Free(victim, RequestStatus.Preempted);
        if (victim.Owner is { IsAlive: true } owner)
            owner.Interrupt(new Preempted(preemptor.Owner, victim.GrantedAt, this));
        return true;
    }

    private protected override void OnGranted(ResourceRequest request) => _holders.Add((PriorityRequest)request);

    private protected override void OnFreed(ResourceRequest request) => _holders.Remove((PriorityRequest)request);
}
