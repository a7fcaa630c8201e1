namespace FactoryTwin.Experiments.Running;

/// <summary>What a trace writer needs to know about the world it traces: how to name a node.</summary>
public sealed record FactoryWorldInfo(Func<int, string> NodeId);
