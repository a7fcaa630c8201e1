using System.Runtime.CompilerServices;
using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Traffic;

/// <summary>One planning round: Priority Inheritance with Backtracking (PIBT) over the robots that decide now, with timed following.</summary>
/// <remarks>
/// <para><b>Choosing (Okumura et al., 2022).</b> Robots decide in order of priority (robots breaking a deadlock, then the oldest goal first). Each ranks
/// the moves it can make (every lane out of its node, turning included, by the time they leave it from its goal)
/// and staying, and takes the best node it can: one no robot holds for good. A robot standing in the way that has not
/// decided yet inherits the priority: it must leave the node, to anywhere but where the asker stands (no swaps), and
/// may push others in turn. If it cannot, it stays and the asker tries its next choice (backtracking). Cycles of robots
/// move round together. Robots that were asked to move on another's behalf are part of the round too, so an idle robot
/// or one queueing for a dock steps aside for one at work. Robots decide at different moments; one on its way that
/// does not decide now is pushed only by a robot of higher priority, as if it had been in the round.</para>
/// <para><b>Timing.</b> In continuous time robots do not move in lockstep: a move is a turn on the spot, perhaps a wait,
/// and a drive. A robot entering a node that another is leaving arrives no earlier than the other arrives at its next
/// node (it may follow closely, never overlap), and a cycle arrives all at once. With unit moves and turns every robot
/// decides every step, and this is plain PIBT in the rotation model of the League of Robot Runners.</para>
/// </remarks>
internal sealed partial class PibtPlanner
{
    private const double StationPenalty = 1000;
    private const double OccupiedPenalty = 100;

    private readonly LayoutGraph _layout;
    private readonly Occupancy _occupancy;
    private readonly Closures _closures;
    private readonly bool[] _isStation;
    private readonly ulong _tieSeed;
    private readonly int[] _claimRound;
    private readonly int[] _claimCount;
    private readonly int[] _laneClaim;
    private readonly List<Mover> _moved = [];
    private readonly List<Mover> _outOfEnergy = [];
    private readonly List<Mover> _path = [];
    private Candidate[] _candidates = new Candidate[64];
    private int _top;
    private int _round;
    private Mover _root = null!;
    private double _now;

    private readonly DistanceTable _distances;

    public PibtPlanner(LayoutGraph layout, Occupancy occupancy, Closures closures, bool[] isStation, DistanceTable distances, ulong tieSeed)
    {
        _closures = closures;
        _distances = distances;
        _layout = layout;
        _occupancy = occupancy;
        _isStation = isStation;
        _tieSeed = tieSeed;
        _claimRound = new int[layout.Nodes.Count];
        _claimCount = new int[layout.Nodes.Count];
        _laneClaim = new int[layout.LaneCount];
    }

    /// <summary>The robots that move after the last round, with their move filled in (Next, Edge, TurnEnd, Depart, Arrive).</summary>
    public IReadOnlyList<Mover> Moved => _moved;

    /// <summary>The robots of the last round whose battery cannot cover the move they want: they stop.</summary>
    public IReadOnlyList<Mover> OutOfEnergy => _outOfEnergy;

    /// <summary>Rounds planned so far.</summary>
    public long Rounds => _round;

    /// <summary>Decides a move or a stay for each robot of <paramref name="deciding"/> (and for those they push); sorts the list by priority.</summary>
    public void Plan(double now, List<Mover> deciding)
    {
        _now = now;
        _round++;
        _moved.Clear();
        _outOfEnergy.Clear();
        deciding.Sort(ByPriority);
        foreach (var mover in deciding)
        {
            if (mover.DecidedIn != _round)
            {
                _root = mover;
                Choose(mover, parent: null);
            }
        }
        Time();
    }

    /// <summary>True if <paramref name="mover"/> was given a move or told to stay in the current round.</summary>
    public bool DecidedNow(Mover mover) => mover.DecidedIn == _round;

    private static readonly Comparison<Mover> ByPriority = (a, b) =>
    {
        var order = b.Boosted.CompareTo(a.Boosted);
        if (order == 0)
            order = a.GoalSince.CompareTo(b.GoalSince);
        if (order == 0)
            order = b.TieBreak.CompareTo(a.TieBreak);
        return order != 0 ? order : a.Index.CompareTo(b.Index);
    };

