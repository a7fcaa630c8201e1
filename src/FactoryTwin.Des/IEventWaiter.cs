namespace FactoryTwin.Des;

/// <summary>Something that reacts when an event is processed: a process resuming, a condition counting.</summary>
/// <remarks>An interface rather than a delegate, so that waiting allocates nothing.</remarks>
internal interface IEventWaiter
{
    void OnProcessed(Event e);
}
