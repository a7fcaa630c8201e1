namespace FactoryTwin.Factory.World;

/// <summary>A thing whose state is recorded: its index in the log, its id (<c>amr-3</c>, <c>drill/2</c>, <c>shaft-17</c>) and kind.</summary>
/// <param name="Group">What it belongs to: a machine's or buffer's station, a robot's fleet, a job's product.</param>
public sealed record Element(int Index, string Id, ElementKind Kind, string Group);
