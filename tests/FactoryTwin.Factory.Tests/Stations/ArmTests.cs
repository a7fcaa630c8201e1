using System.Globalization;
using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Stations;

/// <summary>
/// Arms fixed at a station load each job onto a machine and unload it: their time adds to the machine's cycle, which
/// on these deterministic cells is load + process + unload = 10 + 60 + 10 = 80 s.
/// </summary>
/// <remarks>
/// Each figure is exact up to the one cycle that straddles an end of the 35 200 s after the warm-up (±80 s).
/// The breakdown case is statistical: 20 replications of 100 h, seed 1 (seeds 1–5 all pass, within ±3.6%).
/// </remarks>
public sealed class ArmTests
{
    private const double Measured = 36_000 - 800;
    private const double OneCycle = 80 / Measured;

    [Fact]
    public void One_arm_at_a_saturated_machine_makes_the_cycle_load_plus_process_plus_unload()
    {
        // A job every 20 s, four times what the machine takes: it never starves and finishes one job per 80 s.
        var metrics = Run(machines: 1, arms: 1, interarrivalSeconds: 20);

        Assert.Equal(3600 / 80.0, metrics["throughput.jobsPerHour"], 3600 * OneCycle / 80);
        Assert.Equal(1, metrics["station.cell.busyFraction"], OneCycle);
        Assert.Equal(10 / 80.0, metrics["robot.arm-1.loadingFraction"], OneCycle);
        Assert.Equal(10 / 80.0, metrics["robot.arm-1.unloadingFraction"], OneCycle);
        Assert.Equal(60 / 80.0, metrics["robot.arm-1.idleFraction"], 2 * OneCycle);
    }

    [Fact]
    public void Two_arms_at_two_saturated_machines_never_make_one_wait()
    {
        // An arm is held 20 s of each 80 s machine cycle, so two arms serve two machines without a wait: twice the rate.
        var metrics = Run(machines: 2, arms: 2, interarrivalSeconds: 20);

        Assert.Equal(2 * 3600 / 80.0, metrics["throughput.jobsPerHour"], 2 * 3600 * OneCycle / 80);
        Assert.Equal(10 / 80.0, metrics["fleet.arm.loadingFraction"], OneCycle);
        Assert.Equal(10 / 80.0, metrics["fleet.arm.unloadingFraction"], OneCycle);
    }

    [Fact]
    public void A_machine_fed_slower_than_its_cycle_is_busy_for_the_cycle_and_starved_for_the_rest()
    {
        // A job every 100 s: each takes 80 s of the machine, so it is busy 80% and starved 20%, at 36 jobs/h.
        var metrics = Run(machines: 1, arms: 1, interarrivalSeconds: 100);

        Assert.Equal(36, metrics["throughput.jobsPerHour"], 3600 * OneCycle / 80);
        Assert.Equal(0.8, metrics["station.cell.busyFraction"], OneCycle);
        Assert.Equal(0.2, metrics["station.cell.starvedFraction"], OneCycle);
        Assert.Equal(0.1, metrics["robot.arm-1.loadingFraction"], OneCycle);
    }

    [Fact]
    public void Breakdowns_strike_while_arms_handle_jobs_and_the_machine_is_down_for_MTTR_over_MTBF_plus_MTTR()
    {
        // Failures come with time whatever the machine does, loads and unloads included (an arm finishes its move;
        // processing pauses): the long-run fraction down is 60 / (600 + 60) = 1/11.
        var plan = Plan(machines: 1, arms: 1, interarrivalSeconds: 20, failures: """
            , "failures": { "timeBetweenFailures": { "exponential": { "meanSeconds": 600 } }, "repairTime": { "exponential": { "meanSeconds": 60 } } }
            """) with { Run = new RunPlan(360_800, 800, 20) };

        var runs = Replications.Run(plan, plan.Run.Replications);

        Replications.AssertInsideNarrowInterval(60 / 660.0, runs.Summary("station.cell.downFraction"), 0.05);
        Assert.All(runs.Values("robot.arm-1.loadingFraction"), f => Assert.True(f > 0.1, $"the arm loaded only {f:P1} of the time"));
    }

    private static Replications Run(int machines, int arms, double interarrivalSeconds) =>
        Replications.Run(Plan(machines, arms, interarrivalSeconds), 1);

    private static FactoryPlan Plan(int machines, int arms, double interarrivalSeconds, string failures = "") =>
        TestPlans.FromJson(string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "formatVersion": 1, "name": "arm-cell", "seed": 1,
          "run": { "durationSeconds": {{Measured + 800}}, "warmupSeconds": 800 },
          "stations": [
            { "id": "in", "kind": "source" },
            { "id": "cell", "kind": "machine", "machines": {{machines}}, "processTime": 60{{failures}} },
            { "id": "out", "kind": "sink" }
          ],
          "products": [ { "id": "part", "routing": [ { "station": "in" }, { "station": "cell" }, { "station": "out" } ] } ],
          "demand": [ { "product": "part", "interarrivalTime": {{interarrivalSeconds}} } ],
          "robots": [ { "id": "arm", "kind": "arm", "count": {{arms}}, "station": "cell", "loadSeconds": 10, "unloadSeconds": 10 } ]
        }
        """));
}
