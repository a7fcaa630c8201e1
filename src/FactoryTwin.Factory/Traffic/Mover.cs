using FactoryTwin.Des;
using FactoryTwin.Des.Resources;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Traffic;

/// <summary>What the traffic layer knows and decides about one robot: where it stands or drives, where it wants to go, and its part in a planning round.</summary>
/// <remarks>Fields, not properties: the planner reads and writes them in its inner loop, and nothing outside the traffic layer sees them.</remarks>
internal sealed class Mover(Robot robot, MotionProfile profile, double tieBreak)
{
    public readonly Robot Robot = robot;
    public readonly MotionProfile Profile = profile;

    /// <summary>A fixed number in [0, 1) that orders robots whose goals are equally old.</summary>
    public readonly double TieBreak = tieBreak;

    /// <summary>The node it stands on, or leaves while it drives a committed move.</summary>
    public int At = robot.Node;

    /// <summary>Its heading in degrees, as in <see cref="Layout.LayoutGraph.HeadingOf"/>.</summary>
    public double Heading;

    public MoverRole Role;

    /// <summary>What it is recorded as doing while it rests: idle, or waiting for a dock or a charger.</summary>
    public ElementState RestState = ElementState.Idle;

    /// <summary>What it is recorded as doing while it has a goal but cannot move: waiting for traffic, or for a dock it approaches.</summary>
    public ElementState StandState = ElementState.WaitingTraffic;

    // The goal: a node, its cost-to-go table, and when the robot counts as there.
    public int Goal = -1;
    public float[]? Costs;

    // Its guide path (see Guidance): the lanes, the next one to drive, and the seconds to the goal along it from the nodes near it.
    public int[]? GuideEdges;
    public int GuideNext;
    public readonly Dictionary<int, float> Guide = [];

    /// <summary>True if it follows a guide path (see <see cref="Guidance"/>).</summary>
    public bool Guided => GuideEdges is not null;

    /// <summary>With a radius, any node but the goal this many metres or fewer from it, or one lane from it, counts as reached: near a station's place, not in it.</summary>
    public double RadiusMeters;

    /// <summary>True if it approaches its goal without entering it (it has a radius).</summary>
    public bool Approaches => RadiusMeters > 0;

    /// <summary>Once there it rests (recorded as <see cref="StandState"/>) rather than working: near a station, or in a queue.</summary>
    public bool RestsThere;

    /// <summary>When it got its goal: the older, the more it may push others (its priority).</summary>
    public double GoalSince;

    /// <summary>Succeeds when the goal is reached (or the battery runs out on the way).</summary>
    public Event? Reached;

    // The committed move: turn to the edge, wait if the node ahead is still being left, drive, arrive.
    public int Next = -1;
    public int Edge = -1;
    public double TurnEnd;
    public double Depart;
    public double Arrive;

    public bool IsMoving => Next >= 0;

    /// <summary>While it stands: until when it turns on the spot towards the lane it wants (see <see cref="Prefers"/>); meanwhile nobody pushes it and it does not decide.</summary>
    public double TurnsUntil = double.NegativeInfinity;

    /// <summary>The lane it ranked best in the last round, taken or not: where it faces while it waits.</summary>
    public int Prefers = -1;

    /// <summary>True from a breakdown until the repair: it stops at the node it stands on or drives to, holds it, and decides nothing.</summary>
    public bool Broken;

    /// <summary>True once it gives up the way to a station (its task went to another robot while it was broken down): its booking there ends.</summary>
    public bool Abandons;

    /// <summary>Succeeds when a robot that broke down on a lane stands at its end.</summary>
    public Event? Halted;

    /// <summary>True if others may push it aside: it stands, is not at work and is not broken down.</summary>
    public bool IsPushable => Next < 0 && !Broken && Role is MoverRole.Resting or MoverRole.Driving;

    // Its part in the current round.
    public int DecidedIn;
    public int Target;
    public int TargetEdge;
    public double EarliestArrival;
    public Mover? WaitsFor;
    public int Resolved;
    public bool Pending;
    public int RetryToken;

    // Liveness: since when it has waited, who is in its way, and whether it is breaking a deadlock (it goes first, and
    // backing off, prefers any move to staying).
    public double WaitingSince = double.NaN;
    public Mover? BlockedBy;
    public bool Boosted;
    public bool BackOff;
    public bool InDeadlock;
    public double BestCost = double.PositiveInfinity;

    /// <summary>True while its goal cannot be reached for closed nodes or lanes: it waits for one to reopen, and is not on its way through traffic.</summary>
    public bool WaitsForReopening;

    // Intrusive lists of the robots standing on, and driving to, each node (see Occupancy).
    public Mover? NextPresent;
    public Mover? NextIncoming;

    /// <summary>The station places (docks) it has booked: where it stands or is heading.</summary>
    public readonly List<ResourceRequest> Docks = [];

    public int Index => Robot.Index;

    /// <inheritdoc />
    public override string ToString() => Robot.Id;
}
