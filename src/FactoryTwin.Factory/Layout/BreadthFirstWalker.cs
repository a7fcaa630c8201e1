namespace FactoryTwin.Factory.Layout;

/// <summary>Breadth-first walks over a layout that reuse their memory, for the searches a simulation runs thousands of times.</summary>
/// <remarks>
/// <see cref="LayoutGraph.BreadthFirst"/> allocates a node-sized array per walk, which on a large map is most of what
/// a busy traffic layer allocates. A walker belongs to one world (one thread) and runs one walk at a time.
/// </remarks>
public sealed class BreadthFirstWalker
{
    private readonly LayoutGraph _layout;
    private readonly int[] _seenInWalk;
    private readonly int[] _queue;
    private int _walk;
    private bool _walking;

    public BreadthFirstWalker(LayoutGraph layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _layout = layout;
        _seenInWalk = new int[layout.Nodes.Count];
        _queue = new int[layout.Nodes.Count];
    }

    /// <summary>The nodes reachable from <paramref name="start"/>, nearest (in lanes) first; finish or dispose it before the next walk.</summary>
    public IEnumerable<int> From(int start)
    {
        if (_walking)
            throw new InvalidOperationException("A breadth-first walk is still under way; finish it before starting another.");
        _walking = true;
        try
        {
            if (_walk == int.MaxValue)
            {
                Array.Clear(_seenInWalk);
                _walk = 0;
            }
            var walk = ++_walk;
            var (head, tail) = (0, 0);
            _queue[tail++] = start;
            _seenInWalk[start] = walk;
            while (head < tail)
            {
                var node = _queue[head++];
                yield return node;
                foreach (var edge in _layout.OutEdges(node))
                {
                    if (_seenInWalk[edge.To] != walk)
                    {
                        _seenInWalk[edge.To] = walk;
                        _queue[tail++] = edge.To;
                    }
                }
            }
        }
        finally
        {
            _walking = false;
        }
    }
}
