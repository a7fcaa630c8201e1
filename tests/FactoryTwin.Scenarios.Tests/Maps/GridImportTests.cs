using System.Globalization;
using System.Text;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Scenarios.Maps;

namespace FactoryTwin.Scenarios.Tests.Maps;

/// <summary>
/// Grid import checked against the real MovingAI maps: the test reads each .map itself (header, rows, free and blocked
/// cells, the free 4-neighbours of every cell) and compares GridText and LayoutGraph.FromGrid with what it found.
/// </summary>
public sealed class GridImportTests
{
    private static List<string> MapFiles => [.. Directory.GetFiles(RepositoryPaths.Maps, "*.map").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string, double> Maps
    {
        get
        {
            var data = new TheoryData<string, double>();
            var sizes = new[] { 1.0, 0.75, 2.5 };
            var files = MapFiles;
            for (var i = 0; i < files.Count; i++)
                data.Add(files[i], sizes[i % sizes.Length]);
            return data;
        }
    }

    [Fact]
    public void The_maps_folder_holds_the_benchmark_maps()
    {
        var files = MapFiles;

        Assert.True(files.Count >= 10, $"only {files.Count} maps in scenarios/maps");
        Assert.Contains("warehouse-10-20-10-2-1.map", files);
        Assert.Contains("random-32-32-20.map", files);
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void A_MovingAI_map_becomes_a_node_per_free_cell_joined_to_its_free_neighbours(string map, double cellSize)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Maps, map));
        var expected = ReadMapByHand(text);

        var grid = GridText.ParseMovingAi(text, out var problems);
        var graph = LayoutGraph.FromGrid(grid!, cellSize);

