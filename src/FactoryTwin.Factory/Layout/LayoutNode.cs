namespace FactoryTwin.Factory.Layout;

/// <summary>A place robots can be: a named point of the navigation graph, holding at most <see cref="Capacity"/> robots at once.</summary>
public sealed record LayoutNode(int Index, string Id, Point Position, int Capacity);
