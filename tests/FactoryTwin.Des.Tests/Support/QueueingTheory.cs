namespace FactoryTwin.Des.Tests.Support;

/// <summary>Closed-form results for single queues (../shared/reference/VALIDATION.md, section 1).</summary>
internal static class QueueingTheory
{
    /// <summary>M/M/c by Erlang's C formula: the mean wait in queue and the mean queue length.</summary>
    public static (double Wq, double Lq) MMc(double lambda, double mu, int c)
    {
        var a = lambda / mu;
        var rho = a / c;
        var sum = 0.0;
        for (var k = 0; k < c; k++)
            sum += Math.Pow(a, k) / Factorial(k);
        var tail = Math.Pow(a, c) / (Factorial(c) * (1 - rho));
        var pWait = tail / (sum + tail);
        var lq = pWait * rho / (1 - rho);
        return (lq / lambda, lq);
    }

    /// <summary>M/G/1 by Pollaczek–Khinchine, given the service time's first two moments.</summary>
    public static (double Wq, double Lq) MG1(double lambda, double meanService, double secondMomentService)
    {
        var rho = lambda * meanService;
        var wq = lambda * secondMomentService / (2 * (1 - rho));
        return (wq, lambda * wq);
    }

    /// <summary>M/M/1/K, with K places including the one in service: blocking, Lq, and Wq of the admitted.</summary>
    public static (double Blocking, double Wq, double Lq) MM1K(double lambda, double mu, int k)
    {
        var rho = lambda / mu;
        var p = Enumerable.Range(0, k + 1).Select(n => (1 - rho) * Math.Pow(rho, n) / (1 - Math.Pow(rho, k + 1))).ToArray();
        var lq = Enumerable.Range(1, k).Sum(n => (n - 1) * p[n]);
        var admitted = lambda * (1 - p[k]);
        return (p[k], lq / admitted, lq);
    }

    private static double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
}
