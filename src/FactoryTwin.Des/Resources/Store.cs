using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Des.Resources;

/// <summary>A buffer of discrete items with a capacity: puts wait while it is full, gets while it is empty. First in, first out.</summary>
/// <remarks>
/// Puts are served strictly in order. Gets are served in order among those whose filter an item matches, so a
/// get waiting for a particular item does not block a later get that any item satisfies (SimPy's FilterStore rule).
/// </remarks>
public class Store<T>
{
    private readonly WaitQueue _puts;
    private readonly WaitQueue _gets;
    private readonly ItemBuffer<T> _items;

    /// <summary>Creates an empty store holding at most <paramref name="capacity"/> items.</summary>
    public Store(Simulation simulation, int capacity = int.MaxValue, string? name = null)
        : this(simulation, capacity, name, new ItemBuffer<T>.Fifo())
    {
    }

    private protected Store(Simulation simulation, int capacity, string? name, ItemBuffer<T> items)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Simulation = simulation;
        Capacity = capacity;
        Name = name ?? GetType().Name;
        _puts = new WaitQueue(simulation);
        _gets = new WaitQueue(simulation);
        Level = new TimeWeightedMonitor(simulation);
        _items = items;
    }

    public Simulation Simulation { get; }

    public string Name { get; }

    /// <summary>The most items the store holds.</summary>
    public int Capacity { get; }

    /// <summary>How many items the store holds now.</summary>
    public int Count => _items.Count;

    /// <summary>Items held over time.</summary>
    public TimeWeightedMonitor Level { get; }

    /// <summary>Puts waiting for room, over time.</summary>
    public TimeWeightedMonitor WaitingPuts => _puts.Length;

    /// <summary>Gets waiting for an item, over time.</summary>
    public TimeWeightedMonitor WaitingGets => _gets.Length;

    /// <summary>Puts <paramref name="item"/> in; yield the event to wait until there is room.</summary>
    public StorePut<T> Put(T item)
    {
        var put = new StorePut<T>(Simulation, item);
        _puts.Enqueue(put);
        Serve();
        return put;
    }

    /// <summary>Takes the first item out; yield the event to wait for one, then read <see cref="StoreGet{T}.Item"/>.</summary>
    public StoreGet<T> Get() => Enqueue(new StoreGet<T>(Simulation, null));

    /// <summary>Resets the statistics at the end of a warm-up.</summary>
    public void ResetStatistics()
    {
        Level.Reset();
        _puts.Length.Reset();
        _gets.Length.Reset();
    }

    /// <inheritdoc />
    public override string ToString() => $"{GetType().Name} '{Name}' ({Count}/{Capacity} items)";

    private protected StoreGet<T> Enqueue(StoreGet<T> get)
    {
        _gets.Enqueue(get);
        Serve();
        return get;
    }

    // Serves puts and gets until neither can go on: a get frees room for a put, a put brings an item for a get.
    private void Serve()
    {
        bool progress;
        do
        {
            progress = false;
            while (Count < Capacity && _puts.First is { } node)
            {
                var put = (StorePut<T>)node.Value;
                _puts.Remove(put);
                _items.Add(put.Item);
                Level.Update(Count);
                put.Complete(null);
                progress = true;
            }
            for (var node = _gets.First; node is not null && Count > 0;)
            {
                var next = node.Next;
                var get = (StoreGet<T>)node.Value;
                if (_items.TryTake(get.Filter, out var item))
                {
                    _gets.Remove(get);
                    Level.Update(Count);
                    get.Complete(item);
                    progress = true;
                }
                node = next;
            }
        }
        while (progress);
    }
}