    /// <summary>PIBT for one robot: true if it moves; false if it stays (which a pushed robot must not).</summary>
    private bool Choose(Mover mover, Mover? parent)
    {
        mover.DecidedIn = _round;
        mover.Target = mover.At;
        mover.TargetEdge = -1;
        mover.BlockedBy = null;
        var start = _top;
        var count = Rank(mover, parent);
        mover.Prefers = count > 0 ? _candidates[start].Edge : -1;
        _top += count;
        var moved = false;
        var firstMove = true;
        for (var i = start; i < start + count && !moved; i++)
        {
            var edge = _candidates[i].Edge;
            if (edge < 0)
                break; // staying is the best of what is left
            moved = TryMove(mover, parent, edge, firstMove);
            firstMove = false;
            if (mover.Role == MoverRole.Stopped)
                break;
        }
        _top = start;
        return moved;
    }

    /// <summary>Claims the node at the end of <paramref name="edge"/> for <paramref name="mover"/>, pushing a robot out of it if need be.</summary>
    private bool TryMove(Mover mover, Mover? parent, int edge, bool firstMove)
    {
        var to = _layout.Edges[edge].To;
        if ((parent is not null && to == parent.At) || (mover.Approaches && to == mover.Goal))
            return false;
        var lane = _layout.LaneOf(edge);
        if (_laneClaim[lane] == _round || _occupancy.IsDrivenTowards(lane, mover.At, _now))
            return false;
        if (!mover.Robot.CanDrive(_layout.Edges[edge].LengthMeters, mover.Profile.EdgeSeconds(edge)))
        {
            // The lane it wants most is beyond its battery: a robot on its way stops; others just cannot go there.
            if (firstMove && parent is null && mover.Role == MoverRole.Driving)
            {
                mover.Role = MoverRole.Stopped;
                _outOfEnergy.Add(mover);
            }
            return false;
        }
        var blocked = _occupancy.Incoming(to) + Claims(to);
        var pushable = 0;
        Mover? pushee = null;
        for (var other = _occupancy.PresentAt(to); other is not null; other = other.NextPresent)
        {
            if (other == mover || other.IsMoving)
                continue; // a committed robot is leaving: it can be followed
            if (other.DecidedIn == _round)
            {
                if (other.TargetEdge < 0)
                    blocked++; // it stays this round
                continue;
            }
            if (!other.IsPushable || other.TurnsUntil > _now || (other.Role == MoverRole.Driving && !other.WaitsForReopening && ByPriority(other, _root) < 0))
            {
                // Not to be moved, turning on the spot as it waits, or on its way with a higher priority than the robot
                // asking (whose priority a pushed robot inherits): it decides for itself when its turn comes, as if it
                // were in this round. (One waiting for a closure to reopen decides nothing meanwhile: anyone may push it.)
                blocked++;
                continue;
            }
            pushable++;
            pushee ??= other;
        }
        if (blocked >= _layout.Nodes[to].Capacity)
        {
            mover.BlockedBy ??= Holder(to, mover);
            return false;
        }
        mover.Target = to;
        mover.TargetEdge = edge;
        Claim(to, +1);
        _laneClaim[lane] = _round;
        if (blocked + pushable >= _layout.Nodes[to].Capacity && !Choose(pushee!, mover))
        {
            Claim(to, -1);
            _laneClaim[lane] = 0;
            mover.Target = mover.At;
            mover.TargetEdge = -1;
            mover.BlockedBy ??= pushee;
            return false;
        }
        _moved.Add(mover);
        return true;
    }

