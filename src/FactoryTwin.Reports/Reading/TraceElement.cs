namespace FactoryTwin.Reports.Reading;

/// <summary>An element as the trace introduces it: its id, kind (robot, machine, buffer, job) and group (fleet, station, product).</summary>
public sealed record TraceElement(int Index, string Id, string Kind, string Group);
