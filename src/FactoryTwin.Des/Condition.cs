namespace FactoryTwin.Des;

/// <summary>An event that waits for all (<see cref="Simulation.AllOf"/>) or any (<see cref="Simulation.AnyOf"/>) of several events.</summary>
/// <remarks>
/// It succeeds with a <see cref="ConditionValue"/> holding the events that had succeeded when it was met.
/// If one of its events fails first, the condition takes the failure over and fails with the same error.
/// </remarks>
public sealed class Condition : Event, IEventWaiter
{
    private readonly Event[] _events;
    private readonly int[] _slots;
    private readonly bool _all;
    private int _succeeded;

    internal Condition(Simulation simulation, IEnumerable<Event> events, bool all)
        : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = [.. events];
        _all = all;
        _slots = new int[_events.Length];
        foreach (var e in _events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (!ReferenceEquals(e.Simulation, simulation))
                throw new ArgumentException($"{e} belongs to another simulation.", nameof(events));
        }
        for (var i = 0; i < _events.Length && !IsTriggered; i++)
        {
            var e = _events[i];
            if (e.IsProcessed)
                Count(e);
            else
                _slots[i] = e.AddWaiter(this);
        }
        if (!IsTriggered && IsMet)
            Succeed(new ConditionValue([]));
    }

    /// <summary>The events this condition waits for, in the order given.</summary>
    public IReadOnlyList<Event> Events => _events;

    private bool IsMet => _all ? _succeeded == _events.Length : _succeeded > 0 || _events.Length == 0;

    /// <inheritdoc />
    public override string ToString() => $"{(_all ? "AllOf" : "AnyOf")}({_events.Length} events)";

    void IEventWaiter.OnProcessed(Event e) => Count(e);

    /// <summary>Counts a processed event and triggers the condition once it is met.</summary>
    private void Count(Event e)
    {
        if (IsTriggered)
            return;
        if (e.Error is { } error)
        {
            e.MarkHandled();
            StopWaiting();
            Fail(error);
            return;
        }
        _succeeded++;
        if (!IsMet)
            return;
        StopWaiting();
        Succeed(new ConditionValue([.. _events.Where(x => x.IsProcessed && x.IsOk)]));
    }

    // Once met, the condition stops listening, so a long-lived event (a breakdown signal) does not collect stale waiters.
    private void StopWaiting()
    {
        for (var i = 0; i < _events.Length; i++)
        {
            if (!_events[i].IsProcessed)
                _events[i].RemoveWaiter(this, _slots[i]);
        }
    }
}
