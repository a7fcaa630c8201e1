using FactoryTwin.Des;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.Traffic;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Agents;

/// <summary>Drives one robot through sense, plan and act until its battery runs out or the simulation ends.</summary>
internal sealed class RobotAgent(Robot robot, IBrain brain, FactoryWorld world, TaskBoard board, TrafficLayer traffic, Sensing sensing)
{
    // True while it decides after a wake from the task board, which it must pass on once it has chosen.
    private bool _woken;

    // The task whose pickup it is on its way to, which it may hand over if it breaks down.
    private TransportTask? _errand;

    public IEnumerable<Event> Run()
    {
        var latency = robot.Fleet.DecisionLatencySeconds;
        while (!robot.IsStopped)
        {
            if (robot.IsDown)
            {
                foreach (var e in AwaitRepair())
                    yield return e;
            }
            if (robot.IsOffShift)
            {
                foreach (var e in OffShift())
                    yield return e;
                continue;
            }
            var posted = board.Posted;
            var seen = sensing.Observe(robot, brain.NeedsFleetView);   // sense: an immutable observation
            var decision = brain.Decide(seen);                        // plan: pure, swappable
            if (latency > 0)
                yield return world.Simulation.Timeout(latency);       // thinking takes time
            var taken = decision is Decision.Carry chosen && board.TryTake(chosen.TaskId, robot); // another robot may have been quicker
            if (_woken)
            {
                _woken = false;
                board.PassOn();
            }
            var act = decision switch                                 // act: each step takes simulated time
            {
                Decision.Carry carry => taken ? Carry(carry.TaskId) : [], // not taken: decide again
                Decision.Charge charge => Charge(charge.Charger),
                Decision.Park park => Park(park.Node),
                Decision.Pause pause => Pause(pause.Seconds),
                _ => Wait(posted),
            };
            foreach (var e in act)
                yield return e;
        }
        if (_woken)
            board.PassOn(); // woken with its battery gone: the next robot looks instead
    }

    /// <summary>Broken down away from the pickup it was on its way to: the task goes back to the board for another robot, and the robot gives up its way there.</summary>
    internal void HandOver()
    {
        if (_errand is not { } task || robot.Node == task.From.Node)
            return; // nothing taken, or at the pickup already, where no other robot could load it meanwhile
        _errand = null;
        traffic.Abandon(robot);
        board.HandBack(task);
    }

    /// <summary>Broken down: it decides nothing until repaired (a wake from the task board goes on to the next robot).</summary>
    private IEnumerable<Event> AwaitRepair()
    {
        if (_woken)
        {
            _woken = false;
            board.PassOn();
        }
        while (robot.IsDown)
            yield return robot.Repaired!.Next;
    }

    /// <summary>Off shift: it goes to where it started and waits there, powered down, until its shift begins.</summary>
    private IEnumerable<Event> OffShift()
    {
        if (_woken)
        {
            _woken = false;
            board.PassOn();
        }
        if (robot.Node != robot.Home)
            yield return traffic.Drive(robot, robot.Home);
        traffic.Rest(robot, ElementState.OffShift);
        while (robot.IsOffShift && !robot.IsStopped)
            yield return robot.ShiftChanged!.Next;
    }

    /// <summary>Work that takes <paramref name="seconds"/> where the robot stands (loading, unloading, charging): a breakdown pauses it, and it goes on after the repair with the time it had left.</summary>
    private IEnumerable<Event> Work(double seconds)
    {
        var simulation = world.Simulation;
        if (robot.WentDown is not { } wentDown)
        {
            yield return simulation.Timeout(seconds);
            yield break;
        }
        var left = seconds;
        while (true)
        {
            while (robot.IsDown)
                yield return robot.Repaired!.Next;
            var started = simulation.Now;
            var done = simulation.Timeout(left);
            yield return simulation.AnyOf(done, wentDown.Next);
            if (done.IsProcessed)
                yield break; // done before the breakdown
            left = Math.Max(0, left - (simulation.Now - started));
        }
    }

