using FactoryTwin.Des.Randomness;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Scenarios.Format;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Scenarios.Building;

/// <summary>Turns a scenario that has the right shape into a <see cref="FactoryPlan"/>, listing every problem of meaning on the way.</summary>
/// <remarks>
/// Shape problems (types, unknown and missing fields, ranges) are caught before this runs. Here ids are resolved,
/// the layout is loaded, and what only makes sense together is checked: references, reachability, routings that
/// end at a sink, robots on free and distinct cells. One partial file per part of the scenario.
/// </remarks>
internal sealed partial class PlanBuilder
{
    // Bounds on the work of one replication, so that no scenario can make a run endless (docs/scenario-format.md).
    private const double MinInterarrivalSeconds = 0.001;
    private const double MaxJobsPerReplication = 1e7;
    private const double MinLaneMeters = 0.001;

    private readonly Scenario _scenario;
    private readonly string _baseDirectory;
    private readonly List<ScenarioProblem> _problems = [];
    private LayoutGraph? _layout;
    private readonly Dictionary<string, int> _stationIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _productIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _crewIndex = new(StringComparer.Ordinal);

    private PlanBuilder(Scenario scenario, string baseDirectory)
    {
        _scenario = scenario;
        _baseDirectory = baseDirectory;
    }

    /// <summary>The plan, or null with the problems that prevent it.</summary>
    public static (FactoryPlan? Plan, IReadOnlyList<ScenarioProblem> Problems) Build(Scenario scenario, string baseDirectory)
    {
        var builder = new PlanBuilder(scenario, baseDirectory);
        var plan = builder.Build();
        return (builder._problems.Count == 0 ? plan : null, builder._problems);
    }

    private FactoryPlan Build()
    {
        CheckHeader();
        var run = BuildRun();
        _layout = BuildLayout();
        var crews = BuildCrews();
        var stations = BuildStations();
        var products = BuildProducts(stations);
        var demand = BuildDemand(products);
        CheckBatchesCanFill(stations, products, demand);
        var closures = AddDisruptions(stations, demand);
        var fleets = BuildFleets(stations);
        if (_problems.Count == 0)
            CheckReachability(stations, products, fleets); // on a layout with problems it would only repeat them
        var traffic = new TrafficPlan(_scenario.Traffic.Planner, _scenario.Traffic.StallSeconds, _scenario.Traffic.NoProgressWarningSeconds, _scenario.Traffic.FlowGuidance, closures);
        var transfer = BuildTransferTime(fleets);
        return new FactoryPlan(_scenario.Name, _scenario.Seed, run, _layout, stations, crews, products, demand, fleets, traffic, transfer);
    }

    private void CheckHeader()
    {
        if (_scenario.FormatVersion != Scenario.CurrentFormatVersion)
            Problem("$.formatVersion", $"must be {Scenario.CurrentFormatVersion}, the only version this FactoryTwin reads (got {_scenario.FormatVersion})");
        if (string.IsNullOrWhiteSpace(_scenario.Name))
            Problem("$.name", "must not be empty");
    }

    private RunPlan BuildRun()
    {
        var run = _scenario.Run;
        if (run.WarmupSeconds >= run.DurationSeconds)
            Problem("$.run.warmupSeconds", $"must be less than durationSeconds ({run.DurationSeconds:R}), or nothing is measured (got {run.WarmupSeconds:R})");
        return new RunPlan(run.DurationSeconds, run.WarmupSeconds, run.Replications);
    }

    private IDistribution BuildTransferTime(IReadOnlyList<FleetPlan> fleets)
    {
        if (_scenario.TransferTime is null)
            return new Constant(0);
        if (fleets.Any(f => f.Kind == RobotKind.Amr))
            Problem("$.transferTime", "applies only without mobile robots; with them, the robots carry the jobs");
        return DistributionKinds.ToDistribution(_scenario.TransferTime);
    }

    private void Problem(string path, string message) => _problems.Add(new ScenarioProblem(path, message));

    /// <summary>Checks that ids are unique, not empty, and plain (letters, digits, '-', '_', '.', ':', and ',' for layout nodes), reporting each problem at its own path.</summary>
    /// <remarks>Ids become parts of metric names, file names and CSV cells, so they stay plain; a grid's node ids are "x,y".</remarks>
    private bool CheckIds<T>(IReadOnlyList<T> items, Func<T, string> id, string listPath, Dictionary<string, int> index)
    {
        var allowed = listPath.StartsWith("$.layout", StringComparison.Ordinal) ? "-_.:," : "-_.:";
        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{listPath}[{i}].id";
            var value = id(items[i]);
            if (string.IsNullOrWhiteSpace(value))
                Problem(path, "must not be empty");
            else if (value.Length > 64 || !value.All(c => char.IsAsciiLetterOrDigit(c) || allowed.Contains(c, StringComparison.Ordinal)))
                Problem(path, $"may use only letters, digits and {string.Join(", ", allowed.Select(c => $"'{c}'"))}, at most 64 of them (got \"{value}\")");
            else if (!index.TryAdd(value, i))
                Problem(path, $"'{value}' is already the id of {listPath}[{index[value]}]; ids must be unique");
            else
                continue;
            ok = false;
        }
        return ok;
    }

    private static string Unknown(string what, string id, IEnumerable<string> known)
    {
        var list = known.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct().ToList();
        var suggestion = Spelling.Closest(id, list) is { } close ? $"; did you mean '{close}'?" : "";
        var shown = list.Count == 0 ? "none are defined" : $"known: {string.Join(", ", list.Take(12))}{(list.Count > 12 ? ", ..." : "")}";
        return $"no {what} has the id '{id}'{suggestion} ({shown})";
    }
}
