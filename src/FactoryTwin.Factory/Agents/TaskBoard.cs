using FactoryTwin.Des;

namespace FactoryTwin.Factory.Agents;

/// <summary>The open transport tasks of the factory, oldest first; robots take them from here, and robots with nothing to do wait here.</summary>
/// <remarks>
/// A posted task wakes the robot that has waited longest, not all of them: it looks and chooses, and if tasks are still
/// open then, it passes the wake on to the next robot that has not seen them. So a task posted to a fleet of a
/// thousand idle robots costs one decision when the first robot takes it, yet a task the first robot passes over
/// (too low a battery, or a dispatcher that gives it to another) is seen by every waiting robot, as if all had woken.
/// Tasks that every waiting robot has passed over are announced again after <see cref="ReannounceSeconds"/>, so a
/// task left to a robot that then went elsewhere is never forgotten.
/// </remarks>
public sealed class TaskBoard(Simulation simulation)
{
    /// <summary>How long open tasks that every waiting robot passed over wait before the robots look again.</summary>
    public const double ReannounceSeconds = 30;

    private bool _reannouncing;
    private readonly List<TransportTask> _open = [];
    private readonly LinkedList<(Event Wake, long Seen)> _waiting = [];
    private readonly Dictionary<int, TransportTask> _taken = [];
    private int _nextId;

    /// <summary>The tasks no robot has taken, oldest first.</summary>
    public IReadOnlyList<TransportTask> Open => _open;

    /// <summary>Tasks posted (or announced again) so far: a robot that remembers this number when it looks knows whether the board has changed since.</summary>
    public long Posted { get; private set; }

    /// <summary>Succeeds when there is something new to see for a robot that looked when <see cref="Posted"/> was <paramref name="seen"/>: at once if a task was posted since, else when its turn to look comes.</summary>
    internal Event WaitForWork(long seen)
    {
        var wake = new Event(simulation);
        if (seen < Posted)
            return wake.Succeed();
        _waiting.AddLast((wake, seen));
        return wake;
    }

    /// <summary>A robot stops waiting for work before it was woken (its shift ended).</summary>
    internal void StopWaiting(Event wake)
    {
        for (var waiter = _waiting.First; waiter is not null; waiter = waiter.Next)
        {
            if (waiter.Value.Wake == wake)
            {
                _waiting.Remove(waiter);
                return;
            }
        }
    }

    /// <summary>A woken robot has chosen (and taken its task, if it chose one): if tasks are still open, the next waiting robot looks.</summary>
    internal void PassOn()
    {
        if (_open.Count > 0)
            WakeNext();
    }

    internal TransportTask Post(Stations.Job job, Stations.Station from, Stations.Station to)
    {
        var task = new TransportTask(++_nextId, job, from, to, simulation);
        _open.Add(task);
        Posted++;
        WakeNext();
        return task;
    }

    /// <summary>Gives the task to the robot if it is still open.</summary>
    internal bool TryTake(int taskId, Robot robot)
    {
        var index = _open.FindIndex(t => t.Id == taskId);
        if (index < 0)
            return false;
        var task = _open[index];
        task.Robot = robot;
        _open.RemoveAt(index);
        _taken[taskId] = task;
        task.Delivered.AddCallback(_ => _taken.Remove(taskId));
        return true;
    }

    /// <summary>Its robot gives the task back (it broke down on its way to the pickup): it is open again, in its place among the oldest, and a robot looks.</summary>
    internal void HandBack(TransportTask task)
    {
        task.Robot = null;
        _taken.Remove(task.Id);
        var at = _open.FindIndex(t => t.Id > task.Id);
        _open.Insert(at < 0 ? _open.Count : at, task);
        Posted++;
        WakeNext();
    }

    /// <summary>A task a robot has taken and not yet delivered.</summary>
    internal TransportTask Taken(int taskId) => _taken[taskId];

    /// <summary>Wakes the robot that has waited longest among those that have not seen the latest task; if every one has, announces the open tasks again later.</summary>
    private void WakeNext()
    {
        for (var waiter = _waiting.First; waiter is not null; waiter = waiter.Next)
        {
            if (waiter.Value.Seen < Posted)
            {
                _waiting.Remove(waiter);
                waiter.Value.Wake.Succeed();
                return;
            }
        }
        if (_open.Count > 0 && _waiting.Count > 0 && !_reannouncing)
        {
            _reannouncing = true;
            simulation.Timeout(ReannounceSeconds).AddCallback(_ =>
            {
                _reannouncing = false;
                if (_open.Count == 0)
                    return;
                Posted++;
                WakeNext();
            });
        }
    }
}
