using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Scenarios.Maps;

/// <summary>Reads grids written as text: MovingAI <c>.map</c> files and the inline rows of a scenario.</summary>
/// <remarks>
/// MovingAI format: four header lines (<c>type octile</c>, <c>height H</c>, <c>width W</c>, <c>map</c>), then H rows of
/// W characters. '.' and 'G' are free; '@', 'O', 'T' (trees, and the shelves of the warehouse maps) and 'W' (water)
/// are blocked; 'S' (swamp) is passable in the format but treated as blocked here, since robots do not wade.
/// </remarks>
public static class GridText
{
    private const string FreeCharacters = ".G";
    private const string BlockedCharacters = "@OTWS";

    /// <summary>Parses a whole MovingAI map file; problems say which line is wrong.</summary>
    public static GridMap? ParseMovingAi(string text, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        var errors = new List<string>();
        problems = errors;
        if (lines.Count < 4)
        {
            errors.Add("is not a MovingAI map: it needs the four header lines 'type', 'height H', 'width W', 'map'");
            return null;
        }
        if (!lines[0].StartsWith("type ", StringComparison.Ordinal))
            errors.Add($"line 1 must be 'type octile' (got '{Short(lines[0])}')");
        var height = Header(lines[1], "height", 2, errors);
        var width = Header(lines[2], "width", 3, errors);
        if (lines[3] != "map")
            errors.Add($"line 4 must be 'map' (got '{Short(lines[3])}')");
        if (errors.Count > 0)
            return null;
        var rows = lines.Skip(4).ToList();
        if (rows.Count != height)
        {
            errors.Add($"has {rows.Count} rows of cells but its header says height {height}");
            return null;
        }
        return Parse(rows, width, firstLine: 5, errors);
    }

    /// <summary>Parses inline rows (top row first); all rows must have the same length.</summary>
    public static GridMap? ParseRows(IReadOnlyList<string> rows, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new List<string>();
        problems = errors;
        if (rows.Count == 0 || rows[0].Length == 0)
        {
            errors.Add("needs at least one row of at least one cell");
            return null;
        }
        return Parse(rows, rows[0].Length, firstLine: 1, errors);
    }

    private static GridMap? Parse(IReadOnlyList<string> rows, int width, int firstLine, List<string> errors)
    {
        var blocked = new bool[rows.Count * width];
        for (var y = 0; y < rows.Count && errors.Count < 10; y++)
        {
            var row = rows[y];
            if (row.Length != width)
            {
                errors.Add($"row {y} (line {firstLine + y}) has {row.Length} cells, not {width}");
                continue;
            }
            for (var x = 0; x < width; x++)
            {
                var c = row[x];
                if (BlockedCharacters.Contains(c, StringComparison.Ordinal))
                    blocked[(y * width) + x] = true;
                else if (!FreeCharacters.Contains(c, StringComparison.Ordinal))
                {
                    errors.Add($"row {y} (line {firstLine + y}) has '{(char.IsControl(c) ? '?' : c)}' at column {x}; cells are '.' or 'G' (free) or '@', 'O', 'T', 'W', 'S' (blocked)");
                    break;
                }
            }
        }
        if (errors.Count > 0)
            return null;
        if (blocked.All(b => b))
        {
            errors.Add("has no free cell");
            return null;
        }
        return new GridMap(width, rows.Count, blocked);
    }

    private static int Header(string line, string name, int lineNumber, List<string> errors)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && parts[0] == name && int.TryParse(parts[1], out var value) && value is > 0 and <= 100_000)
            return value;
        errors.Add($"line {lineNumber} must be '{name} N' with N from 1 to 100000 (got '{Short(line)}')");
        return 0;
    }

    private static string Short(string line)
    {
        var clean = new string([.. line.Select(c => char.IsControl(c) ? '?' : c)]);
        return clean.Length > 30 ? clean[..30] + "..." : clean;
    }
}
