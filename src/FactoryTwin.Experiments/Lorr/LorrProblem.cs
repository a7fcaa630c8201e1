using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Experiments.Lorr;

/// <summary>How a League of Robot Runners problem hands out tasks (<c>taskAssignmentStrategy</c>).</summary>
public enum LorrAssignment
{
    /// <summary>The next task of the shared list goes to whichever agent is free first.</summary>
    Greedy,

    /// <summary>Agent k works through tasks k, k + n, k + 2n, ... of the list (n agents), round and round.</summary>
    RoundRobin,

    /// <summary>As round-robin: each agent's tasks are fixed from the start.</summary>
    RoundRobinFixed,
}

/// <summary>A League of Robot Runners 2023 problem: a grid, the agents' start cells, the tasks' cells, how tasks are handed out, and the steps to run.</summary>
/// <remarks>
/// Format (Input_Output_Format_2023.md): a JSON file names <c>mapFile</c>, <c>agentFile</c> and <c>taskFile</c> relative
/// to itself, with <c>teamSize</c>, <c>numTasksReveal</c> and <c>taskAssignmentStrategy</c>. The map is a MovingAI
/// map where '.', 'E' (emitter) and 'S' (service point) are free and '@', 'T' are obstacles. The agents and tasks files
/// give a count, then one location per line, a location being row × width + column.
/// </remarks>
public sealed record LorrProblem(string Name, GridMap Map, IReadOnlyList<int> Starts, IReadOnlyList<int> Tasks, int NumTasksReveal, LorrAssignment Assignment, int Steps)
{
    /// <summary>The step budget when neither <c>--steps</c> nor the simulation-time table gives one (the start kit's default).</summary>
    public const int DefaultSteps = 5000;

    /// <summary>The most cells a map may have, and the most lines an agents or tasks file may have.</summary>
    private const int MaxCells = 4_000_000;

    private const long MaxFileBytes = 64 << 20;

    public int TeamSize => Starts.Count;

    /// <summary>Reads a problem; every problem found is added to <paramref name="problems"/> as one line, and null is returned if there was any.</summary>
    /// <param name="steps">Steps to run; null takes them from <c>MR23_simulation_time.json</c> beside the problem or above it, or <see cref="DefaultSteps"/>.</param>
    public static LorrProblem? Read(string path, int? steps, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var name = Path.GetFileName(path);
        if (Text(path, name, problems) is not { } text)
            return null;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            problems.Add($"{name}: is not JSON: {error.Message}");
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{name}: $: must be an object (got {root.ValueKind.ToString().ToLowerInvariant()})");
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var mapFile = String(root, "mapFile", name, problems);
        var agentFile = String(root, "agentFile", name, problems);
        var taskFile = String(root, "taskFile", name, problems);
        var teamSize = Integer(root, "teamSize", name, problems, 1, 100_000);
        var reveal = root.TryGetProperty("numTasksReveal", out _) ? Integer(root, "numTasksReveal", name, problems, 1, 1000) : 1;
        var assignment = Strategy(root, name, problems);
        if (problems.Count > before)
            return null;

        var map = mapFile is null ? null : ReadMap(Path.Combine(folder, mapFile), mapFile, problems);
        var starts = agentFile is null ? null : Locations(Path.Combine(folder, agentFile), agentFile, problems);
        var tasks = taskFile is null ? null : Locations(Path.Combine(folder, taskFile), taskFile, problems);
        if (map is null || starts is null || tasks is null)
            return null;
        if (starts.Count < teamSize)
            problems.Add($"{name}: $.teamSize: is more than the {starts.Count} agents of {agentFile} (got {teamSize})");
        if (tasks.Count == 0)
            problems.Add($"{taskFile}: has no tasks");
        starts = [.. starts.Take(teamSize)];
        CheckCells(map, starts, agentFile!, "agent", problems);
        CheckCells(map, tasks, taskFile!, "task", problems);
        if (starts.Distinct().Count() != starts.Count)
            problems.Add($"{agentFile}: two agents start on one cell");
        if (problems.Count > before)
            return null;
        return new LorrProblem(Path.GetFileNameWithoutExtension(path), map, starts, tasks, reveal, assignment, steps ?? StepsFromTable(folder, path) ?? DefaultSteps);
    }

