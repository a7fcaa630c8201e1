using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Plans;

namespace FactoryTwin.Factory.Traffic;

/// <summary>The nodes and lanes closed now (disruptions): no robot enters a closed node, or starts along a closed lane either way.</summary>
/// <remarks>
/// A robot already on a closed node may leave it, and one committed to a move along a lane when it closes (turning,
/// following a robot out, or driving) finishes the move. A
/// node or lane may be closed by several windows at once (a node, and a lane into it), so each keeps a count.
/// </remarks>
internal sealed class Closures(LayoutGraph layout)
{
    private readonly int[] _node = new int[layout.Nodes.Count];
    private readonly int[] _lane = new int[layout.LaneCount];
    private int _closed;

    /// <summary>True while anything is closed; until then nothing else here needs asking (the planner's hot path).</summary>
    public bool Any => _closed > 0;

    /// <summary>True if no robot may start along <paramref name="edge"/> now: its lane or the node it enters is closed.</summary>
    public bool Blocks(int edge) => _lane[layout.LaneOf(edge)] > 0 || _node[layout.Edges[edge].To] > 0;

    /// <summary>True if no robot may enter <paramref name="node"/> now.</summary>
    public bool IsClosed(int node) => _node[node] > 0;

    /// <summary>Closes (<paramref name="delta"/> +1) or reopens (-1) what the closure names.</summary>
    public void Change(ClosurePlan closure, int delta)
    {
        if (closure.Node >= 0)
            _node[closure.Node] += delta;
        else
            _lane[closure.Lane] += delta;
        _closed += delta;
    }
}
