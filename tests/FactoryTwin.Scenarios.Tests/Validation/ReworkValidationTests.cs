using System.Text;

namespace FactoryTwin.Scenarios.Tests.Validation;

/// <summary>Rework sends a job back from a step between the source and the sink to that step or an earlier one, never to the source, with a probability below 1.</summary>
public sealed class ReworkValidationTests
{
    [Theory]
    [InlineData(1, """{"probability": 0.2, "toStep": 2}""", "$.products[0].routing[1].rework.toStep: must be this step (1) or an earlier one, from 1 (got 2)")]
    [InlineData(1, """{"probability": 0.2, "toStep": 0}""", "$.products[0].routing[1].rework.toStep: must be at least 1 (got 0)")]
    [InlineData(1, """{"probability": 1, "toStep": 1}""", "$.products[0].routing[1].rework.probability: must be at most 0.99 (got 1)")]
    [InlineData(1, """{"probability": 0, "toStep": 1}""", "$.products[0].routing[1].rework.probability: must be greater than 0 (got 0)")]
    [InlineData(1, """{"toStep": 1}""", "$.products[0].routing[1].rework.probability: is required")]
    [InlineData(2, """{"probability": 0.2, "toStep": 1}""", "$.products[0].routing[2].rework: only a step between the source and the sink can send jobs back")]
    public void A_wrong_rework_is_refused_at_its_path(int step, string rework, string problem)
    {
        var steps = new[] { """{ "station": "in" }""", """{ "station": "press" }""", """{ "station": "out" }""" };
        steps[step] = steps[step].Replace(" }", $", \"rework\": {rework} }}", StringComparison.Ordinal);
        var json = $$"""
            {
              "formatVersion": 1, "name": "rework", "seed": 1,
              "run": { "durationSeconds": 3600 },
              "stations": [ { "id": "in", "kind": "source" }, { "id": "press", "kind": "machine", "processTime": 30 }, { "id": "out", "kind": "sink" } ],
              "products": [ { "id": "part", "routing": [ {{string.Join(", ", steps)}} ] } ],
              "demand": [ { "product": "part", "interarrivalTime": 100 } ]
            }
            """;

        var result = ScenarioLoader.Parse(Encoding.UTF8.GetBytes(json), AppContext.BaseDirectory);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(problem, StringComparison.Ordinal));
    }
}
