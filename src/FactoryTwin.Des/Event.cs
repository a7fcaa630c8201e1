using System.Runtime.CompilerServices;

namespace FactoryTwin.Des;

/// <summary>Something that happens at a point in simulated time; processes wait for events by yielding them.</summary>
/// <remarks>
/// An event is <em>pending</em> until it is triggered (it succeeds with a value or fails with an error and is
/// scheduled), and <em>processed</em> once the simulation reaches it and has run its waiters. A failed event
/// that nobody handles stops the run with a <see cref="SimulationException"/>; it is never dropped silently.
/// </remarks>
public class Event
{
    // null, a single waiter, or a List<IEventWaiter>: most events have exactly one waiter, so no list is allocated.
    private object? _waiters;
    // The success value, or the Exception of a failed event.
    private object? _value;
    private EventState _state;
    private bool _failed;
    private bool _handled;

    /// <summary>Creates a pending event that model code triggers later with <see cref="Succeed"/> or <see cref="Fail"/>.</summary>
    public Event(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Simulation = simulation;
    }

    /// <summary>The simulation this event belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>True once the event has succeeded or failed and is scheduled (or already processed).</summary>
    public bool IsTriggered => _state != EventState.Pending;

    /// <summary>True once the simulation has reached the event and run its waiters.</summary>
    public bool IsProcessed => _state == EventState.Processed;

    /// <summary>True if the event succeeded; false while pending or if it failed.</summary>
    public bool IsOk => _state != EventState.Pending && !_failed;

    /// <summary>The value the event succeeded with.</summary>
    /// <exception cref="InvalidOperationException">The event is still pending, or it failed (see <see cref="Error"/>).</exception>
    public object? Value
    {
        get
        {
            if (_state == EventState.Pending)
                throw new InvalidOperationException($"{this} has no value yet: it has not been triggered.");
            if (_failed)
                throw new InvalidOperationException($"{this} failed, so it has no value; read Error instead.", (Exception)_value!);
            return _value;
        }
    }

    /// <summary>The error the event failed with, or null.</summary>
    public Exception? Error => _failed ? (Exception)_value! : null;

    /// <summary>True once the failure of this event has been taken over by someone (a process or a condition).</summary>
    public bool IsHandled => _handled;

    /// <summary>Triggers the event now with a value; it is processed after the events already due now.</summary>
    public Event Succeed(object? value = null)
    {
        EnsurePending();
        SetSucceeded(value);
        Simulation.Schedule(this, 0, urgent: false);
        return this;
    }

    /// <summary>Triggers the event now as failed; whoever waits on it must handle the error or fail too.</summary>
    public Event Fail(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        EnsurePending();
        SetFailed(error);
        Simulation.Schedule(this, 0, urgent: false);
        return this;
    }

    /// <summary>If this event failed, marks the failure handled and returns true with the error.</summary>
    /// <remarks>A process resumed by a failed event must call this before its next yield, or it fails too.</remarks>
    public bool TryHandleFailure(out Exception error)
    {
        if (_failed)
        {
            _handled = true;
            error = (Exception)_value!;
            return true;
        }
        error = null!;
        return false;
    }

    /// <summary>Calls <paramref name="callback"/> when the event is processed, after the waiters added before it.</summary>
    public void AddCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddWaiter(new CallbackWaiter(callback));
    }

    /// <inheritdoc />
    public override string ToString() => GetType().Name;

    internal void SetSucceeded(object? value)
    {
        _value = value;
        _state = EventState.Triggered;
    }

    internal void SetFailed(Exception error)
    {
        _value = error;
        _failed = true;
        _state = EventState.Triggered;
    }

    internal void MarkHandled() => _handled = true;

    internal void EnsurePending()
    {
        if (_state != EventState.Pending)
            throw new InvalidOperationException($"{this} has already been triggered; an event succeeds or fails once.");
    }

    internal void AddWaiter(IEventWaiter waiter)
    {
        if (_state == EventState.Processed)
            throw new InvalidOperationException($"{this} has already been processed; nothing can wait for it any more.");
        switch (_waiters)
        {
            case null:
                _waiters = waiter;
                break;
            case List<IEventWaiter> list:
                list.Add(waiter);
                break;
            default:
                _waiters = new List<IEventWaiter>(4) { (IEventWaiter)_waiters, waiter };
                break;
        }
    }

    internal object? Waiters => _waiters;

    internal void RemoveWaiter(IEventWaiter waiter)
    {
        if (ReferenceEquals(_waiters, waiter))
            _waiters = null;
        else if (_waiters is List<IEventWaiter> list)
            list.Remove(waiter);
    }

    /// <summary>Runs the waiters; called by the simulation when it reaches this event.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Process()
    {
        // Only a process is ever scheduled while pending: that entry is its start, not its end.
        if (_state == EventState.Pending)
        {
            ((Process)this).Resume(this);
            return;
        }
        _state = EventState.Processed;
        var waiters = _waiters;
        _waiters = null;
        // A process is by far the most common waiter; testing its exact (sealed) type first skips an interface cast.
        if (waiters is Process process)
            process.Resume(this);
        else if (waiters is IEventWaiter single)
            single.OnProcessed(this);
        else if (waiters is List<IEventWaiter> list)
        {
            foreach (var waiter in list)
                waiter.OnProcessed(this);
        }
        if (_failed && !_handled)
            throw Simulation.Unhandled(this, (Exception)_value!);
    }

    private enum EventState : byte
    {
        Pending,
        Triggered,
        Processed,
    }

    private sealed class CallbackWaiter(Action<Event> callback) : IEventWaiter
    {
        public void OnProcessed(Event e)
        {
            try
            {
                callback(e);
            }
            catch (Exception error) when (error is not SimulationException)
            {
                var now = e.Simulation.Now;
                throw new SimulationException($"A callback of {e} threw at t={now:R} s: {error.Message}", now, null, error);
            }
        }
    }
}
