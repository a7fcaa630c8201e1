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

    // While the process waits: the event it waits for. While it runs: the event that resumed it, which tells
    // whether it was interrupted. One field for both keeps a process at 72 bytes, one of the few objects per step.
    private Event? _current;

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
    public Event? Target => IsAlive && !ReferenceEquals(Simulation.ActiveProcess, this) ? _current : null;

    /// <summary>Sets the value the process ends with; call it from inside the process before it returns.</summary>
    public void SetResult(object? value) => Simulation.SetProcessResult(this, value);

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
        if (_current is InterruptDelivery { Handled: false } delivery)
        {
            delivery.Handled = true;
            interruption = delivery.Interruption;
            return true;
        }
        interruption = null!;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"Process '{Name}'";

    void IEventWaiter.OnProcessed(Event e) => Resume(e);

    /// <summary>Runs the process's steps until it waits for an event that has not been processed, or ends.</summary>
    internal void Resume(Event trigger)
    {
        var simulation = Simulation;
        simulation.ActiveProcess = this;
        while (true)
        {
            _current = trigger;
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

            if ((trigger is InterruptDelivery || trigger.HasUnhandledFailure) && UnhandledFault(trigger) is { } fault)
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
                _current = next;
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
        if (trigger is InterruptDelivery { Handled: false, Interruption: var interruption } delivery)
        {
            delivery.Handled = true;
            return new SimulationException(
                $"Process '{Name}' was interrupted at t={interruption.Time:R} s (cause: {interruption.Cause ?? "none"}) and did not handle it; call TryHandleInterrupt after the yield.",
                now, Name, null);
        }
        if (trigger.HasUnhandledFailure && trigger.Error is { } error)
        {
            // The process takes the failure over and passes it on: whoever waits for the process must handle it.
            trigger.MarkHandled();
            return Simulation.Unhandled(trigger, error);
        }
        return null;
    }

    private void End(SimulationException? failure)
    {
        _current = null;
        var result = Simulation.TakeProcessResult(this);
        if (failure is null)
            SetSucceeded(result);
        else
            SetFailed(failure);
        Simulation.Schedule(this, 0, urgent: false);
    }

    internal void StopWaiting()
    {
        _current?.RemoveWaiter(this);
        _current = null;
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
            : base(process.Simulation, interruption)
        {
            _process = process;
            Interruption = interruption;
            AddWaiter(this);
            process.Simulation.Schedule(this, 0, urgent: true);
        }

        public Interruption Interruption { get; }

        /// <summary>True once the process has taken the interrupt (or failed for not taking it).</summary>
        public bool Handled { get; set; }

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
