using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Experiments.Brains;

/// <summary>Whether a decision can be carried out where it was made: its task is open, its charger and node exist.</summary>
internal static class DecisionFit
{
    /// <summary>What does not fit, or null if the decision can be carried out.</summary>
    public static string? Problem(Decision decision, Observation observation, LayoutGraph? layout) => decision switch
    {
        Decision.Carry carry when !observation.OpenTasks.Any(t => t.Id == carry.TaskId) =>
            $"chose task {carry.TaskId}, which is not open (open: {List(observation.OpenTasks.Select(t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})",
        Decision.Charge charge when !observation.Chargers.Any(c => c.Id == charge.Charger) =>
            $"chose charger '{charge.Charger}', which is not one of the chargers (chargers: {List(observation.Chargers.Select(c => c.Id))})",
        Decision.Park park when layout is null || !layout.TryGetNode(park.Node, out _) =>
            $"chose to park at '{park.Node}', which is not a node of the layout",
        _ => null,
    };

    private static string List(IEnumerable<string> items)
    {
        var shown = items.Take(11).ToList();
        return shown.Count == 0 ? "none" : shown.Count > 10 ? string.Join(", ", shown.Take(10)) + ", ..." : string.Join(", ", shown);
    }
}
