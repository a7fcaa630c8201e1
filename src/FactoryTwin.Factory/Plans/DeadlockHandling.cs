namespace FactoryTwin.Factory.Plans;

/// <summary>What a robot does when it is part of a cycle of robots waiting for each other.</summary>
public enum DeadlockHandling
{
    /// <summary>The robot of the cycle with the lowest id steps aside to the nearest free place off the others' ways, then plans again.</summary>
    Backoff,
}
