namespace FactoryTwin.Factory.Plans;

/// <summary>What a robot does when it is part of a cycle of robots waiting for each other.</summary>
public enum DeadlockHandling
{
    /// <summary>Step aside to a free neighbouring node, then plan again.</summary>
    Backoff,

    /// <summary>Plan again, treating the robots in the cycle as obstacles.</summary>
    Replan,
}
