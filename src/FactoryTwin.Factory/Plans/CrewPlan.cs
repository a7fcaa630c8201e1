namespace FactoryTwin.Factory.Plans;

/// <summary>A crew of interchangeable operators; they are named <c>ID-1</c>, <c>ID-2</c>, ...</summary>
public sealed record CrewPlan(string Id, int Count);
