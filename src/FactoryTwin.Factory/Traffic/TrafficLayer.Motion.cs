using FactoryTwin.Des;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Carrying out the moves: planning rounds, the timetable of turns, departures and arrivals, and what each records.</summary>
public sealed partial class TrafficLayer
{
    private readonly List<Mover> _pending = [];
    private readonly List<Mover> _deciding = [];
    private readonly PriorityQueue<double, double> _wakes = new();
    private readonly Action<Event> _onWake;
    private readonly Action<Event> _onRound;
    private bool _roundScheduled;

    /// <summary>Adds a robot with a goal that stands to the next planning round, which runs now, after the events already due now.</summary>
    /// <remarks>Agents woken at this moment (a robot reached its goal, its next one is given) get their say in the same round.</remarks>
    private void AddPending(Mover mover)
    {
        if (mover.Pending)
            return;
        mover.Pending = true;
        _pending.Add(mover);
        if (!_roundScheduled)
        {
            _roundScheduled = true;
            Simulation.Timeout(0).AddCallback(_onRound);
        }
    }

    private void Round(Event _)
    {
        _roundScheduled = false;
        _deciding.Clear();
        var now = Simulation.Now;
        foreach (var mover in _pending)
        {
            mover.Pending = false;
            if (mover.Role != MoverRole.Driving || mover.IsMoving || mover.Broken)
                continue; // a broken robot is put back in a round once repaired
            if (mover.TurnsUntil > now)
                _queue.Add(mover.TurnsUntil, mover, MotionKind.Retry, ++mover.RetryToken); // turning as it waits: it decides once the turn is done
            else if (!WaitsForReopening(mover))
                _deciding.Add(mover);
        }
        _pending.Clear();
        if (_deciding.Count == 0)
        {
            ScheduleWake();
            return;
        }
        _planner.Plan(now, _deciding);
        foreach (var mover in _planner.OutOfEnergy)
            Stop(mover);
        foreach (var mover in _planner.Moved)
            Commit(mover, now);
        foreach (var mover in _deciding)
        {
            if (mover.IsMoving || mover.Role != MoverRole.Driving)
                continue;
            // It stays: recorded as waiting, and it looks again after a step (or sooner, if pushed). Meanwhile it turns
            // towards the lane it wants, so it can drive off as soon as that is free.
            if (!FaceWhileWaiting(mover, now) && mover.Robot.State != mover.StandState)
                mover.Robot.Enter(mover.StandState);
            _queue.Add(now + mover.Profile.StepSeconds, mover, MotionKind.Retry, ++mover.RetryToken);
            Liveness.Stayed(mover, now);
        }
        ScheduleWake();
    }

    /// <summary>A robot that waits turns on the spot towards the lane it ranked best, for at most a step; true if it turns.</summary>
    private bool FaceWhileWaiting(Mover mover, double now)
    {
        if (mover.Prefers < 0 || mover.TurnsUntil > now)
            return false;
        var profile = mover.Profile;
        var wanted = _layout.HeadingOf(mover.Prefers);
        var seconds = Math.Min(profile.TurnSeconds(mover.Heading, wanted), profile.StepSeconds);
        if (seconds <= 0)
            return false;
        mover.Heading = profile.TurnToward(mover.Heading, wanted, seconds);
        mover.TurnsUntil = now + seconds;
        mover.Robot.Turn(mover.Heading);
        if (seconds < profile.StepSeconds)
            _queue.Add(mover.TurnsUntil, mover, MotionKind.FacedWhileWaiting); // else it looks again as the turn ends
        return true;
    }

