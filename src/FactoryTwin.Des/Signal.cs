namespace FactoryTwin.Des;

/// <summary>A recurring "something changed" notice: processes wait for <see cref="Next"/>, and <see cref="Pulse"/> wakes them all.</summary>
/// <remarks>
/// The way to wait for a change without polling. A pulse with nobody waiting costs nothing; otherwise it succeeds
/// the current event and starts a new one, so a process that checks its condition and waits again never misses a
/// pulse that came after its check.
/// </remarks>
public sealed class Signal
{
    private readonly Simulation _simulation;
    private Event? _next;

    public Signal(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        _simulation = simulation;
    }

    /// <summary>The event the next pulse will succeed.</summary>
    /// <remarks>Made when first asked for: most signals (one per job, per buffer) pulse far more often than anyone waits.</remarks>
    public Event Next => _next ??= new Event(_simulation);

    /// <summary>Wakes everything waiting for <see cref="Next"/>.</summary>
    public void Pulse()
    {
        if (_next?.Waiters is null)
            return;
        var current = _next;
        _next = null;
        current.Succeed();
    }
}
