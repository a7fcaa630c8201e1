using FactoryTwin.Factory.Metrics;

namespace FactoryTwin.Experiments.Running;

/// <summary>What one replication produced: its metrics and how much work it was.</summary>
public sealed record ReplicationResult(int Replication, IReadOnlyList<Metric> Metrics, long Events, double SimulatedSeconds, double WallSeconds);
