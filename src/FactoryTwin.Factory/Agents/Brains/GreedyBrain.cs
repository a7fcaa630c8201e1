using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Agents.Brains;

/// <summary>Each robot for itself: charge when low, else take the nearest open task that no robot it sees waiting is nearer to, else get off station places.</summary>
/// <remarks>
/// A robot leaves a task to an idle robot it sees nearer to the pickup (in a straight line), and takes the next one;
/// what it sees is as good as its sensors (range, latency, noise). A task it left that is still open after
/// <see cref="PatienceSeconds"/> (the robot it left it to went elsewhere, or was never idle) it takes after all, when
/// the task board announces it again.
/// </remarks>
public sealed class GreedyBrain : IBrain
{
    /// <summary>How long a task waits for a nearer robot before a farther one takes it.</summary>
    public const double PatienceSeconds = 30;

    public bool NeedsFleetView => false;

    public Decision Decide(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (Routine.ChargeIfLow(observation) is { } charge)
            return charge;
        var idle = observation.Nearby.Where(r => r.Idle).ToList(); // once per decision, not once per task
        var task = observation.OpenTasks
            .Where(t => double.IsFinite(t.DistanceToPickupMeters))
            .OrderBy(t => t.DistanceToPickupMeters)
            .ThenBy(t => t.Id)
            .FirstOrDefault(t => t.WaitingSeconds >= PatienceSeconds || !AnyNearer(idle, observation.Self, t.Pickup));
        return task is not null ? new Decision.Carry(task.Id) : Routine.OutOfTheWay(observation);
    }

    /// <summary>True if one of <paramref name="idle"/> is nearer to <paramref name="pickup"/> than <paramref name="self"/> (ties go to the lower id).</summary>
    private static bool AnyNearer(List<SeenRobot> idle, RobotView self, Point pickup)
    {
        var mine = self.Position.DistanceTo(pickup);
        foreach (var other in idle)
        {
            var theirs = other.Position.DistanceTo(pickup);
            if (theirs < mine || (theirs == mine && string.CompareOrdinal(other.Id, self.Id) < 0))
                return true;
        }
        return false;
    }
}
