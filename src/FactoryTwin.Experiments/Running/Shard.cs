using System.Globalization;

namespace FactoryTwin.Experiments.Running;

/// <summary>A share of an experiment's runs for one machine: shard <see cref="Index"/> of <see cref="Count"/> runs those whose place in the fixed order, mod Count, is Index − 1.</summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>All the runs: shard 1 of 1.</summary>
    public static Shard All { get; } = new(1, 1);

    public bool Includes(int runIndex) => runIndex % Count == Index - 1;

    /// <summary>The runs of this shard in an experiment of <paramref name="alternatives"/> × <paramref name="replications"/>.</summary>
    /// <param name="paired">
    /// Keep each replication's runs of every alternative together (shard by replication), as a comparison needs: its
    /// differences pair alternatives replication by replication, so each shard's own table is then paired too.
    /// Otherwise runs are shared by their place in the fixed order, which balances a sweep of many points and few replications.
    /// </param>
    public HashSet<Design.RunKey> RunsOf(int alternatives, int replications, bool paired = false)
    {
        var runs = new HashSet<Design.RunKey>();
        for (var a = 0; a < alternatives; a++)
        {
            for (var r = 0; r < replications; r++)
            {
                var key = new Design.RunKey(a, r);
                if (Includes(paired ? r : key.Index(replications)))
                    runs.Add(key);
            }
        }
        return runs;
    }

    /// <summary>True for a comparison, whose shards keep each replication's alternatives together.</summary>
    public static bool Paired(string kind) => kind == "compare";

    /// <summary><c>i/N</c> with 1 ≤ i ≤ N.</summary>
    public static bool TryParse(string text, out Shard shard)
    {
        shard = All;
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || index < 1 || index > count)
            return false;
        shard = new Shard(index, count);
        return true;
    }

    public override string ToString() => $"{Index}/{Count}";
}
