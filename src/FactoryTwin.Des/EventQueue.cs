using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace FactoryTwin.Des;

/// <summary>The future event list: a 4-ary min-heap of (time, key) entries, with the key breaking ties.</summary>
/// <remarks>
/// <para>The key packs the lane into its top bits and a never-wrapping sequence number below, so comparing keys
/// orders urgent events before normal ones at the same time and each lane first-in first-out.</para>
/// <para>This is the hottest code in the kernel, so an entry is kept to 16 bytes (time and slot) and four siblings
/// share one cache line. The event and its key sit in slot tables, read only to hand the event out and to break a tie
/// of equal times. Entries hold no object references, so moving one is a plain copy with no GC write barrier.</para>
/// </remarks>
internal sealed class EventQueue
{
    private const int Arity = 4;
    private Entry[] _entries = new Entry[256];
    private Event?[] _slots = new Event?[256];
    private long[] _keys = new long[256];
    private int[] _freeSlots = new int[256];
    private int _freeCount;
    private int _usedSlots;
    private int _count;

    public int Count => _count;

    /// <summary>The time of the earliest entry; +∞ when empty.</summary>
    public double PeekTime => _count > 0 ? _entries[0].Time : double.PositiveInfinity;

    public void Push(double time, long key, Event item)
    {
        var slot = TakeSlot();
        _slots[slot] = item;
        _keys[slot] = key;
        if (_count == _entries.Length)
            Array.Resize(ref _entries, _entries.Length * 2);
        var entry = new Entry(time, slot);
        var entries = _entries;
        var index = _count++;
        while (index > 0)
        {
            var parent = (index - 1) / Arity;
            if (!Before(entry, entries[parent]))
                break;
            entries[index] = entries[parent];
            index = parent;
        }
        entries[index] = entry;
    }

    public Event Pop(out double time)
    {
        var entries = _entries;
        var top = entries[0];
        var last = entries[--_count];
        if (_count > 0)
            SiftDown(last);
        time = top.Time;
        var item = _slots[top.Slot]!;
        _slots[top.Slot] = null; // let the event be collected
        _freeSlots[_freeCount++] = top.Slot;
        if (_count > 0)
            Prefetch(_slots[entries[0].Slot]);
        return item;
    }

    /// <summary>Prefetches what the next event will wake (usually a process); the event itself was prefetched by <see cref="Pop"/>.</summary>
    /// <remarks>
    /// Processing an event reads the event, then the process it wakes, then that process's iterator: dependent loads
    /// that each miss the cache when thousands of processes are alive. Fetching the next event's first two links
    /// while the current one runs hides most of that wait. A wrong guess (a new event jumps ahead) costs only the hint.
    /// </remarks>
    public void PrefetchNextWaiter()
    {
        if (_count > 0)
            Prefetch(_slots[_entries[0].Slot]!.Waiters);
    }

    private static unsafe void Prefetch(object? o)
    {
        if (Sse.IsSupported)
            Sse.Prefetch0((void*)Unsafe.As<object?, nint>(ref o));
    }

    private int TakeSlot()
    {
        if (_freeCount > 0)
            return _freeSlots[--_freeCount];
        if (_usedSlots == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _freeSlots, _freeSlots.Length * 2);
        }
        return _usedSlots++;
    }

    private void SiftDown(Entry entry)
    {
        var entries = _entries;
        var count = _count;
        var index = 0;
        while (true)
        {
            var first = (index * Arity) + 1;
            if (first >= count)
                break;
            var best = first;
            var end = Math.Min(first + Arity, count);
            for (var child = first + 1; child < end; child++)
            {
                if (Before(entries[child], entries[best]))
                    best = child;
            }
            if (!Before(entries[best], entry))
                break;
            entries[index] = entries[best];
            index = best;
        }
        entries[index] = entry;
    }

    private bool Before(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && _keys[a.Slot] < _keys[b.Slot]);

    private readonly struct Entry(double time, int slot)
    {
        public readonly double Time = time;
        public readonly int Slot = slot;
    }
}
