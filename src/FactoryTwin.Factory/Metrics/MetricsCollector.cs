using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FactoryTwin.Des.Monitoring;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Metrics;

/// <summary>Computes a replication's metrics from the state log as it is written, counting only what happens after the warm-up.</summary>
/// <remarks>
/// Time in each state is the time between an element's changes, clipped to [warm-up, end]. Because every metric
/// comes from the same changes the trace holds, metrics, trace and report cannot disagree.
/// </remarks>
public sealed partial class MetricsCollector : IStateObserver
{
    private readonly FactoryPlan _plan;
    private readonly double _warmup;
    // By element index; null for jobs, which are many and followed in _jobs only while in progress.
    private readonly List<Tracked?> _elements = [];
    // The jobs in progress by element index: a job is forgotten when it is done, so a long run keeps only its WIP.
    private readonly Dictionary<int, JobProgress> _jobs = [];
    private long _startedAfterWarmup;
    private readonly Tally _cycleTimes = new(keepSamples: true);
    private readonly Tally _taskWaits = new();
    private double _wipArea;
    private int _wip;
    private double _wipSince;
    private readonly double _stallSeconds;
    private static readonly int StateCount = Enum.GetValues<ElementState>().Length;

    public MetricsCollector(FactoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _plan = plan;
        _warmup = plan.Run.WarmupSeconds;
        _wipSince = _warmup;
        _stallSeconds = plan.Traffic.StallSeconds;
    }

    /// <summary>Counters that are not states: deadlocks found and gridlocks reported, by fleet; set by the traffic layer.</summary>
    public Dictionary<string, (long Deadlocks, long Gridlocks)> TrafficCounters { get; } = new(StringComparer.Ordinal);

    public void OnElement(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var isJob = element.Kind == ElementKind.Job;
        var tracked = isJob ? null : new Tracked(element);
        if (element.Index == _elements.Count)
            _elements.Add(tracked);
        else
            _elements[element.Index] = tracked; // the index of a job that has left, given to a new job
        if (isJob)
            _jobs.Add(element.Index, new JobProgress(element.Group));
    }

    public void OnChange(in StateChange change)
    {
        if (_elements[change.Element] is { } tracked)
        {
            ElementChanged(tracked, change);
            return;
        }
        ref var job = ref CollectionsMarshal.GetValueRefOrNullRef(_jobs, change.Element);
        if (Unsafe.IsNullRef(ref job))
            throw new InvalidOperationException($"Element {change.Element}, a job, changed to {change.State} at t={change.Time:R} s after it was done.");
        JobChanged(ref job, change);
        if (change.State is ElementState.Done or ElementState.Lost or ElementState.Scrapped)
            _jobs.Remove(change.Element);
    }

    private void ElementChanged(Tracked tracked, in StateChange change)
    {
        if (tracked.HasChanged)
            tracked.Close(change.Time, _warmup);
        if (tracked.Element.Kind == ElementKind.Robot && tracked.HasChanged)
            RobotMoved(tracked, change);
        if (tracked.Element.Kind == ElementKind.Machine)
            MachineChanged(tracked, change);
        tracked.Open(change);
    }

    private void JobChanged(ref JobProgress job, in StateChange change)
    {
        if (!job.HasStarted)
        {
            job.HasStarted = true;
            job.StartedAt = change.Time;
            AddWip(change.Time, +1);
            if (change.Time >= _warmup)
                _startedAfterWarmup++;
        }
        if (change.State == ElementState.InTransport && job.State == ElementState.WaitingPickup && change.Time >= _warmup)
            _taskWaits.Add(change.Time - job.Since);
        StationStep(ref job, change);
        job.State = change.State;
        job.Since = change.Time;
        if (change.State is ElementState.Lost or ElementState.Scrapped)
        {
            AddWip(change.Time, -1);
            return;
        }
        if (change.State != ElementState.Done)
            return;
        AddWip(change.Time, -1);
        if (change.Time < _warmup)
            return;
        _cycleTimes.Add(change.Time - job.StartedAt);
        FinishedCycle(job.Product, change.Time - job.StartedAt);
    }

    private void RobotMoved(Tracked robot, in StateChange change)
    {
        // A stretch of waiting for traffic ends when the robot does anything else; beyond the stall time it counts as stalled.
        if (robot.Last.State == ElementState.WaitingTraffic && change.State != ElementState.WaitingTraffic)
            robot.EndWait(change.Time, _stallSeconds, _warmup);
        else if (robot.Last.State != ElementState.WaitingTraffic && change.State == ElementState.WaitingTraffic)
            robot.WaitingSince = change.Time;
        if (change.Time < _warmup)
            return;
        robot.Distance += robot.Last.Position.DistanceTo(change.Position);
        if (!double.IsNaN(change.Value) && !double.IsNaN(robot.Last.Value) && change.Value < robot.Last.Value)
            robot.EnergyPercent += robot.Last.Value - change.Value;
        if (robot.Last.State == ElementState.Unloading && change.State != ElementState.Unloading)
            robot.Tasks++;
    }

    private void AddWip(double time, int delta)
    {
        if (time > _wipSince)
        {
            _wipArea += _wip * (time - _wipSince);
            _wipSince = time;
        }
        _wip += delta;
    }

    /// <summary>Per element other than a job: its last change, and the time spent in each state after the warm-up.</summary>
    private sealed class Tracked(Element element)
    {
        public Element Element { get; } = element;

        public StateChange Last { get; private set; }

        public bool HasChanged { get; private set; }

        public double[] Seconds { get; } = new double[StateCount];

        /// <summary>For buffers: the integral of the level over time after the warm-up.</summary>
        public double LevelArea { get; private set; }

        public double Distance { get; set; }

        public double EnergyPercent { get; set; }

        public int Tasks { get; set; }

        /// <summary>For robots: when the current stretch of waiting for traffic began.</summary>
        public double WaitingSince { get; set; }

        /// <summary>For robots: time spent waiting for traffic beyond the stall time of each stretch, after the warm-up.</summary>
        public double StalledSeconds { get; private set; }

        public void EndWait(double until, double stallSeconds, double warmup)
        {
            var from = Math.Max(WaitingSince + stallSeconds, warmup);
            if (until > from)
                StalledSeconds += until - from;
        }

        public void Open(in StateChange change)
        {
            Last = change;
            HasChanged = true;
        }

        public void Close(double until, double warmup)
        {
            var from = Math.Max(Last.Time, warmup);
            if (until <= from)
                return;
            Seconds[(int)Last.State] += until - from;
            if (Element.Kind == ElementKind.Buffer)
                LevelArea += Last.Value * (until - from);
        }
    }

    /// <summary>A job in progress: its product, when it started, and its latest state (jobs need no time per state).</summary>
    private struct JobProgress(string product)
    {
        public readonly string Product = product;
        public bool HasStarted;
        public double StartedAt;
        public ElementState State;
        public double Since;
        public double QueuedAt;
        public string? Station; // the station whose machine has the job, until it leaves it
    }
}
