namespace FactoryTwin.Factory.Plans;

/// <summary>How long one replication lasts, the warm-up at its start, and how many replications to run.</summary>
public sealed record RunPlan(double DurationSeconds, double WarmupSeconds, int Replications);
