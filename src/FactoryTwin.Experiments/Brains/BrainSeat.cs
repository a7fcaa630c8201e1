using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Experiments.Brains;

/// <summary>What fills the fleets' brain seats in an experiment's runs: the brains the plan names (programs started per run), or recorded decisions; and whether to record them.</summary>
/// <remarks>Every replication gets its own brain programs, so results do not depend on how many run at once.</remarks>
public sealed class BrainSeat
{
    private readonly Dictionary<int, IReadOnlyList<string>> _recorded = [];
    private readonly Dictionary<string, BrainTiming> _timings = new(StringComparer.Ordinal);

    /// <param name="timeout">How long a brain program may take to answer, in wall time.</param>
    /// <param name="record">Write down every decision with what the robot saw (see <see cref="DecisionLog"/>).</param>
    /// <param name="replay">Take the decisions from this log instead of asking the brains.</param>
    public BrainSeat(TimeSpan timeout, bool record = false, DecisionReplay? replay = null)
    {
        Timeout = timeout;
        Record = record;
        Replay = replay;
    }

    /// <summary>How long a brain program may take to answer unless told otherwise.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(10);

    public TimeSpan Timeout { get; }

    public bool Record { get; }

    public DecisionReplay? Replay { get; }

    /// <summary>The decisions recorded by finished replications, by replication.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Recorded
    {
        get
        {
            lock (_recorded)
                return [.. _recorded.OrderBy(r => r.Key).Select(r => r.Value)];
        }
    }

    /// <summary>Wall time per decision of each fleet whose brain is a program, over the replications that finished.</summary>
    public IReadOnlyList<BrainTiming> Timings
    {
        get
        {
            lock (_timings)
                return [.. _timings.Values.OrderBy(t => t.Fleet, StringComparer.Ordinal)];
        }
    }

    /// <summary>The brains of one replication; dispose it when the replication ends, however it ends.</summary>
    internal SeatedBrains Seat(FactoryPlan plan, int replication, CancellationToken cancellation) => new(this, plan, replication, cancellation);

    internal void Finished(int replication, List<string>? recorded, IEnumerable<BrainTiming> timings)
    {
        if (recorded is not null)
        {
            lock (_recorded)
                _recorded[replication] = recorded;
        }
        lock (_timings)
        {
            foreach (var timing in timings)
            {
                if (!_timings.TryGetValue(timing.Fleet, out var total))
                    _timings[timing.Fleet] = total = new BrainTiming(timing.Fleet, timing.Command);
                total.Add(timing);
            }
        }
    }
}

/// <summary>One replication's brains: made as the world starts each fleet, finished when the run ends, and stopped when disposed.</summary>
internal sealed class SeatedBrains(BrainSeat seat, FactoryPlan plan, int replication, CancellationToken cancellation) : IDisposable
{
    private readonly List<ProgramBrain> _programs = [];
    private readonly List<BrainTiming> _timings = [];
    private readonly List<string>? _recorded = seat.Record ? [] : null;
    private readonly Queue<RecordedDecision>? _replayed = seat.Replay?.Of(replication);
    private ReplayBrain? _replay;

    /// <summary>The brain of <paramref name="fleet"/>, for <see cref="FactoryWorld.Start"/>.</summary>
    public IBrain BrainOf(FleetPlan fleet)
    {
        IBrain brain;
        if (seat.Replay is { } replay)
        {
            brain = _replay ??= new ReplayBrain(replay, _replayed!, replication, plan.Layout); // one queue for all fleets, in the order decided
        }
        else if (fleet.Brain.IsProgram)
        {
            var timing = new BrainTiming(fleet.Id, fleet.Brain.ToString());
            _timings.Add(timing);
            var program = new ProgramBrain(plan, fleet, replication, seat.Timeout, timing, cancellation);
            _programs.Add(program);
            brain = program;
        }
        else
        {
            brain = BrainCatalog.Create(fleet.Brain.Name!);
        }
        return _recorded is null ? brain : new RecordingBrain(brain, _recorded, replication);
    }

    /// <summary>The replication ran to its end: checks that a replay used every decision, and hands the records and timings to the seat.</summary>
    public void Finished(double time)
    {
        _replay?.Finished(time);
        seat.Finished(replication, _recorded, _timings);
    }

    public void Dispose()
    {
        foreach (var program in _programs)
            program.Dispose();
    }
}
