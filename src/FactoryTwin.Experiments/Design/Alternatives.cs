using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactoryTwin.Scenarios;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Experiments.Design;

/// <summary>Builds alternatives from scenario files and settings, checking each result as strictly as a file.</summary>
public static class Alternatives
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
        }
        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var result = ScenarioLoader.Parse(bytes, Path.GetDirectoryName(Path.GetFullPath(file))!);
        return result.IsValid
            ? (new Alternative(name, file, settings, result.Plan!, Sha256(bytes)), [])
            : (null, Describe($"{file} with {string.Join(", ", settings)}", result.Problems.Select(p => p with { Line = null }))); // lines of the changed copy would mislead
    }

    private static string[] Describe(string what, IEnumerable<ScenarioProblem> problems) => [.. problems.Select(p => $"{what}: {p}")];

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
