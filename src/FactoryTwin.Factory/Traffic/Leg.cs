namespace FactoryTwin.Factory.Traffic;

/// <summary>One lane of a route: leave <see cref="From"/> at <see cref="Depart"/>, reach <see cref="To"/> at <see cref="Arrive"/>.</summary>
public readonly record struct Leg(int From, int To, double Depart, double Arrive);
