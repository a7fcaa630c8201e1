namespace FactoryTwin.Des.Resources;

/// <summary>A resource whose waiting requests are served by priority (lower number first), first come first served among equals.</summary>
public class PriorityResource : Resource
{
    public PriorityResource(Simulation simulation, int capacity = 1, string? name = null)
        : base(simulation, capacity, name, new RequestQueue.ByPriority())
    {
    }

    /// <summary>Asks for one unit with a priority; lower numbers are served first.</summary>
    public ResourceRequest Request(int priority) => Enqueue(priority, PreemptsByDefault);
}
