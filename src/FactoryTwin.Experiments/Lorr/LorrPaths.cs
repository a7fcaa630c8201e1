using FactoryTwin.Factory.World;

namespace FactoryTwin.Experiments.Lorr;

/// <summary>Turns the robots' recorded changes into League of Robot Runners actions, one per agent per step: F (forward), R (clockwise), C (counter-clockwise), W (wait).</summary>
/// <remarks>
/// Read as every trace is read: a robot's changes at one node are one stay; a change that faces a new way starts a turn
/// there (a quarter turn a step, a half turn two steps clockwise); the last change of a stay before the robot stands on
/// another node is its departure, a step forward. Headings are degrees in the map's frame, y pointing down: east 0,
/// south 90 (a clockwise quarter turn from east), west 180, north −90.
/// </remarks>
internal sealed class LorrPaths(int agents) : IStateObserver
{
    private readonly Dictionary<int, int> _agentOfElement = [];
    private readonly List<(double Time, int Node, double Heading)>[] _changes = [.. Enumerable.Range(0, agents).Select(_ => new List<(double, int, double)>())];

    public void OnElement(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.Kind == ElementKind.Robot)
            _agentOfElement[element.Index] = _agentOfElement.Count;
    }

    public void OnChange(in StateChange change)
    {
        if (_agentOfElement.TryGetValue(change.Element, out var agent))
            _changes[agent].Add((change.Time, change.Node, change.Heading));
    }

    /// <summary>The actions of each agent over <paramref name="steps"/> steps; problems (a change off a whole step) are added to <paramref name="errors"/>.</summary>
    public char[][] Actions(int steps, List<LorrError> errors)
    {
        var actions = new char[agents][];
        for (var agent = 0; agent < agents; agent++)
        {
            var path = actions[agent] = Enumerable.Repeat('W', steps).ToArray();
            var changes = _changes[agent];
            var heading = 0.0;
            for (var i = 0; i < changes.Count; i++)
            {
                var (time, node, facing) = changes[i];
                var step = (int)Math.Round(time);
                if (Math.Abs(time - step) > 1e-6)
                    errors.Add(new LorrError(agent, -1, step, $"changed at t={time:R}, between steps"));
                var turn = Normalise(facing - heading);
                if (turn != 0)
                {
                    var quarter = turn is 90 or 180 ? 'R' : 'C';
                    Set(path, step, quarter);
                    if (turn == 180)
                        Set(path, step + 1, quarter);
                    heading = facing;
                }
                if (i + 1 < changes.Count && changes[i + 1].Node != node)
                    Set(path, step, 'F');
            }
        }
        return actions;
    }

    private static void Set(char[] path, int step, char action)
    {
        if (step >= 0 && step < path.Length)
            path[step] = action;
    }

    private static double Normalise(double degrees)
    {
        var d = Math.Round(degrees) % 360;
        if (d <= -180)
            d += 360;
        if (d > 180)
            d -= 360;
        return d;
    }
}

/// <summary>An error of the LoRR output: the robots involved (−1 if one), the step, what was wrong.</summary>
public sealed record LorrError(int Robot1, int Robot2, int Step, string What);
