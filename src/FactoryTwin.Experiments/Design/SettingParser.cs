using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactoryTwin.Experiments.Design;

/// <summary>Reads <c>PATH=VALUES</c> as written on the command line: a value, a list <c>1,2,4</c>, or a range <c>10..40:10</c>.</summary>
public static class SettingParser
{
    /// <summary>The settings <paramref name="text"/> stands for, one per value; or null with a message saying what is wrong.</summary>
    public static IReadOnlyList<Setting>? Parse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            problem = $"'{text}' must be PATH=VALUES, for example robots[0].count=10..40:10 or stations[1].machines=1,2";
            return null;
        }
        var path = text[..equals].Trim();
        var values = text[(equals + 1)..].Trim();
        if (!ScenarioPath.TryParse(path, out _, out problem))
            return null;
        var range = Range(values, out problem);
        if (problem is not null)
            return null;
        var items = range ?? [];
        if (range is null)
        {
            foreach (var item in values.Split(',').Select(v => v.Trim()))
            {
                if (!TryValue(item, out var value))
                {
                    problem = $"'{item}' is not a value a scenario can hold: NaN and infinities are not JSON numbers";
                    return null;
                }
                items.Add(value);
            }
        }
        return [.. items.Select(v => new Setting(path, v))];
    }

    /// <summary>A range <c>from..to:step</c> (step 1 if left out), or null if the text is not a range.</summary>
    private static List<JsonNode?>? Range(string values, out string? problem)
    {
        problem = null;
        var dots = values.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
            return null;
        var colon = values.IndexOf(':', dots);
        var fromText = values[..dots];
        var toText = colon < 0 ? values[(dots + 2)..] : values[(dots + 2)..colon];
        var stepText = colon < 0 ? "1" : values[(colon + 1)..];
        if (!double.TryParse(fromText, NumberStyles.Float, CultureInfo.InvariantCulture, out var from)
            || !double.TryParse(toText, NumberStyles.Float, CultureInfo.InvariantCulture, out var to)
            || !double.TryParse(stepText, NumberStyles.Float, CultureInfo.InvariantCulture, out var step)
            || !double.IsFinite(from) || !double.IsFinite(to) || !double.IsFinite(step) || !(step > 0) || to < from)
        {
            problem = $"'{values}' must be a range FROM..TO:STEP with FROM <= TO and STEP > 0, for example 10..40:10";
            return null;
        }
        var count = (int)Math.Floor(((to - from) / step) + 1e-9) + 1;
        if (count > 10_000)
        {
            problem = $"'{values}' has {count} values; a sweep dimension may have at most 10000";
            return null;
        }
        return [.. Enumerable.Range(0, count).Select(i => (JsonNode?)JsonValue.Create(Math.Round(from + (i * step), 12)))];
    }

    /// <summary>A number or true/false as such; JSON text (an object, a list, a quoted string) as JSON; anything else as a string. False for NaN and infinities, which JSON cannot hold.</summary>
    /// <remarks>A whole number too long for 64 bits is kept as a double, so the scenario's own checks say what is wrong with it.</remarks>
    private static bool TryValue(string text, out JsonNode? value)
    {
        value = null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var whole = !text.Contains('.', StringComparison.Ordinal) && !text.Contains('e', StringComparison.OrdinalIgnoreCase);
            if (whole && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
                value = JsonValue.Create(integer);
            else if (double.IsFinite(number))
                value = JsonValue.Create(number);
            return value is not null;
        }
        if (text is "true" or "false")
        {
            value = JsonValue.Create(text == "true");
            return true;
        }
        if (text.StartsWith('{') || text.StartsWith('[') || text.StartsWith('"'))
        {
            try
            {
                value = JsonNode.Parse(text);
                return true;
            }
            catch (JsonException)
            {
                // not JSON after all: take it as text
            }
        }
        value = JsonValue.Create(text);
        return true;
    }
}
