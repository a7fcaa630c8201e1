namespace FactoryTwin.Experiments.Brains;

/// <summary>The wall time a brain program took per decision, for the run record: it never changes a result.</summary>
public sealed class BrainTiming(string fleet, string command)
{
    private readonly List<double> _milliseconds = [];

    public string Fleet { get; } = fleet;

    public string Command { get; } = command;

    public int Decisions => _milliseconds.Count;

    public double MeanMilliseconds => _milliseconds.Count == 0 ? 0 : _milliseconds.Average();

    /// <summary>The 95th percentile of the wall time per decision (nearest rank).</summary>
    public double P95Milliseconds
    {
        get
        {
            if (_milliseconds.Count == 0)
                return 0;
            var sorted = _milliseconds.Order().ToList();
            return sorted[Math.Max(0, (int)Math.Ceiling(0.95 * sorted.Count) - 1)];
        }
    }

    internal void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    /// <summary>Adds another replication's times of the same fleet.</summary>
    internal void Add(BrainTiming other) => _milliseconds.AddRange(other._milliseconds);
}
