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
        var task = observation.OpenTasks
            .Where(t => double.IsFinite(t.DistanceToPickupMeters))
            .OrderBy(t => t.DistanceToPickupMeters)
            .ThenBy(t => t.Id)
            .FirstOrDefault(t => t.WaitingSeconds >= PatienceSeconds || !SeesNearerIdleRobot(observation, t));
        return task is not null ? new Decision.Carry(task.Id) : Routine.OutOfTheWay(observation);
    }

    private static bool SeesNearerIdleRobot(Observation observation, TaskView task)
    {
        var self = observation.Self;
        var mine = self.Position.DistanceTo(task.Pickup);
        return observation.Nearby.Any(r => r.Idle && (r.Position.DistanceTo(task.Pickup) is var theirs && (theirs < mine || (theirs == mine && string.CompareOrdinal(r.Id, self.Id) < 0))));
    }
}
