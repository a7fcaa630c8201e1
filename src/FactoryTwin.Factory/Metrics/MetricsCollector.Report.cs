using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Metrics;

/// <summary>Turns what was collected into the named metrics of a replication.</summary>
public sealed partial class MetricsCollector
{
    private static readonly ElementState[] MachineStates = [ElementState.Busy, ElementState.Starved, ElementState.Blocked, ElementState.Down, ElementState.Setup, ElementState.WaitingOperator, ElementState.OffShift];

    private static readonly ElementState[] RobotStates =
    [
        ElementState.MovingLoaded, ElementState.MovingEmpty, ElementState.Loading, ElementState.Unloading, ElementState.WaitingTraffic,
        ElementState.WaitingDock, ElementState.WaitingCharger, ElementState.Charging, ElementState.Idle, ElementState.Stopped, ElementState.WaitingClosure, ElementState.Down, ElementState.OffShift,
    ];

    /// <summary>The elements still tracked: all but the finished jobs.</summary>
    private IEnumerable<Tracked> Tracking => _elements.OfType<Tracked>();

    /// <summary>The metrics of the replication that ended at <paramref name="end"/>, in a fixed order.</summary>
    /// <param name="jobsInProgress">Jobs in the factory at the end (whenever they started).</param>
    public IReadOnlyList<Metric> Report(double end, long jobsInProgress)
    {
        foreach (var tracked in Tracking.Where(t => t.HasChanged))
        {
            tracked.Close(end, _warmup);
            if (tracked.Element.Kind == ElementKind.Robot && tracked.Last.State == ElementState.WaitingTraffic)
                tracked.EndWait(end, _stallSeconds, _warmup);
        }
        AddWip(end, 0);
        var hours = (end - _warmup) / 3600;
        var measured = end - _warmup;
        var metrics = new List<Metric>
        {
            new("throughput.jobsPerHour", "jobs/h", _cycleTimes.Count / hours),
        };
        foreach (var product in _plan.Products)
            metrics.Add(new($"throughput.{product.Id}.jobsPerHour", "jobs/h", (_cycleTimesByProduct.GetValueOrDefault(product.Id)?.Count ?? 0) / hours));
        foreach (var product in _plan.Products)
            metrics.Add(new($"cycleTime.{product.Id}.meanSeconds", "s", _cycleTimesByProduct.GetValueOrDefault(product.Id)?.Mean ?? double.NaN));
        metrics.Add(new("cycleTime.meanSeconds", "s", _cycleTimes.Mean));
        metrics.Add(new("cycleTime.p50Seconds", "s", _cycleTimes.Count > 0 ? _cycleTimes.Percentile(50) : double.NaN));
        metrics.Add(new("cycleTime.p95Seconds", "s", _cycleTimes.Count > 0 ? _cycleTimes.Percentile(95) : double.NaN));
        metrics.Add(new("cycleTime.maxSeconds", "s", _cycleTimes.Count > 0 ? _cycleTimes.Max : double.NaN));
        metrics.Add(new("wip.meanJobs", "jobs", _wipArea / measured));
        // Like every metric, the counts leave out the warm-up; the jobs in progress are a count at the end.
        metrics.Add(new("jobs.started", "jobs", _startedAfterWarmup));
        metrics.Add(new("jobs.finished", "jobs", _cycleTimes.Count));
        metrics.Add(new("jobs.lost", "jobs", _stationTimes.Values.Sum(t => t.Lost)));
        metrics.Add(new("jobs.scrapped", "jobs", _stationTimes.Values.Sum(t => t.Scrapped)));
        metrics.Add(new("jobs.inProgressAtEnd", "jobs", jobsInProgress));
        StationMetrics(metrics, measured, hours);
        CrewMetrics(metrics, measured);
        RobotMetrics(metrics, measured);
        return metrics;
    }

