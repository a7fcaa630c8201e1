using System.Globalization;
using System.Text.Json.Nodes;

namespace FactoryTwin.Experiments.Design;

/// <summary>A path into a scenario's JSON: names and indices, <c>robots[0].count</c> or <c>run.replications</c>.</summary>
public static class ScenarioPath
{
    /// <summary>The steps of a path: a string is a field, an int an index into a list.</summary>
    public static bool TryParse(string path, out List<object> steps, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        steps = [];
        problem = null;
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path[(i + 1)..close], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    problem = $"'{path}' has an index that is not [N] at position {i + 1}";
                    return false;
                }
                steps.Add(index);
                i = close + 1;
                if (i < path.Length && path[i] == '.')
                    i++;
                continue;
            }
            var end = path.IndexOfAny(['.', '['], i);
            if (end < 0)
                end = path.Length;
            var name = path[i..end];
            if (name.Length == 0)
            {
                problem = $"'{path}' has an empty field name at position {i + 1}";
                return false;
            }
            steps.Add(name);
            i = end < path.Length && path[end] == '.' ? end + 1 : end;
        }
        if (steps.Count == 0)
            problem = "the path is empty";
        return steps.Count > 0;
    }

    /// <summary>Puts <paramref name="value"/> at <paramref name="path"/> in <paramref name="root"/>; fields may be new, list indices must exist.</summary>
    public static bool TrySet(JsonNode root, string path, JsonNode? value, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!TryParse(path, out var steps, out problem))
            return false;
        var node = root;
        for (var s = 0; s < steps.Count; s++)
        {
            var last = s == steps.Count - 1;
            var where = Describe(steps.Take(s + 1));
            switch (steps[s])
            {
                case string name when node is JsonObject obj:
                    if (last)
                    {
                        obj[name] = value?.DeepClone();
                        return true;
                    }
                    if (obj[name] is not { } child)
                    {
                        problem = $"{where}: the scenario has no such field";
                        return false;
                    }
                    node = child;
                    break;
                case int index when node is JsonArray array:
                    if (index >= array.Count)
                    {
                        problem = $"{where}: the list has {array.Count} entries";
                        return false;
                    }
                    if (last)
                    {
                        array[index] = value?.DeepClone();
                        return true;
                    }
                    node = array[index]!;
                    break;
                default:
                    problem = $"{where}: there is no such {(steps[s] is int ? "list" : "object")} in the scenario";
                    return false;
            }
        }
        return true;
    }

    private static string Describe(IEnumerable<object> steps) =>
        "$" + string.Concat(steps.Select(s => s is int i ? $"[{i}]" : $".{s}"));
}
