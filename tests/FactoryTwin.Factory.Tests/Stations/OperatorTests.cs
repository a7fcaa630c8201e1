using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Stations;

/// <summary>
/// One operator shared by two machine stations, worked out by hand. A sets up for 5 s when the product changes and
/// processes for 10 s; products x and y arrive at A at t = 0 (x first, so y needs a setup). B processes for 10 s with
/// the operator; product z arrives at B at t = 12.
/// </summary>
public sealed class OperatorTests
{
    [Fact]
    public void An_operator_needed_for_setups_only_sets_A_up_from_10_to_15_and_then_works_B_from_15_to_25()
    {
        var run = Replications.Run(Plan("setup"), 1);

        Assert.Equal(13, run["cycleTime.z.meanSeconds"], 12);
        Assert.Equal(25, run["cycleTime.y.meanSeconds"], 12);
        Assert.Equal(0.03, run["station.B.waitingOperatorFraction"], 12);
        Assert.Equal(0, run["station.A.waitingOperatorFraction"]);
        Assert.Equal(0.15, run["crew.fitters.utilisation"], 12);
    }

    [Fact]
    public void An_operator_needed_for_both_stays_at_A_from_0_to_25_so_B_waits_until_then()
    {
        var run = Replications.Run(Plan("both"), 1);

        Assert.Equal(23, run["cycleTime.z.meanSeconds"], 12);
        Assert.Equal(25, run["cycleTime.y.meanSeconds"], 12);
        Assert.Equal(0.13, run["station.B.waitingOperatorFraction"], 12);
        Assert.Equal(0.35, run["crew.fitters.utilisation"], 12);
    }

    [Fact]
    public void An_operator_needed_for_processing_only_leaves_A_during_its_setup_so_B_goes_first_and_A_waits_from_15_to_22()
    {
        var run = Replications.Run(Plan("processing"), 1);

        Assert.Equal(10, run["cycleTime.z.meanSeconds"], 12);
        Assert.Equal(32, run["cycleTime.y.meanSeconds"], 12);
        Assert.Equal(0.07, run["station.A.waitingOperatorFraction"], 12);
        Assert.Equal(0, run["station.B.waitingOperatorFraction"]);
        Assert.Equal(0.30, run["crew.fitters.utilisation"], 12);
    }

    private static FactoryPlan Plan(string during) => TestPlans.FromJson($$"""
        {
          "formatVersion": 1, "name": "operators", "seed": 1,
          "run": { "durationSeconds": 100, "replications": 1 },
          "operators": [ { "id": "fitters", "count": 1 } ],
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "A", "kind": "machine", "processTime": 10, "setupTime": 5, "needsOperator": { "crew": "fitters", "during": "{{during}}" } },
            { "id": "B", "kind": "machine", "processTime": 10, "needsOperator": { "crew": "fitters", "during": "processing" } },
            { "id": "out", "kind": "sink" }
          ],
          "products": [
            { "id": "x", "routing": [ { "station": "in" }, { "station": "A" }, { "station": "out" } ] },
            { "id": "y", "routing": [ { "station": "in" }, { "station": "A" }, { "station": "out" } ] },
            { "id": "z", "routing": [ { "station": "in" }, { "station": "B" }, { "station": "out" } ] }
          ],
          "demand": [
            { "product": "x", "scheduleSeconds": [0] },
            { "product": "y", "scheduleSeconds": [0] },
            { "product": "z", "scheduleSeconds": [12] }
          ]
        }
        """);
}
