namespace FactoryTwin.Des.Resources;

/// <summary>Taking an amount from a container: succeeds when the level covers all of it.</summary>
public sealed class ContainerGet : QueuedEvent
{
    internal ContainerGet(Simulation simulation, double amount)
        : base(simulation) => Amount = amount;

    /// <summary>The amount to take.</summary>
    public double Amount { get; }
}
