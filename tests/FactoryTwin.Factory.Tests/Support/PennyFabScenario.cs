using System.Globalization;

namespace FactoryTwin.Factory.Tests.Support;

/// <summary>
/// Penny Fab One (Hopp and Spearman, Factory Physics) as a scenario: a source, four stations in a line with one machine
/// each, and a sink, released as CONWIP. Without robots or a transfer time, jobs move between stations at once.
/// </summary>
internal static class PennyFabScenario
{
    /// <summary>The stations of the line, in routing order.</summary>
    public static readonly string[] Stations = ["punch", "stamp", "rim", "deburr"];

    /// <summary>Every station takes exactly 2 h per job.</summary>
    public const string Deterministic = "7200";

    /// <summary>Every station takes 2 h per job on average, exponentially distributed.</summary>
    public const string Exponential = """{ "exponential": { "meanSeconds": 7200 } }""";

    /// <param name="processTime">The process time of every station, as a scenario distribution.</param>
    public static FactoryPlan Plan(int wip, string processTime, double durationSeconds, double warmupSeconds, long seed)
    {
        var stations = string.Join(",\n", Stations.Select(s => $$"""    { "id": "{{s}}", "kind": "machine", "machines": 1, "processTime": {{processTime}} }"""));
        var routing = string.Join(", ", Stations.Select(s => $$"""{ "station": "{{s}}" }"""));
        return TestPlans.FromJson(string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "formatVersion": 1, "name": "penny-fab-one-w{{wip}}", "seed": {{seed}},
          "run": { "durationSeconds": {{durationSeconds}}, "warmupSeconds": {{warmupSeconds}} },
          "stations": [
            { "id": "release", "kind": "source" },
        {{stations}},
            { "id": "finished", "kind": "sink" }
          ],
          "products": [ { "id": "penny", "routing": [ { "station": "release" }, {{routing}}, { "station": "finished" } ] } ],
          "demand": [ { "product": "penny", "conwip": {{wip}} } ]
        }
        """));
    }
}
