using System.Globalization;
using FactoryTwin.Des;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Keeps the fleets honest about being stuck: robots stalled, cycles of robots waiting for each other (deadlocks), fleets that make no progress (gridlocks).</summary>
/// <remarks>
/// <para>A robot with a goal that has stood for <see cref="TrafficPlan.StallSeconds"/> is stalled. If the robot in its
/// way is stalled too, and so on round to itself, that cycle is a deadlock: it is counted once, its robots go before
/// all others (so they may push anyone aside), and its robot of lowest priority backs off (prefers any move to
/// staying), each until it has moved. A stalled robot in the way of another, held up itself by nobody or by a robot
/// that is not on its way (at work, or resting where it cannot be pushed from), goes first and backs off too.</para>
/// <para>A fleet makes progress when one of its robots reaches a goal or comes closer to it than ever since it got it.
/// A fleet with robots on their way that makes no progress for <see cref="TrafficPlan.NoProgressWarningSeconds"/> is
/// gridlocked: that is counted, and a warning names the robots that wait and who is in their way. Time spent stalled
/// is a metric of its own, computed from the state log.</para>
/// </remarks>
public sealed class Liveness
{
    private readonly FactoryWorld _world;
    private readonly IReadOnlyList<Mover> _movers;
    private readonly Dictionary<string, Watch> _fleets = new(StringComparer.Ordinal);
    private readonly double _stallSeconds;
    private readonly double _noProgressSeconds;

    internal Liveness(FactoryWorld world, IReadOnlyList<Mover> movers)
    {
        _world = world;
        _movers = movers;
        _stallSeconds = world.Plan.Traffic.StallSeconds;
        _noProgressSeconds = world.Plan.Traffic.NoProgressWarningSeconds;
        foreach (var fleet in world.Plan.Fleets.Where(f => f.Kind == RobotKind.Amr))
            _fleets[fleet.Id] = new Watch();
        if (_fleets.Count > 0)
            world.Simulation.Process(Check(), "traffic/liveness");
    }

    /// <summary>Deadlocks found (and broken by a back-off) in the fleet.</summary>
    public long Deadlocks(string fleet) => _fleets.TryGetValue(fleet, out var watch) ? watch.Deadlocks : 0;

    /// <summary>Times the fleet made no progress for the warning time.</summary>
    public long Gridlocks(string fleet) => _fleets.TryGetValue(fleet, out var watch) ? watch.Gridlocks : 0;

    internal static void NewGoal(Mover mover)
    {
        mover.BestCost = double.PositiveInfinity;
        Departed(mover);
    }

    internal static void Departed(Mover mover)
    {
        mover.WaitingSince = double.NaN;
        mover.Boosted = false;
        mover.BackOff = false;
        mover.InDeadlock = false;
    }

    internal void Reached(Mover mover) => _fleets[mover.Robot.Fleet.Id].LastProgress = _world.Simulation.Now;

    /// <summary>A robot on its way arrived at a node: progress if it is closer to its goal than ever since it got it.</summary>
    internal void Arrived(Mover mover)
    {
        var cost = CostToGo.From(mover.Costs!, mover.At, mover.Heading, mover.Goal, mover.Profile);
        if (cost < mover.BestCost)
        {
            mover.BestCost = cost;
            _fleets[mover.Robot.Fleet.Id].LastProgress = _world.Simulation.Now;
        }
    }

