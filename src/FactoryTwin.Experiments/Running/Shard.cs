using System.Globalization;

namespace FactoryTwin.Experiments.Running;

/// <summary>A share of an experiment's runs for one machine: shard <see cref="Index"/> of <see cref="Count"/> runs those whose place in the fixed order, mod Count, is Index − 1.</summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>All the runs: shard 1 of 1.</summary>
    public static Shard All { get; } = new(1, 1);

    public bool Includes(int runIndex) => runIndex % Count == Index - 1;

    /// <summary>The runs of this shard in an experiment of <paramref name="alternatives"/> × <paramref name="replications"/>.</summary>
    public HashSet<Design.RunKey> RunsOf(int alternatives, int replications)
    {
        var runs = new HashSet<Design.RunKey>();
        for (var a = 0; a < alternatives; a++)
        {
            for (var r = 0; r < replications; r++)
            {
                var key = new Design.RunKey(a, r);
                if (Includes(key.Index(replications)))
                    runs.Add(key);
            }
        }
        return runs;
    }

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
