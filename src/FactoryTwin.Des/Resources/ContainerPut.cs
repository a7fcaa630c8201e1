namespace FactoryTwin.Des.Resources;

/// <summary>Adding an amount to a container: succeeds when there is room for all of it.</summary>
public sealed class ContainerPut : QueuedEvent
{
    internal ContainerPut(Simulation simulation, double amount)
        : base(simulation) => Amount = amount;

    /// <summary>The amount to add.</summary>
    public double Amount { get; }
}
