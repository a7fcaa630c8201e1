using FactoryTwin.Scenarios.Format;

namespace FactoryTwin.Scenarios.Building;

/// <summary>Products and their routings: the steps, rework, scrap and move batches.</summary>
internal sealed partial class PlanBuilder
{
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

    private enum StepRole
    {
        First,
        Middle,
        Last,
    }
}
