using FactoryTwin.Des;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Robots breaking down: one stops at the node it stands on (or, on a lane, at the lane's end), holds it until repaired, and decides nothing meanwhile.</summary>
/// <remarks>Others treat it as a robot at work: nobody pushes it, and they go round it if they can.</remarks>
public sealed partial class TrafficLayer
{
    /// <summary>Breaks <paramref name="robot"/> down; the event succeeds when it stands broken (at once, or as it arrives at the node it drives to).</summary>
    internal Event BreakDown(Robot robot)
    {
        var mover = _movers[robot.Index];
        var halted = new Event(Simulation);
        if (mover.Role == MoverRole.Stopped)
            return halted.Succeed(); // out of energy for good: there is nothing left to break
        mover.Broken = true;
        mover.Halted = halted;
        if (!mover.IsMoving)
            Halt(mover);
        return halted;
    }

    /// <summary>The repair is done: the robot goes back to what it was doing, and on its way if it has a goal.</summary>
    internal void Repair(Robot robot)
    {
        var mover = _movers[robot.Index];
        if (!mover.Broken)
            return;
        mover.Broken = false;
        robot.Repair();
        Liveness.Departed(mover); // its wait for the repair is not a wait for traffic
        if (mover.Role == MoverRole.Driving && !mover.IsMoving)
            AddPending(mover);
    }

    /// <summary>The robot gives up its goal and any station place it booked or queues for, except one it stands on (its task went to another robot).</summary>
    internal void Abandon(Robot robot)
    {
        var mover = _movers[robot.Index];
        mover.Abandons = true;
        Docks.GiveUp(mover);
        var reached = mover.Reached;
        ClearGoal(mover);
        mover.Role = MoverRole.Resting;
        mover.RestState = ElementState.Idle;
        robot.Enter(ElementState.Idle); // what it goes back to once repaired
        reached?.Succeed();
    }

    private static void Halt(Mover mover)
    {
        mover.Robot.BreakDown();
        var halted = mover.Halted!;
        mover.Halted = null;
        halted.Succeed();
    }
}
