using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Shortest distances in metres from every node to a goal node (Dijkstra over the lanes, walked backwards).</summary>
/// <remarks>Used as the planner's heuristic and by sensing to tell robots how far tasks and chargers are. Kept per goal.</remarks>
public sealed class DistanceTable
{
    private readonly LayoutGraph _layout;
    private readonly Dictionary<int, double[]> _toGoal = [];

    public DistanceTable(LayoutGraph layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _layout = layout;
    }

    /// <summary>The length of the shortest way from <paramref name="from"/> to <paramref name="goal"/>; +∞ if there is none.</summary>
    public double Between(int from, int goal) => To(goal)[from];

    /// <summary>Distances from every node to <paramref name="goal"/>.</summary>
    public double[] To(int goal)
    {
        if (_toGoal.TryGetValue(goal, out var distances))
            return distances;
        distances = new double[_layout.Nodes.Count];
        Array.Fill(distances, double.PositiveInfinity);
        distances[goal] = 0;
        var queue = new PriorityQueue<int, double>();
        queue.Enqueue(goal, 0);
        while (queue.TryDequeue(out var node, out var distance))
        {
            if (distance > distances[node])
                continue;
            foreach (var edge in _layout.InEdges(node))
            {
                var through = distance + edge.LengthMeters;
                if (through < distances[edge.From])
                {
                    distances[edge.From] = through;
                    queue.Enqueue(edge.From, through);
                }
            }
        }
        _toGoal[goal] = distances;
        return distances;
    }

    /// <summary>A shortest way from <paramref name="from"/> to <paramref name="goal"/>, ignoring other robots; empty if there is none.</summary>
    public List<int> Path(int from, int goal)
    {
        var distances = To(goal);
        var path = new List<int>();
        if (double.IsPositiveInfinity(distances[from]))
            return path;
        var node = from;
        path.Add(node);
        while (node != goal)
        {
            var next = -1;
            var best = double.PositiveInfinity;
            foreach (var edge in _layout.OutEdges(node))
            {
                var through = edge.LengthMeters + distances[edge.To];
                if (through < best)
                {
                    best = through;
                    next = edge.To;
                }
            }
            node = next;
            path.Add(node);
        }
        return path;
    }
}
