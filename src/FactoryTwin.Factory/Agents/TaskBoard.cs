using FactoryTwin.Des;

namespace FactoryTwin.Factory.Agents;

/// <summary>The open transport tasks of the factory, oldest first; robots take them from here.</summary>
public sealed class TaskBoard(Simulation simulation)
{
    private readonly List<TransportTask> _open = [];
    private readonly Signal _changed = new(simulation);
    private int _nextId;

    /// <summary>The tasks no robot has taken, oldest first.</summary>
    public IReadOnlyList<TransportTask> Open => _open;

    /// <summary>Succeeds when a task is posted: what wakes robots that wait for work (a task taken gives none of them anything new to do).</summary>
    public Event Changed => _changed.Next;

    internal TransportTask Post(Stations.Job job, Stations.Station from, Stations.Station to)
    {
        var task = new TransportTask(++_nextId, job, from, to, simulation);
        _open.Add(task);
        _changed.Pulse();
        return task;
    }

    private readonly Dictionary<int, TransportTask> _taken = [];

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

    /// <summary>A task a robot has taken and not yet delivered.</summary>
    internal TransportTask Taken(int taskId) => _taken[taskId];
}
