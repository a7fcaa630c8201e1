using FactoryTwin.Des.Monitoring;
using FactoryTwin.Des.Randomness;
using FactoryTwin.Des.Resources;

namespace FactoryTwin.Des.Tests.Support;

/// <summary>A G/G/c(/K) queue built on the kernel, replicated, with a warm-up: the estimates theory is checked against.</summary>
internal static class QueueSimulation
{
    public sealed record Spec(double ArrivalRate, IDistribution Service, int Servers, int? Places = null);

    /// <summary>Each estimate is a 95% confidence interval over the replications' means.</summary>
    public sealed record Estimates(ConfidenceInterval Wq, ConfidenceInterval Lq, ConfidenceInterval Blocking);

    public static Estimates Run(Spec spec, int replications, double warmupSeconds, double lengthSeconds, long seed)
    {
        var wq = new Tally();
        var lq = new Tally();
        var blocking = new Tally();
        for (var r = 0; r < replications; r++)
        {
            var sim = new Simulation(seed, r);
            var servers = new Resource(sim, spec.Servers);
            var counts = new Counts();
            sim.Process(Arrivals(sim, spec, servers, counts));
            sim.Run(until: warmupSeconds);
            servers.ResetStatistics();
            counts.Arrived = counts.Blocked = 0;
            sim.Run(until: warmupSeconds + lengthSeconds);
            wq.Add(servers.Wait.Mean);
            lq.Add(servers.Queue.Mean);
            blocking.Add((double)counts.Blocked / counts.Arrived);
        }
        return new Estimates(wq.ConfidenceInterval(), lq.ConfidenceInterval(), blocking.ConfidenceInterval());
    }

    private static IEnumerable<Event> Arrivals(Simulation sim, Spec spec, Resource servers, Counts counts)
    {
        var interArrival = new Exponential(1 / spec.ArrivalRate);
        var arrivals = sim.Stream("arrivals");
        var service = sim.Stream("service");
        while (true)
        {
            yield return sim.Timeout(interArrival.Sample(arrivals));
            counts.Arrived++;
            if (spec.Places is { } places && servers.InUse + servers.QueueLength >= places)
                counts.Blocked++;
            else
                sim.Process(Customer(sim, servers, spec.Service.Sample(service)));
        }
    }

    private static IEnumerable<Event> Customer(Simulation sim, Resource servers, double serviceSeconds)
    {
        using var request = servers.Request();
        yield return request;
        yield return sim.Timeout(serviceSeconds);
    }

    private sealed class Counts
    {
        public long Arrived { get; set; }

        public long Blocked { get; set; }
    }
}
