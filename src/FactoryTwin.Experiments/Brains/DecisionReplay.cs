using System.Globalization;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Experiments.Brains;

/// <summary>Recorded decisions to replay instead of asking a brain: each replication's in the order they were made.</summary>
public sealed class DecisionReplay
{
    private readonly Dictionary<int, Queue<RecordedDecision>> _decisions;

    internal DecisionReplay(string path, long seed, Dictionary<int, Queue<RecordedDecision>> decisions)
    {
        Path = path;
        Seed = seed;
        _decisions = decisions;
    }

    /// <summary>The log file, for messages.</summary>
    public string Path { get; }

    /// <summary>The seed of the recorded run: a replay with another seed would not fit.</summary>
    public long Seed { get; }

    /// <summary>The replication's decisions, to hand out in order (empty if the log has none for it).</summary>
    internal Queue<RecordedDecision> Of(int replication) => _decisions.TryGetValue(replication, out var queue) ? new Queue<RecordedDecision>(queue) : new();
}

/// <summary>The brain of every fleet in a replay: hands out the next recorded decision, if it was made by this robot at this time and still fits.</summary>
internal sealed class ReplayBrain(DecisionReplay replay, Queue<RecordedDecision> decisions, int replication, LayoutGraph? layout) : IBrain
{
    public bool NeedsFleetView => false;

    public Decision Decide(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var who = string.Create(CultureInfo.InvariantCulture, $"{observation.Self.Id} decides at t={observation.Time:R} s");
        if (!decisions.TryDequeue(out var next))
            throw Fail(observation.Time, $"{who}, but the log has no more decisions for replication {replication + 1}");
        if (next.Robot != observation.Self.Id || next.Time != observation.Time)
            throw Fail(observation.Time, $"{next.Where} does not fit: here {who}");
        if (DecisionFit.Problem(next.Decision, observation, layout) is { } misfit)
            throw Fail(observation.Time, $"{next.Where} does not fit: it {misfit}");
        return next.Decision;
    }

    /// <summary>Fails if the replication ended before all its recorded decisions were made.</summary>
    public void Finished(double time)
    {
        if (decisions.TryPeek(out var next))
            throw Fail(time, $"the run ended with {decisions.Count} recorded decision(s) not made, from {next.Where}");
    }

    private BrainException Fail(double time, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The replay of {replay.Path} stopped at t={time:0.###} s (replication {replication + 1}): {what}; the scenario, seed or program is not the one recorded."));
}
