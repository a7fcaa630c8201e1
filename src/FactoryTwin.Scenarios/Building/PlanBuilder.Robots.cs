using FactoryTwin.Factory.Agents;
using FactoryTwin.Scenarios.Format;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Scenarios.Building;

/// <summary>Robot fleets, where they start, and whether they can reach the stations.</summary>
internal sealed partial class PlanBuilder
{
    private List<FleetPlan> BuildFleets(IReadOnlyList<StationPlan> stations)
    {
        CheckIds(_scenario.Robots, f => f.Id, "$.robots", new Dictionary<string, int>(StringComparer.Ordinal));
        var fleets = new List<FleetPlan>(_scenario.Robots.Count);
        var occupied = new Dictionary<int, List<string>>();
        for (var i = 0; i < _scenario.Robots.Count; i++)
        {
            var spec = _scenario.Robots[i];
            var path = $"$.robots[{i}]";
            if (spec.Brain.Name is { } brain && !BrainCatalog.Names.Contains(brain))
                Problem($"{path}.brain", $"is not a brain; use one of {string.Join(", ", BrainCatalog.Names)}, or {{\"command\": [...]}} for a program (got \"{brain}\"){(Spelling.Closest(brain, BrainCatalog.Names) is { } close ? $"; did you mean '{close}'?" : "")}");
            var ids = Enumerable.Range(1, spec.Count).Select(n => $"{spec.Id}-{n}").ToList();
            var fleet = spec.Kind == RobotKind.Amr ? BuildMobileFleet(spec, path, ids, stations, occupied) : BuildArms(spec, path, ids);
            if (fleet is not null)
                fleets.Add(fleet);
        }
        return fleets;
    }

    private FleetPlan? BuildMobileFleet(FleetSpec spec, string path, List<string> ids, IReadOnlyList<StationPlan> stations, Dictionary<int, List<string>> occupied)
    {
        if (spec.Station is not null)
            Problem($"{path}.station", "applies only to arms; mobile robots travel between stations");
        if (spec.SpeedMetersPerSecond is not { } speed)
        {
            Problem($"{path}.speedMetersPerSecond", "is required for mobile robots");
            return null;
        }
        if (_scenario.Layout is null)
        {
            Problem(path, "mobile robots need a layout to drive on; add one, or remove the fleet");
            return null;
        }
        if (spec.Battery is not null && !stations.Any(s => s.Kind == StationKind.Charger))
            Problem($"{path}.battery", "robots with a battery need a station of kind charger");
        if (spec.Battery is { } b && b.InitialPercent <= b.ChargeThresholdPercent && b.ChargeThresholdPercent > 0)
            Problem($"{path}.battery.initialPercent", $"must be above chargeThresholdPercent ({b.ChargeThresholdPercent:R}), or the robots start by charging (got {b.InitialPercent:R})");
        if (spec.Failures is { } failures && DistributionKinds.ToDistribution(failures.TimeBetweenFailures).Mean <= 0)
            Problem($"{path}.failures.timeBetweenFailures", "must have a mean above 0, or the robots would fail endlessly at one instant");
        if (_layout is null)
            return null;
        var starts = StartNodes(spec, path);
        if (starts is null)
            return null;
        for (var r = 0; r < starts.Count; r++)
        {
            var node = _layout.Nodes[starts[r]];
            if (!occupied.TryGetValue(starts[r], out var there))
                occupied[starts[r]] = there = [];
            if (there.Count >= node.Capacity)
                Problem(spec.Start is null ? $"{path}.startNear" : $"{path}.start[{r}]",
                    $"robot {ids[r]} would start where {string.Join(" and ", there)} already {(there.Count == 1 ? "starts" : "start")} ({Where(node)}), which holds {node.Capacity} robot(s)");
            there.Add(ids[r]);
        }
        var battery = spec.Battery is { } bs
            ? new BatteryPlan(bs.CapacityWattHours, bs.DrainWattHoursPerMeter, bs.IdleWatts, bs.ChargeWatts, bs.ChargeThresholdPercent, bs.InitialPercent)
            : null;
        return new FleetPlan(spec.Id, RobotKind.Amr, ids, starts, -1, speed, spec.TurnSecondsPer90Degrees ?? 0, spec.Payload, spec.LoadSeconds, spec.UnloadSeconds, battery,
            Brain(spec.Brain), spec.DecisionLatencySeconds, new SensorPlan(spec.Sensors.RangeMeters, spec.Sensors.LatencySeconds, spec.Sensors.PositionNoiseMeters, spec.Sensors.BatteryNoisePercent),
            spec.Failures is { } f ? new FailurePlan(DistributionKinds.ToDistribution(f.TimeBetweenFailures), DistributionKinds.ToDistribution(f.RepairTime), f.HandOver) : null,
            spec.Shifts.Count == 0 ? null : DailyShifts([.. spec.Shifts.Select(s => (s.FromHour, s.ToHour, s.Robots))], path, spec.Count, "robot"));
    }

    private BrainPlan Brain(BrainSpec spec) => spec.Name is { } name ? BrainPlan.BuiltIn(name) : BrainPlan.Program(spec.Command, _baseDirectory);