    /// <summary>The step budget of the problem's instance ("I-04" in "MR23-I-04.json") in <c>MR23_simulation_time.json</c>, looked for in its folder and the one above.</summary>
    private static int? StepsFromTable(string folder, string path)
    {
        var instance = Regex.Match(Path.GetFileNameWithoutExtension(path), @"I-\d+", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!instance.Success)
            return null;
        foreach (var place in new[] { folder, Path.GetDirectoryName(folder) })
        {
            var table = place is null ? null : Path.Combine(place, "MR23_simulation_time.json");
            if (table is null || !File.Exists(table))
                continue;
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(table));
                if (document.RootElement.TryGetProperty(instance.Value, out var value) && value.TryGetInt32(out var steps) && steps > 0)
                    return steps;
            }
            catch (JsonException)
            {
                return null; // a damaged table gives no steps; the default applies
            }
        }
        return null;
    }

    private static string? Text(string path, string name, List<string> problems)
    {
        var (bytes, problem) = InputFile.Read(path, MaxFileBytes);
        if (bytes is null)
            problems.Add($"{name}: {problem}");
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static string? String(JsonElement root, string field, string name, List<string> problems)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
        {
            problems.Add($"{name}: $.{field}: must be a file name (got {Got(root, field)})");
            return null;
        }
        return text;
    }

    private static int Integer(JsonElement root, string field, string name, List<string> problems, int min, int max)
    {
        if (root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max)
            return n;
        problems.Add($"{name}: $.{field}: must be a whole number from {min} to {max} (got {Got(root, field)})");
        return 0;
    }

    private static LorrAssignment Strategy(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty("taskAssignmentStrategy", out var value))
            return LorrAssignment.RoundRobin;
        switch (value.ValueKind == JsonValueKind.String ? value.GetString() : null)
        {
            case "greedy":
                return LorrAssignment.Greedy;
            case "roundrobin":
                return LorrAssignment.RoundRobin;
            case "roundrobin_fixed" or "roundrobin-fixed":
                return LorrAssignment.RoundRobinFixed;
            default:
                problems.Add($"{name}: $.taskAssignmentStrategy: must be one of greedy, roundrobin, roundrobin_fixed (got {Got(root, "taskAssignmentStrategy")})");
                return LorrAssignment.RoundRobin;
        }
    }

    private static string Got(JsonElement root, string field) =>
        root.TryGetProperty(field, out var value) ? Short(value.GetRawText()) : "nothing";

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private static GridMap? ReadMap(string path, string name, List<string> problems)
    {
        if (Text(path, name, problems) is not { } text)
            return null;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int Header(int line, string key)
        {
            var parts = line < lines.Count ? lines[line].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (parts.Length == 2 && parts[0] == key && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= 4000)
                return n;
            problems.Add($"{name}: line {line + 1}: must be '{key} N' with N from 1 to 4000 (got '{(line < lines.Count ? Short(lines[line]) : "")}')");
            return 0;
        }
        var height = Header(1, "height");
        var width = Header(2, "width");
        if (height == 0 || width == 0)
            return null;
        if ((long)height * width > MaxCells)
        {
            problems.Add($"{name}: has {height} × {width} cells, more than the {MaxCells} allowed");
            return null;
        }
        var blocked = new bool[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = 4 + y < lines.Count ? lines[4 + y] : null;
            if (row is null || row.Length != width)
            {
                problems.Add($"{name}: line {5 + y}: must be a row of {width} cells (got {row?.Length ?? 0})");
                return null;
            }
            for (var x = 0; x < width; x++)
            {
                switch (row[x])
                {
                    case '.' or 'E' or 'S':
                        break;
                    case '@' or 'T':
                        blocked[(y * width) + x] = true;
                        break;
                    default:
                        problems.Add($"{name}: line {5 + y}: column {x} is '{(char.IsControl(row[x]) ? '?' : row[x])}'; cells are '.', 'E', 'S' (free) or '@', 'T' (obstacles)");
                        return null;
                }
            }
        }
        return new GridMap(width, height, blocked);
    }

    private static List<int>? Locations(string path, string name, List<string> problems)
    {
        if (Text(path, name, problems) is not { } text)
            return null;
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            problems.Add($"{name}: line 1: must be the number of locations (got '{(lines.Count > 0 ? Short(lines[0]) : "")}')");
            return null;
        }
        if (lines.Count - 1 < count)
        {
            problems.Add($"{name}: says {count} locations but has {lines.Count - 1}");
            return null;
        }
        var locations = new List<int>(count);
        for (var i = 1; i <= count; i++)
        {
            // A line may carry more than the location (later formats add columns); the location comes first.
            var first = lines[i].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)[0];
            if (!int.TryParse(first, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var location))
            {
                problems.Add($"{name}: line {i + 1}: must be a location, row × width + column (got '{Short(lines[i])}')");
                return null;
            }
            locations.Add(location);
        }
        return locations;
    }

    private static void CheckCells(GridMap map, IReadOnlyList<int> locations, string name, string what, List<string> problems)
    {
        for (var i = 0; i < locations.Count; i++)
        {
            var location = locations[i];
            if (location < 0 || location >= map.Width * map.Height || map.IsBlocked(location % map.Width, location / map.Width))
            {
                problems.Add($"{name}: {what} {i}: must be a free cell of the map (got location {location})");
                return;
            }
        }
    }
}
