using FactoryTwin.Des.Monitoring;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Metrics;

/// <summary>What an engineer reads off a station, from its jobs' changes: the wait in queue, the time in the station, the chance of waiting, the throughput.</summary>
public sealed partial class MetricsCollector
{
    // By station id, for stations whose machines have taken a job after the warm-up.
    private readonly Dictionary<string, StationTimes> _stationTimes = new(StringComparer.Ordinal);
    // By product id: the cycle times of its jobs finished after the warm-up (their count is its throughput).
    private readonly Dictionary<string, Tally> _cycleTimesByProduct = new(StringComparer.Ordinal);

    /// <summary>A job's step at a station: queued in the input buffer, taken by a machine (its link), and out to the output buffer or a sink.</summary>
    /// <remarks>
    /// The wait counts from the job's arrival in the input buffer to the start of its processing, the time in the
    /// station to its leaving the machine (so it includes a blocked machine's hold); both are counted for jobs whose
    /// processing starts (or that leave) after the warm-up.
    /// </remarks>
    private void StationStep(ref JobProgress job, in StateChange change)
    {
        switch (change.State)
        {
            case ElementState.Queued:
                job.QueuedAt = change.Time;
                break;
            case ElementState.Processing when job.State == ElementState.Queued && change.Link >= 0 && _elements[change.Link] is { } machine:
                job.Station = machine.Element.Group;
                if (change.Time >= _warmup)
                {
                    var times = TimesAt(job.Station);
                    times.Waits.Add(change.Time - job.QueuedAt);
                    if (change.Time > job.QueuedAt)
                        times.Waited++;
                }
                break;
            case ElementState.Lost when change.Link >= 0 && _elements[change.Link] is { } buffer:
                if (change.Time >= _warmup)
                {
                    var times = TimesAt(buffer.Element.Group);
                    times.Lost++;
                    if (change.Value == 1)
                        times.Balked++;
                }
                break;
            case ElementState.Scrapped when change.Link >= 0 && _elements[change.Link] is { } output:
                if (change.Time >= _warmup)
                    TimesAt(output.Element.Group).Scrapped++;
                break;
            case ElementState.WaitingTransport or ElementState.Done when job.Station is { } station:
                if (change.Time >= _warmup)
                    TimesAt(station).Sojourns.Add(change.Time - job.QueuedAt);
                job.Station = null;
                break;
        }
    }

    /// <summary>Counts the finished jobs machines held for room in the output buffer: the first change of a hold to blocked says how many (a batch may be several).</summary>
    private void MachineChanged(Tracked machine, in StateChange change)
    {
        if (change.State == ElementState.Blocked && change.Time >= _warmup && double.IsFinite(change.Value))
            TimesAt(machine.Element.Group).Blocked += (long)change.Value;
    }

    private StationTimes TimesAt(string station)
    {
        if (!_stationTimes.TryGetValue(station, out var times))
            _stationTimes[station] = times = new StationTimes();
        return times;
    }

    private void FinishedCycle(string product, double seconds)
    {
        if (!_cycleTimesByProduct.TryGetValue(product, out var tally))
            _cycleTimesByProduct[product] = tally = new Tally();
        tally.Add(seconds);
    }

    private void StationTimeMetrics(List<Metric> metrics, string station, double hours)
    {
        var times = _stationTimes.GetValueOrDefault(station) ?? new StationTimes();
        metrics.Add(new($"station.{station}.jobsPerHour", "jobs/h", times.Sojourns.Count / hours));
        metrics.Add(new($"station.{station}.waitMeanSeconds", "s", times.Waits.Mean));
        metrics.Add(new($"station.{station}.waitProbability", "fraction", times.Waits.Count > 0 ? (double)times.Waited / times.Waits.Count : double.NaN));
        metrics.Add(new($"station.{station}.sojournMeanSeconds", "s", times.Sojourns.Mean));
        metrics.Add(new($"station.{station}.lostJobs", "jobs", times.Lost));
        metrics.Add(new($"station.{station}.balkedJobs", "jobs", times.Balked));
        metrics.Add(new($"station.{station}.blockedJobs", "jobs", times.Blocked));
        metrics.Add(new($"station.{station}.scrappedJobs", "jobs", times.Scrapped));
        var arrivals = times.Lost + times.Waits.Count;
        metrics.Add(new($"station.{station}.blockingProbability", "fraction", arrivals > 0 ? (double)times.Lost / arrivals : double.NaN));
    }

    private sealed class StationTimes
    {
        public Tally Waits { get; } = new();

        public Tally Sojourns { get; } = new();

        /// <summary>Jobs whose wait was longer than zero.</summary>
        public long Waited { get; set; }

        /// <summary>Jobs turned away because it was full (a station that loses jobs), or that balked.</summary>
        public long Lost { get; set; }

        /// <summary>The lost jobs that balked: they found every machine busy and chose to leave.</summary>
        public long Balked { get; set; }

        /// <summary>Finished jobs a machine had to hold because the output buffer was full.</summary>
        public long Blocked { get; set; }

        /// <summary>Jobs scrapped after their step here.</summary>
        public long Scrapped { get; set; }
    }
}
