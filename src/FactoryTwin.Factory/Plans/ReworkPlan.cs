namespace FactoryTwin.Factory.Plans;

/// <summary>After its step, a job goes back to routing step <paramref name="ToStep"/> with probability <paramref name="Probability"/>.</summary>
public sealed record ReworkPlan(double Probability, int ToStep);
