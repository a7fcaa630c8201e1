namespace FactoryTwin.Des.Resources;

/// <summary>A resource whose waiting requests are served by priority (lower number first), first come first served among equals.</summary>
public class PriorityResource : Resource
{
    public PriorityResource(Simulation simulation, int capacity = 1, string? name = null)
        : base(simulation, capacity, name, new RequestQueue.ByPriority())
    {
    }

    /// <summary>Asks for one unit with a priority; lower numbers are served first.</summary>
    public PriorityRequest Request(int priority) => Enqueue(new PriorityRequest(this, priority, PreemptsByDefault));

    /// <summary>Whether requests made without saying so may preempt (true for a <see cref="PreemptiveResource"/>, as in SimPy).</summary>
    private protected virtual bool PreemptsByDefault => false;

    private protected override ResourceRequest NewRequest() => new PriorityRequest(this, priority: 0, PreemptsByDefault);
}
