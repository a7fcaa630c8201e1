namespace FactoryTwin.Des.Resources;

/// <summary>A store that hands out its smallest item first (by a comparer), first in first out among equals.</summary>
public sealed class PriorityStore<T> : Store<T>
{
    public PriorityStore(Simulation simulation, IComparer<T>? comparer = null, int capacity = int.MaxValue, string? name = null)
        : base(simulation, capacity, name, new ItemBuffer<T>.Ordered(comparer ?? Comparer<T>.Default))
    {
    }
}
