namespace FactoryTwin.Des;

/// <summary>The value of a met condition: the events that had succeeded, in the order the condition listed them, and their values.</summary>
public sealed class ConditionValue
{
    internal ConditionValue(IReadOnlyList<Event> events) => Events = events;

    /// <summary>The events that had succeeded when the condition was met.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>The value of <paramref name="e"/>, which must be one of <see cref="Events"/>.</summary>
    /// <exception cref="KeyNotFoundException"><paramref name="e"/> had not succeeded when the condition was met.</exception>
    public object? this[Event e] =>
        Contains(e) ? e.Value : throw new KeyNotFoundException($"{e} had not succeeded when the condition was met.");

    /// <summary>True if <paramref name="e"/> had succeeded when the condition was met.</summary>
    public bool Contains(Event e) => Events.Contains(e);
}