    private void StationMetrics(List<Metric> metrics, double measured, double hours)
    {
        foreach (var station in _plan.Stations)
        {
            var machines = Tracking.Where(t => t.Element.Kind == ElementKind.Machine && t.Element.Group == station.Id).ToList();
            if (machines.Count > 0)
            {
                foreach (var state in MachineStates)
                {
                    var fraction = machines.Average(m => m.Seconds[(int)state]) / measured;
                    metrics.Add(new($"station.{station.Id}.{Camel(state)}Fraction", "fraction", fraction));
                }
                // Of the time the machines are at work: a machine off shift is not idle capacity.
                var available = machines.Sum(m => measured - m.Seconds[(int)ElementState.OffShift]);
                metrics.Add(new($"station.{station.Id}.utilisation", "fraction", available > 0 ? machines.Sum(m => m.Seconds[(int)ElementState.Busy] + m.Seconds[(int)ElementState.Setup]) / available : double.NaN));
                if (station.Kind is StationKind.Machine or StationKind.Conveyor)
                    StationTimeMetrics(metrics, station.Id, hours);
                else if (station.Kind == StationKind.Storage)
                    metrics.Add(new($"station.{station.Id}.scrappedJobs", "jobs", _stationTimes.GetValueOrDefault(station.Id)?.Scrapped ?? 0));
            }
            foreach (var buffer in Tracking.Where(t => t.Element.Kind == ElementKind.Buffer && t.Element.Group == station.Id))
            {
                var side = buffer.Element.Id.EndsWith("/in", StringComparison.Ordinal) ? "inputQueue" : "outputQueue";
                metrics.Add(new($"station.{station.Id}.{side}MeanJobs", "jobs", buffer.LevelArea / measured));
            }
        }
    }

    private void CrewMetrics(List<Metric> metrics, double measured)
    {
        foreach (var crew in _plan.Crews)
        {
            var operators = Tracking.Where(t => t.Element.Kind == ElementKind.Operator && t.Element.Group == crew.Id).ToList();
            metrics.Add(new($"crew.{crew.Id}.utilisation", "fraction", operators.Average(o => o.Seconds[(int)ElementState.Busy]) / measured));
        }
    }

    private void RobotMetrics(List<Metric> metrics, double measured)
    {
        foreach (var fleet in _plan.Fleets)
        {
            var robots = Tracking.Where(t => t.Element.Kind == ElementKind.Robot && t.Element.Group == fleet.Id).ToList();
            var capacity = fleet.Battery?.CapacityWattHours ?? 0;
            foreach (var robot in robots)
            {
                var prefix = $"robot.{robot.Element.Id}";
                foreach (var state in RobotStates)
                    metrics.Add(new($"{prefix}.{Camel(state)}Fraction", "fraction", robot.Seconds[(int)state] / measured));
                metrics.Add(new($"{prefix}.distanceMeters", "m", robot.Distance));
                metrics.Add(new($"{prefix}.tasksDone", "tasks", robot.Tasks));
                metrics.Add(new($"{prefix}.energyWattHours", "Wh", robot.EnergyPercent / 100 * capacity));
            }
            var name = $"fleet.{fleet.Id}";
            foreach (var state in RobotStates)
                metrics.Add(new($"{name}.{Camel(state)}Fraction", "fraction", robots.Count == 0 ? 0 : robots.Average(r => r.Seconds[(int)state]) / measured));
            metrics.Add(new($"{name}.distanceMeters", "m", robots.Sum(r => r.Distance)));
            metrics.Add(new($"{name}.tasksDone", "tasks", robots.Sum(r => r.Tasks)));
            metrics.Add(new($"{name}.energyWattHours", "Wh", robots.Sum(r => r.EnergyPercent) / 100 * capacity));
            metrics.Add(new($"{name}.congestionWaitSeconds", "s", robots.Sum(r => r.Seconds[(int)ElementState.WaitingTraffic])));
            metrics.Add(new($"{name}.stalledSeconds", "s", robots.Sum(r => r.StalledSeconds)));
            metrics.Add(new($"{name}.robotsStopped", "robots", robots.Count(r => r.HasChanged && r.Last.State == ElementState.Stopped)));
            var (deadlocks, gridlocks) = TrafficCounters.GetValueOrDefault(fleet.Id);
            metrics.Add(new($"{name}.deadlocks", "count", deadlocks));
            metrics.Add(new($"{name}.gridlocks", "count", gridlocks));
        }
        if (_plan.Fleets.Count > 0)
            metrics.Add(new("transport.taskWaitMeanSeconds", "s", _taskWaits.Mean));
    }

    private static string Camel(ElementState state)
    {
        var name = state.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
