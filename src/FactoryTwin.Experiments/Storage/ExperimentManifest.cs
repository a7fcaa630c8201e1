using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Output;

namespace FactoryTwin.Experiments.Storage;

/// <summary><c>experiment.json</c>: everything the result files are computed from besides the runs, so a resume or a merge never mixes two experiments and rebuilds the same results.</summary>
/// <param name="Fingerprint">Kind, seed and each alternative's name and exact scenario; not the replications, since asking for more continues the experiment.</param>
/// <param name="By">The metric that names the best alternative or point.</param>
public sealed record ExperimentManifest(
    int FormatVersion,
    string Kind,
    long Seed,
    int Replications,
    string Fingerprint,
    string Shard,
    string By,
    bool Maximize,
    IReadOnlyList<AlternativeInfo> Alternatives)
{
    public const string FileName = "experiment.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static ExperimentManifest Of(Experiment experiment, string shard)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var text = new StringBuilder().Append(experiment.Kind).Append('|').Append(experiment.Seed);
        foreach (var alternative in experiment.Alternatives)
            text.Append('|').Append(alternative.Name).Append('=').Append(alternative.Sha256);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        var alternatives = experiment.Alternatives.Select(a => new AlternativeInfo(a.Name, a.Source, a.Settings, a.Sha256, a.Plan.Name, a.Plan.Run.DurationSeconds, a.Plan.Run.WarmupSeconds)).ToList();
        return new ExperimentManifest(1, experiment.Kind, experiment.Seed, experiment.Replications, fingerprint, shard, experiment.By, experiment.Maximize, alternatives);
    }

    public void Write(string folder) => AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>The manifest in <paramref name="folder"/>, or null if there is none.</summary>
    /// <exception cref="InvalidDataException">The file is there but is not a manifest of ours.</exception>
    public static ExperimentManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            var manifest = JsonSerializer.Deserialize<ExperimentManifest>(File.ReadAllBytes(path), Json);
            if (manifest is { Kind: not null, Fingerprint: not null, Shard: not null, Alternatives: not null })
                return manifest;
            throw new JsonException("fields are missing");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path}: is not a FactoryTwin experiment manifest ({error.Message})", error);
        }
    }
}

/// <summary>An alternative as the manifest records it: its name, where it came from, its settings, and what the result files need of its plan.</summary>
public sealed record AlternativeInfo(string Name, string Source, IReadOnlyList<Setting> Settings, string Sha256, string Scenario, double DurationSeconds, double WarmupSeconds);