    /// <summary>Writes the robot's choices, best first, after the candidates in use; returns how many.</summary>
    private int Rank(Mover mover, Mover? parent)
    {
        var mayStay = parent is null;
        var at = mover.At;
        var first = _layout.FirstOutEdge(at);
        var degree = _layout.OutEdges(at).Length;
        if (_top + degree + 1 > _candidates.Length)
            Array.Resize(ref _candidates, Math.Max(_candidates.Length * 2, _top + degree + 1));
        var count = 0;
        var guideNext = mover.GuideEdges is { } guide && mover.GuideNext < guide.Length ? guide[mover.GuideNext] : -1;
        for (var e = first; e < first + degree; e++)
        {
            if (_closures.Any && _closures.Blocks(e))
                continue;
            var to = _layout.Edges[e].To;
            var occupied = IsOccupied(to, mover);
            var cost = mover.Profile.MoveSeconds(mover.Heading, e);
            if (mover.Costs is { } costs)
                cost += mover.Guided && mover.Guide.TryGetValue(to, out var guided) ? guided : costs[e]; // off the guide's corridor: the shortest way (it is re-routed once it drives there)
            else
                cost += (_isStation[to] ? StationPenalty : 0) + (occupied ? OccupiedPenalty : 0); // a pushed robot without a goal escapes where it is quickest
            if (parent is not null && to == parent.Goal)
                cost += StationPenalty; // not into the goal of the robot that pushes it (often a dead end it must then leave)
            else if (parent is not null && parent.Goal >= 0 && _distances.Between(to, parent.Goal) < _distances.Between(parent.At, parent.Goal))
                cost += mover.Profile.StepSeconds; // of two equal ways out, the one off the pusher's way, so it is not pushed on and on
            _candidates[_top + count++] = new Candidate(e, cost, e == guideNext, occupied, Tie(mover, to));
        }
        if (mayStay && mover.Costs is not null)
        {
            // Staying costs a step more than the best move, and the time it has waited already: a robot on its way stays only
            // when every better move is taken, and takes a detour once it has waited longer than the detour takes.
            var waited = double.IsNaN(mover.WaitingSince) ? 0 : _now - mover.WaitingSince;
            var toGo = BestMove(count);
            var stay = mover.BackOff ? double.PositiveInfinity : toGo + mover.Profile.StepSeconds + waited;
            _candidates[_top + count++] = new Candidate(-1, stay, false, false, Tie(mover, at));
        }
        for (var i = _top + 1; i < _top + count; i++)
        {
            var candidate = _candidates[i];
            var j = i;
            for (; j > _top && candidate.IsBetterThan(_candidates[j - 1]); j--)
                _candidates[j] = _candidates[j - 1];
            _candidates[j] = candidate;
        }
        return count;
    }

    /// <summary>The cost of the best of the <paramref name="count"/> moves just ranked, as if all were free: the time to the goal from here, facing as the robot does.</summary>
    private double BestMove(int count)
    {
        var best = double.PositiveInfinity;
        for (var i = _top; i < _top + count; i++)
            best = Math.Min(best, _candidates[i].Cost);
        return best;
    }

    /// <summary>A robot that holds <paramref name="node"/> for good, or is on its way there; who is in the way.</summary>
    private Mover? Holder(int node, Mover asking)
    {
        for (var other = _occupancy.PresentAt(node); other is not null; other = other.NextPresent)
        {
            if (other != asking && !other.IsMoving)
                return other;
        }
        return _occupancy.IncomingAt(node);
    }

    private bool IsOccupied(int node, Mover asking)
    {
        if (_occupancy.Incoming(node) > 0 || Claims(node) > 0)
            return true;
        for (var other = _occupancy.PresentAt(node); other is not null; other = other.NextPresent)
        {
            if (other != asking && !other.IsMoving)
                return true;
        }
        return false;
    }

    private int Claims(int node) => _claimRound[node] == _round ? _claimCount[node] : 0;

    private void Claim(int node, int delta)
    {
        if (_claimRound[node] != _round)
        {
            _claimRound[node] = _round;
            _claimCount[node] = 0;
        }
        _claimCount[node] += delta;
    }

    /// <summary>A number in [0, 1) that breaks ties between equally good choices, fixed by the seed, the robot, the round and the node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Tie(Mover mover, int node)
    {
        var x = _tieSeed ^ ((ulong)(uint)mover.Index << 32) ^ (uint)node ^ ((ulong)(uint)_round * 0x9e3779b97f4a7c15UL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        x ^= x >> 31;
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>A choice: drive an edge (or stay, with edge -1), its cost in seconds to the goal, and the keys that break ties.</summary>
    /// <remarks>Of equally good moves, a free node comes first (no one is pushed), then the next lane of the robot's guide path (another would cost it a new guide path).</remarks>
    private readonly record struct Candidate(int Edge, double Cost, bool OnGuide, bool Occupied, double Tie)
    {
        public bool IsBetterThan(in Candidate other) =>
            Cost != other.Cost ? Cost < other.Cost
            : Occupied != other.Occupied ? !Occupied
            : OnGuide != other.OnGuide ? OnGuide : Tie < other.Tie;
    }
}
