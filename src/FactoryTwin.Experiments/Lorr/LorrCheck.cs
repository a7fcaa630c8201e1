namespace FactoryTwin.Experiments.Lorr;

/// <summary>Checks actions by the League of Robot Runners' rules alone, independently of the planner: plays them from the start cells, facing east.</summary>
/// <remarks>
/// Forward moves one cell in the way the robot faces, and must stay on the map and off obstacles; two robots on one
/// cell after a step are a vertex conflict; two robots that swap cells in a step are an edge conflict. Tasks are
/// counted from where the robots stand after each step, by <see cref="LorrTaskBook"/>.
/// </remarks>
public static class LorrCheck
{
    private static readonly (int Dx, int Dy)[] Ahead = [(1, 0), (0, 1), (-1, 0), (0, -1)]; // east, south, west, north

    public static LorrVerdict Run(LorrProblem problem, char[][] actions)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(actions);
        var map = problem.Map;
        var n = problem.TeamSize;
        var at = problem.Starts.ToArray();
        var facing = new int[n];
        var book = new LorrTaskBook(problem);
        var errors = new List<LorrError>();
        var vertex = 0;
        var edge = 0;
        var invalid = 0;
        var steps = actions.Length == 0 ? 0 : actions[0].Length;
        var next = new int[n];
        var standing = new Dictionary<int, int>();
        for (var step = 0; step < steps; step++)
        {
            for (var a = 0; a < n; a++)
            {
                next[a] = at[a];
                switch (actions[a][step])
                {
                    case 'R':
                        facing[a] = (facing[a] + 1) % 4;
                        break;
                    case 'C':
                        facing[a] = (facing[a] + 3) % 4;
                        break;
                    case 'F':
                        var (x, y) = (at[a] % map.Width, at[a] / map.Width);
                        var (nx, ny) = (x + Ahead[facing[a]].Dx, y + Ahead[facing[a]].Dy);
                        if (!map.IsFree(nx, ny))
                        {
                            invalid++;
                            errors.Add(new LorrError(a, -1, step, "moved off the map or into an obstacle"));
                            break;
                        }
                        next[a] = (ny * map.Width) + nx;
                        break;
                }
            }
            standing.Clear();
            for (var a = 0; a < n; a++)
            {
                if (standing.TryGetValue(next[a], out var other))
                {
                    vertex++;
                    errors.Add(new LorrError(other, a, step + 1, "vertex conflict"));
                }
                else
                {
                    standing[next[a]] = a;
                }
            }
            for (var a = 0; a < n; a++)
            {
                if (next[a] != at[a] && standing.TryGetValue(at[a], out var b) && b != a && next[b] == at[a] && at[b] == next[a] && a < b)
                {
                    edge++;
                    errors.Add(new LorrError(a, b, step + 1, "edge conflict"));
                }
            }
            (at, next) = (next, at);
            for (var a = 0; a < n; a++)
                book.Check(a, at[a], step + 1);
        }
        return new LorrVerdict(book, vertex, edge, invalid, errors);
    }
}

/// <summary>What the rules say of a run: its tasks, its conflicts and invalid moves, and every error.</summary>
public sealed record LorrVerdict(LorrTaskBook Tasks, int VertexConflicts, int EdgeConflicts, int InvalidMoves, IReadOnlyList<LorrError> Errors)
{
    public bool AllValid => VertexConflicts == 0 && EdgeConflicts == 0 && InvalidMoves == 0;
}
