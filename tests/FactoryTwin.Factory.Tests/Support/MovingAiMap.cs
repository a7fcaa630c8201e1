namespace FactoryTwin.Factory.Tests.Support;

/// <summary>
/// A MovingAI <c>.map</c> file read by the tests themselves, with a plain breadth-first search over it: the expected
/// answers of the path tests, computed without the simulator's own map reader, layout graph or planner.
/// </summary>
/// <remarks>
/// Four header lines (<c>type ...</c>, <c>height H</c>, <c>width W</c>, <c>map</c>), then H rows of W cells; (0, 0) is
/// the top-left cell, x the column and y the row. '.' and 'G' are free; '@', 'O', 'T', 'W' and 'S' are blocked. Moves
/// go to the four neighbours (left, right, up, down) and cost one cell each.
/// </remarks>
internal sealed class MovingAiMap
{
    private const string Free = ".G";
    private const string Blocked = "@OTWS";

    private static readonly (int Dx, int Dy)[] Steps = [(1, 0), (-1, 0), (0, 1), (0, -1)];

    private readonly bool[] _free;

    private MovingAiMap(string name, int width, int height, bool[] free)
    {
        Name = name;
        Width = width;
        Height = height;
        _free = free;
    }

    public string Name { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Reads <paramref name="file"/> (a map of scenarios/maps/ by its file name).</summary>
    public static MovingAiMap Load(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Maps, file)).Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        Assert.StartsWith("type ", lines[0], StringComparison.Ordinal);
        var height = int.Parse(lines[1].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var width = int.Parse(lines[2].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("map", lines[3]);
        Assert.Equal(height, lines.Count - 4);
        var free = new bool[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = lines[4 + y];
            Assert.Equal(width, row.Length);
            for (var x = 0; x < width; x++)
            {
                var cell = row[x];
                Assert.True(Free.Contains(cell, StringComparison.Ordinal) || Blocked.Contains(cell, StringComparison.Ordinal), $"{file}: unknown cell '{cell}' at ({x}, {y})");
                free[(y * width) + x] = Free.Contains(cell, StringComparison.Ordinal);
            }
        }
        return new MovingAiMap(file, width, height, free);
    }

    public bool IsFree(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height && _free[(y * Width) + x];

    /// <summary>The number of moves from <paramref name="from"/> to every cell, by breadth-first search; -1 where it cannot go.</summary>
    public int[] Distances((int X, int Y) from)
    {
        Assert.True(IsFree(from.X, from.Y), $"{Name}: the cell ({from.X}, {from.Y}) is blocked");
        var distances = new int[Width * Height];
        Array.Fill(distances, -1);
        var queue = new Queue<(int X, int Y)>();
        distances[(from.Y * Width) + from.X] = 0;
        queue.Enqueue(from);
        while (queue.TryDequeue(out var cell))
        {
            var next = distances[(cell.Y * Width) + cell.X] + 1;
            foreach (var (dx, dy) in Steps)
            {
                var (x, y) = (cell.X + dx, cell.Y + dy);
                if (IsFree(x, y) && distances[(y * Width) + x] < 0)
                {
                    distances[(y * Width) + x] = next;
                    queue.Enqueue((x, y));
                }
            }
        }
        return distances;
    }

    /// <summary>The free cells of the largest connected part (the first found among equals, scanning rows from the top).</summary>
    public List<(int X, int Y)> LargestPart()
    {
        var seen = new bool[Width * Height];
        List<(int X, int Y)> best = [];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (!IsFree(x, y) || seen[(y * Width) + x])
                    continue;
                var distances = Distances((x, y));
                var part = Cells(distances).ToList();
                foreach (var (px, py) in part)
                    seen[(py * Width) + px] = true;
                if (part.Count > best.Count)
                    best = part;
            }
        }
        return best;
    }

    /// <summary>The cell farthest from <paramref name="from"/> and its distance; among equals the one highest up, then leftmost.</summary>
    public ((int X, int Y) Cell, int Distance) Farthest((int X, int Y) from)
    {
        var distances = Distances(from);
        var cell = Cells(distances).OrderByDescending(c => distances[(c.Y * Width) + c.X]).ThenBy(c => c.Y).ThenBy(c => c.X).First();
        return (cell, distances[(cell.Y * Width) + cell.X]);
    }

    /// <summary>Two cells of the largest part far apart (a double sweep: the cell farthest from the part's top-left cell, then the cell farthest from that), and the length of the shortest way between them.</summary>
    public ((int X, int Y) A, (int X, int Y) B, int Distance) FarApart()
    {
        var corner = LargestPart().OrderBy(c => c.X + c.Y).ThenBy(c => c.Y).First();
        var (a, _) = Farthest(corner);
        var (b, distance) = Farthest(a);
        return (a, b, distance);
    }

    /// <summary>
    /// From the first cell of <see cref="FarApart"/>, the cell whose shortest way is longest compared with the straight
    /// (Manhattan) distance, so that the way must go around obstacles; among equals the farther, then the one highest
    /// up, then leftmost. The detour is 0 on a map where nothing is in the way.
    /// </summary>
    public ((int X, int Y) A, (int X, int Y) B, int Distance, int Detour) AroundObstacles()
    {
        var (a, _, _) = FarApart();
        var distances = Distances(a);
        int Detour((int X, int Y) c) => distances[(c.Y * Width) + c.X] - Math.Abs(c.X - a.X) - Math.Abs(c.Y - a.Y);
        var b = Cells(distances).OrderByDescending(Detour).ThenByDescending(c => distances[(c.Y * Width) + c.X]).ThenBy(c => c.Y).ThenBy(c => c.X).First();
        return (a, b, distances[(b.Y * Width) + b.X], Detour(b));
    }

    private IEnumerable<(int X, int Y)> Cells(int[] distances)
    {
        for (var i = 0; i < distances.Length; i++)
        {
            if (distances[i] >= 0)
                yield return (i % Width, i / Width);
        }
    }
}
