using FactoryTwin.Des.Randomness;
using FactoryTwin.Scenarios.Format;

namespace FactoryTwin.Scenarios.Building;

/// <summary>Disruptions: maintenance windows go to their stations, surges to their products' demand, closures to the traffic.</summary>
internal sealed partial class PlanBuilder
{
    /// <summary>Adds maintenance and surges to the stations and the demand; returns the closures, in the order given.</summary>
    private List<ClosurePlan> AddDisruptions(List<StationPlan> stations, List<DemandPlan> demand)
    {
        var maintenance = new Dictionary<int, List<(TimeWindow Window, string Path)>>();
        var surges = new Dictionary<int, List<(RateWindow Window, string Path)>>();
        var closures = new List<(ClosurePlan Closure, string Path)>();
        for (var i = 0; i < _scenario.Disruptions.Count; i++)
        {
            var spec = _scenario.Disruptions[i];
            var path = $"$.disruptions[{i}]";
            if (spec.FromSeconds >= _scenario.Run.DurationSeconds)
                Problem($"{path}.fromSeconds", $"starts after the run ends at {_scenario.Run.DurationSeconds:G} s, so it would change nothing (got {spec.FromSeconds:G})");
            var isRandom = spec.TimeBetween is not null || spec.ClosedTime is not null;
            var random = isRandom ? RandomWindowsOf(spec, path) : null;
            var window = isRandom ? null : FixedWindow(spec, path);
            if (spec.Kind == DisruptionKind.Maintenance && MaintainedStation(spec, path, stations) is { } station && window is not null)
                Add(maintenance, station, (window, path));
            if (spec.Kind == DisruptionKind.Surge)
            {
                foreach (var d in SurgedDemand(spec, path, demand).Where(_ => window is not null))
                    Add(surges, d, (new RateWindow(window!, spec.RateMultiplier ?? 1), path));
            }
            if (spec.Kind == DisruptionKind.Closure && Closed(spec, path, window, random) is { } closure && (window is not null || closure.Random is not null))
                closures.Add((closure, path));
            if (spec.Kind != DisruptionKind.Closure)
                NotForClosure(spec, path);
        }
        foreach (var group in closures.Where(c => c.Closure.Window is not null).GroupBy(c => (c.Closure.Node, c.Closure.Lane)))
            Apart([.. group.Select(c => (c.Closure.Window!, c.Path))]); // random windows may overlap them: a node closed twice is closed
        foreach (var (station, windows) in maintenance)
        {
            if (Apart(windows.Select(w => (w.Window, w.Path)).ToList()))
                stations[station] = stations[station] with { Maintenance = [.. windows.Select(w => w.Window).OrderBy(w => w.FromSeconds)] };
        }
        foreach (var (d, windows) in surges)
        {
            if (Apart(windows.Select(w => (w.Window.Window, w.Path)).ToList()) && SurgeProblem(demand[d], windows) is null)
                demand[d] = demand[d] with { Surges = [.. windows.Select(w => w.Window).OrderBy(w => w.Window.FromSeconds)] };
        }
        return [.. closures.Select(c => c.Closure)];
    }

    /// <summary>The fixed window of a disruption; null (with the problems) if a part is missing.</summary>
    private TimeWindow? FixedWindow(DisruptionSpec spec, string path)
    {
        if (spec.FromSeconds is null)
            Problem($"{path}.fromSeconds", "is required: when it starts, in seconds from the start of the run");
        if (spec.DurationSeconds is null)
            Problem($"{path}.durationSeconds", spec.Kind == DisruptionKind.Closure
                ? "is required: how long it lasts (or give timeBetween and closedTime for random closures)"
                : "is required: how long it lasts");
        return spec is { FromSeconds: { } from, DurationSeconds: { } duration } ? new TimeWindow(from, duration) : null;
    }

