namespace FactoryTwin.Factory.Plans;

/// <summary>What happens to a job that finds no room at a station it is sent to.</summary>
public enum WhenFull
{
    /// <summary>It waits, where it is, for room (first come, first served).</summary>
    Wait,

    /// <summary>It is lost: it leaves the factory at once, counted (a loss system, such as M/M/c/K or Erlang B).</summary>
    Lose,
}
