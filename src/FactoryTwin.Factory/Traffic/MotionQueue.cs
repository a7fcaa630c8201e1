namespace FactoryTwin.Factory.Traffic;

/// <summary>What happens next to each robot in motion, in time order: the traffic layer's own timetable, so that a move allocates nothing.</summary>
/// <remarks>Entries due at the same time come out in the order they were put in, so a seed fixes a run.</remarks>
internal sealed class MotionQueue
{
    private readonly PriorityQueue<Entry, (double Time, long Sequence)> _heap = new(EntryOrder.Instance);
    private long _sequence;

    public int Count => _heap.Count;

    /// <summary>The time of the next entry; +∞ if there is none.</summary>
    public double NextTime => _heap.TryPeek(out _, out var due) ? due.Time : double.PositiveInfinity;

    public void Add(double time, Mover mover, MotionKind kind, int token = 0) =>
        _heap.Enqueue(new Entry(mover, kind, token), (time, _sequence++));

    /// <summary>Takes the next entry if it is due at or before <paramref name="now"/>.</summary>
    public bool TryTakeDue(double now, out Entry entry)
    {
        if (_heap.TryPeek(out entry, out var due) && due.Time <= now)
        {
            _heap.Dequeue();
            return true;
        }
        entry = default;
        return false;
    }

    /// <summary>An entry: the robot, what happens to it, and for retries the token that says whether it still stands.</summary>
    public readonly record struct Entry(Mover Mover, MotionKind Kind, int Token);

    private sealed class EntryOrder : IComparer<(double Time, long Sequence)>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare((double Time, long Sequence) x, (double Time, long Sequence) y) =>
            x.Time != y.Time ? x.Time.CompareTo(y.Time) : x.Sequence.CompareTo(y.Sequence);
    }
}

/// <summary>The moments of a move that the traffic layer acts on.</summary>
internal enum MotionKind : byte
{
    /// <summary>The turn is done but the node ahead is not yet free in time: the robot waits.</summary>
    TurnDone,

    /// <summary>The robot drives off along its lane.</summary>
    Depart,

    /// <summary>The robot reaches the end of its lane.</summary>
    Arrive,

    /// <summary>A robot that could not move looks again.</summary>
    Retry,

    /// <summary>A robot that waits has turned towards the lane it wants and goes on waiting.</summary>
    FacedWhileWaiting,
}
