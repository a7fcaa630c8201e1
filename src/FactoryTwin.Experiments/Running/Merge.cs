using FactoryTwin.Experiments.Storage;

namespace FactoryTwin.Experiments.Running;

/// <summary>Combines the folders of an experiment's shards into one, whose results equal those of the experiment run on one machine.</summary>
public static class Merge
{
    /// <summary>The combined outcome, written to <paramref name="output"/> with its runs and manifest; or the problem that prevents it.</summary>
    public static (ExperimentOutcome? Outcome, string? Problem) Run(IReadOnlyList<string> folders, string output)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var manifests = new List<ExperimentManifest>();
        foreach (var folder in folders)
        {
            if (ExperimentManifest.Read(folder) is not { } manifest)
                return (null, $"{folder}: there is no {ExperimentManifest.FileName} here; is it the --out folder of a sweep or comparison?");
            manifests.Add(manifest);
        }
        var first = manifests[0];
        for (var i = 1; i < manifests.Count; i++)
        {
            if (manifests[i].Fingerprint != first.Fingerprint || manifests[i].Replications != first.Replications)
                return (null, $"{folders[i]}: holds another experiment than {folders[0]} (other scenarios, settings, seed or replications); only shards of one experiment can be merged");
        }
        var runs = folders.SelectMany(RunsStore.Read).DistinctBy(r => (r.Alternative, r.Replication))
            .OrderBy(r => new Design.RunKey(r.Alternative, r.Replication).Index(first.Replications)).ToList();
        Directory.CreateDirectory(output);
        var merged = first with { Shard = "merged" };
        merged.Write(output);
        File.Delete(Path.Combine(output, RunsStore.FileName));
        using (var store = new RunsStore(output))
        {
            foreach (var run in runs)
                store.Append(run);
        }
        return (new ExperimentOutcome(merged, runs, first.Alternatives.Count * first.Replications), null);
    }
}
