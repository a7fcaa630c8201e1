namespace FactoryTwin.Factory.Agents.Brains;

/// <summary>The assignment problem: pair rows with columns, each at most once, so that the total cost is least.</summary>
/// <remarks>The Hungarian algorithm with potentials (Kuhn–Munkres, in Jonker–Volgenant's shortest-path form), O(n²m) for n ≤ m.</remarks>
public static class Assignment
{
    /// <summary>A cost that stands for "cannot": large, but finite so the algorithm stays exact.</summary>
    public const double Unreachable = 1e12;

    /// <summary>For each row, the column it is paired with, or -1 if there are more rows than columns and it is left out.</summary>
    public static int[] Solve(double[,] costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        int rows = costs.GetLength(0), columns = costs.GetLength(1);
        if (rows <= columns)
            return SolveWide(costs, rows, columns, transposed: false);
        var byColumn = SolveWide(costs, columns, rows, transposed: true);
        var result = Enumerable.Repeat(-1, rows).ToArray();
        for (var c = 0; c < columns; c++)
            result[byColumn[c]] = c;
        return result;
    }

    private static int[] SolveWide(double[,] costs, int n, int m, bool transposed)
    {
        double Cost(int i, int j) => transposed ? costs[j, i] : costs[i, j];
        var u = new double[n + 1];
        var v = new double[m + 1];
        var match = new int[m + 1]; // match[j] = row (1-based) paired with column j
        var way = new int[m + 1];
        for (var i = 1; i <= n; i++)
        {
            match[0] = i;
            var j0 = 0;
            var least = new double[m + 1];
            var used = new bool[m + 1];
            Array.Fill(least, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                int i0 = match[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                        continue;
                    var reduced = Cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if (reduced < least[j])
                    {
                        least[j] = reduced;
                        way[j] = j0;
                    }
                    if (least[j] < delta)
                    {
                        delta = least[j];
                        j1 = j;
                    }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        least[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (match[j0] != 0);
            do
            {
                var j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        var result = new int[n];
        for (var j = 1; j <= m; j++)
        {
            if (match[j] > 0)
                result[match[j] - 1] = j - 1;
        }
        return result;
    }
}