    /// <summary>Starts a planned move: the robot holds the node ahead from now, turns, waits if it must, then drives.</summary>
    private void Commit(Mover mover, double now)
    {
        _occupancy.Commit(mover);
        _guidance?.Drives(mover, mover.Edge);
        Docks.Leave(mover, mover.At);
        Liveness.Departed(mover);
        var robot = mover.Robot;
        var heading = _layout.HeadingOf(mover.Edge);
        var turns = mover.TurnEnd > now;
        mover.Heading = heading;
        if (turns)
        {
            robot.Turn(heading);
            if (mover.Depart > mover.TurnEnd)
                _queue.Add(mover.TurnEnd, mover, MotionKind.TurnDone);
        }
        if (mover.Depart > now)
        {
            if (!turns && robot.State != ElementState.WaitingTraffic)
                robot.Enter(ElementState.WaitingTraffic);
            _queue.Add(mover.Depart, mover, MotionKind.Depart);
        }
        else
        {
            Depart(mover);
        }
        _queue.Add(mover.Arrive, mover, MotionKind.Arrive);
    }

    private void Depart(Mover mover)
    {
        var edge = _layout.Edges[mover.Edge];
        mover.Robot.Drive(edge.LengthMeters);
        mover.Robot.Depart(mover.At, mover.Next, mover.Heading, mover.Arrive);
    }

    private void Arrive(Mover mover)
    {
        _occupancy.Arrive(mover);
        mover.Robot.Arrive(mover.At);
        mover.Next = -1;
        mover.Edge = -1;
        if (mover.Broken)
            Halt(mover); // broke down on the lane: down from its arrival, the first change recorded at this node
        switch (mover.Role)
        {
            case MoverRole.Driving when HasReached(mover, mover.At):
                Finish(mover, arrived: true);
                break;
            case MoverRole.Driving:
                Liveness.Arrived(mover);
                AddPending(mover); // the round records what it does next
                break;
            default:
                mover.Robot.Enter(mover.RestState); // pushed aside: back to what it was doing
                if (_isStation[mover.At])
                    StepOff(mover);
                break;
        }
    }

    /// <summary>A resting robot pushed onto a station's place (often a dead end) does not stay there: it goes on resting at the nearest free place off the stations.</summary>
    private void StepOff(Mover mover)
    {
        var place = NearestFreePlace(mover.At, mover.Robot);
        if (place != mover.At)
            SetGoal(mover, place, radiusMeters: 0, rests: true, mover.RestState);
    }

    /// <summary>The battery cannot cover the move the robot wants: it stays where it is for good.</summary>
    private void Stop(Mover mover)
    {
        mover.Role = MoverRole.Stopped;
        var reached = mover.Reached;
        ClearGoal(mover);
        mover.Robot.Enter(ElementState.Stopped);
        reached?.Succeed();
    }

    /// <summary>Runs what is due now in the timetable, then makes sure the simulation wakes the layer for the next entry.</summary>
    private void Wake(Event _)
    {
        _wakes.Dequeue();
        var now = Simulation.Now;
        while (_queue.TryTakeDue(now, out var entry))
        {
            var mover = entry.Mover;
            switch (entry.Kind)
            {
                case MotionKind.TurnDone:
                    mover.Robot.Enter(ElementState.WaitingTraffic);
                    break;
                case MotionKind.Depart:
                    Depart(mover);
                    break;
                case MotionKind.Arrive:
                    Arrive(mover);
                    break;
                case MotionKind.FacedWhileWaiting when !mover.IsMoving && mover.TurnsUntil == now && mover.Role == MoverRole.Driving:
                    mover.Robot.Enter(mover.StandState);
                    break;
                case MotionKind.Retry when entry.Token == mover.RetryToken && mover.Role == MoverRole.Driving && !mover.IsMoving:
                    AddPending(mover);
                    break;
            }
        }
        ScheduleWake();
    }

    /// <summary>Keeps a wake-up scheduled at or before the next entry of the timetable.</summary>
    private void ScheduleWake()
    {
        var next = _queue.NextTime;
        if (double.IsPositiveInfinity(next) || (_wakes.Count > 0 && _wakes.Peek() <= next))
            return;
        _wakes.Enqueue(next, next);
        Simulation.TimeoutAt(next).AddCallback(_onWake);
    }
}
