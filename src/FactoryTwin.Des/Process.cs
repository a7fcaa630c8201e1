namespace FactoryTwin.Des;

/// <summary>A process: an iterator that yields the events it waits for. It is itself an event that fires when the process ends.</summary>
/// <remarks>
/// <para>After each <c>yield return e</c> the process resumes when <c>e</c> is processed; if <c>e</c> already was,
/// it resumes at once. Its value is what it passed to <see cref="SetResult"/>.</para>
/// <para>C# cannot throw into an iterator at a <c>yield</c>, so faults are delivered as state: a process resumed by an
/// <see cref="Interrupt"/> must call <see cref="TryHandleInterrupt"/>, and one resumed by a failed event must call
/// <see cref="Event.TryHandleFailure"/> on it, before its next yield; otherwise the process fails with that fault.
/// An exception thrown by the process fails it with a <see cref="SimulationException"/> naming it and the time.</para>
/// </remarks>
public sealed class Process : Event, IEventWaiter
{
    private readonly IEnumerator<Event> _steps;
    private readonly int _id;
    private string? _name;
    private Event? _target;
    private Interruption? _interruption;
    private object? _result;

    internal Process(Simulation simulation, IEnumerable<Event> steps, string? name)
        : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = steps.GetEnumerator();
        _name = name;
        _id = simulation.NextProcessId();
        // The process itself is scheduled as its own start, which saves an event per process (see Event.Process).
        // Being urgent and first, the start always comes before any interrupt of the process.
        simulation.Schedule(this, 0, urgent: true);
    }

    /// <summary>The name given at the start, or the iterator method's name followed by a number.</summary>
    public string Name => _name ??= $"{IteratorMethodName(_steps)}#{_id}";

    /// <summary>True until the process has ended (returned, failed or been unable to handle a fault).</summary>
    public bool IsAlive => !IsTriggered;

    /// <summary>The event the process is waiting for, or null while it runs or after it ended.</summary>
    public Event? Target => _target;

    /// <summary>Sets the value the process ends with; call it from inside the process before it returns.</summary>
    public void SetResult(object? value) => _result = value;

    /// <summary>Interrupts the process: it stops waiting for its target and resumes at once with an <see cref="Interruption"/>.</summary>
    /// <exception cref="InvalidOperationException">The process has ended, or a process tries to interrupt itself.</exception>
    public void Interrupt(object? cause = null)
    {
        if (!IsAlive)
            throw new InvalidOperationException($"Process '{Name}' has ended at or before t={Simulation.Now:R} s and cannot be interrupted.");
        if (ReferenceEquals(Simulation.ActiveProcess, this))
            throw new InvalidOperationException($"Process '{Name}' cannot interrupt itself.");
        _ = new InterruptDelivery(this, new Interruption(cause, Simulation.Now));
    }

    /// <summary>If the process was resumed by an interrupt, returns true with it and marks it handled.</summary>
    public bool TryHandleInterrupt(out Interruption interruption)
    {
        interruption = _interruption!;
        _interruption = null;
        return interruption is not null;
    }

    /// <inheritdoc />
    public override string ToString() => $"Process '{Name}'";

    void IEventWaiter.OnProcessed(Event e) => Resume(e);

    /// <summary>Runs the process's steps until it waits for an event that has not been processed, or ends.</summary>
    internal void Resume(Event trigger)
    {
        var simulation = Simulation;
        _target = null;
        simulation.ActiveProcess = this;
        while (true)
        {
            if (trigger is InterruptDelivery delivery)
                _interruption = delivery.Interruption;

            bool more;
            try
            {
                more = _steps.MoveNext();
            }
            catch (Exception error)
            {
                End(new SimulationException($"Process '{Name}' failed at t={simulation.Now:R} s: {error.Message}", simulation.Now, Name, error));
                break;
            }

            if ((_interruption is not null || (trigger.Error is not null && !trigger.IsHandled)) && UnhandledFault(trigger) is { } fault)
            {
                _steps.Dispose();
                End(fault);
                break;
            }
            if (!more)
            {
                End(null);
                break;
            }

            var next = _steps.Current;
            if (next is null || !ReferenceEquals(next.Simulation, simulation))
            {
                _steps.Dispose();
                var what = next is null ? "null" : $"{next} of another simulation";
                End(new SimulationException($"Process '{Name}' yielded {what} at t={simulation.Now:R} s; a process must yield events of its own simulation.", simulation.Now, Name, null));
                break;
            }
            if (!next.IsProcessed)
            {
                next.AddWaiter(this);
                _target = next;
                break;
            }
            trigger = next;
        }
        simulation.ActiveProcess = null;
    }

    /// <summary>The failure of a process that did not handle an interrupt or a failed event it was resumed by.</summary>
    private SimulationException? UnhandledFault(Event trigger)
    {
        var now = Simulation.Now;
        if (_interruption is { } interruption)
        {
            _interruption = null;
            return new SimulationException(
                $"Process '{Name}' was interrupted at t={interruption.Time:R} s (cause: {interruption.Cause ?? "none"}) and did not handle it; call TryHandleInterrupt after the yield.",
                now, Name, null);
        }
        if (trigger.Error is { } error && !trigger.IsHandled)
        {
            // The process takes the failure over and passes it on: whoever waits for the process must handle it.
            trigger.MarkHandled();
            return Simulation.Unhandled(trigger, error);
        }
        return null;
    }

    private void End(SimulationException? failure)
    {
        if (failure is null)
            SetSucceeded(_result);
        else
            SetFailed(failure);
        Simulation.Schedule(this, 0, urgent: false);
    }

    internal void StopWaiting()
    {
        _target?.RemoveWaiter(this);
        _target = null;
    }

    // The compiler names an iterator's class "<MethodName>d__N"; the method's name is what a modeller wrote.
    private static string IteratorMethodName(IEnumerator<Event> steps)
    {
        var typeName = steps.GetType().Name;
        var close = typeName.IndexOf('>', StringComparison.Ordinal);
        return typeName.StartsWith('<') && close > 1 ? typeName[1..close] : typeName;
    }

    /// <summary>The urgent event that delivers an interrupt; it resumes the process unless the process has ended.</summary>
    private sealed class InterruptDelivery : Event, IEventWaiter
    {
        private readonly Process _process;

        public InterruptDelivery(Process process, Interruption interruption)
            : base(process.Simulation)
        {
            _process = process;
            Interruption = interruption;
            SetSucceeded(interruption);
            AddWaiter(this);
            process.Simulation.Schedule(this, 0, urgent: true);
        }

        public Interruption Interruption { get; }

        public void OnProcessed(Event e)
        {
            if (!_process.IsAlive)
                return;
            _process.StopWaiting();
            _process.Resume(this);
        }

        public override string ToString() => $"Interrupt of process '{_process.Name}'";
    }
}
