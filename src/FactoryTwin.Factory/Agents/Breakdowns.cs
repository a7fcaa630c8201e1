using FactoryTwin.Des;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.Traffic;

namespace FactoryTwin.Factory.Agents;

/// <summary>A mobile robot's breakdowns: it runs for a while, breaks down, is repaired, and goes on, with times from its own stream.</summary>
/// <remarks>
/// The time to the next failure runs from the end of the last repair, whatever the robot does (as a machine's does). A
/// robot on a lane breaks down at the lane's end, and its repair time runs from then: it is down for exactly the time
/// drawn. Each robot draws from the stream <c>robot-failures/ROBOT</c>, so alternatives with the same fleet see the
/// same breakdowns.
/// </remarks>
internal static class Breakdowns
{
    /// <param name="handOver">Called as it stands broken, if the fleet hands its tasks over.</param>
    public static IEnumerable<Event> Of(Robot robot, FailurePlan failures, TrafficLayer traffic, Simulation simulation, Action? handOver)
    {
        var random = simulation.Stream($"robot-failures/{robot.Id}");
        while (!robot.IsStopped)
        {
            yield return simulation.Timeout(Durations.Sample(failures.TimeBetweenFailures, random));
            yield return traffic.BreakDown(robot);
            if (robot.IsStopped)
                yield break;
            handOver?.Invoke();
            yield return simulation.Timeout(Durations.Sample(failures.RepairTime, random));
            traffic.Repair(robot);
        }
    }
}
