using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Des.Resources;

/// <summary>Puts or gets waiting in arrival order, with their number monitored over time; any of them can withdraw in O(1).</summary>
internal sealed class WaitQueue(Simulation simulation)
{
    private readonly LinkedList<QueuedEvent> _list = new();

    public TimeWeightedMonitor Length { get; } = new(simulation);

    public LinkedListNode<QueuedEvent>? First => _list.First;

    public void Enqueue(QueuedEvent e)
    {
        e.Queue = this;
        e.Node = _list.AddLast(e);
        Length.Update(_list.Count);
    }

    public void Remove(QueuedEvent e)
    {
        if (e.Node is null)
            return;
        _list.Remove(e.Node);
        e.Node = null;
        e.Queue = null;
        Length.Update(_list.Count);
    }
}
