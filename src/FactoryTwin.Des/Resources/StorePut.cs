namespace FactoryTwin.Des.Resources;

/// <summary>Putting an item into a store: succeeds when the store has room for it.</summary>
public sealed class StorePut<T> : QueuedEvent
{
    internal StorePut(Simulation simulation, T item)
        : base(simulation) => Item = item;

    /// <summary>The item being put.</summary>
    public T Item { get; }
}
