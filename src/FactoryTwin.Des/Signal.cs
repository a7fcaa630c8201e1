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
    private Event _next;

    public Signal(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        _simulation = simulation;
        _next = new Event(simulation);
    }

    /// <summary>The event the next pulse will succeed.</summary>
    public Event Next => _next;

    /// <summary>Wakes everything waiting for <see cref="Next"/>.</summary>
    public void Pulse()
    {
        if (_next.Waiters is null)
            return;
        var current = _next;
        _next = new Event(_simulation);
        current.Succeed();
    }
}
