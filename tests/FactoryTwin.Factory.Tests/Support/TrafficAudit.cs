using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Support;

/// <summary>Checks the traffic invariants on the recorded changes alone, independently of the planner that made them.</summary>
/// <remarks>
/// <para>How a trace is read: a robot's changes at one node, one after another, are one stay there. The first change of
/// a stay is the arrival; if the robot then stands on another node, the last change of the stay is its departure and
/// must be a moving state (a moving change before it, at the same node, is a turn on the spot). The robot holds the
/// node from its arrival until it arrives at the next one: a robot may follow another into a node as it is left, but
/// not before the leaver has reached the node ahead.</para>
/// <para>The invariants: never more robots on a node than its capacity; a lane driven by one robot at a time (in
/// either direction, which rules out swaps); moves only along lanes that exist, in their direction; never faster than
/// the fleet's speed and the lane's limit allow, nor slower (a robot that stops is waiting, not driving, so a replay
/// never shows it gliding); turns on the spot never faster than the fleet turns. Times agree within <see cref="Tolerance"/>.</para>
/// </remarks>
internal sealed class TrafficAudit(FactoryPlan plan, StateHistory history, double end)
{
    public const double Tolerance = 1e-9;

    private readonly LayoutGraph _layout = plan.Layout!;

    /// <summary>Every broken invariant, one line each.</summary>
    public List<string> Violations()
    {
        var violations = new List<string>();
        var nodes = new Dictionary<int, List<Visit>>();
        var lanes = new Dictionary<(int, int), List<Visit>>();
        foreach (var fleet in plan.Fleets.Where(f => f.Kind == RobotKind.Amr))
        {
            foreach (var id in fleet.RobotIds)
            {
                violations.AddRange(Turns(id, fleet.TurnSecondsPer90Degrees));
                var stays = Stays(id);
                for (var k = 0; k < stays.Count; k++)
                {
                    var leaves = k + 1 < stays.Count ? stays[k + 1].Arrival : end;
                    Add(nodes, stays[k].Node, new Visit(stays[k].Arrival, leaves, id));
                }
                foreach (var drive in Drives(stays, id))
                {
                    var edge = _layout.EdgeBetween(drive.From, drive.To);
                    if (edge < 0)
                    {
                        violations.Add($"{id} at t={drive.Depart:R}: drove {Name(drive.From)} → {Name(drive.To)}, which no lane joins in that direction");
                        continue;
                    }
                    var lane = _layout.Edges[edge];
                    var fastest = lane.LengthMeters / Math.Min(fleet.SpeedMetersPerSecond, lane.SpeedLimitMetersPerSecond);
                    if (drive.Arrive - drive.Depart < fastest - Tolerance)
                        violations.Add($"{id} at t={drive.Depart:R}: drove {Name(drive.From)} → {Name(drive.To)} in {drive.Arrive - drive.Depart:R} s, faster than the {fastest:R} s allowed");
                    else if (drive.Arrive - drive.Depart > fastest + Tolerance)
                        violations.Add($"{id} at t={drive.Depart:R}: took {drive.Arrive - drive.Depart:R} s to drive {Name(drive.From)} → {Name(drive.To)}, which takes {fastest:R} s: a stop recorded as driving (a replay would show it gliding)");
                    Add(lanes, (Math.Min(drive.From, drive.To), Math.Max(drive.From, drive.To)), new Visit(drive.Depart, drive.Arrive, id));
                }
            }
        }
        foreach (var (node, visits) in nodes)
            violations.AddRange(Overlaps(visits, $"node {Name(node)}", _layout.Nodes[node].Capacity));
        foreach (var (lane, visits) in lanes)
            violations.AddRange(Overlaps(visits, $"lane {Name(lane.Item1)}-{Name(lane.Item2)}", 1));
        return violations;
    }

    /// <summary>Turns on the spot no faster than the fleet turns: a change facing a new way starts a turn there, which must end before the robot turns again or drives off.</summary>
    private IEnumerable<string> Turns(string robot, double secondsPer90Degrees)
    {
        var changes = history.Of(history.Find(robot).Index);
        if (changes.Count == 0)
            yield break;
        var heading = changes[0].Heading;
        var turned = changes[0].Time;
        for (var i = 1; i < changes.Count; i++)
        {
            var change = changes[i];
            var degrees = Math.Abs(Math.IEEERemainder(change.Heading - heading, 360));
            if (degrees > 1e-6)
            {
                if (change.Time < turned - Tolerance)
                    yield return $"{robot} at t={change.Time:R}: turned to {change.Heading:R}° while still turning to {heading:R}° until t={turned:R}";
                turned = Math.Max(turned, change.Time) + (degrees / 90 * secondsPer90Degrees);
                heading = change.Heading;
            }
            var departs = i + 1 < changes.Count && changes[i + 1].Node != change.Node;
            if (departs && change.Time < turned - Tolerance)
                yield return $"{robot} at t={change.Time:R}: drove off {Name(change.Node)} before its turn ended at t={turned:R}";
        }
    }

    /// <summary>The lanes the robot drove, in order, each with the state it drove in.</summary>
    public List<Drive> Drives(string robot) => Drives(Stays(robot), robot);

    /// <summary>The metres the robot drove.</summary>
    public double Distance(string robot) => Drives(robot).Sum(d => _layout.Edges[_layout.EdgeBetween(d.From, d.To)].LengthMeters);

    private List<Stay> Stays(string robot)
    {
        var changes = history.Of(history.Find(robot).Index);
        var stays = new List<Stay>();
        for (var i = 0; i < changes.Count; i++)
        {
            if (stays.Count > 0 && stays[^1].Node == changes[i].Node)
                stays[^1] = stays[^1] with { Last = changes[i] };
            else
                stays.Add(new Stay(changes[i].Node, changes[i].Time, changes[i]));
        }
        return stays;
    }

    private List<Drive> Drives(List<Stay> stays, string robot)
    {
        var drives = new List<Drive>();
        for (var k = 0; k + 1 < stays.Count; k++)
        {
            var departure = stays[k].Last;
            if (departure.State is not (ElementState.MovingEmpty or ElementState.MovingLoaded))
                throw new InvalidOperationException($"{robot} left {Name(stays[k].Node)} for {Name(stays[k + 1].Node)} recorded as {departure.State} at t={departure.Time:R}, not as moving.");
            drives.Add(new Drive(stays[k].Node, stays[k + 1].Node, departure.Time, stays[k + 1].Arrival, departure.State));
        }
        return drives;
    }

    private string Name(int node) => _layout.Nodes[node].Id;

    private static IEnumerable<string> Overlaps(List<Visit> visits, string where, int capacity)
    {
        // Sweep the starts and ends (ends first at equal times); more robots at once than the capacity is a clash.
        var points = visits.SelectMany(v => new[] { (Time: v.From, Delta: +1, v.Robot), (Time: v.To - Tolerance, Delta: -1, v.Robot) })
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

    private static void Add<TKey>(Dictionary<TKey, List<Visit>> map, TKey key, Visit visit)
        where TKey : notnull
    {
        if (!(visit.From < visit.To - Tolerance))
            return; // no time at all: nothing to clash with
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        list.Add(visit);
    }

    /// <summary>A robot on a node from its first change there (the arrival) to its last (the departure, if it left).</summary>
    private sealed record Stay(int Node, double Arrival, StateChange Last);

    private readonly record struct Visit(double From, double To, string Robot);

    /// <summary>One lane driven: from the departure recorded at <see cref="From"/> to the arrival at <see cref="To"/>.</summary>
    public sealed record Drive(int From, int To, double Depart, double Arrive, ElementState State);
}
