namespace FactoryTwin.Des.Resources;

/// <summary>The cause of the interrupt a process receives when a more important request takes its unit away.</summary>
/// <param name="By">The process whose request preempted, or null if it was made outside a process.</param>
/// <param name="UsageSince">When the preempted process had been granted the unit, in seconds.</param>
/// <param name="Resource">The resource it lost.</param>
public sealed record Preempted(Process? By, double UsageSince, Resource Resource);
