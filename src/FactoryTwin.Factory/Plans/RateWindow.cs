namespace FactoryTwin.Factory.Plans;

/// <summary>Over <paramref name="Window"/>, a product's arrivals come <paramref name="Multiplier"/> times as often.</summary>
public sealed record RateWindow(TimeWindow Window, double Multiplier);
