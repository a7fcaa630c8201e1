using System.Text.Json.Nodes;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.Agents;

/// <summary>A charger out of service (its maintenance window) takes no robot: they go to the others, and queue there, meanwhile.</summary>
public sealed class ChargerOutageTests
{
    private const double From = 7200, To = 21600;

    [Fact]
    public void No_robot_starts_charging_at_a_charger_out_of_service_and_robots_queue_at_the_others_instead()
    {
        var outage = Run(withOutage: true);
        var plain = Run(withOutage: false);

        var duringOutage = ChargingStarts(outage.Plan, outage.History).Where(s => s.Time > From && s.Time < To).ToList();
        var duringPlain = ChargingStarts(plain.Plan, plain.History).Where(s => s.Time > From && s.Time < To).ToList();
        Assert.DoesNotContain(duringOutage, s => s.Charger == "charger-1");
        Assert.Contains(duringPlain, s => s.Charger == "charger-1"); // it is used when it works, so the outage is what keeps robots away
        // The other three were near their limit already (a charge takes 0.4 h at one point each), so robots queue there instead.
        Assert.True(outage.WaitingForCharger > 2 * plain.WaitingForCharger, $"waiting for a charger: {outage.WaitingForCharger:P2} of robot time with the outage, {plain.WaitingForCharger:P2} without");
        Assert.Contains(ChargingStarts(outage.Plan, outage.History), s => s.Charger == "charger-1" && s.Time >= To); // back in service after
        Assert.Empty(new TrafficAudit(outage.Plan, outage.History, outage.Plan.Run.DurationSeconds).Violations());
    }

    private static (FactoryPlan Plan, StateHistory History, double WaitingForCharger) Run(bool withOutage)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "warehouse.json")))!;
        root["run"]!["replications"] = 1;
        if (withOutage)
            root["disruptions"] = JsonNode.Parse($$"""[ { "kind": "maintenance", "station": "charger-1", "fromSeconds": {{From}}, "durationSeconds": {{To - From}} } ]""");
        var plan = TestPlans.FromJson(root.ToJsonString());
        var history = new StateHistory();
        var metrics = ReplicationRunner.Run(plan, 0, [history]).Metrics;
        return (plan, history, metrics.Single(m => m.Name == "fleet.amr.waitingChargerFraction").Value);
    }

    /// <summary>When and at which charger each robot starts charging.</summary>
    private static IEnumerable<(double Time, string Charger)> ChargingStarts(FactoryPlan plan, StateHistory history)
    {
        var chargers = plan.Stations.Where(s => s.Kind == StationKind.Charger).ToDictionary(s => s.Node, s => s.Id);
        foreach (var id in plan.Fleets[0].RobotIds)
        {
            var previous = ElementState.Idle;
            foreach (var change in history.Of(history.Find(id).Index))
            {
                if (change.State == ElementState.Charging && previous != ElementState.Charging)
                    yield return (change.Time, chargers[change.Node]);
                previous = change.State;
            }
        }
    }
}