    /// <summary>A closure's random windows (the stream is named once the closed node or lane is known); null (with the problems) if they are ill given.</summary>
    private (IDistribution TimeBetween, IDistribution ClosedTime)? RandomWindowsOf(DisruptionSpec spec, string path)
    {
        if (spec.Kind != DisruptionKind.Closure)
        {
            foreach (var (field, given) in new[] { ("timeBetween", spec.TimeBetween is not null), ("closedTime", spec.ClosedTime is not null) }.Where(f => f.Item2))
                Problem($"{path}.{field}", $"is for random closures; a {Name(spec.Kind)} has a fixed window (fromSeconds and durationSeconds)");
            return null;
        }
        if (spec.DurationSeconds is not null)
            Problem($"{path}.durationSeconds", "is for a fixed window; random closures last closedTime each");
        if (spec.TimeBetween is null || spec.ClosedTime is null)
        {
            Problem(spec.TimeBetween is null ? $"{path}.timeBetween" : $"{path}.closedTime", spec.TimeBetween is null
                ? "is required with closedTime: how long the way stays open between closures"
                : "is required with timeBetween: how long each closure lasts");
            return null;
        }
        var between = DistributionKinds.ToDistribution(spec.TimeBetween);
        if (between.Mean <= 0)
            Problem($"{path}.timeBetween", "must have a mean above 0, or the way would close and reopen endlessly at one instant");
        return (between, DistributionKinds.ToDistribution(spec.ClosedTime));
    }

    /// <summary>A closure's node or lane, resolved; null (with the problems) if it names neither well.</summary>
    private ClosurePlan? Closed(DisruptionSpec spec, string path, TimeWindow? window, (IDistribution TimeBetween, IDistribution ClosedTime)? random)
    {
        if (spec.Station is not null)
            Problem($"{path}.station", "is for maintenance; a closure names a location or a lane");
        if (spec.Product is not null)
            Problem($"{path}.product", "is for a surge; a closure names a location or a lane");
        if (spec.RateMultiplier is not null)
            Problem($"{path}.rateMultiplier", "is for a surge; a closure closes a node or a lane to robots");
        if (_scenario.Layout is null)
        {
            Problem($"{path}.kind", "a closure closes a node or a lane of the layout, and the scenario has no layout");
            return null;
        }
        if ((spec.Location is null) == (spec.Lane is null))
        {
            Problem(path, spec.Location is null
                ? "a closure needs a location (the node closed) or a lane (its two ends)"
                : "give a location or a lane, not both: one closure closes one node or one lane");
            return null;
        }
        if (spec.Location is { } location)
        {
            var node = Locate(location, $"{path}.location");
            return node < 0 ? null : new ClosurePlan(node, -1, window, Windows(Where(_layout!.Nodes[node])));
        }
        var ends = spec.Lane!;
        if (ends.Count != 2)
        {
            Problem($"{path}.lane", $"must name the lane's two ends (got {ends.Count} location(s))");
            return null;
        }
        var from = Locate(ends[0], $"{path}.lane[0]");
        var to = Locate(ends[1], $"{path}.lane[1]");
        if (from < 0 || to < 0 || _layout is null)
            return null;
        var edge = _layout.EdgeBetween(from, to);
        if (edge < 0)
            edge = _layout.EdgeBetween(to, from); // a one-way lane, named from its other end
        if (edge < 0)
        {
            Problem($"{path}.lane", $"no lane joins {ends[0]} and {ends[1]} (got [{ends[0]}, {ends[1]}])");
            return null;
        }
        var lane = _layout.Edges[edge];
        return new ClosurePlan(-1, _layout.LaneOf(edge), window, Windows($"{Where(_layout.Nodes[lane.From])}-{Where(_layout.Nodes[lane.To])}"));

        // Each closed node or lane draws from a stream of its own, named after it: alternatives see the same closures.
        RandomWindows? Windows(string where) =>
            random is { } r ? new RandomWindows(spec.FromSeconds ?? 0, r.TimeBetween, r.ClosedTime, $"closure/{where}") : null;
    }

    private void NotForClosure(DisruptionSpec spec, string path)
    {
        if (spec.Location is not null)
            Problem($"{path}.location", $"is for a closure (got a {Name(spec.Kind)})");
        if (spec.Lane is not null)
            Problem($"{path}.lane", $"is for a closure (got a {Name(spec.Kind)})");
    }

