namespace FactoryTwin.Factory.Metrics;

/// <summary>One number a run produces: a dotted name (<c>station.drill.busyFraction</c>), its unit, and its value.</summary>
public readonly record struct Metric(string Name, string Unit, double Value);
