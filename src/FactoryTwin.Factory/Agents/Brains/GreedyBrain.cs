namespace FactoryTwin.Factory.Agents.Brains;

/// <summary>Each robot for itself: charge when low, else take the nearest open task, else get off station places.</summary>
public sealed class GreedyBrain : IBrain
{
    public bool NeedsFleetView => false;

    public Decision Decide(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (Routine.ChargeIfLow(observation) is { } charge)
            return charge;
        var nearest = observation.OpenTasks
            .Where(t => double.IsFinite(t.DistanceToPickupMeters))
            .OrderBy(t => t.DistanceToPickupMeters)
            .ThenBy(t => t.Id)
            .FirstOrDefault();
        return nearest is not null ? new Decision.Carry(nearest.Id) : Routine.OutOfTheWay(observation);
    }
}
