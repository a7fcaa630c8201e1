using FactoryTwin.Des;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>Warns when the line has stopped: jobs are inside, none has moved for the warning time, and no machine is working.</summary>
/// <remarks>
/// This is the stop the traffic layer cannot see: a loop of full buffers (rework into a station whose input is full)
/// holds every job while robots stand idle. It is reported once for each stretch without a move, on standard error
/// through the world's warnings; a long repair or setup keeps a machine working, so it is not taken for a stop, and
/// jobs waiting for or riding on robots make it a stop of the traffic, which the traffic layer reports.
/// </remarks>
internal sealed class LineWatch(FactoryWorld world)
{
    private readonly double _window = world.Plan.Traffic.NoProgressWarningSeconds;

    public void Start()
    {
        if (world.Stations.Any(s => s.Machines.Count > 0 || s.Belt is not null))
            world.Simulation.Process(Watch(), "line/watch");
    }

    private IEnumerable<Event> Watch()
    {
        var moves = -1L;
        var warned = false;
        while (true)
        {
            yield return world.Simulation.Timeout(_window);
            if (world.JobMoves != moves)
                warned = false; // a job moved: a new stretch begins
            var stopped = world.JobMoves == moves && world.JobsInProgress > 0 && !AnyMachineWorking() && !world.AnyJobWithRobots();
            if (stopped && !warned)
            {
                warned = true;
                world.Warn(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the line has stopped at t={world.Simulation.Now:0.#} s: {world.JobsInProgress} jobs inside, none has moved for {_window:0.#} s, and no machine is working (every one starved or blocked): a loop of full buffers? ({Blocked()})"));
            }
            moves = world.JobMoves;
        }
    }

    /// <summary>True if a machine works, sets up or is being repaired, or a belt carries jobs.</summary>
    private bool AnyMachineWorking() =>
        world.Stations.Any(s => s.Machines.Any(m => world.Log.Current(m.Element.Index).State is ElementState.Busy or ElementState.Setup or ElementState.Down)
            || (s.Belt is { } belt && world.Log.Current(belt.Element.Index).State == ElementState.Busy));

    private string Blocked()
    {
        var blocked = world.Stations.Where(s => s.Machines.Any(m => world.Log.Current(m.Element.Index).State == ElementState.Blocked)
            || (s.Belt is { } belt && world.Log.Current(belt.Element.Index).State == ElementState.Blocked)).Select(s => s.Id).ToList();
        var batching = world.Stations.Where(s => s.Plan.BatchSize > 1 && s.Input.Count > 0 && s.Machines.Any(m => m.IsIdle)).Select(s => s.Id).ToList();
        var moving = world.PartialMoveBatches().ToList();
        var said = blocked.Count == 0 ? "no machine is blocked" : $"blocked: {string.Join(", ", blocked)}";
        if (batching.Count > 0)
            said += $"; waiting for a full batch: {string.Join(", ", batching)}";
        return moving.Count == 0 ? said : $"{said}; waiting for a full move batch at: {string.Join(", ", moving)}";
    }
}
