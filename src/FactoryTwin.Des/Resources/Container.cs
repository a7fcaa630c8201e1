using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Des.Resources;

/// <summary>A continuous quantity with a capacity (energy, fluid, bulk stock): puts wait for room, gets wait for enough.</summary>
/// <remarks>Puts and gets are each served strictly in order: a large get at the head holds back smaller ones behind it.</remarks>
public sealed class Container
{
    private readonly WaitQueue _puts;
    private readonly WaitQueue _gets;

    /// <summary>Creates a container holding <paramref name="initial"/> of at most <paramref name="capacity"/>.</summary>
    public Container(Simulation simulation, double capacity = double.PositiveInfinity, double initial = 0, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (!(capacity > 0))
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A container's capacity must be greater than 0.");
        if (!(initial >= 0 && initial <= capacity))
            throw new ArgumentOutOfRangeException(nameof(initial), initial, $"The initial level must lie between 0 and the capacity ({capacity}).");
        Simulation = simulation;
        Capacity = capacity;
        Name = name ?? nameof(Container);
        _puts = new WaitQueue(simulation);
        _gets = new WaitQueue(simulation);
        Level = new TimeWeightedMonitor(simulation, initial);
    }

    public Simulation Simulation { get; }

    public string Name { get; }

    /// <summary>The most the container holds.</summary>
    public double Capacity { get; }

    /// <summary>The level over time; <c>Level.Current</c> is the amount held now.</summary>
    public TimeWeightedMonitor Level { get; }

    /// <summary>Puts waiting for room, over time.</summary>
    public TimeWeightedMonitor WaitingPuts => _puts.Length;

    /// <summary>Gets waiting for enough, over time.</summary>
    public TimeWeightedMonitor WaitingGets => _gets.Length;

    /// <summary>Adds <paramref name="amount"/>; yield the event to wait until there is room for all of it.</summary>
    public ContainerPut Put(double amount)
    {
        CheckAmount(amount);
        var put = new ContainerPut(Simulation, amount);
        _puts.Enqueue(put);
        Serve();
        return put;
    }

    /// <summary>Takes <paramref name="amount"/>; yield the event to wait until the level covers it.</summary>
    public ContainerGet Get(double amount)
    {
        CheckAmount(amount);
        var get = new ContainerGet(Simulation, amount);
        _gets.Enqueue(get);
        Serve();
        return get;
    }

    /// <summary>Resets the statistics at the end of a warm-up.</summary>
    public void ResetStatistics()
    {
        Level.Reset();
        _puts.Length.Reset();
        _gets.Length.Reset();
    }

    /// <inheritdoc />
    public override string ToString() => $"Container '{Name}' ({Level.Current:G6}/{Capacity:G6})";

    private void CheckAmount(double amount)
    {
        if (!(amount > 0) || amount > Capacity)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"An amount must be greater than 0 and at most the capacity of '{Name}' ({Capacity:G6}), or it could never be served.");
    }

    private void Serve()
    {
        bool progress;
        do
        {
            progress = false;
            while (_puts.First is { Value: ContainerPut put } && Level.Current + put.Amount <= Capacity)
            {
                _puts.Remove(put);
                Level.Add(put.Amount);
                put.Complete(put.Amount);
                progress = true;
            }
            while (_gets.First is { Value: ContainerGet get } && Level.Current >= get.Amount)
            {
                _gets.Remove(get);
                Level.Add(-get.Amount);
                get.Complete(get.Amount);
                progress = true;
            }
        }
        while (progress);
    }
}