    private List<int>? StartNodes(FleetSpec spec, string path)
    {
        if ((spec.Start is null) == (spec.StartNear is null))
        {
            Problem(path, spec.Start is null
                ? "mobile robots need start (one location per robot) or startNear (a location to gather around)"
                : "must give either start or startNear, not both");
            return null;
        }
        if (spec.Start is { } list)
        {
            if (list.Count != spec.Count)
            {
                Problem($"{path}.start", $"must list one location per robot: {spec.Count} (got {list.Count})");
                return null;
            }
            var nodes = list.Select((l, k) => Locate(l, $"{path}.start[{k}]")).ToList();
            return nodes.Contains(-1) ? null : nodes;
        }
        var centre = Locate(spec.StartNear!, $"{path}.startNear");
        if (centre < 0)
            return null;
        var near = _layout!.BreadthFirst(centre).Take(spec.Count).ToList();
        if (near.Count < spec.Count)
        {
            Problem($"{path}.count", $"only {near.Count} places can be reached from startNear {spec.StartNear}, too few for {spec.Count} robots");
            return null;
        }
        return near;
    }

    private FleetPlan? BuildArms(FleetSpec spec, string path, List<string> ids)
    {
        foreach (var (field, given) in new (string, bool)[]
        {
            ("start", spec.Start is not null), ("startNear", spec.StartNear is not null),
            ("speedMetersPerSecond", spec.SpeedMetersPerSecond is not null), ("battery", spec.Battery is not null),
            ("turnSecondsPer90Degrees", spec.TurnSecondsPer90Degrees is not null),
        })
        {
            if (given)
                Problem($"{path}.{field}", "applies only to mobile robots; an arm stays at its station");
        }
        if (spec.Failures is not null)
            Problem($"{path}.failures", "applies only to mobile robots; arms do not break down");
        if (spec.Shifts.Count > 0)
            Problem($"{path}.shifts", "applies only to mobile robots (a station's shifts say when its machines work)");
        if (spec.Station is not { } station)
        {
            Problem($"{path}.station", "is required for arms: the station they serve");
            return null;
        }
        if (!_stationIndex.TryGetValue(station, out var index))
        {
            Problem($"{path}.station", Unknown("station", station, _scenario.Stations.Select(s => s.Id)));
            return null;
        }
        return new FleetPlan(spec.Id, RobotKind.Arm, ids, [], index, 0, 0, spec.Payload, spec.LoadSeconds, spec.UnloadSeconds, null,
            Brain(spec.Brain), spec.DecisionLatencySeconds, new SensorPlan(spec.Sensors.RangeMeters, spec.Sensors.LatencySeconds, spec.Sensors.PositionNoiseMeters, spec.Sensors.BatteryNoisePercent));
    }

    /// <summary>Every station a job visits and every charger must be reachable from every mobile robot's start and from each other.</summary>
    /// <remarks>A robot goes from any of them to any other; one-way lanes can make that impossible even when all are reachable from the start.</remarks>
    private void CheckReachability(IReadOnlyList<StationPlan> stations, IReadOnlyList<ProductPlan> products, IReadOnlyList<FleetPlan> fleets)
    {
        if (_layout is null || !fleets.Any(f => f.Kind == RobotKind.Amr))
            return;
        var needed = products.SelectMany(p => p.Steps).SelectMany(s => s.Stations)
            .Concat(stations.Where(s => s.Kind == StationKind.Charger).Select(s => s.Index))
            .Distinct().Order().Where(s => stations[s].Node >= 0).ToList();
        var reported = new HashSet<int>();
        // First from where the robots start; only if that is fine, between the stations (one-way lanes).
        var starts = fleets.Where(f => f.Kind == RobotKind.Amr)
            .SelectMany(f => f.StartNodes.Select((node, r) => (Node: node, From: $"{Where(_layout.Nodes[node])}, where robot {f.RobotIds[r]} starts")))
            .DistinctBy(o => o.Node);
        Reach(starts);
        if (reported.Count == 0)
            Reach(needed.Select(s => (stations[s].Node, From: $"'{stations[s].Id}'")).DistinctBy(o => o.Item1));

        void Reach(IEnumerable<(int Node, string From)> origins)
        {
            foreach (var (origin, from) in origins)
            {
                var reachable = _layout.BreadthFirst(origin).ToHashSet();
                foreach (var s in needed.Where(s => !reported.Contains(s) && !reachable.Contains(stations[s].Node)))
                {
                    reported.Add(s);
                    Problem($"$.stations[{s}].location", $"'{stations[s].Id}' at {Where(_layout.Nodes[stations[s].Node])} cannot be reached from {from}; check one-way lanes and walls");
                }
            }
        }
    }

    /// <summary>A node as a user wrote it: a graph node's id, or a grid cell [x, y].</summary>
    private string Where(Factory.Layout.LayoutNode node) => _layout!.Grid is null ? node.Id : $"[{node.Id.Replace(",", ", ", StringComparison.Ordinal)}]";
}
