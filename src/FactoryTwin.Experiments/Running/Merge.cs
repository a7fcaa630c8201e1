using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Storage;

namespace FactoryTwin.Experiments.Running;

/// <summary>Combines the folders of an experiment's shards into one, whose results equal those of the experiment run on one machine.</summary>
/// <remarks>
/// Only a whole experiment is merged: every shard i/N exactly once, each finished, all of one experiment. Runs a shard
/// holds that the experiment does not ask for (left from an earlier, larger run in that folder) are not counted.
/// </remarks>
public static class Merge
{
    /// <summary>The combined outcome, written to <paramref name="output"/> with its runs and manifest; or every problem that prevents it, one line each.</summary>
    public static (ExperimentOutcome? Outcome, IReadOnlyList<string> Problems) Run(IReadOnlyList<string> folders, string output)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(output);
        var problems = new List<string>();
        var shards = new List<(string Folder, ExperimentManifest Manifest, Shard Shard)>();
        foreach (var folder in folders)
        {
            if (SameFolder(folder, output))
                problems.Add($"{folder}: is also the --out folder; merge into a new folder");
            else if (Read(folder, problems) is { } manifest)
            {
                if (!Shard.TryParse(manifest.Shard, out var shard))
                    problems.Add($"{folder}: is not a shard (its experiment.json says shard '{manifest.Shard}'); give the --out folders of sweep or compare --shard i/N");
                else
                    shards.Add((folder, manifest, shard));
            }
        }
        if (shards.Count == 0)
            return (null, problems.Count > 0 ? problems : ["no shard folders given"]);

        var first = shards[0];
        var count = first.Shard.Count;
        var seen = new Dictionary<int, string>();
        var runs = new List<RunLine>();
        foreach (var (folder, manifest, shard) in shards)
        {
            if (manifest.Fingerprint != first.Manifest.Fingerprint || manifest.Replications != first.Manifest.Replications)
                problems.Add($"{folder}: holds another experiment than {first.Folder} (other scenarios, settings, seed or replications); only shards of one experiment can be merged");
            else if (shard.Count != count)
                problems.Add($"{folder}: is shard {shard} and {first.Folder} is shard {first.Shard}; all shards must be of the same N");
            else if (seen.TryGetValue(shard.Index, out var other))
                problems.Add($"{folder}: is shard {shard} again (so is {other}); give each shard once");
            else
            {
                seen[shard.Index] = folder;
                var wanted = shard.RunsOf(manifest.Alternatives.Count, manifest.Replications, Shard.Paired(manifest.Kind));
                var finished = RunsStore.Read(folder).Where(r => wanted.Contains(new RunKey(r.Alternative, r.Replication)))
                    .DistinctBy(r => (r.Alternative, r.Replication)).ToList();
                if (finished.Count < wanted.Count)
                    problems.Add($"{folder}: shard {shard} has {finished.Count} of its {wanted.Count} runs; finish it with the same command and --resume");
                runs.AddRange(finished);
            }
        }
        for (var i = 1; i <= count; i++)
        {
            if (!seen.ContainsKey(i))
                problems.Add($"shard {i}/{count} is missing; give the --out folder of the run with --shard {i}/{count}");
        }
        if (problems.Count > 0)
            return (null, problems);

        var merged = first.Manifest with { Shard = "merged" };
        runs = [.. runs.OrderBy(r => new RunKey(r.Alternative, r.Replication).Index(merged.Replications))];
        Directory.CreateDirectory(output);
        merged.Write(output);
        File.Delete(Path.Combine(output, RunsStore.FileName));
        using (var store = new RunsStore(output))
        {
            foreach (var run in runs)
                store.Append(run);
        }
        return (new ExperimentOutcome(merged, runs, merged.Alternatives.Count * merged.Replications), []);
    }

    private static ExperimentManifest? Read(string folder, List<string> problems)
    {
        try
        {
            var manifest = ExperimentManifest.Read(folder);
            if (manifest is null)
                problems.Add($"{folder}: there is no {ExperimentManifest.FileName} here; is it the --out folder of a sweep or a comparison?");
            return manifest;
        }
        catch (InvalidDataException error)
        {
            problems.Add(error.Message);
            return null;
        }
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
