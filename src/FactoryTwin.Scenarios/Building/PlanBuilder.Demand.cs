using FactoryTwin.Scenarios.Format;

namespace FactoryTwin.Scenarios.Building;

/// <summary>Demand: how each product is released, the bounds on releases, and batches that CONWIP lines must be able to fill.</summary>
internal sealed partial class PlanBuilder
{
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

}
