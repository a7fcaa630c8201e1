namespace FactoryTwin.Des;

/// <summary>The factory methods for events, so model code reads <c>sim.Timeout(5)</c>.</summary>
public sealed partial class Simulation
{
    /// <summary>A pending event for model code to trigger later.</summary>
    public Event Event() => new(this);

    /// <summary>An event that succeeds <paramref name="delay"/> seconds from now.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative, infinite or NaN.</exception>
    public Timeout Timeout(double delay, object? value = null) => new(this, delay, value);

    /// <summary>An event that succeeds at the simulated time <paramref name="time"/> exactly (now or later), like a timeout of <c>time - Now</c> without its rounding.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is before now, infinite or NaN.</exception>
    public Timeout TimeoutAt(double time, object? value = null) => new(this, value, time);

    /// <summary>Starts a process now (it runs its first step after the events already due now).</summary>
    /// <param name="steps">An iterator that yields the events to wait for.</param>
    /// <param name="name">A name for messages and traces; by default the iterator method's name and a number.</param>
    public Process Process(IEnumerable<Event> steps, string? name = null) => new(this, steps, name);

    /// <summary>An event that succeeds once all of <paramref name="events"/> have succeeded, or fails with the first failure.</summary>
    public Condition AllOf(params IEnumerable<Event> events) => new(this, events, all: true);

    /// <summary>An event that succeeds once any of <paramref name="events"/> has succeeded, or fails with the first failure.</summary>
    public Condition AnyOf(params IEnumerable<Event> events) => new(this, events, all: false);
}
