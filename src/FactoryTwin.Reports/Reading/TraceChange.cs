namespace FactoryTwin.Reports.Reading;

/// <summary>One change as the trace records it; <see cref="Value"/> and <see cref="Link"/> are NaN and -1 when absent.</summary>
public readonly record struct TraceChange(double Time, int Element, string State, string? Node, double X, double Y, double Heading, double Value, int Link);