    /// <summary>A robot on its way could not move this round.</summary>
    internal void Stayed(Mover mover, double now)
    {
        if (double.IsNaN(mover.WaitingSince))
        {
            mover.WaitingSince = now;
            return;
        }
        if (mover.InDeadlock || !IsStalled(mover, now))
            return;
        // Follow who is in whose way among stalled robots; back round to this one is a deadlock. A chain that ends at
        // a stalled robot held up by nobody, or by a robot that is not on its way, ends when that one steps aside.
        var cycle = 0;
        var lowest = mover;
        for (var other = mover.BlockedBy; other is not null && cycle < _movers.Count; other = other.BlockedBy)
        {
            cycle++;
            if (other == mover)
            {
                _fleets[mover.Robot.Fleet.Id].Deadlocks++;
                var member = mover;
                do
                {
                    member.InDeadlock = true;
                    member.Boosted = true;
                    if (member.GoalSince > lowest.GoalSince || (member.GoalSince == lowest.GoalSince && member.TieBreak < lowest.TieBreak))
                        lowest = member;
                    member = member.BlockedBy!;
                }
                while (member != mover);
                lowest.BackOff = true;
                return;
            }
            if (!IsStalled(other, now) || other.InDeadlock)
                return;
            if (other.BlockedBy is not { Role: MoverRole.Driving })
            {
                other.Boosted = true;
                other.BackOff = true;
                return;
            }
        }
    }

    /// <summary>For diagnostics: a line per robot with a goal that stands, where it is, where it goes and who is in its way.</summary>
    internal IEnumerable<string> DescribeWaiting(LayoutGraph layout) =>
        _movers.Where(m => m.Role == MoverRole.Driving && !m.IsMoving && !m.Broken && !double.IsNaN(m.WaitingSince))
            .Select(m => Describe(m, layout));

    private bool IsStalled(Mover mover, double now) =>
        mover.Role == MoverRole.Driving && !mover.IsMoving && !mover.Broken && !double.IsNaN(mover.WaitingSince) && now - mover.WaitingSince >= _stallSeconds;

    /// <summary>Looks at every fleet now and then; warns once per episode of no progress.</summary>
    private IEnumerable<Event> Check()
    {
        var every = Math.Min(60, _noProgressSeconds / 4);
        while (true)
        {
            yield return _world.Simulation.Timeout(every);
            var now = _world.Simulation.Now;
            foreach (var (fleet, watch) in _fleets)
            {
                // Robots on their way through traffic; those moving up a dock's queue wait for the dock, those whose way is
                // closed wait for it to reopen, and broken ones for their repair, not for traffic.
                var driving = _movers.Where(m => m.Robot.Fleet.Id == fleet && m.Role == MoverRole.Driving && m.StandState == ElementState.WaitingTraffic && !m.WaitsForReopening && !m.Broken).ToList();
                if (driving.Count == 0)
                {
                    watch.LastProgress = now; // nobody has anywhere to go: nothing to be stuck on
                    watch.Warned = false;
                    continue;
                }
                if (now - watch.LastProgress < _noProgressSeconds)
                {
                    watch.Warned = false;
                    continue;
                }
                if (watch.Warned)
                    continue;
                watch.Warned = true;
                watch.Gridlocks++;
                var layout = _world.Layout!;
                var stuck = driving.Take(5).Select(m => Describe(m, layout));
                _world.Warn(string.Create(CultureInfo.InvariantCulture,
                    $"fleet {fleet}: no robot came closer to its goal from t={watch.LastProgress:0.#} s to t={now:0.#} s; {driving.Count} robot(s) on their way: {string.Join("; ", stuck)}{(driving.Count > 5 ? "; ..." : "")}"));
            }
        }
    }

    private static string Describe(Mover mover, LayoutGraph layout)
    {
        var blocker = mover.BlockedBy is { } b ? $"{b} ({Names.Of(b.Robot.State)}, at {layout.Nodes[b.At].Id})" : "nobody";
        return $"{mover} at {layout.Nodes[mover.At].Id} for {layout.Nodes[mover.Goal].Id}, blocked by {blocker}";
    }

    /// <summary>A fleet's counters and the last time it made progress.</summary>
    private sealed class Watch
    {
        public long Deadlocks { get; set; }

        public long Gridlocks { get; set; }

        public double LastProgress { get; set; }

        public bool Warned { get; set; }
    }
}
