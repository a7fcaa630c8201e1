namespace FactoryTwin.Experiments.Lorr;

/// <summary>The League of Robot Runners' rules for tasks: which tasks each agent knows, in what order, and the log of assignments and finishes.</summary>
/// <remarks>
/// Each agent knows <see cref="LorrProblem.NumTasksReveal"/> tasks and must finish them in order; finishing its first
/// reveals the next. Tasks are numbered in the order they are handed out, agents in index order at the start. Round-robin:
/// agent i's n-th task is line i + n × teamSize of the task file (round again from the top for "roundrobin", not for
/// "roundrobin_fixed"); greedy: the next line nobody has. A task counts as finished at a step after the one it was
/// handed out in, when its agent stands on its cell.
/// </remarks>
public sealed class LorrTaskBook
{
    private readonly LorrProblem _problem;
    private readonly Queue<Known>[] _known;
    private readonly int[] _handedOut;
    private int _nextGreedy;

    public LorrTaskBook(LorrProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problem = problem;
        _known = [.. Enumerable.Range(0, problem.TeamSize).Select(_ => new Queue<Known>())];
        _handedOut = new int[problem.TeamSize];
        Events = [.. Enumerable.Range(0, problem.TeamSize).Select(_ => new List<LorrEvent>())];
        for (var agent = 0; agent < problem.TeamSize; agent++)
        {
            for (var i = 0; i < problem.NumTasksReveal; i++)
                HandOut(agent, step: 0);
        }
    }

    /// <summary>Every task handed out so far, by id: its cell (a location, row × width + column).</summary>
    public List<int> Tasks { get; } = [];

    /// <summary>Per agent, its tasks' assignments and finishes in order.</summary>
    public List<LorrEvent>[] Events { get; }

    public int Finished { get; private set; }

    /// <summary>The cell of the task the agent works on, or -1 if it has none.</summary>
    public int Target(int agent) => _known[agent].TryPeek(out var task) ? Tasks[task.Id] : -1;

    /// <summary>Applies the rule at <paramref name="step"/>: if the agent stands on its task's cell (and got the task before this step), the task is finished and the next revealed; true if so.</summary>
    public bool Check(int agent, int location, int step)
    {
        if (!_known[agent].TryPeek(out var task) || Tasks[task.Id] != location || task.Step >= step)
            return false;
        _known[agent].Dequeue();
        Events[agent].Add(new LorrEvent(task.Id, step, "finished"));
        Finished++;
        HandOut(agent, step);
        return true;
    }

    /// <summary>True if the agent stands on its task's cell but got it at this very step, so it can finish it one step later at the earliest.</summary>
    public bool JustGiven(int agent, int location, int step) =>
        _known[agent].TryPeek(out var task) && Tasks[task.Id] == location && task.Step >= step;

    private void HandOut(int agent, int step)
    {
        var line = _problem.Assignment switch
        {
            LorrAssignment.Greedy => _nextGreedy < _problem.Tasks.Count ? _nextGreedy++ : -1,
            LorrAssignment.RoundRobinFixed => Fixed(agent + (_handedOut[agent] * _problem.TeamSize)),
            _ => (int)((agent + ((long)_handedOut[agent] * _problem.TeamSize)) % _problem.Tasks.Count),
        };
        if (line < 0)
            return;
        _handedOut[agent]++;
        var id = Tasks.Count;
        Tasks.Add(_problem.Tasks[line]);
        _known[agent].Enqueue(new Known(id, step));
        Events[agent].Add(new LorrEvent(id, step, "assigned"));
    }

    private int Fixed(long line) => line < _problem.Tasks.Count ? (int)line : -1;

    private readonly record struct Known(int Id, int Step);
}

/// <summary>A task event of one agent: the task, the step, and "assigned" or "finished".</summary>
public sealed record LorrEvent(int Task, int Step, string What);
