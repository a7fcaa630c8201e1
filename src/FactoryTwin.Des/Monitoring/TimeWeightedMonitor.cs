namespace FactoryTwin.Des.Monitoring;

/// <summary>A quantity that holds a value over time (queue length, machines busy, stock level) and its time average.</summary>
/// <remarks>Each update closes the interval since the last one, so the time average is exact, not sampled.</remarks>
public sealed class TimeWeightedMonitor
{
    private readonly Simulation _simulation;
    private double _start;
    private double _last;
    private double _area;

    /// <summary>Starts observing now with <paramref name="initial"/> as the current value.</summary>
    public TimeWeightedMonitor(Simulation simulation, double initial = 0)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        _simulation = simulation;
        Current = Max = Min = initial;
        _start = _last = simulation.Now;
    }

    /// <summary>The value now.</summary>
    public double Current { get; private set; }

    /// <summary>The largest value held since the start or the last reset.</summary>
    public double Max { get; private set; }

    /// <summary>The smallest value held since the start or the last reset.</summary>
    public double Min { get; private set; }

    /// <summary>How long this monitor has observed, in seconds (since the start or the last reset).</summary>
    public double Duration => _simulation.Now - _start;

    /// <summary>The time average over the observed duration; the current value if no time has passed.</summary>
    public double Mean
    {
        get
        {
            var duration = Duration;
            return duration > 0 ? (_area + (Current * (_simulation.Now - _last))) / duration : Current;
        }
    }

    /// <summary>Records that the value changes to <paramref name="value"/> now.</summary>
    public void Update(double value)
    {
        var now = _simulation.Now;
        _area += Current * (now - _last);
        _last = now;
        Current = value;
        if (value > Max)
            Max = value;
        if (value < Min)
            Min = value;
    }

    /// <summary>Records that the value changes by <paramref name="delta"/> now.</summary>
    public void Add(double delta) => Update(Current + delta);

    /// <summary>Forgets the past and observes from now on, keeping the current value (for the end of a warm-up).</summary>
    public void Reset()
    {
        _start = _last = _simulation.Now;
        _area = 0;
        Max = Min = Current;
    }
}
