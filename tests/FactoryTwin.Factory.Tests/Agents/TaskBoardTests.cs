using FactoryTwin.Des;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Agents.Brains;
using FactoryTwin.Factory.Metrics;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Agents;

/// <summary>A posted task wakes one waiting robot, not the fleet; a task that robot passes over reaches the others.</summary>
public sealed class TaskBoardTests
{
    // Twenty robots by a line of ten nodes, a source at one end and a sink at the other, an order every ten minutes:
    // nearly always every robot waits for work when a task is posted. They see no one (range 0), so the greedy brain
    // never leaves a task to a nearer robot: what is counted is the waking alone.
    private const string Line = """
    {
      "formatVersion": 1, "name": "line", "seed": 3,
      "run": { "durationSeconds": 36000 },
      "layout": { "grid": { "cellSizeMeters": 1, "rows": [ "....................", "...................." ] } },
      "stations": [ { "id": "in", "kind": "source", "location": [0, 0] }, { "id": "out", "kind": "sink", "location": [19, 0] } ],
      "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
      "demand": [ { "product": "part", "interarrivalTime": 600 } ],
      "robots": [ { "id": "amr", "kind": "amr", "count": 20, "startNear": [10, 1], "speedMetersPerSecond": 1, "sensors": { "rangeMeters": 0 } } ]
    }
    """;

    [Fact]
    public void A_task_posted_to_twenty_waiting_robots_costs_about_one_decision()
    {
        var brain = new Counting(new GreedyBrain());

        var finished = Run(brain);

        // 60 orders in 10 h, one task each. With the fleet woken, each task would cost twenty decisions or more; woken
        // one at a time, about two (the robot that takes it, and its choice to wait once it has delivered).
        Assert.InRange(finished, 58, 60);
        Assert.InRange(brain.Decisions, 60, 4 * 60);
    }

    [Fact]
    public void A_task_every_robot_but_one_passes_over_is_taken_by_that_one()
    {
        // Only the last robot works: the others, woken first, wait again and pass the wake on.
        var brain = new Counting(new OnlyRobot("amr-20", new GreedyBrain()));

        var finished = Run(brain);

        Assert.InRange(finished, 58, 60);
    }

    [Fact]
    public void A_task_every_waiting_robot_passed_over_is_announced_again_after_thirty_seconds()
    {
        // No robot takes a task that has waited less than 40 s: every one passes over each new task, and only the board's
        // second announcement (at 30 s, then 60 s) brings one back. Orders come every 600 s, so without it a task would
        // wait for the next order.
        var brain = new Counting(new NotBefore(40, new GreedyBrain()));

        var finished = Run(brain, out var taskWait);

        Assert.InRange(finished, 58, 60);
        Assert.InRange(taskWait, 60, 60 + 25); // announced again at 60 s, then the drive to the pickup (at most 20 cells and turns)
    }

    private static long Run(IBrain brain) => Run(brain, out _);

    private static long Run(IBrain brain, out double taskWait)
    {
        var plan = TestPlans.FromJson(Line);
        var simulation = new Simulation(plan.Seed, 0);
        var metrics = new MetricsCollector(plan);
        var world = new FactoryWorld(plan, simulation, metrics);
        world.Start(_ => brain);
        simulation.Run(until: plan.Run.DurationSeconds);
        taskWait = metrics.Report(plan.Run.DurationSeconds, world.JobsInProgress).Single(m => m.Name == "transport.taskWaitMeanSeconds").Value;
        return world.JobsFinished;
    }

    private sealed class NotBefore(double seconds, IBrain inner) : IBrain
    {
        public bool NeedsFleetView => inner.NeedsFleetView;

        public Decision Decide(Observation observation) =>
            observation.OpenTasks.Any(t => t.WaitingSeconds < seconds) ? Routine.OutOfTheWay(observation) : inner.Decide(observation);
    }

    private sealed class Counting(IBrain inner) : IBrain
    {
        public long Decisions { get; private set; }

        public bool NeedsFleetView => inner.NeedsFleetView;

        public Decision Decide(Observation observation)
        {
            Decisions++;
            return inner.Decide(observation);
        }
    }

    private sealed class OnlyRobot(string id, IBrain inner) : IBrain
    {
        public bool NeedsFleetView => inner.NeedsFleetView;

        public Decision Decide(Observation observation) =>
            observation.Self.Id == id ? inner.Decide(observation) : Routine.OutOfTheWay(observation);
    }
}
