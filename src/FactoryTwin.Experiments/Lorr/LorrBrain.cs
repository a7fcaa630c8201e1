using FactoryTwin.Factory.Agents;

namespace FactoryTwin.Experiments.Lorr;

/// <summary>The errand brain of the League of Robot Runners: each robot drives to its task's cell; arriving there finishes the task and reveals the next.</summary>
/// <remarks>The traffic layer of the factory moves the robots; this brain only says where each one goes, by the rules of <see cref="LorrTaskBook"/>.</remarks>
internal sealed class LorrBrain(LorrTaskBook book, IReadOnlyDictionary<string, int> agentOf, int width) : IBrain
{
    public bool NeedsFleetView => false;

    public Decision Decide(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var agent = agentOf[observation.Self.Id];
        var step = (int)Math.Round(observation.Time);
        var here = Location(observation.Self.Node);
        // Only a robot standing still is surely on this cell at this step (one pushed aside may be arriving elsewhere).
        var standing = !observation.Self.State.StartsWith("moving", StringComparison.Ordinal);
        if (standing)
            book.Check(agent, here, step);
        var target = book.Target(agent);
        if (target < 0)
            return new Decision.Wait(); // no tasks left for it
        if (standing && book.JustGiven(agent, here, step))
            return new Decision.Pause(1); // the rules finish it a step later at the earliest
        return new Decision.Park($"{target % width},{target / width}");
    }

    private int Location(string node)
    {
        var comma = node.IndexOf(',', StringComparison.Ordinal);
        return (int.Parse(node.AsSpan(comma + 1), provider: System.Globalization.CultureInfo.InvariantCulture) * width)
            + int.Parse(node.AsSpan(0, comma), provider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
