using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryTwin.Scenarios;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Experiments.Design;

/// <summary>Builds alternatives from scenario files and settings, checking each result as strictly as a file.</summary>
public static partial class Alternatives
{
    /// <summary>The scenario in <paramref name="file"/> with <paramref name="settings"/> applied, or the problems (each prefixed with what was being built).</summary>
    public static (Alternative? Alternative, IReadOnlyList<string> Problems) Build(string name, string file, IReadOnlyList<Setting> settings)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Count == 0)
        {
            var loaded = ScenarioLoader.Load(file);
            return loaded.IsValid
                ? (new Alternative(name, file, settings, loaded.Plan!, Sha256(File.ReadAllBytes(file))), [])
                : (null, Describe(file, loaded.Problems));
        }
        JsonNode root;
        try
        {
            root = JsonNode.Parse(File.ReadAllBytes(file)) ?? throw new JsonException("the file holds null");
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            // Let the loader say exactly what is wrong with the file itself.
            return (null, Describe(file, ScenarioLoader.Load(file).Problems));
        }
        foreach (var setting in settings)
        {
            if (!ScenarioPath.TrySet(root, setting.Path, setting.Value, out var problem))
                return (null, [$"{file}: {name}: {setting}: {problem}"]);
            if (FitStarts(root, setting) is { } tooFew)
                return (null, [$"{file}: {name}: {setting}: {tooFew}"]);
        }
        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var result = ScenarioLoader.Parse(bytes, Path.GetDirectoryName(Path.GetFullPath(file))!);
        return result.IsValid
            ? (new Alternative(name, file, settings, result.Plan!, Sha256(bytes)), [])
            : (null, Describe($"{file} with {string.Join(", ", settings)}", result.Problems.Select(p => p with { Line = null }))); // lines of the changed copy would mislead
    }

    /// <summary>
    /// A fleet whose count a setting lowers keeps the first places of its start list, so that a sweep or a variant
    /// can take robots away without rewriting the list; or why more robots than places cannot start (null if fine).
    /// </summary>
    private static string? FitStarts(JsonNode root, Setting setting)
    {
        var match = FleetCount().Match(setting.Path);
        if (!match.Success || root["robots"] is not JsonArray fleets || !int.TryParse(match.Groups[1].ValueSpan, out var index) || index >= fleets.Count)
            return null;
        if (fleets[index] is not JsonObject fleet || fleet["start"] is not JsonArray start || fleet["count"]?.GetValueKind() != JsonValueKind.Number
            || !int.TryParse(fleet["count"]!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 1)
            return null; // not a whole count: the loader says what is wrong with it
        if (count > start.Count)
            return $"the fleet starts from a list of {start.Count} places, fewer than {count} robots: list more places, or give the fleet startNear instead (its robots start on the free places nearest it, as many as it has)";
        while (start.Count > count)
            start.RemoveAt(start.Count - 1);
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^robots\[(\d+)\]\.count$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FleetCount();

    private static string[] Describe(string what, IEnumerable<ScenarioProblem> problems) => [.. problems.Select(p => $"{what}: {p}")];

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
