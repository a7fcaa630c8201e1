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

    /// <summary>
    /// One operator for two machines, A (10 s) maintained from 60 to 2060 s. Job q1 has the operator at B from 0 to
    /// 100 s; p, at A from 50 s, is next in line, but A is down when the operator comes free, so the operator is not
    /// kept idle there: q2 (at 200 s) gets them at once, and p is worked from 2060 to 2070 s. A job that A is working on
    /// when its maintenance starts (p from 50 s, 20 s of work, q at 200 and 300 s) lets the operator go too, and is
    /// finished in the 10 s it had left after the maintenance: at 2070 s again.
    /// </summary>
    [Theory]
    [InlineData(10, "0, 200")]
    [InlineData(20, "200, 300")]
    public void A_machine_in_maintenance_does_not_keep_an_operator(double aSeconds, string qArrivals)
    {
        var run = Replications.Run(TestPlans.FromJson($$"""
            {
              "formatVersion": 1, "name": "operator-maintenance", "seed": 1,
              "run": { "durationSeconds": 3000, "replications": 1 },
              "operators": [ { "id": "crew", "count": 1 } ],
              "stations": [
                { "id": "in", "kind": "source" },
                { "id": "A", "kind": "machine", "processTime": {{aSeconds}}, "needsOperator": { "crew": "crew", "during": "processing" } },
                { "id": "B", "kind": "machine", "processTime": 100, "needsOperator": { "crew": "crew", "during": "processing" } },
                { "id": "out", "kind": "sink" }
              ],
              "products": [ { "id": "p", "routing": [ { "station": "in" }, { "station": "A" }, { "station": "out" } ] },
                            { "id": "q", "routing": [ { "station": "in" }, { "station": "B" }, { "station": "out" } ] } ],
              "demand": [ { "product": "p", "scheduleSeconds": [50] }, { "product": "q", "scheduleSeconds": [{{qArrivals}}] } ],
              "disruptions": [ { "kind": "maintenance", "station": "A", "fromSeconds": 60, "durationSeconds": 2000 } ]
            }
            """), 1);

        Assert.Equal(0, run["station.B.waitingOperatorFraction"]);
        Assert.Equal(100, run["cycleTime.q.meanSeconds"], 9);
        Assert.Equal(2020, run["cycleTime.p.meanSeconds"], 9);
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
