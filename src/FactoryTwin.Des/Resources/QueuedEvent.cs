namespace FactoryTwin.Des.Resources;

/// <summary>A put or a get that may wait in a queue; disposing it withdraws it if it is still waiting.</summary>
public abstract class QueuedEvent : Event, IDisposable
{
    private protected QueuedEvent(Simulation simulation)
        : base(simulation) => RequestedAt = simulation.Now;

    /// <summary>When the put or get was made, in seconds.</summary>
    public double RequestedAt { get; }

    internal WaitQueue? Queue { get; set; }

    internal LinkedListNode<QueuedEvent>? Node { get; set; }

    /// <summary>Withdraws the put or get if it is still waiting; does nothing once it has happened.</summary>
    public void Cancel() => Queue?.Remove(this);

    /// <summary>Same as <see cref="Cancel"/>, for <c>using</c>.</summary>
    public void Dispose()
    {
        Cancel();
        GC.SuppressFinalize(this);
    }

    /// <summary>Completes the put or get now, in the urgent lane.</summary>
    internal void Complete(object? value)
    {
        SetSucceeded(value);
        Simulation.Schedule(this, 0, urgent: true);
    }
}
