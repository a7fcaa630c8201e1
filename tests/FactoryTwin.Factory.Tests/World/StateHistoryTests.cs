using System.Text.Json;
using FactoryTwin.Des;
using FactoryTwin.Factory.Metrics;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.World;

/// <summary>
/// The world records every change with its time, and a <see cref="StateHistory"/> answers what state and place an
/// element had at any time: checked on two simulated hours of the job-shop example against a plain list of the changes.
/// </summary>
public sealed class StateHistoryTests
{
    private const double Hours = 2 * 3600;

    [Fact]
    public void The_history_keeps_every_change_the_log_recorded()
    {
        var run = Run.JobShop();

        var total = run.History.Elements.Sum(e => run.History.Of(e.Index).Count);

        Assert.Equal(run.Recorder.Changes.Count, total);
        Assert.Equal(run.World.Log.Changes, total);
        // One place per element ever registered, in order, though the log gave finished jobs' indexes to new ones.
        Assert.Equal(run.Recorder.Elements.Select(e => e.Id), run.History.Elements.Select(e => e.Id));
        Assert.True(run.History.Elements.Count > run.World.Log.Elements.Count + 5, "no job's index was given again");
        Assert.All(run.History.Elements, e => Assert.Equal(e, run.History.Find(e.Id)));
        Assert.All(run.History.Elements.Select((e, place) => (e, place)), p => Assert.Equal(p.place, p.e.Index));
        Assert.All(run.World.Log.Elements, e => Assert.Equal(Plain(run.World.Log.Current(e.Index)), Plain(run.History.Of(run.History.Find(e.Id).Index)[^1])));
    }

    [Fact]
    public void Every_element_has_a_first_change_at_its_registration_and_the_changes_of_each_come_in_time_order()
    {
        var run = Run.JobShop();

        var outOfOrder = run.History.Elements
            .SelectMany(e => run.History.Of(e.Index).Zip(run.History.Of(e.Index).Skip(1), (a, b) => (Element: e.Id, a, b)))
            .Where(p => p.b.Time < p.a.Time)
            .Select(p => $"{p.Element}: t={p.a.Time:R} then t={p.b.Time:R}")
            .ToList();

        Assert.All(run.History.Elements, e => Assert.NotEmpty(run.History.Of(e.Index)));
        Assert.All(run.History.Elements, e => Assert.All(run.History.Of(e.Index), c => Assert.Equal(e.Index, c.Element)));
        Assert.True(outOfOrder.Count == 0, string.Join("\n", outOfOrder.Take(10)));
        Assert.All(run.Recorder.Changes, c => Assert.InRange(c.Time, 0, Hours));
    }

    [Fact]
    public void Observers_are_told_the_changes_of_all_elements_in_order_of_time()
    {
        var run = Run.JobShop();

        var backwards = run.Recorder.Changes.Zip(run.Recorder.Changes.Skip(1)).Count(p => p.Second.Time < p.First.Time);

        Assert.Equal(0, backwards);
        Assert.True(run.Recorder.Changes[^1].Time > Hours / 2, "the run recorded nothing in its second hour");
    }

