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
    /// <summary>What is wrong with a grid: a message, and the row (0 is the top) if one row is at fault.</summary>
    public sealed record Problem(string Message, int? Row = null);

    /// <summary>The most cells a map may have (2048 × 2048): beyond it, the tables the traffic layer keeps per goal do not fit in memory.</summary>
    public const int MaxCells = 2048 * 2048;

    /// <summary>The largest map file: the most cells, with a line break after each row and room for the header.</summary>
    public const long MaxFileBytes = MaxCells + (3 * 2048) + 1024;

    private const string FreeCharacters = ".G";
    private const string BlockedCharacters = "@OTWS";

    /// <summary>Parses a whole MovingAI map file; problems say which line is wrong.</summary>
    public static GridMap? ParseMovingAi(string text, out IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        var errors = new List<Problem>();
        problems = errors;
        if (lines.Count < 4)
        {
            errors.Add(new("is not a MovingAI map: it needs the four header lines 'type', 'height H', 'width W', 'map'"));
            return null;
        }
        // The first wrong header line is the only one quoted: a path to some other file shows no more of it than that.
        if (!lines[0].StartsWith("type ", StringComparison.Ordinal))
        {
            errors.Add(new($"has '{Short(lines[0])}' on its line 1, where 'type octile' belongs"));
            return null;
        }
        var height = Header(lines[1], "height", 2, errors);
        var width = errors.Count == 0 ? Header(lines[2], "width", 3, errors) : 0;
        if (errors.Count == 0 && lines[3] != "map")
            errors.Add(new($"has '{Short(lines[3])}' on its line 4, where 'map' belongs"));
        if (errors.Count == 0 && (long)height * width > MaxCells)
            errors.Add(new($"is {width} × {height} = {(long)width * height} cells; a map may have at most {MaxCells} (2048 × 2048)"));
        if (errors.Count > 0)
            return null;
        var rows = lines.Skip(4).ToList();
        if (rows.Count != height)
        {
            errors.Add(new($"has {rows.Count} rows of cells but its header says height {height}"));
            return null;
        }
        return Parse(rows, width, firstLine: 5, errors);
    }

    /// <summary>Parses inline rows (top row first); all rows must have the same length.</summary>
    public static GridMap? ParseRows(IReadOnlyList<string> rows, out IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new List<Problem>();
        problems = errors;
        if (rows.Count == 0 || rows[0].Length == 0)
        {
            errors.Add(new("needs at least one row of at least one cell"));
            return null;
        }
        if ((long)rows.Count * rows[0].Length > MaxCells)
        {
            errors.Add(new($"is {rows[0].Length} × {rows.Count} cells; a map may have at most {MaxCells} (2048 × 2048)"));
            return null;
        }
        return Parse(rows, rows[0].Length, firstLine: 1, errors);
    }

    private static GridMap? Parse(IReadOnlyList<string> rows, int width, int firstLine, List<Problem> errors)
    {
        var blocked = new bool[rows.Count * width];
        for (var y = 0; y < rows.Count && errors.Count < 10; y++)
        {
            var row = rows[y];
            if (row.Length != width)
            {
                errors.Add(new(Where(y, firstLine) + $"has {row.Length} cells, not {width}", y));
                continue;
            }
            for (var x = 0; x < width; x++)
            {
                var c = row[x];
                if (BlockedCharacters.Contains(c, StringComparison.Ordinal))
                    blocked[(y * width) + x] = true;
                else if (!FreeCharacters.Contains(c, StringComparison.Ordinal))
                {
                    errors.Add(new(Where(y, firstLine) + $"has '{(char.IsControl(c) ? '?' : c)}' at column {x}; cells are '.' or 'G' (free) or '@', 'O', 'T', 'W', 'S' (blocked)", y));
                    break;
                }
            }
        }
        if (errors.Count > 0)
            return null;
        if (blocked.All(b => b))
        {
            errors.Add(new("has no free cell"));
            return null;
        }
        return new GridMap(width, rows.Count, blocked);
    }

    private static int Header(string line, string name, int lineNumber, List<Problem> errors)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && parts[0] == name && int.TryParse(parts[1], out var value) && value is > 0 and <= 100_000)
            return value;
        errors.Add(new($"has '{Short(line)}' on its line {lineNumber}, where '{name} N' belongs, N from 1 to 100000"));
        return 0;
    }

    // Inline rows are reported at their own JSON path; a map file's rows by their line in the file.
    private static string Where(int row, int firstLine) => firstLine == 1 ? "" : $"row {row} (its line {firstLine + row}) ";

    private static string Short(string line)
    {
        var clean = new string([.. line.Select(c => char.IsControl(c) ? '?' : c)]);
        return clean.Length > 30 ? clean[..30] + "..." : clean;
    }
}
