using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Traffic;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Support;

/// <summary>Rebuilds, from the recorded changes alone, when each robot stood on which node and drove which lane, and finds every clash.</summary>
/// <remarks>
/// A "moving" change at node u at time t means the robot left u at t; its next change is at the node v it drove to,
/// which it reached at t + length / speed (the lane's limit applies). It stood on a node from its arrival until it
/// left. Two robots clash if they stood on one node at overlapping times, or drove one lane (either way) at
/// overlapping times, which covers swaps.
/// </remarks>
internal sealed class TrafficAudit(FactoryPlan plan, StateHistory history, double end)
{
    private readonly LayoutGraph _layout = plan.Layout!;

    public List<string> Clashes()
    {
        var nodes = new Dictionary<int, List<(double From, double To, string Robot)>>();
        var lanes = new Dictionary<(int, int), List<(double From, double To, string Robot)>>();
        foreach (var fleet in plan.Fleets.Where(f => f.Kind == RobotKind.Amr))
        {
            foreach (var id in fleet.RobotIds)
                Visits(id, fleet.SpeedMetersPerSecond, nodes, lanes);
        }
        var clashes = new List<string>();
        foreach (var (node, visits) in nodes)
            clashes.AddRange(Overlaps(visits, $"node {_layout.Nodes[node].Id}", _layout.Nodes[node].Capacity));
        foreach (var (lane, visits) in lanes)
            clashes.AddRange(Overlaps(visits, $"lane {_layout.Nodes[lane.Item1].Id}-{_layout.Nodes[lane.Item2].Id}", 1));
        return clashes;
    }

    /// <summary>The metres each robot drove, from the trace.</summary>
    public double Distance(string robot)
    {
        var changes = history.Of(history.Find(robot).Index);
        var meters = 0.0;
        for (var i = 0; i + 1 < changes.Count; i++)
        {
            if (IsMoving(changes[i].State))
                meters += Lane(changes[i].Node, changes[i + 1].Node).LengthMeters;
        }
        return meters;
    }

    private void Visits(string robot, double speed, Dictionary<int, List<(double, double, string)>> nodes, Dictionary<(int, int), List<(double, double, string)>> lanes)
    {
        var changes = history.Of(history.Find(robot).Index);
        var at = changes[0].Node;
        var arrived = changes[0].Time;
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (!IsMoving(change.State))
                continue;
            Assert.Equal(at, change.Node); // a robot leaves from where it is
            Add(nodes, at, (arrived, change.Time, robot));
            // The next change is at the node reached; a robot still driving at the end is told by its heading.
            var next = i + 1 < changes.Count ? changes[i + 1].Node : Ahead(at, change.Heading);
            var lane = Lane(at, next);
            var arrive = change.Time + (lane.LengthMeters / Math.Min(speed, lane.SpeedLimitMetersPerSecond));
            Add(lanes, (Math.Min(at, next), Math.Max(at, next)), (change.Time, arrive, robot));
            if (i + 1 < changes.Count && changes[i + 1].Time < arrive - 1e-9)
                Assert.Fail($"{robot} recorded its next change at t={changes[i + 1].Time} before reaching {_layout.Nodes[next].Id} at t={arrive}.");
            at = next;
            arrived = arrive;
        }
        Add(nodes, at, (arrived, end, robot));
    }

    private int Ahead(int from, double heading)
    {
        var a = _layout.Nodes[from].Position;
        foreach (var edge in _layout.OutEdges(from))
        {
            var b = _layout.Nodes[edge.To].Position;
            if (Math.Abs((Math.Atan2(b.Y - a.Y, b.X - a.X) * 180 / Math.PI) - heading) < 1e-3)
                return edge.To;
        }
        throw new InvalidOperationException($"No lane leaves {_layout.Nodes[from].Id} at heading {heading}.");
    }

    private LayoutEdge Lane(int from, int to)
    {
        foreach (var edge in _layout.OutEdges(from))
        {
            if (edge.To == to)
                return edge;
        }
        throw new InvalidOperationException($"The trace moves from {_layout.Nodes[from].Id} to {_layout.Nodes[to].Id}, which no lane joins.");
    }

    private static IEnumerable<string> Overlaps(List<(double From, double To, string Robot)> visits, string where, int capacity)
    {
        // Sweep the starts and ends; more robots at once than the capacity is a clash.
        var points = visits.SelectMany(v => new[] { (Time: v.From, Delta: +1, v.Robot), (Time: v.To, Delta: -1, v.Robot) })
            .OrderBy(p => p.Time).ThenBy(p => p.Delta).ToList();
        var present = new List<string>();
        foreach (var (time, delta, robot) in points)
        {
            if (delta < 0)
            {
                present.Remove(robot);
                continue;
            }
            present.Add(robot);
            if (present.Count > capacity)
                yield return $"{where} at t={time:R}: {string.Join(", ", present)}";
        }
    }

    private static bool IsMoving(ElementState state) => state is ElementState.MovingEmpty or ElementState.MovingLoaded;

    private static void Add<TKey>(Dictionary<TKey, List<(double, double, string)>> map, TKey key, (double, double, string) visit)
        where TKey : notnull
    {
        if (!(visit.Item1 < visit.Item2))
            return; // still driving at the end, or no time at all: nothing to clash with
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(visit);
    }
}
