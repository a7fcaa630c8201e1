using FactoryTwin.Experiments.Design;

namespace FactoryTwin.Experiments.Running;

/// <summary>Hands out an experiment's pending runs to the workers, longest expected first; safe to call from several threads.</summary>
/// <remarks>
/// A run's length is expected from its alternative's runs measured so far (in a sweep the big fleets take twice as long
/// as the small ones). An alternative with no measurement yet gets one run first, to measure it; then the runs of the
/// alternative with the longest mean go first, so the last runs are short ones and the workers finish together instead
/// of one waiting on a long run started last. Within an alternative the runs keep the experiment's order. The order
/// decides only when a run starts: every run's result is the same whatever it is.
/// </remarks>
public sealed class RunScheduler
{
    private readonly Queue<RunKey>[] _pending;
    private readonly double[] _measuredSeconds;
    private readonly int[] _measuredRuns;
    private readonly bool[] _started;
    private readonly object _gate = new();

    /// <param name="alternatives">How many alternatives the experiment has.</param>
    /// <param name="pending">The runs to hand out, in the experiment's order.</param>
    /// <param name="measured">Runs already measured (found in the folder when resuming): their alternative and wall time.</param>
    public RunScheduler(int alternatives, IEnumerable<RunKey> pending, IEnumerable<(int Alternative, double WallSeconds)>? measured = null)
    {
        ArgumentNullException.ThrowIfNull(pending);
        _pending = [.. Enumerable.Range(0, alternatives).Select(_ => new Queue<RunKey>())];
        _measuredSeconds = new double[alternatives];
        _measuredRuns = new int[alternatives];
        _started = new bool[alternatives];
        foreach (var key in pending)
            _pending[key.Alternative].Enqueue(key);
        foreach (var (alternative, seconds) in measured ?? [])
            Measure(alternative, seconds);
    }

    /// <summary>Takes the next run to start, or returns false when every run has been handed out.</summary>
    public bool TryTake(out RunKey key)
    {
        lock (_gate)
        {
            var next = Next();
            if (next < 0)
            {
                key = default;
                return false;
            }
            _started[next] = true;
            key = _pending[next].Dequeue();
            return true;
        }
    }

    /// <summary>Records how long a run took, to expect the length of its alternative's other runs.</summary>
    public void Finished(RunKey key, double wallSeconds)
    {
        lock (_gate)
            Measure(key.Alternative, wallSeconds);
    }

    private void Measure(int alternative, double seconds)
    {
        _measuredSeconds[alternative] += seconds;
        _measuredRuns[alternative]++;
    }

    /// <summary>The alternative to take from: the first never started nor measured, else the longest measured, else the first with runs left.</summary>
    private int Next()
    {
        var longest = -1;
        var firstLeft = -1;
        for (var a = 0; a < _pending.Length; a++)
        {
            if (_pending[a].Count == 0)
                continue;
            if (_measuredRuns[a] == 0 && !_started[a])
                return a;
            if (firstLeft < 0)
                firstLeft = a;
            if (_measuredRuns[a] > 0 && (longest < 0 || MeanSeconds(a) > MeanSeconds(longest)))
                longest = a;
        }
        return longest >= 0 ? longest : firstLeft;
    }

    private double MeanSeconds(int alternative) => _measuredSeconds[alternative] / _measuredRuns[alternative];
}
