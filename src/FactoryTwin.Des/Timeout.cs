namespace FactoryTwin.Des;

/// <summary>An event that succeeds by itself after a delay.</summary>
public sealed class Timeout : Event
{
    internal Timeout(Simulation simulation, double delay, object? value)
        : base(simulation, value)
    {
        simulation.Schedule(this, delay, urgent: false);
    }

    internal Timeout(Simulation simulation, object? value, double time)
        : base(simulation, value)
    {
        simulation.ScheduleAt(this, time);
    }
}
