namespace FactoryTwin.Des;

/// <summary>The simulation could not go on: a process threw, or an event failed and nobody handled it.</summary>
public sealed class SimulationException : Exception
{
    public SimulationException()
    {
    }

    public SimulationException(string message)
        : base(message)
    {
    }

    public SimulationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SimulationException(string message, double time, string? processName, Exception? innerException)
        : base(message, innerException)
    {
        Time = time;
        ProcessName = processName;
    }

    /// <summary>The simulated time, in seconds, at which the failure happened.</summary>
    public double Time { get; }

    /// <summary>The name of the process that failed, if a process did.</summary>
    public string? ProcessName { get; }
}