    /// <summary>Nothing to do: rest where it stands (making way when others need to pass) until there is a task it has not seen, or its shift ends.</summary>
    private IEnumerable<Event> Wait(long posted)
    {
        traffic.Rest(robot, ElementState.Idle);
        sensing.Idled(robot);
        var wake = board.WaitForWork(posted);
        yield return robot.ShiftChanged is { } shift && !wake.IsTriggered ? world.Simulation.AnyOf(wake, shift.Next) : wake;
        sensing.Woke(robot);
        if (wake.IsTriggered)
            _woken = true;
        else
            board.StopWaiting(wake); // its shift ended: it goes off shift, and the board wakes another robot instead
    }

    private IEnumerable<Event> Pause(double seconds)
    {
        traffic.Rest(robot, ElementState.Idle);
        yield return world.Simulation.Timeout(seconds);
    }

    private IEnumerable<Event> Carry(int taskId)
    {
        var task = board.Taken(taskId);
        _errand = task;
        foreach (var e in GoTo(task.From))
            yield return e;
        if (robot.IsStopped || _errand != task)
            yield break; // a flat battery, or broken down and handed over
        _errand = null;
        var carried = new List<TransportTask> { task };
        foreach (var e in PickUp(task))
            yield return e;
        // Fill the payload with tasks going the same way from the same place.
        while (robot.Load.Count < robot.Fleet.Payload && board.Open.FirstOrDefault(t => t.From == task.From && t.To == task.To) is { } more && board.TryTake(more.Id, robot))
        {
            carried.Add(more);
            foreach (var e in PickUp(more))
                yield return e;
        }
        foreach (var e in GoTo(task.To))
            yield return e;
        if (robot.IsStopped)
            yield break;
        foreach (var delivery in carried)
        {
            foreach (var e in Handle(ElementState.Unloading, robot.Fleet.UnloadSeconds, delivery.To, delivery.Job, unload: true))
                yield return e;
            robot.Load.Remove(delivery.Job);
            delivery.To.Input.Add(delivery.Job, reserved: true);
            world.RecordJob(delivery.Job, ElementState.Queued, delivery.To);
            delivery.Delivered.Succeed();
        }
        traffic.Rest(robot, ElementState.Idle);
    }

    private IEnumerable<Event> PickUp(TransportTask task)
    {
        foreach (var e in Handle(ElementState.Loading, robot.Fleet.LoadSeconds, task.From, task.Job, unload: false))
            yield return e;
        task.From.Output.Remove(task.Job);
        robot.Load.Add(task.Job);
        world.RecordJob(task.Job, ElementState.InTransport, task.From, robot.Element.Index);
    }

    /// <summary>Loads or unloads at a station: with its arms if it has some, otherwise by the robot itself.</summary>
    private IEnumerable<Event> Handle(ElementState state, double seconds, Station station, Job job, bool unload)
    {
        robot.Enter(state);
        if (station.Arms is { } arms)
        {
            foreach (var e in unload ? arms.Unload(job) : arms.Load(job))
                yield return e;
        }
        else if (seconds > 0)
        {
            foreach (var e in Work(seconds))
                yield return e;
        }
    }

    /// <summary>Books the station's place (queueing near it while it is taken), then drives there.</summary>
    private IEnumerable<Event> GoTo(Station station) => traffic.GoTo(robot, station);

    private IEnumerable<Event> Charge(string chargerId)
    {
        var charger = world.Stations.First(s => s.Id == chargerId);
        foreach (var e in GoTo(charger))
            yield return e;
        if (robot.IsStopped)
            yield break;
        robot.Enter(ElementState.Charging);
        foreach (var e in Work(robot.SecondsToFull()))
            yield return e;
        robot.Charged();
        traffic.Rest(robot, ElementState.Idle);
    }

    private IEnumerable<Event> Park(string nodeId)
    {
        world.Layout!.TryGetNode(nodeId, out var node);
        yield return traffic.Drive(robot, node);
        traffic.Rest(robot, ElementState.Idle);
    }
}
