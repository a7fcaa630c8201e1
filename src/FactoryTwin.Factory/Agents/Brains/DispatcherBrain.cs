namespace FactoryTwin.Factory.Agents.Brains;

/// <summary>A central dispatcher: assigns the open tasks to the fleet's idle robots so that their total empty travel is least.</summary>
/// <remarks>
/// Solves the assignment problem (Hungarian algorithm) over idle robots × open tasks with the distances to the
/// pickups as costs, and tells the deciding robot its share. Robots deciding at the same moment see the same
/// board, so the assignment is computed once and reused.
/// </remarks>
public sealed class DispatcherBrain : IBrain
{
    private (double Time, string Key, Dictionary<string, int> Assignment)? _cache;

    public bool NeedsFleetView => true;

    public Decision Decide(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (Routine.ChargeIfLow(observation) is { } charge)
            return charge;
        if (observation.OpenTasks.Count == 0 || observation.IdleFleet.Count == 0)
            return Routine.OutOfTheWay(observation);
        var assignment = Assign(observation);
        return assignment.TryGetValue(observation.Self.Id, out var task)
            ? new Decision.Carry(observation.OpenTasks[task].Id)
            : Routine.OutOfTheWay(observation);
    }

    private Dictionary<string, int> Assign(Observation observation)
    {
        var key = string.Join(',', observation.OpenTasks.Select(t => t.Id)) + "|" + string.Join(',', observation.IdleFleet.Select(r => r.Id));
        if (_cache is { } cached && cached.Time == observation.Time && cached.Key == key)
            return cached.Assignment;
        var robots = observation.IdleFleet;
        var costs = new double[robots.Count, observation.OpenTasks.Count];
        for (var r = 0; r < robots.Count; r++)
        {
            for (var t = 0; t < observation.OpenTasks.Count; t++)
            {
                var distance = robots[r].DistanceToTaskMeters[t];
                costs[r, t] = double.IsFinite(distance) ? distance : Assignment.Unreachable;
            }
        }
        var columns = Assignment.Solve(costs);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < robots.Count; r++)
        {
            if (columns[r] >= 0 && costs[r, columns[r]] < Assignment.Unreachable)
                result[robots[r].Id] = columns[r];
        }
        _cache = (observation.Time, key, result);
        return result;
    }
}
