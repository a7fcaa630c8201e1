namespace FactoryTwin.Des.Resources;

/// <summary>A store whose gets can ask for particular items; each get takes the first held item its filter accepts.</summary>
public sealed class FilterStore<T> : Store<T>
{
    public FilterStore(Simulation simulation, int capacity = int.MaxValue, string? name = null)
        : base(simulation, capacity, name, new ItemBuffer<T>.Filterable())
    {
    }

    /// <summary>Takes the first item that <paramref name="filter"/> accepts, waiting until there is one.</summary>
    public StoreGet<T> Get(Func<T, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Enqueue(new StoreGet<T>(Simulation, filter));
    }
}
