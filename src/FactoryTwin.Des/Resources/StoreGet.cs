namespace FactoryTwin.Des.Resources;

/// <summary>Taking an item out of a store: succeeds with the item once one (matching the filter, if any) is there.</summary>
public sealed class StoreGet<T> : QueuedEvent
{
    internal StoreGet(Simulation simulation, Func<T, bool>? filter)
        : base(simulation) => Filter = filter;

    /// <summary>Which items this get accepts; null accepts any.</summary>
    public Func<T, bool>? Filter { get; }

    /// <summary>The item taken.</summary>
    /// <exception cref="InvalidOperationException">The get has not succeeded yet.</exception>
    public T Item => IsTriggered ? (T)Value! : throw new InvalidOperationException("The get has no item yet: yield it first.");
}
