using FactoryTwin.Des;
using FactoryTwin.Factory.Plans;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Closed nodes and lanes: robots re-plan as each closes and reopens, and a robot whose goal cannot be reached meanwhile waits for it.</summary>
public sealed partial class TrafficLayer
{
    private IEnumerable<Event> Close(ClosurePlan closure) => closure.Random is { } random ? CloseAtRandom(closure, random) : CloseOver(closure, closure.Window!);

    private IEnumerable<Event> CloseOver(ClosurePlan closure, TimeWindow window)
    {
        yield return Simulation.Timeout(window.FromSeconds);
        _closures.Change(closure, +1);
        Replan();
        yield return Simulation.Timeout(window.DurationSeconds);
        _closures.Change(closure, -1);
        Replan();
    }

    /// <summary>Open for a random while, closed for a random while, again and again, from the closure's own stream.</summary>
    private IEnumerable<Event> CloseAtRandom(ClosurePlan closure, RandomWindows windows)
    {
        var stream = Simulation.Stream(windows.Stream);
        yield return Simulation.Timeout(windows.FromSeconds);
        while (true)
        {
            yield return Simulation.Timeout(Durations.Sample(windows.TimeBetween, stream));
            _closures.Change(closure, +1);
            Replan();
            yield return Simulation.Timeout(Durations.Sample(windows.ClosedTime, stream));
            _closures.Change(closure, -1);
            Replan();
        }
    }

    /// <summary>What is closed has changed: every robot with a goal gets the cost-to-go of the floor as it is now and a new guide path, and those that stand decide again.</summary>
    private void Replan()
    {
        _costs.Clear();
        foreach (var mover in _movers)
        {
            if (mover.Goal < 0)
                continue;
            mover.Costs = _costs.To(mover.Goal, mover.Profile);
            mover.BestCost = double.PositiveInfinity; // progress is measured on the new table
            _guidance?.Route(mover);
            if (mover.Role == MoverRole.Driving && !mover.IsMoving)
                AddPending(mover);
        }
    }

    /// <summary>True if the robot's goal cannot be reached from where it stands while things are closed: it waits, recorded as such, and decides again when a closure changes (or when it is pushed).</summary>
    private bool WaitsForReopening(Mover mover)
    {
        mover.WaitsForReopening = _closures.Any && !double.IsFinite(CostToGo.From(mover.Costs!, mover.At, mover.Heading, mover.Goal, mover.Profile));
        if (!mover.WaitsForReopening)
            return false;
        mover.WaitingSince = double.NaN; // not stalled in traffic: nothing but the closure is in its way
        if (mover.Robot.State != ElementState.WaitingClosure)
            mover.Robot.Enter(ElementState.WaitingClosure);
        return true;
    }
}
