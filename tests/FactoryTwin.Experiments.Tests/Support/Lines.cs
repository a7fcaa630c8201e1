using System.Globalization;

namespace FactoryTwin.Experiments.Tests.Support;

/// <summary>Small production lines and queues as scenario JSON, with their parameters in plain numbers.</summary>
internal static class Lines
{
    /// <summary>An M/M/1 station: arrivals at <paramref name="lambda"/> per second, service at <paramref name="mu"/> per second.</summary>
    public static string MM1(double lambda, double mu, double durationSeconds, double warmupSeconds, int replications = 10) => string.Create(CultureInfo.InvariantCulture, $$"""
    {
      "formatVersion": 1, "name": "mm1", "seed": 1,
      "run": { "durationSeconds": {{durationSeconds}}, "warmupSeconds": {{warmupSeconds}}, "replications": {{replications}} },
      "stations": [
        { "id": "in", "kind": "source" },
        { "id": "server", "kind": "machine", "processTime": { "exponential": { "meanSeconds": {{1 / mu}} } } },
        { "id": "out", "kind": "sink" }
      ],
      "products": [ { "id": "customer", "routing": [ { "station": "in" }, { "station": "server" }, { "station": "out" } ] } ],
      "demand": [ { "product": "customer", "interarrivalTime": { "exponential": { "meanSeconds": {{1 / lambda}} } } } ]
    }
    """);

    /// <summary>A CONWIP line of three stations with one machine each, mean times in hours, exponential.</summary>
    public static string ThreeStations(double first, double second, double third, int wip, int replications = 10) => string.Create(CultureInfo.InvariantCulture, $$"""
    {
      "formatVersion": 1, "name": "line", "seed": 3,
      "run": { "durationSeconds": 2000000, "warmupSeconds": 100000, "replications": {{replications}} },
      "stations": [
        { "id": "in", "kind": "source" },
        { "id": "a", "kind": "machine", "processTime": { "exponential": { "meanSeconds": {{first * 3600}} } } },
        { "id": "b", "kind": "machine", "processTime": { "exponential": { "meanSeconds": {{second * 3600}} } } },
        { "id": "c", "kind": "machine", "processTime": { "exponential": { "meanSeconds": {{third * 3600}} } } },
        { "id": "out", "kind": "sink" }
      ],
      "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "a" }, { "station": "b" }, { "station": "c" }, { "station": "out" } ] } ],
      "demand": [ { "product": "part", "conwip": {{wip}} } ]
    }
    """);
}
