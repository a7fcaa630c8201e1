using FactoryTwin.Factory.World;

namespace FactoryTwin.Experiments.Running;

/// <summary>How to run a scenario's replications.</summary>
/// <param name="Replications">How many, numbered 0 to n − 1.</param>
/// <param name="Parallelism">How many run at once; results do not depend on it.</param>
/// <param name="Trace">Gives the observer that writes replication 0's trace, or null for no trace.</param>
public sealed record RunOptions(int Replications, int Parallelism = 1, Func<FactoryWorldInfo, IStateObserver>? Trace = null);

/// <summary>What a trace writer needs to know about the world it traces.</summary>
public sealed record FactoryWorldInfo(Func<int, string> NodeId);