    [Fact]
    public void At_gives_the_last_change_at_or_before_the_time_asked()
    {
        var run = Run.JobShop();
        var byElement = run.Recorder.ChangesById.ToDictionary(g => run.History.Find(g.Key).Index, g => g.Value.Select(Plain).ToList());
        var probes = new List<(int Element, double Time, StateChange Expected)>();
        foreach (var (element, changes) in byElement)
        {
            probes.Add((element, changes[0].Time - 1, changes[0])); // before the first: the first
            probes.Add((element, Hours + 1, changes[^1]));
            for (var i = 0; i < changes.Count; i++)
            {
                // At the time of a change: the last change at that same time.
                var last = changes.FindLastIndex(c => c.Time == changes[i].Time);
                probes.Add((element, changes[i].Time, changes[last]));
                if (i + 1 < changes.Count && changes[i + 1].Time > changes[i].Time)
                    probes.Add((element, (changes[i].Time + changes[i + 1].Time) / 2, changes[i]));
            }
        }

        var wrong = probes.Where(p => Plain(run.History.At(p.Element, p.Time)) != p.Expected).ToList();

        Assert.True(probes.Count > 1000, $"only {probes.Count} probes");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {probes.Count} wrong, e.g. " +
            string.Join("; ", wrong.Take(5).Select(w => $"{run.History.Elements[w.Element].Id} at t={w.Time:R}: got {run.History.At(w.Element, w.Time)}, expected {w.Expected}")));
    }

    [Fact]
    public void Every_robot_is_first_recorded_idle_at_its_start_node()
    {
        var run = Run.JobShop();
        using var scenario = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "job-shop.json")));
        var fleet = scenario.RootElement.GetProperty("robots")[0];
        var starts = fleet.GetProperty("start").EnumerateArray().Select(s => s.GetString()!).ToList();
        var layout = run.Plan.Layout!;

        var robots = run.History.Elements.Where(e => e.Kind == ElementKind.Robot).ToList();

        Assert.Equal(fleet.GetProperty("count").GetInt32(), robots.Count);
        Assert.Equal(starts.Count, robots.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var robot = run.History.Find($"amr-{i + 1}");
            Assert.Equal("amr", robot.Group);
            Assert.True(layout.TryGetNode(starts[i], out var start));
            var first = run.History.Of(robot.Index)[0];
            Assert.Equal(0, first.Time);
            Assert.Equal(ElementState.Idle, first.State);
            Assert.Equal(start, first.Node);
            Assert.Equal(layout.Nodes[start].Position, first.Position);
            Assert.Equal(first, run.History.At(robot.Index, 0));
        }
    }

    [Fact]
    public void A_robot_is_always_recorded_at_a_node_of_the_floor_and_moves_only_along_lanes()
    {
        var run = Run.JobShop();
        var layout = run.Plan.Layout!;

        var robots = run.History.Elements.Where(e => e.Kind == ElementKind.Robot).ToList();

        foreach (var robot in robots)
        {
            var changes = run.History.Of(robot.Index);
            Assert.All(changes, c => Assert.InRange(c.Node, 0, layout.Nodes.Count - 1));
            Assert.All(changes, c => Assert.Equal(layout.Nodes[c.Node].Position, c.Position));
            for (var i = 0; i + 1 < changes.Count; i++)
            {
                if (changes[i + 1].Node != changes[i].Node)
                {
                    Assert.True(changes[i].State is ElementState.MovingEmpty or ElementState.MovingLoaded,
                        $"{robot.Id} changed node from {layout.Nodes[changes[i].Node].Id} to {layout.Nodes[changes[i + 1].Node].Id} at t={changes[i + 1].Time:R} without moving");
                    Assert.Contains(layout.OutEdges(changes[i].Node).ToArray(), e => e.To == changes[i + 1].Node);
                }
            }
        }
        Assert.Contains(robots, r => run.History.Of(r.Index).Any(c => c.State == ElementState.MovingLoaded));
    }

    [Fact]
    public void A_job_ends_done_exactly_when_it_was_counted_as_finished()
    {
        var run = Run.JobShop();

        var jobs = run.History.Elements.Where(e => e.Kind == ElementKind.Job).ToList();
        var endedDone = jobs.Where(j => run.History.Of(j.Index)[^1].State == ElementState.Done).Select(j => j.Id).ToHashSet();

        Assert.True(run.Finished.Count > 5, $"only {run.Finished.Count} jobs finished");
        Assert.Equal(run.World.JobsStarted, jobs.Count);
        Assert.Equal(run.World.JobsFinished, run.Finished.Count);
        Assert.Equal(run.Finished.Order(StringComparer.Ordinal), endedDone.Order(StringComparer.Ordinal));
        Assert.All(jobs, j => Assert.True(run.History.Of(j.Index).Count(c => c.State == ElementState.Done) <= 1, $"{j.Id} is done twice"));
        Assert.Equal(run.World.JobsInProgress, jobs.Count(j => run.History.At(j.Index, Hours).State != ElementState.Done));
        Assert.All(jobs, j => Assert.Equal(ElementState.Queued, run.History.Of(j.Index)[0].State));
        Assert.All(jobs, j => Assert.True(j.Group is "shaft" or "bracket", $"{j.Id} is of product {j.Group}"));
    }

    [Fact]
    public void At_any_time_a_busy_machine_and_the_job_it_processes_point_at_each_other()
    {
        var run = Run.JobShop();
        var machines = run.History.Elements.Where(e => e.Kind == ElementKind.Machine).ToList();
        var jobs = run.History.Elements.Where(e => e.Kind == ElementKind.Job).ToList();
        var times = Enumerable.Range(1, 200).Select(i => (i * Hours / 201) + 0.123456).ToList();

        var problems = new List<string>();
        foreach (var t in times)
        {
            foreach (var machine in machines)
            {
                var state = run.History.At(machine.Index, t);
                if (state.State is not (ElementState.Busy or ElementState.Setup or ElementState.Blocked))
                    continue;
                var job = state.Link;
                if (job < 0 || run.History.Elements[job].Kind != ElementKind.Job)
                {
                    problems.Add($"t={t:R}: {machine.Id} is {state.State} with no job");
                    continue;
                }
                var jobState = run.History.At(job, t);
                if (jobState.State != ElementState.Processing || jobState.Link != machine.Index)
                    problems.Add($"t={t:R}: {machine.Id} is {state.State} with {run.History.Elements[job].Id}, which is {jobState.State} linked to {jobState.Link}");
            }
            foreach (var job in jobs.Where(j => run.History.Of(j.Index)[0].Time <= t))
            {
                var jobState = run.History.At(job.Index, t);
                if (jobState.State != ElementState.Processing)
                    continue;
                var machine = run.History.At(jobState.Link, t);
                if (run.History.Elements[jobState.Link].Kind != ElementKind.Machine || machine.Link != job.Index)
                    problems.Add($"t={t:R}: {job.Id} is processing on {run.History.Elements[jobState.Link].Id}, which is {machine.State} with {machine.Link}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.Contains(times, t => machines.Any(m => run.History.At(m.Index, t).State == ElementState.Busy));
    }

    /// <summary>A change without the numbers that name elements (the log's indexes and the history's places differ).</summary>
    private static StateChange Plain(StateChange change) => change with { Element = 0, Link = change.Link >= 0 ? 0 : -1 };

    /// <summary>Every change in the order observers were told, independently of <see cref="StateHistory"/>, and each element's changes by its id.</summary>
    private sealed class Recorder : IStateObserver
    {
        private readonly Dictionary<int, string> _idAt = [];

        public List<Element> Elements { get; } = [];

        public List<StateChange> Changes { get; } = [];

        public Dictionary<string, List<StateChange>> ChangesById { get; } = new(StringComparer.Ordinal);

        public void OnElement(Element element)
        {
            Elements.Add(element);
            _idAt[element.Index] = element.Id;
            ChangesById[element.Id] = [];
        }

        public void OnChange(in StateChange change)
        {
            Changes.Add(change);
            ChangesById[_idAt[change.Element]].Add(change);
        }
    }

    private sealed record Run(FactoryPlan Plan, FactoryWorld World, StateHistory History, Recorder Recorder, List<string> Finished)
    {
        private static readonly Lazy<Run> Shared = new(() => Make(TestPlans.Example("job-shop.json")));

        /// <summary>Two simulated hours of the job shop, run once for all the tests (they only read it).</summary>
        public static Run JobShop() => Shared.Value;

        private static Run Make(FactoryPlan plan)
        {
            plan = plan with { Run = plan.Run with { DurationSeconds = Hours, WarmupSeconds = 0 } };
            var history = new StateHistory();
            var recorder = new Recorder();
            var world = new FactoryWorld(plan, new Simulation(plan.Seed), [new MetricsCollector(plan), history, recorder]);
            var finished = new List<string>();
            world.JobLeft += job => finished.Add(job.Id); // these examples neither lose nor scrap jobs: every one that leaves has finished
            world.Start();
            world.Simulation.Run(until: Hours);
            return new Run(plan, world, history, recorder, finished);
        }
    }
}
