namespace FactoryTwin.Factory.Agents.Brains;

/// <summary>What every brain does the same way: charge when the battery is low, and park off station places when idle.</summary>
public static class Routine
{
    /// <summary>Go to the charger with a free point that is nearest (or, if all are busy, the one with the shortest queue) when below the threshold.</summary>
    public static Decision? ChargeIfLow(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.Self.BatteryPercent >= observation.Self.ChargeThresholdPercent || observation.Chargers.Count == 0)
            return null;
        var charger = observation.Chargers
            .Where(c => double.IsFinite(c.DistanceMeters))
            .OrderBy(c => c.FreePoints > 0 ? 0 : 1)
            .ThenBy(c => c.FreePoints > 0 ? c.DistanceMeters : c.Waiting)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return charger is null ? null : new Decision.Charge(charger.Id);
    }

    /// <summary>An idle robot on a station's place parks at the nearest free place so it does not block deliveries; elsewhere it waits.</summary>
    public static Decision OutOfTheWay(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return observation.Self.OnStation && observation.Self.Node != observation.Self.ParkingSpot
            ? new Decision.Park(observation.Self.ParkingSpot)
            : new Decision.Wait();
    }
}
