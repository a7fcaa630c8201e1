namespace FactoryTwin.Des;

/// <summary>The waiters of an event that has more than one, in the order they came.</summary>
/// <remarks>
/// Removing a waiter leaves a hole instead of shifting the rest, so a condition that stops waiting, knowing where it
/// stands, leaves at once even when thousands wait for the same event (thousands of processes each waiting for any
/// of a few shared signals: when one fires, each condition leaves the others' lists). Holes are squeezed out when
/// they are more than the waiters, which keeps a long-lived event's list as short as its waiters.
/// </remarks>
internal sealed class WaiterList
{
    private readonly List<IEventWaiter?> _items = new(4);
    private int _holes;

    /// <summary>Adds a waiter at the end; returns its place.</summary>
    public int Add(IEventWaiter waiter)
    {
        if (_holes > 8 && _holes * 2 > _items.Count)
        {
            _items.RemoveAll(static w => w is null);
            _holes = 0;
        }
        _items.Add(waiter);
        return _items.Count - 1;
    }

    /// <summary>Removes a waiter, looking first at <paramref name="slot"/>; true if none is left.</summary>
    public bool Remove(IEventWaiter waiter, int slot)
    {
        var index = slot >= 0 && slot < _items.Count && ReferenceEquals(_items[slot], waiter) ? slot : _items.IndexOf(waiter);
        if (index < 0)
            return false;
        _items[index] = null;
        _holes++;
        return _holes == _items.Count;
    }

    /// <summary>Tells every waiter, in order, that <paramref name="processed"/> has been processed.</summary>
    public void Notify(Event processed)
    {
        foreach (var waiter in _items)
            waiter?.OnProcessed(processed);
    }
}
