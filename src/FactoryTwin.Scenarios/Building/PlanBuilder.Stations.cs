using FactoryTwin.Des.Randomness;
using FactoryTwin.Scenarios.Format;

namespace FactoryTwin.Scenarios.Building;

/// <summary>Stations: machines, buffers, batches, conveyors, chargers, and the crews of operators they need.</summary>
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
            var shifts = Shifts(spec, path);
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
                conveyor,
                Shifts: shifts));
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

    /// <summary>A machine station's shifts: each fewer machines than it has, none overlapping another in the day.</summary>
    private List<ShiftPlan>? Shifts(StationSpec spec, string path)
    {
        if (spec.Shifts.Count == 0)
            return null;
        if (spec.Kind != StationKind.Machine)
        {
            Problem($"{path}.shifts", $"shifts are for machine stations (got a {Name(spec.Kind)})");
            return null;
        }
        return DailyShifts([.. spec.Shifts.Select(s => (s.FromHour, s.ToHour, s.Machines))], path, spec.Machines, "machine");
    }

    /// <summary>Daily shifts of a station's machines or a fleet's robots: each with fewer at work than there are, none overlapping another in the day.</summary>
    /// <param name="unit">What works: "machine" (field <c>machines</c> of a station) or "robot" (field <c>robots</c> of a fleet).</param>
    private List<ShiftPlan> DailyShifts(IReadOnlyList<(double FromHour, double ToHour, int Working)> given, string path, int total, string unit)
    {
        var shifts = new List<ShiftPlan>();
        var taken = new List<(double From, double To, int Index)>(); // hours of the day, a shift past midnight in two parts
        for (var k = 0; k < given.Count; k++)
        {
            var shift = given[k];
            var at = $"{path}.shifts[{k}]";
            if (shift.FromHour == shift.ToHour || shift.FromHour == 24)
            {
                Problem($"{at}.toHour", $"must differ from fromHour, which is from 0 up to 24 (got {shift.FromHour:G} to {shift.ToHour:G})");
                continue;
            }
            if (shift.Working >= total)
            {
                Problem($"{at}.{unit}s", $"must be fewer than the {(unit == "robot" ? "fleet" : "station")}'s {total} {unit}(s), or the shift changes nothing (got {shift.Working})");
                continue;
            }
            var parts = shift.FromHour < shift.ToHour ? new[] { (shift.FromHour, shift.ToHour) } : [(shift.FromHour, 24.0), (0.0, shift.ToHour)];
            foreach (var (from, to) in parts)
            {
                if (taken.FirstOrDefault(t => from < t.To && t.From < to) is { To: > 0 } other)
                    Problem($"{at}.fromHour", $"overlaps {path}.shifts[{other.Index}] in the day (got {shift.FromHour:G} to {shift.ToHour:G})");
                else if (to > from)
                    taken.Add((from, to, k));
            }
            shifts.Add(new ShiftPlan(shift.FromHour, shift.ToHour, shift.Working));
        }
        return shifts;
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

    private static string Name(StationKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
