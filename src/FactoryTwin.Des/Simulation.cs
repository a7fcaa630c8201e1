using System.Globalization;
using System.Runtime.CompilerServices;
using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Des;

/// <summary>The simulation clock and its future event list: runs events in time order.</summary>
/// <remarks>
/// <para>Time is a <see cref="double"/> number of seconds from 0.</para>
/// <para>Ordering rule: events run in order of their time; at the same time, kernel-internal events (process
/// starts, interrupts, resource and store grants) run before all others; within each of those two lanes, events
/// run in the order they were scheduled. A 64-bit sequence number that never wraps breaks the ties, so a seed
/// fixes a run.</para>
/// </remarks>
public sealed partial class Simulation
{
    private const long NormalLane = 1L << 62;

    private readonly EventQueue _queue = new();
    private long _eventsThisInstant;
    private readonly Dictionary<string, RandomStream> _streams = new(StringComparer.Ordinal);
    private long _sequence;
    private int _processCount;

    // The values set by running processes, kept here rather than in every process: few processes return one.
    private Dictionary<Process, object?>? _processResults;

    /// <summary>Creates a simulation at time 0 whose random streams derive from <paramref name="seed"/> and <paramref name="replication"/>.</summary>
    public Simulation(long seed = 0, int replication = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        Seed = seed;
        Replication = replication;
    }

    /// <summary>The master seed of every random stream.</summary>
    public long Seed { get; }

    /// <summary>The replication index; replication r of a seed draws other numbers than replication r + 1.</summary>
    public int Replication { get; }

    /// <summary>The current simulated time in seconds.</summary>
    public double Now { get; private set; }

    /// <summary>The process whose step is running, or null between steps.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>How many events have been processed so far.</summary>
    public long ProcessedEvents { get; private set; }

    /// <summary>How many events are scheduled and not yet processed.</summary>
    public int ScheduledEvents => _queue.Count;

    /// <summary>Called with each event just before it is processed (Now is its time); null to trace nothing.</summary>
    public Action<Event>? Trace { get; set; }

    /// <summary>The time of the next scheduled event, or +∞ if none is scheduled.</summary>
    public double Peek() => _queue.PeekTime;

    /// <summary>Processes the next event.</summary>
    /// <exception cref="InvalidOperationException">No event is scheduled.</exception>
    /// <exception cref="SimulationException">A process threw, or a failed event was not handled.</exception>
    public void Step()
    {
        if (_queue.Count == 0)
            throw new InvalidOperationException("No event is scheduled: the simulation has nothing left to do.");
        var next = _queue.Pop(out var time);
        if (time == Now)
        {
            if (++_eventsThisInstant > MaxEventsAtOneInstant)
                throw StuckAtOneInstant();
        }
        else
        {
            _eventsThisInstant = 0;
        }
        Now = time;
        ProcessedEvents++;
        Trace?.Invoke(next);
        next.Process();
        _queue.PrefetchNextWaiter();
    }

    /// <summary>The most events processed without the clock moving on: beyond it, the model is taken to be stuck in work that takes no time.</summary>
    /// <remarks>Ten million: far more than any real instant holds (a thousand robots starting at once make tens of thousands), and a second or two of work.</remarks>
    public const long MaxEventsAtOneInstant = 10_000_000;

    private SimulationException StuckAtOneInstant() => new(
        string.Create(CultureInfo.InvariantCulture, $"The simulation made no progress in time: {MaxEventsAtOneInstant:N0} events at t={Now:R} s without the clock moving on. Something takes no time and repeats for ever: look for process, transfer, travel or arrival times of 0."),
        Now, ActiveProcess?.Name, null);

    /// <summary>Runs until no event is left.</summary>
    public void Run()
    {
        while (_queue.Count > 0)
            Step();
    }

    /// <summary>Runs every event due before <paramref name="until"/>, then sets the clock to it.</summary>
    /// <remarks>
    /// Events due exactly at <paramref name="until"/> stay scheduled, as in SimPy; a later run processes them.
    /// <paramref name="cancellation"/> is checked every few thousand events, so even a model stuck in work that takes no
    /// simulated time can be stopped.
    /// </remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(double until, CancellationToken cancellation = default)
    {
        if (double.IsNaN(until) || until < Now)
            throw new ArgumentOutOfRangeException(nameof(until), until, $"Cannot run until a time before now (now is {Now:R} s).");
        while (_queue.Count > 0 && _queue.PeekTime < until)
        {
            Step();
            if ((ProcessedEvents & CancellationCheckMask) == 0)
                cancellation.ThrowIfCancellationRequested();
        }
        if (!double.IsPositiveInfinity(until))
            Now = until;
    }

    /// <summary>Events between checks for cancellation, less one: a power of two, so the check is a mask.</summary>
    private const long CancellationCheckMask = (1 << 12) - 1;

    /// <summary>Runs until <paramref name="until"/> has been processed and returns its value.</summary>
    /// <exception cref="InvalidOperationException">No events are left but <paramref name="until"/> has not happened.</exception>
    public object? Run(Event until)
    {
        ArgumentNullException.ThrowIfNull(until);
        while (!until.IsProcessed)
        {
            if (_queue.Count == 0)
                throw new InvalidOperationException($"The simulation ran out of events at t={Now:R} s before {until} happened.");
            Step();
        }
        return until.Value;
    }

    /// <summary>The named random stream of this simulation; the same name, seed and replication give the same numbers everywhere.</summary>
    public RandomStream Stream(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_streams.TryGetValue(name, out var stream))
        {
            stream = new RandomStream(StreamSeed.Derive(Seed, Replication, name));
            _streams.Add(name, stream);
        }
        return stream;
    }

    internal void Schedule(Event e, double delay, bool urgent)
    {
        if (!(delay >= 0) || double.IsPositiveInfinity(delay))
            throw new ArgumentOutOfRangeException(nameof(delay), delay, $"A delay must be a finite number of seconds, at least 0 (got {delay:R}); events cannot be scheduled into the past.");
        var key = _sequence++ | (urgent ? 0 : NormalLane);
        _queue.Push(Now + delay, key, e);
    }

    internal void ScheduleAt(Event e, double time)
    {
        if (!(time >= Now) || double.IsPositiveInfinity(time))
            throw new ArgumentOutOfRangeException(nameof(time), time, $"A time must be finite and not before now ({Now:R} s) (got {time:R}); events cannot be scheduled into the past.");
        _queue.Push(time, _sequence++ | NormalLane, e);
    }

    internal int NextProcessId() => ++_processCount;

    internal void SetProcessResult(Process process, object? value) => (_processResults ??= [])[process] = value;

    /// <summary>The value <paramref name="process"/> set, forgotten here as it becomes the process's value.</summary>
    internal object? TakeProcessResult(Process process) =>
        _processResults is { Count: > 0 } results && results.Remove(process, out var value) ? value : null;

    internal SimulationException Unhandled(Event e, Exception error) =>
        error as SimulationException
        ?? new SimulationException($"{e} failed at t={Now:R} s and nobody handled it: {error.Message}", Now, null, error);
}