        Assert.Empty(problems);
        AssertGraphOfCells(expected, graph, cellSize);
    }

    [Fact]
    public void A_map_with_Windows_line_ends_and_blank_lines_at_the_end_reads_the_same()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Maps, "room-32-32-4.map"));
        var windows = text.ReplaceLineEndings("\r\n") + "\r\n\r\n";
        var expected = ReadMapByHand(text);

        var grid = GridText.ParseMovingAi(windows, out var problems);
        var graph = LayoutGraph.FromGrid(grid!, 1);

        Assert.Empty(problems);
        AssertGraphOfCells(expected, graph, 1);
    }

    [Fact]
    public void Inline_rows_in_a_scenario_become_the_same_kind_of_graph()
    {
        string[] rows =
        [
            "..@..T",
            ".G@T..",
            "...W.S",
            "O.....",
        ];
        var json = $$"""
        {
          "formatVersion": 1, "name": "inline-rows",
          "run": { "durationSeconds": 600 },
          "layout": { "grid": { "rows": [ {{string.Join(", ", rows.Select(r => $"\"{r}\""))}} ], "cellSizeMeters": 1.5 } },
          "stations": [
            { "id": "in", "kind": "source", "location": [0, 0] },
            { "id": "drill", "kind": "machine", "location": [4, 1], "processTime": 30 },
            { "id": "out", "kind": "sink", "location": [5, 3] }
          ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "drill" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "interarrivalTime": 60 } ]
        }
        """;
        var expected = ReadRowsByHand(rows);

        var loaded = ScenarioLoader.Parse(Encoding.UTF8.GetBytes(json), RepositoryPaths.Scenarios);

        Assert.True(loaded.IsValid, string.Join("\n", loaded.Problems));
        var graph = loaded.Plan!.Layout!;
        Assert.Equal(1.5, graph.CellSizeMeters);
        AssertGraphOfCells(expected, graph, 1.5);
        Assert.Equal(graph.NodeOfCell(4, 1), loaded.Plan.Stations.Single(s => s.Id == "drill").Node);
    }

    [Fact]
    public void Inline_rows_with_a_short_row_are_reported_at_that_row()
    {
        var json = """
        {
          "formatVersion": 1, "name": "short-row",
          "run": { "durationSeconds": 600 },
          "layout": { "grid": { "rows": [ "....", "...", "...." ] } },
          "stations": [
            { "id": "in", "kind": "source", "location": [0, 0] },
            { "id": "out", "kind": "sink", "location": [3, 2] }
          ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "interarrivalTime": 60 } ]
        }
        """;

        var loaded = ScenarioLoader.Parse(Encoding.UTF8.GetBytes(json), RepositoryPaths.Scenarios);

        Assert.False(loaded.IsValid);
        var problem = loaded.Problems[0];
        Assert.Equal("$.layout.grid.rows[1]", problem.Path);
        Assert.StartsWith("has 3 cells, not 4", problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, int?> MalformedMaps => new()
    {
        { "octile\nheight 2\nwidth 3\nmap\n...\n...\n", "has 'octile' on its line 1, where 'type octile' belongs", null },
        { "type octile\nwidth 3\nheight 2\nmap\n...\n...\n", "has 'width 3' on its line 2, where 'height N' belongs", null },
        { "type octile\nheight 2\nwidth three\nmap\n...\n...\n", "has 'width three' on its line 3, where 'width N' belongs", null },
        { "type octile\nheight 0\nwidth 3\nmap\n", "has 'height 0' on its line 2, where 'height N' belongs, N from 1 to 100000", null },
        { "type octile\nheight 2\nwidth 3\nmaps\n...\n...\n", "has 'maps' on its line 4, where 'map' belongs", null },
        { "type octile\nheight 2\n", "is not a MovingAI map: it needs the four header lines", null },
        { "type octile\nheight 3\nwidth 3\nmap\n...\n...\n", "has 2 rows of cells but its header says height 3", null },
        { "type octile\nheight 3\nwidth 4\nmap\n....\n...\n....\n", "row 1 (its line 6) has 3 cells, not 4", 1 },
        { "type octile\nheight 2\nwidth 4\nmap\n....\n.....\n", "row 1 (its line 6) has 5 cells, not 4", 1 },
        { "type octile\nheight 2\nwidth 3\nmap\n.x.\n...\n", "row 0 (its line 5) has 'x' at column 1; cells are", 0 },
        { "type octile\nheight 2\nwidth 3\nmap\n@@@\nTTT\n", "has no free cell", null },
    };

    [Theory]
    [MemberData(nameof(MalformedMaps))]
    public void A_malformed_map_is_reported_not_read(string text, string messageStart, int? row)
    {
        var grid = GridText.ParseMovingAi(text, out var problems);

        Assert.Null(grid);
        Assert.NotEmpty(problems);
        Assert.StartsWith(messageStart, problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(row, problems[0].Row);
    }

    [Fact]
    public void A_short_inline_row_is_reported_with_its_row()
    {
        var grid = GridText.ParseRows(["....", "..", "...."], out var problems);

        Assert.Null(grid);
        var problem = Assert.Single(problems);
        Assert.Equal("has 2 cells, not 4", problem.Message);
        Assert.Equal(1, problem.Row);
    }

    /// <summary>What a .map file says, read without GridText: its size and which cells are blocked.</summary>
    private static bool[,] ReadMapByHand(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("type ", lines[0], StringComparison.Ordinal);
        var height = int.Parse(lines[1]["height ".Length..], CultureInfo.InvariantCulture);
        var width = int.Parse(lines[2]["width ".Length..], CultureInfo.InvariantCulture);
        Assert.Equal("map", lines[3]);
        var rows = lines.Skip(4).Take(height).ToList();
        Assert.Equal(height, rows.Count);
        Assert.All(rows, r => Assert.Equal(width, r.Length));
        Assert.All(lines.Skip(4 + height), l => Assert.Equal("", l));
        return ReadRowsByHand(rows);
    }

    /// <summary>blocked[x, y] for rows of cell characters: '.' and 'G' free; '@', 'O', 'T', 'W', 'S' blocked.</summary>
    private static bool[,] ReadRowsByHand(IReadOnlyList<string> rows)
    {
        var blocked = new bool[rows[0].Length, rows.Count];
        for (var y = 0; y < rows.Count; y++)
        {
            for (var x = 0; x < rows[y].Length; x++)
            {
                blocked[x, y] = rows[y][x] switch
                {
                    '.' or 'G' => false,
                    '@' or 'O' or 'T' or 'W' or 'S' => true,
                    var c => throw new InvalidOperationException($"unexpected cell '{c}' at ({x}, {y})"),
                };
            }
        }
        return blocked;
    }

    /// <summary>Checks the grid and its graph against the blocked cells the test read itself.</summary>
    private static void AssertGraphOfCells(bool[,] blocked, LayoutGraph graph, double cellSize)
    {
        int width = blocked.GetLength(0), height = blocked.GetLength(1);
        bool Free(int x, int y) => x >= 0 && y >= 0 && x < width && y < height && !blocked[x, y];
        var freeCells = 0;
        var expectedEdges = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (Free(x, y))
                {
                    freeCells++;
                    expectedEdges += new[] { Free(x + 1, y), Free(x - 1, y), Free(x, y + 1), Free(x, y - 1) }.Count(f => f);
                }
            }
        }

        var grid = graph.Grid!;
        Assert.Equal(width, grid.Width);
        Assert.Equal(height, grid.Height);
        Assert.Equal(freeCells, grid.FreeCells);
        Assert.Equal(freeCells, graph.Nodes.Count);
        Assert.Equal(expectedEdges, graph.Edges.Count);
        Assert.Equal(expectedEdges / 2, graph.LaneCount);
        Assert.Equal(-1, graph.NodeOfCell(-1, 0));
        Assert.Equal(-1, graph.NodeOfCell(width, 0));
        Assert.Equal(-1, graph.NodeOfCell(0, height));

        var seen = new HashSet<int>();
        var failures = new List<string>();
        for (var y = 0; y < height && failures.Count < 10; y++)
        {
            for (var x = 0; x < width && failures.Count < 10; x++)
            {
                var node = graph.NodeOfCell(x, y);
                if (!Free(x, y))
                {
                    if (node != -1)
                        failures.Add($"blocked cell ({x}, {y}) has node {node}");
                    if (!grid.IsBlocked(x, y))
                        failures.Add($"blocked cell ({x}, {y}) is not blocked in the grid");
                    continue;
                }
                if (node < 0 || node >= graph.Nodes.Count || !seen.Add(node))
                {
                    failures.Add($"free cell ({x}, {y}) has node {node}, which is not a fresh node index");
                    continue;
                }
                var n = graph.Nodes[node];
                var centre = new Point((x + 0.5) * cellSize, (y + 0.5) * cellSize);
                if (n.Index != node || n.Id != $"{x},{y}" || n.Position != centre || n.Capacity != 1)
                    failures.Add($"cell ({x}, {y}): node {n} should be index {node}, id '{x},{y}', at {centre}, capacity 1");

                var expectedNeighbours = new[] { (x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1) }
                    .Where(c => Free(c.Item1, c.Item2)).Select(c => graph.NodeOfCell(c.Item1, c.Item2)).Order().ToList();
                var outEdges = graph.OutEdges(node).ToArray();
                var actualNeighbours = outEdges.Select(e => e.To).Order().ToList();
                if (!expectedNeighbours.SequenceEqual(actualNeighbours))
                    failures.Add($"cell ({x}, {y}): out-edges to [{string.Join(", ", actualNeighbours)}], expected its free 4-neighbours [{string.Join(", ", expectedNeighbours)}]");
                foreach (var edge in outEdges)
                {
                    if (edge.From != node || edge.LengthMeters != cellSize || !double.IsPositiveInfinity(edge.SpeedLimitMetersPerSecond))
                        failures.Add($"cell ({x}, {y}): edge {edge} should leave node {node}, be {cellSize} m long and unlimited");
                    if (!graph.OutEdges(edge.To).ToArray().Any(back => back.To == node && back.LengthMeters == edge.LengthMeters))
                        failures.Add($"cell ({x}, {y}): edge {edge} has no way back");
                }
                if (graph.InEdges(node).Length != expectedNeighbours.Count)
                    failures.Add($"cell ({x}, {y}): {graph.InEdges(node).Length} in-edges, expected {expectedNeighbours.Count}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(freeCells, seen.Count);
    }
}