    /// <summary>The bounds on releases (at most every 1 ms, at most 10⁷ a replication) hold with the surges too; reports the first surge that breaks them.</summary>
    private string? SurgeProblem(DemandPlan demand, List<(RateWindow Window, string Path)> windows)
    {
        var mean = demand.Interarrival!.Mean;
        var end = _scenario.Run.DurationSeconds;
        var extra = 0.0;
        foreach (var (window, path) in windows)
        {
            var problem = !(mean / window.Multiplier >= MinInterarrivalSeconds)
                ? $"makes arrivals {window.Multiplier:G} times as frequent, a mean gap of {mean / window.Multiplier:G3} s; at least {MinInterarrivalSeconds} s is simulated"
                : null;
            extra += (window.Multiplier - 1) * Math.Max(0, Math.Min(window.Window.ToSeconds, end) - window.Window.FromSeconds);
            if (problem is null && (end + extra) / mean > MaxJobsPerReplication)
                problem = $"would release about {(end + extra) / mean:G3} jobs in one replication with the surges; at most {MaxJobsPerReplication:G} are simulated";
            if (problem is not null)
            {
                Problem($"{path}.rateMultiplier", problem);
                return problem;
            }
        }
        return null;
    }

    private int? MaintainedStation(DisruptionSpec spec, string path, List<StationPlan> stations)
    {
        if (spec.Product is not null)
            Problem($"{path}.product", "is for a surge; maintenance names a station");
        if (spec.RateMultiplier is not null)
            Problem($"{path}.rateMultiplier", "is for a surge; maintenance takes the station's machines down");
        if (spec.Station is not { } id)
        {
            Problem($"{path}.station", "is required for maintenance: the machine station whose machines are down");
            return null;
        }
        if (!_stationIndex.TryGetValue(id, out var station))
        {
            Problem($"{path}.station", Unknown("station", id, _scenario.Stations.Select(s => s.Id)));
            return null;
        }
        if (stations[station].Kind is not (StationKind.Machine or StationKind.Charger))
        {
            Problem($"{path}.station", $"maintenance is for machine stations and chargers ('{id}' is a {Name(stations[station].Kind)})");
            return null;
        }
        return station;
    }

    /// <summary>The indices in the demand list of the products a surge speeds up.</summary>
    private List<int> SurgedDemand(DisruptionSpec spec, string path, List<DemandPlan> demand)
    {
        if (spec.Station is not null)
            Problem($"{path}.station", "is for maintenance; a surge names a product, or none for all");
        if (spec.RateMultiplier is null)
            Problem($"{path}.rateMultiplier", "is required for a surge: how many times as often arrivals come (2 doubles them, 0.5 halves them)");
        if (spec.Product is { } id)
        {
            if (!_productIndex.TryGetValue(id, out var product))
            {
                Problem($"{path}.product", Unknown("product", id, _scenario.Products.Select(p => p.Id)));
                return [];
            }
            var index = demand.FindIndex(d => d.Product == product);
            if (index < 0 || demand[index].Interarrival is null)
            {
                Problem($"{path}.product", $"'{id}' has no demand with an interarrivalTime; a surge changes the rate of random arrivals (not a timetable or CONWIP)");
                return [];
            }
            return [index];
        }
        var open = demand.Select((d, i) => (d, i)).Where(x => x.d.Interarrival is not null).Select(x => x.i).ToList();
        if (open.Count == 0)
            Problem(path, "no product's demand has an interarrivalTime, so a surge has nothing to speed up");
        return open;
    }

    private static string Name(DisruptionKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private bool Apart(List<(TimeWindow Window, string Path)> windows)
    {
        var sorted = windows.OrderBy(w => w.Window.FromSeconds).ToList();
        for (var k = 1; k < sorted.Count; k++)
        {
            if (sorted[k].Window.FromSeconds < sorted[k - 1].Window.ToSeconds)
            {
                Problem($"{sorted[k].Path}.fromSeconds", $"overlaps {sorted[k - 1].Path} (from {sorted[k - 1].Window.FromSeconds:G} to {sorted[k - 1].Window.ToSeconds:G} s); give one window for the two (got {sorted[k].Window.FromSeconds:G})");
                return false;
            }
        }
        return true;
    }

    private static void Add<T>(Dictionary<int, List<T>> lists, int key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
            lists[key] = list = [];
        list.Add(item);
    }
}
