using FactoryTwin.Factory.Metrics;

namespace FactoryTwin.Experiments.Storage;

/// <summary>One finished run as stored in <c>runs.jsonl</c>: which run, its metrics, and the work it took.</summary>
public sealed record RunLine(int Alternative, string Name, int Replication, IReadOnlyList<Metric> Metrics, long Events, double WallSeconds);
