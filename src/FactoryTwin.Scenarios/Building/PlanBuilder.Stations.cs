using FactoryTwin.Des.Randomness;
using FactoryTwin.Scenarios.Format;

namespace FactoryTwin.Scenarios.Building;

/// <summary>Stations, products and their routings, and demand.</summary>
internal sealed partial class PlanBuilder
{
    private List<StationPlan> BuildStations()
    {
        var specs = _scenario.Stations;
        CheckIds(specs, s => s.Id, "$.stations", _stationIndex);
        var stations = new List<StationPlan>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var path = $"$.stations[{i}]";
            var node = -1;
            if (spec.Location is { } location)
            {
                if (_layout is null && _scenario.Layout is null)
                    Problem($"{path}.location", "needs a layout; without one, leave the location out");
                else
                    node = Locate(location, $"{path}.location");
            }
            else if (_scenario.Layout is not null)
            {
                Problem($"{path}.location", "is required when the scenario has a layout (a node id or a cell [x, y])");
            }
            if (spec.Kind == StationKind.Charger && node >= 0 && spec.Machines > _layout!.Nodes[node].Capacity)
                Problem($"{path}.machines", $"a charger's points are at its place, which holds {_layout.Nodes[node].Capacity} robot(s) at once; make one charger per place (got {spec.Machines})");
            if (spec.Failures is { } failures && DistributionKinds.ToDistribution(failures.TimeBetweenFailures).Mean <= 0)
                Problem($"{path}.failures.timeBetweenFailures", "must have a mean above 0, or the machine would fail endlessly at one instant");
            if (spec.InputBufferCapacity == 0 && spec.WhenFull != WhenFull.Lose)
                Problem($"{path}.inputBufferCapacity", "must be at least 1 (got 0): a station whose jobs wait cannot have no room; 0 is for a station that loses jobs (whenFull: lose)");
            if (spec.WhenFull == WhenFull.Lose && spec.Kind != StationKind.Machine)
                Problem($"{path}.whenFull", $"lose is for machine stations (got a {Name(spec.Kind)})");
            if (spec.BalkProbability > 0 && spec.Kind != StationKind.Machine)
                Problem($"{path}.balkProbability", $"balking is for machine stations (got a {Name(spec.Kind)})");
            var needsOperator = NeedsOperator(spec, path);
            CheckBatch(spec, path);
            var conveyor = Conveyor(spec, path);
            if (spec.Kind == StationKind.Machine && spec.ProcessTime is null)
                Problem($"{path}.processTime", "is required for a machine (a number of seconds or a distribution)");
            stations.Add(new StationPlan(
                i,
                spec.Id,
                spec.Kind,
                node,
                spec.Machines,
                spec.ProcessTime is { } time ? DistributionKinds.ToDistribution(time) : new Constant(0),
                spec.SetupTime is { } setup ? DistributionKinds.ToDistribution(setup) : null,
                spec.Failures is { } f ? new FailurePlan(DistributionKinds.ToDistribution(f.TimeBetweenFailures), DistributionKinds.ToDistribution(f.RepairTime)) : null,
                spec.InputBufferCapacity ?? int.MaxValue,
                conveyor is null ? spec.OutputBufferCapacity ?? int.MaxValue : 1, // a conveyor's end holds one job
                spec.WhenFull,
                spec.BalkProbability,
                needsOperator,
                spec.BatchSize,
                conveyor));
        }
        return stations;
    }

    private void CheckBatch(StationSpec spec, string path)
    {
        if (spec.BatchSize == 1)
            return;
        if (spec.Kind != StationKind.Machine)
            Problem($"{path}.batchSize", $"batches are for machine stations (got a {Name(spec.Kind)})");
        else if (spec.InputBufferCapacity < spec.BatchSize)
            Problem($"{path}.inputBufferCapacity", $"must hold a whole batch of {spec.BatchSize}, or the batch would never be full (got {spec.InputBufferCapacity})");
        else if (spec.WhenFull == WhenFull.Lose)
            Problem($"{path}.whenFull", $"lose is for machines that take one job at a time (the batch size is {spec.BatchSize})");
    }

    /// <summary>A conveyor's belt, or null; a conveyor takes only its belt, a location and the room before it (machine-only fields are refused above).</summary>
    private ConveyorPlan? Conveyor(StationSpec spec, string path)
    {
        if (spec.Kind != StationKind.Conveyor)
        {
            if (spec.Conveyor is not null)
                Problem($"{path}.conveyor", $"is for conveyor stations (got a {Name(spec.Kind)})");
            return null;
        }
        if (spec.Conveyor is not { } belt)
        {
            Problem($"{path}.conveyor", "is required for a conveyor: {\"lengthMeters\": ..., \"speedMetersPerSecond\": ..., \"capacity\": ...}");
            return null;
        }
        var others = new (string Field, bool Given)[]
        {
            ("machines", spec.Machines != 1), ("processTime", spec.ProcessTime is not null), ("setupTime", spec.SetupTime is not null),
            ("failures", spec.Failures is not null), ("outputBufferCapacity", spec.OutputBufferCapacity is not null),
        };
        foreach (var (field, _) in others.Where(o => o.Given))
            Problem($"{path}.{field}", "is not for a conveyor: its belt sets its times and holds one job at its end; leave it out");
        var plan = new ConveyorPlan(belt.LengthMeters, belt.SpeedMetersPerSecond, belt.Capacity, belt.Accumulating);
        if (!(plan.HeadwaySeconds >= MinInterarrivalSeconds))
            Problem($"{path}.conveyor.capacity", $"puts jobs {plan.HeadwaySeconds:G3} s apart (length / capacity / speed); at least {MinInterarrivalSeconds} s is simulated (got {belt.Capacity})");
        return plan;
    }

    private List<CrewPlan> BuildCrews()
    {
        CheckIds(_scenario.Operators, c => c.Id, "$.operators", _crewIndex);
        for (var i = 0; i < _scenario.Operators.Count; i++)
        {
            var id = _scenario.Operators[i].Id;
            if (_scenario.Robots.Any(f => f.Id == id) || _scenario.Products.Any(p => p.Id == id))
                Problem($"$.operators[{i}].id", $"'{id}' is also the id of a {(_scenario.Robots.Any(f => f.Id == id) ? "fleet" : "product")}; operators, robots and jobs are named after them (ID-1, ID-2, ...) (got '{id}')");
        }
        return [.. _scenario.Operators.Select(c => new CrewPlan(c.Id, c.Count))];
    }

    private OperatorNeed? NeedsOperator(StationSpec spec, string path)
    {
        if (spec.NeedsOperator is not { } need)
            return null;
        if (spec.Kind != StationKind.Machine)
        {
            Problem($"{path}.needsOperator", $"operators work at machine stations (got a {Name(spec.Kind)})");
            return null;
        }
        if (!_crewIndex.TryGetValue(need.Crew, out var crew))
        {
            Problem($"{path}.needsOperator.crew", Unknown("crew", need.Crew, _scenario.Operators.Select(c => c.Id)));
            return null;
        }
        if (need.During == OperatorDuring.Setup && spec.SetupTime is null)
            Problem($"{path}.needsOperator.during", "is setup, but the station has no setupTime: its operator would never be needed");
        return new OperatorNeed(crew, need.During);
    }

    private List<ProductPlan> BuildProducts(IReadOnlyList<StationPlan> stations)
    {
        var specs = _scenario.Products;
        CheckIds(specs, p => p.Id, "$.products", _productIndex);
        var products = new List<ProductPlan>(specs.Count);
        for (var i = 0; i < specs.Count; i++)
        {
            var routing = specs[i].Routing;
            var path = $"$.products[{i}].routing";
            if (routing.Count < 2)
            {
                Problem(path, $"needs at least two steps, from a source to a sink (got {routing.Count})");
                continue;
            }
            var steps = new List<StepPlan>(routing.Count);
            for (var s = 0; s < routing.Count; s++)
            {
                var role = s == 0 ? StepRole.First : s == routing.Count - 1 ? StepRole.Last : StepRole.Middle;
                if (BuildStep(routing[s], $"{path}[{s}]", role, stations) is { } step)
                    steps.Add(step with { Rework = Rework(routing[s].Rework, s, role, $"{path}[{s}].rework"), MoveBatch = MoveBatch(routing[s], role, stations, step, $"{path}[{s}].moveBatch"),
                        ScrapProbability = Scrap(routing[s].ScrapProbability, role, $"{path}[{s}].scrapProbability") });
            }
            products.Add(new ProductPlan(i, specs[i].Id, steps));
        }
        return products;
    }

    private StepPlan? BuildStep(RoutingStepSpec step, string path, StepRole role, IReadOnlyList<StationPlan> stations)
    {
        IReadOnlyList<string> ids;
        string idsPath;
        if (step.Station is { } one && step.Stations is null)
            (ids, idsPath) = ([one], $"{path}.station");
        else if (step.Stations is { } group && step.Station is null)
            (ids, idsPath) = (group, $"{path}.stations");
        else
        {
            Problem(path, step.Station is null ? "must name a station or a group of stations" : "must give either station or stations, not both");
            return null;
        }
        if (ids.Count == 0)
        {
            Problem(idsPath, "needs at least one station");
            return null;
        }
        var indices = new List<int>(ids.Count);
        for (var k = 0; k < ids.Count; k++)
        {
            var idPath = step.Stations is null ? idsPath : $"{idsPath}[{k}]";
            if (!_stationIndex.TryGetValue(ids[k], out var index))
            {
                Problem(idPath, Unknown("station", ids[k], _scenario.Stations.Select(s => s.Id)));
                continue;
            }
            if (indices.Contains(index))
            {
                Problem(idPath, $"'{ids[k]}' is listed twice");
                continue;
            }
            if (RoleProblem(stations[index], role) is { } problem)
                Problem(idPath, problem);
            indices.Add(index);
        }
        return indices.Count == ids.Count
            ? new StepPlan(indices, step.ProcessTime is { } time ? DistributionKinds.ToDistribution(time) : null)
            : null;
    }

    private double Scrap(double probability, StepRole role, string path)
    {
        if (probability > 0 && role != StepRole.Middle)
            Problem(path, "only a step between the source and the sink can scrap jobs");
        return probability;
    }

    private int MoveBatch(RoutingStepSpec spec, StepRole role, IReadOnlyList<StationPlan> stations, StepPlan step, string path)
    {
        if (spec.MoveBatch == 1)
            return 1;
        if (role == StepRole.Last)
        {
            Problem(path, "jobs leave the factory at the sink; a move batch is for a step that jobs move on from");
            return 1;
        }
        if (step.Stations.Count > 1)
        {
            Problem(path, $"a move batch gathers the jobs of one station: give the step one station (got a group of {step.Stations.Count})");
            return 1;
        }
        if (stations[step.Stations[0]].Kind == StationKind.Conveyor)
        {
            Problem(path, "a conveyor feeds the next station job by job (its end holds one); move batches are for other stations");
            return 1;
        }
        return spec.MoveBatch; // that its output buffer can hold the batch is checked with all the batches leaving it
    }

    /// <summary>Each move batch leaving a station may hold up to its size − 1 jobs in the output buffer; with all of them so held there must still be room for one more, or the machine would be blocked for good.</summary>
    private void CheckMoveBatchRoom(IReadOnlyList<StationPlan> stations, IReadOnlyList<ProductPlan> products)
    {
        foreach (var station in stations)
        {
            var batches = products.SelectMany(p => p.Steps.Select((step, s) => (Product: p, Step: s, step.MoveBatch, step.Stations)))
                .Where(b => b.MoveBatch > 1 && b.Stations[0] == station.Index).ToList();
            var held = batches.Sum(b => (long)b.MoveBatch - 1);
            if (batches.Count > 0 && station.OutputCapacity <= held)
            {
                var first = batches[0];
                var what = batches.Count == 1 ? $"a batch of {first.MoveBatch}" : $"{batches.Count} move batches that may each hold all but one of their jobs ({held} in all)";
                Problem($"$.products[{first.Product.Index}].routing[{first.Step}].moveBatch",
                    $"'{station.Id}' has room for {station.OutputCapacity} finished job(s), too few for {what}: the batches could fill it before any is full; give it outputBufferCapacity {held + 1} or more");
            }
        }
    }

    private ReworkPlan? Rework(ReworkSpec? rework, int step, StepRole role, string path)
    {
        if (rework is null)
            return null;
        if (role != StepRole.Middle)
        {
            Problem(path, "only a step between the source and the sink can send jobs back");
            return null;
        }
        if (rework.ToStep > step)
        {
            Problem($"{path}.toStep", $"must be this step ({step}) or an earlier one, from 1 (got {rework.ToStep})");
            return null;
        }
        return new ReworkPlan(rework.Probability, rework.ToStep);
    }

    private static string? RoleProblem(StationPlan station, StepRole role) => (role, station.Kind) switch
    {
        (StepRole.First, not StationKind.Source) => $"the first step must be at a source, where jobs enter ('{station.Id}' is a {Name(station.Kind)})",
        (StepRole.Last, not StationKind.Sink) => $"the routing never reaches a sink: its last step must be at one ('{station.Id}' is a {Name(station.Kind)})",
        (StepRole.Middle, StationKind.Source or StationKind.Sink or StationKind.Charger) =>
            $"a step between the first and the last must be at a machine, storage or conveyor ('{station.Id}' is a {Name(station.Kind)})",
        _ => null,
    };

    private static string Name(StationKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    private List<DemandPlan> BuildDemand(IReadOnlyList<ProductPlan> products)
    {
        var demand = new List<DemandPlan>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _scenario.Demand.Count; i++)
        {
            var spec = _scenario.Demand[i];
            var path = $"$.demand[{i}]";
            if (!_productIndex.TryGetValue(spec.Product, out var product))
            {
                Problem($"{path}.product", Unknown("product", spec.Product, _scenario.Products.Select(p => p.Id)));
                continue;
            }
            if (!seen.TryAdd(spec.Product, i))
            {
                Problem($"{path}.product", $"'{spec.Product}' already has its demand at $.demand[{seen[spec.Product]}]");
                continue;
            }
            var ways = (spec.InterarrivalTime is null ? 0 : 1) + (spec.ScheduleSeconds is null ? 0 : 1) + (spec.Conwip is null ? 0 : 1);
            if (ways != 1)
            {
                Problem(path, $"must give exactly one of interarrivalTime, scheduleSeconds or conwip (got {ways})");
                continue;
            }
            if (spec.ScheduleSeconds is { } schedule && !CheckSchedule(schedule, $"{path}.scheduleSeconds"))
                continue;
            if (spec.InterarrivalTime is { } interarrival && ReleaseProblem(DistributionKinds.ToDistribution(interarrival).Mean) is { } tooFast)
            {
                Problem($"{path}.interarrivalTime", tooFast);
                continue;
            }
            demand.Add(new DemandPlan(
                product,
                spec.InterarrivalTime is { } gap ? DistributionKinds.ToDistribution(gap) : null,
                spec.ScheduleSeconds,
                spec.Conwip ?? 0));
        }
        return demand;
    }

    /// <summary>Why jobs released this often cannot be simulated, or null: a bound on the work of a run, so that no input can make it endless.</summary>
    private string? ReleaseProblem(double meanSeconds)
    {
        if (!(meanSeconds >= MinInterarrivalSeconds))
            return $"must have a mean of at least {MinInterarrivalSeconds} s (a thousand jobs a second), or jobs would be released all but endlessly at one instant (got a mean of {meanSeconds:G3} s)";
        var jobs = _scenario.Run.DurationSeconds / meanSeconds;
        return jobs > MaxJobsPerReplication
            ? $"would release about {jobs:G3} jobs in one replication of {_scenario.Run.DurationSeconds:G} s; at most {MaxJobsPerReplication:G} are simulated: shorten run.durationSeconds or release less often"
            : null;
    }

    /// <summary>
    /// A CONWIP line whose jobs could all be waiting for batches that none of them fills stops for good. Each batch
    /// holds at most its size − 1 waiting jobs, so w ≥ 1 + Σ (size − 1) over the product's move batches and the
    /// process batches only it feeds is enough. So is a line without rework, scrap or losses whose batches all have
    /// one size k that divides w: jobs then reach each batch k at a time, so a batch waits for none (Factory Physics'
    /// worst case, every batch the whole WIP). And a batch that only CONWIP lines reach needs as many jobs in them.
    /// </summary>
    private void CheckBatchesCanFill(IReadOnlyList<StationPlan> stations, IReadOnlyList<ProductPlan> products, IReadOnlyList<DemandPlan> demand)
    {
        CheckMoveBatchRoom(stations, products);
        var conwip = demand.ToDictionary(d => d.Product, d => d.Conwip); // 0 for open release
        foreach (var product in products)
        {
            if (conwip.GetValueOrDefault(product.Index) is not (var w and > 0))
                continue;
            var visited = product.Steps.SelectMany(step => step.Stations).Distinct().ToList();
            var sizes = product.Steps.Select(step => step.MoveBatch)
                .Concat(visited.Where(s => stations[s].BatchSize > 1 && !products.Any(other => other != product && other.Steps.Any(step => step.Stations.Contains(s))))
                    .Select(s => stations[s].BatchSize))
                .Where(k => k > 1).ToList();
            var held = sizes.Sum(k => (long)k - 1);
            var grouped = sizes.Count > 0 && sizes.All(k => k == sizes[0]) && w % sizes[0] == 0
                && product.Steps.All(step => step.Rework is null && step.ScrapProbability == 0)
                && visited.All(s => stations[s].WhenFull == WhenFull.Wait && stations[s].BalkProbability == 0);
            if (held > 0 && w <= held && !grouped)
            {
                var at = product.Steps.Select((step, s) => (step, s)).FirstOrDefault(x => x.step.MoveBatch > 1);
                Problem(at.step is null ? $"$.demand[{demand.ToList().FindIndex(d => d.Product == product.Index)}].conwip" : $"$.products[{product.Index}].routing[{at.s}].moveBatch",
                    $"the product's CONWIP keeps {w} job(s) in the factory, and its batches could hold {held} of them waiting, none full: keep at least {held + 1}, or give every batch one size that divides {w}");
            }
        }
        foreach (var station in stations.Where(s => s.BatchSize > 1))
        {
            var feeding = products.Where(p => conwip.ContainsKey(p.Index) && p.Steps.Any(step => step.Stations.Contains(station.Index))).ToList();
            if (feeding.Count > 0 && feeding.All(p => conwip[p.Index] > 0) && feeding.Sum(p => conwip[p.Index]) < station.BatchSize)
                Problem($"$.stations[{station.Index}].batchSize", $"only CONWIP lines with {feeding.Sum(p => conwip[p.Index])} job(s) in all reach it, so a batch of {station.BatchSize} would never be full");
        }
    }

    private bool CheckSchedule(IReadOnlyList<double> schedule, string path)
    {
        for (var k = 0; k < schedule.Count; k++)
        {
            if (schedule[k] < 0 || schedule[k] > DistributionKinds.MaxSeconds)
            {
                Problem($"{path}[{k}]", $"must be between 0 and {DistributionKinds.MaxSeconds:G} seconds (got {schedule[k]:R})");
                return false;
            }
            if (k > 0 && schedule[k] < schedule[k - 1])
            {
                Problem($"{path}[{k}]", $"must not be earlier than the time before it ({schedule[k - 1]:R}) (got {schedule[k]:R})");
                return false;
            }
        }
        return true;
    }

    private enum StepRole
    {
        First,
        Middle,
        Last,
    }
}
