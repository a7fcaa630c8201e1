namespace FactoryTwin.Des;

/// <summary>Why and when a process was interrupted.</summary>
/// <param name="Cause">What the interrupter passed (for preemption, a <see cref="Resources.Preempted"/>).</param>
/// <param name="Time">The simulated time of the interrupt, in seconds.</param>
public sealed record Interruption(object? Cause, double Time);
