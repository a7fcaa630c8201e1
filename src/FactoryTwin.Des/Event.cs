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
    // The state lives in the two reference fields, with no flag bytes beside them, so that an event is three
    // references (40 bytes): the kernel allocates one for nearly every step, and flags would pad it to 48.

    // _value before the event is triggered.
    private static readonly object NotTriggered = new();

    // _waiters once the event has been processed.
    private static readonly object ProcessedMark = new();

    // null, a single waiter, a WaiterList (most events have exactly one waiter, so no list), or ProcessedMark.
    private object? _waiters;

    // NotTriggered, the success value, or a Failure.
    private object? _value;

    /// <summary>Creates a pending event that model code triggers later with <see cref="Succeed"/> or <see cref="Fail"/>.</summary>
    public Event(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Simulation = simulation;
        _value = NotTriggered;
    }

    /// <summary>Creates an event that has succeeded with <paramref name="value"/> from the start; the caller schedules it.</summary>
    private protected Event(Simulation simulation, object? value)
    {
        Simulation = simulation;
        _value = value;
    }

    /// <summary>The simulation this event belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>True once the event has succeeded or failed and is scheduled (or already processed).</summary>
    public bool IsTriggered => !ReferenceEquals(_value, NotTriggered);

    /// <summary>True once the simulation has reached the event and run its waiters.</summary>
    public bool IsProcessed => ReferenceEquals(_waiters, ProcessedMark);

    /// <summary>True if the event succeeded; false while pending or if it failed.</summary>
    public bool IsOk => IsTriggered && _value is not Failure;

    /// <summary>The value the event succeeded with.</summary>
    /// <exception cref="InvalidOperationException">The event is still pending, or it failed (see <see cref="Error"/>).</exception>
    public object? Value
    {
        get
        {
            if (!IsTriggered)
                throw new InvalidOperationException($"{this} has no value yet: it has not been triggered.");
            if (_value is Failure failure)
                throw new InvalidOperationException($"{this} failed, so it has no value; read Error instead.", failure.Error);
            return _value;
        }
    }

    /// <summary>The error the event failed with, or null.</summary>
    public Exception? Error => (_value as Failure)?.Error;

    /// <summary>True once the failure of this event has been taken over by someone (a process or a condition).</summary>
    public bool IsHandled => _value is Failure { Handled: true };

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
        if (_value is Failure failure)
        {
            failure.Handled = true;
            error = failure.Error;
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

    internal void SetSucceeded(object? value) => _value = value;

    internal void SetFailed(Exception error) => _value = new Failure(error);

    /// <summary>True if the event failed and nobody has taken the failure over yet.</summary>
    internal bool HasUnhandledFailure => _value is Failure { Handled: false };

    internal void MarkHandled()
    {
        if (_value is Failure failure)
            failure.Handled = true;
    }

    internal void EnsurePending()
    {
        if (IsTriggered)
            throw new InvalidOperationException($"{this} has already been triggered; an event succeeds or fails once.");
    }

    /// <summary>Adds a waiter; returns where it stands among the waiters, which makes <see cref="RemoveWaiter"/> quick.</summary>
    internal int AddWaiter(IEventWaiter waiter)
    {
        if (IsProcessed)
            throw new InvalidOperationException($"{this} has already been processed; nothing can wait for it any more.");
        switch (_waiters)
        {
            case null:
                _waiters = waiter;
                return 0;
            case WaiterList list:
                return list.Add(waiter);
            default:
                var several = new WaiterList();
                several.Add((IEventWaiter)_waiters);
                _waiters = several;
                return several.Add(waiter);
        }
    }

    /// <summary>Who waits for the event: null, one <see cref="IEventWaiter"/> or a list of them.</summary>
    internal object? Waiters => IsProcessed ? null : _waiters;

    /// <summary>Removes a waiter; <paramref name="slot"/> is what <see cref="AddWaiter"/> returned, if known.</summary>
    internal void RemoveWaiter(IEventWaiter waiter, int slot = -1)
    {
        if (ReferenceEquals(_waiters, waiter))
            _waiters = null;
        else if (_waiters is WaiterList list && list.Remove(waiter, slot))
            _waiters = null;
    }

    /// <summary>Runs the waiters; called by the simulation when it reaches this event.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Process()
    {
        // Only a process is ever scheduled while pending: that entry is its start, not its end.
        if (!IsTriggered)
        {
            ((Process)this).Resume(this);
            return;
        }
        var waiters = _waiters;
        _waiters = ProcessedMark;
        // A process is by far the most common waiter; testing its exact (sealed) type first skips an interface cast.
        if (waiters is Process process)
            process.Resume(this);
        else if (waiters is IEventWaiter single)
            single.OnProcessed(this);
        else if (waiters is WaiterList list)
            list.Notify(this);
        if (_value is Failure { Handled: false } failure)
            throw Simulation.Unhandled(this, failure.Error);
    }

    /// <summary>The value of a failed event: its error, and whether someone has taken it over.</summary>
    private sealed class Failure(Exception error)
    {
        public Exception Error { get; } = error;

        public bool Handled { get; set; }
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
