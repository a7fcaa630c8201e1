namespace FactoryTwin.Experiments.Output;

/// <summary>What the metrics are of: the scenario, its seed, the replications, and the measured time.</summary>
/// <param name="Complete">False if the run was interrupted and only some replications finished.</param>
/// <param name="ReplicationNumbers">The numbers (from 1) of the replications whose values are listed, in order.</param>
public sealed record MetricsHeader(string Scenario, long Seed, int Replications, IReadOnlyList<int> ReplicationNumbers, bool Complete, double DurationSeconds, double WarmupSeconds, double ConfidenceLevel);
