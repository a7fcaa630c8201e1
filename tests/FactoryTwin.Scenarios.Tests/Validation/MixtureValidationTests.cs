using System.Text;
using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Scenarios.Tests.Validation;

/// <summary>A mixture is checked like every distribution: each part's p and its distribution, at their own JSON paths, and the p's add up to 1.</summary>
public sealed class MixtureValidationTests
{
    [Theory]
    [InlineData("""[{"p": 0.5, "of": 30}, {"p": 0.4, "of": 90}]""", "$.stations[1].processTime.mixture: the parts' p must add up to 1 (got 0.9)")]
    [InlineData("""[{"p": 1, "of": 30}]""", "$.stations[1].processTime.mixture: needs at least two parts (got 1)")]
    [InlineData("""[{"p": 0.5, "of": 30}, {"p": 0.5}]""", "$.stations[1].processTime.mixture[1].of: is required (a number of seconds or a distribution)")]
    [InlineData("""[{"p": 0.5, "of": 30}, {"p": 0.5, "of": {"exponential": {"meanSeconds": -1}}}]""", "$.stations[1].processTime.mixture[1].of.exponential.meanSeconds: must be at least 0 (got -1)")]
    [InlineData("""[{"p": 0, "of": 30}, {"p": 1, "of": 90}]""", "$.stations[1].processTime.mixture[0].p: must be above 0 and at most 1 (got 0)")]
    [InlineData("""[{"p": 0.5, "of": 30}, {"p": 0.5, "off": 90}]""", "$.stations[1].processTime.mixture[1].off: is not a known field")]
    [InlineData("""{"p": 1, "of": 30}""", "$.stations[1].processTime.mixture: must be a list of parts")]
    public void A_wrong_mixture_is_refused_at_the_path_of_its_fault(string mixture, string problem)
    {
        var result = ScenarioLoader.Parse(Encoding.UTF8.GetBytes(Scenario(mixture)), AppContext.BaseDirectory);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.ToString().StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_mixture_of_mixtures_becomes_the_distribution_it_says()
    {
        var result = ScenarioLoader.Parse(Encoding.UTF8.GetBytes(Scenario("""[{"p": 0.25, "of": 40}, {"p": 0.75, "of": {"mixture": [{"p": 0.5, "of": 60}, {"p": 0.5, "of": {"uniform": {"min": 70, "max": 90}}}]}}]""")), AppContext.BaseDirectory);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var time = Assert.IsType<Mixture>(result.Plan!.Stations[1].ProcessTime);
        Assert.Equal((0.25 * 40) + (0.75 * ((0.5 * 60) + (0.5 * 80))), time.Mean, 9);
        var random = new RandomStream(3);
        var fortyShare = Enumerable.Range(0, 40_000).Count(_ => time.Sample(random) == 40) / 40_000.0;
        Assert.InRange(fortyShare, 0.25 - 0.009, 0.25 + 0.009); // 4 standard deviations
    }

    private static string Scenario(string mixture) => $$"""
        {
          "formatVersion": 1, "name": "mixed", "seed": 1,
          "run": { "durationSeconds": 3600 },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "press", "kind": "machine", "processTime": { "mixture": {{mixture}} } },
            { "id": "out", "kind": "sink" }
          ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "press" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "interarrivalTime": 100 } ]
        }
        """;
}
