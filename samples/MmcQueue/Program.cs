// An M/M/c queue on the FactoryTwin kernel: customers arrive at random, wait for one of c servers, are served, leave.
// It runs 20 replications with a warm-up and prints each statistic as a 95% confidence interval beside the exact
// Erlang C value. Usage: dotnet run --project samples/MmcQueue [-- servers arrivalsPerSecond servicesPerSecond]
using System.Globalization;
using FactoryTwin.Des;
using FactoryTwin.Des.Monitoring;
using FactoryTwin.Des.Randomness;
using FactoryTwin.Des.Resources;

var culture = CultureInfo.InvariantCulture;
var servers = args.Length > 0 ? int.Parse(args[0], culture) : 3;
var lambda = args.Length > 1 ? double.Parse(args[1], culture) : 2.4;
var mu = args.Length > 2 ? double.Parse(args[2], culture) : 1.0;
if (servers < 1 || lambda <= 0 || mu <= 0 || lambda >= servers * mu)
{
    Console.Error.WriteLine($"Needs servers >= 1 and 0 < arrival rate < servers x service rate (got {servers}, {lambda}, {mu}).");
    return 2;
}

const int replications = 20;
const double warmupSeconds = 5_000;
const double lengthSeconds = 50_000;
var wait = new Tally();
var queue = new Tally();
var utilisation = new Tally();

for (var replication = 0; replication < replications; replication++)
{
    var sim = new Simulation(seed: 1, replication);
    var counter = new Resource(sim, servers, name: "servers");
    sim.Process(Arrivals(sim, counter, lambda, mu));
    sim.Run(until: warmupSeconds);
    counter.ResetStatistics();
    sim.Run(until: warmupSeconds + lengthSeconds);
    wait.Add(counter.Wait.Mean);
    queue.Add(counter.Queue.Mean);
    utilisation.Add(counter.Utilization);
}

var (exactWait, exactQueue) = ErlangC(lambda, mu, servers);
Console.WriteLine(string.Create(culture, $"M/M/{servers}: arrivals {lambda}/s, service {mu}/s per server; {replications} replications of {lengthSeconds} s after a {warmupSeconds} s warm-up"));
Console.WriteLine($"{"statistic",-24}{"simulated (95% CI)",-28}{"exact",10}");
Print("mean wait in queue (s)", wait.ConfidenceInterval(), exactWait);
Print("mean queue length", queue.ConfidenceInterval(), exactQueue);
Print("utilisation", utilisation.ConfidenceInterval(), lambda / (servers * mu));
return 0;

void Print(string name, ConfidenceInterval ci, double exact) =>
    Console.WriteLine(string.Create(culture, $"{name,-24}{$"{ci.Mean:F4} ± {ci.HalfWidth:F4}",-28}{exact,10:F4}"));

static IEnumerable<Event> Arrivals(Simulation sim, Resource counter, double lambda, double mu)
{
    var interArrival = new Exponential(1 / lambda);
    var service = new Exponential(1 / mu);
    while (true)
    {
        yield return sim.Timeout(interArrival.Sample(sim.Stream("arrivals")));
        sim.Process(Customer(sim, counter, service.Sample(sim.Stream("service"))));
    }
}

static IEnumerable<Event> Customer(Simulation sim, Resource counter, double serviceSeconds)
{
    using var request = counter.Request();
    yield return request;
    yield return sim.Timeout(serviceSeconds);
}

static (double Wait, double Queue) ErlangC(double lambda, double mu, int c)
{
    var a = lambda / mu;
    var rho = a / c;
    double term = 1, sum = 0;
    for (var k = 0; k < c; k++)
    {
        sum += term;
        term *= a / (k + 1);
    }
    var tail = term / (1 - rho);
    var queueLength = tail / (sum + tail) * rho / (1 - rho);
    return (queueLength / lambda, queueLength);
}
