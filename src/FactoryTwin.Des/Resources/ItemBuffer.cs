namespace FactoryTwin.Des.Resources;

/// <summary>The items a store holds, in the order they come out.</summary>
internal abstract class ItemBuffer<T>
{
    public abstract int Count { get; }

    public abstract void Add(T item);

    /// <summary>Takes the first item that <paramref name="filter"/> accepts (any item if null).</summary>
    public abstract bool TryTake(Func<T, bool>? filter, out T item);

    /// <summary>First in, first out; gets here never filter.</summary>
    public sealed class Fifo : ItemBuffer<T>
    {
        private readonly Queue<T> _items = new();

        public override int Count => _items.Count;

        public override void Add(T item) => _items.Enqueue(item);

        public override bool TryTake(Func<T, bool>? filter, out T item) => _items.TryDequeue(out item!);
    }

    /// <summary>In arrival order, taken from anywhere by the first match of a filter.</summary>
    public sealed class Filterable : ItemBuffer<T>
    {
        private readonly List<T> _items = [];

        public override int Count => _items.Count;

        public override void Add(T item) => _items.Add(item);

        public override bool TryTake(Func<T, bool>? filter, out T item)
        {
            var index = filter is null ? (_items.Count > 0 ? 0 : -1) : _items.FindIndex(x => filter(x));
            if (index < 0)
            {
                item = default!;
                return false;
            }
            item = _items[index];
            _items.RemoveAt(index);
            return true;
        }
    }

    /// <summary>Smallest item first by a comparer, first in first out among equals.</summary>
    public sealed class Ordered(IComparer<T> comparer) : ItemBuffer<T>
    {
        private readonly PriorityQueue<T, (T Item, long Order)> _items =
            new(Comparer<(T Item, long Order)>.Create((a, b) => comparer.Compare(a.Item, b.Item) is var c && c != 0 ? c : a.Order.CompareTo(b.Order)));
        private long _order;

        public override int Count => _items.Count;

        public override void Add(T item) => _items.Enqueue(item, (item, _order++));

        public override bool TryTake(Func<T, bool>? filter, out T item) => _items.TryDequeue(out item!, out _);
    }
}
