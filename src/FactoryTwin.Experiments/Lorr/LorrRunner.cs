using System.Diagnostics;
using FactoryTwin.Des;
using FactoryTwin.Des.Randomness;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Experiments.Lorr;

/// <summary>Runs a League of Robot Runners problem with the factory's own robots and traffic layer: a factory with no stations, one fleet, and an errand brain.</summary>
/// <remarks>
/// Cells are 1 m and robots drive 1 m/s and turn a quarter in 1 s, so every action takes one step of 1 s; all robots
/// start facing east. The simulation runs a step at a time, and the wall time of each step (the planning rounds, the
/// brain's decisions and the bookkeeping) is its planner time.
/// </remarks>
public static class LorrRunner
{
    public static LorrResult Run(LorrProblem problem, long seed = 1, Action<double>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var layout = LayoutGraph.FromGrid(problem.Map, 1);
        var width = problem.Map.Width;
        var ids = Enumerable.Range(0, problem.TeamSize).Select(a => $"agent-{a}").ToList();
        var fleet = new FleetPlan("agents", RobotKind.Amr, ids, [.. problem.Starts.Select(l => layout.NodeOfCell(l % width, l / width))], -1,
            SpeedMetersPerSecond: 1, TurnSecondsPer90Degrees: 1, Payload: 1, LoadSeconds: 0, UnloadSeconds: 0, Battery: null, Brain: BrainPlan.BuiltIn("lorr"),
            DecisionLatencySeconds: 0, new SensorPlan(0, 0, 0, 0));
        var plan = new FactoryPlan(problem.Name, seed, new RunPlan(problem.Steps, 0, 1), layout, [], [], [], [], [fleet],
            new TrafficPlan(PlannerKind.Pibt, StallSeconds: 30, NoProgressWarningSeconds: 600, FlowGuidance: true), new Constant(0));
        var book = new LorrTaskBook(problem);
        var paths = new LorrPaths(problem.TeamSize);
        var simulation = new Simulation(seed);
        var world = new FactoryWorld(plan, simulation, [paths]);
        var agentOf = ids.Select((id, a) => (id, a)).ToDictionary(x => x.id, x => x.a, StringComparer.Ordinal);
        world.Start(_ => new LorrBrain(book, agentOf, width));

        var seconds = new double[problem.Steps];
        var clock = new Stopwatch();
        for (var step = 1; step <= problem.Steps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            clock.Restart();
            simulation.Run(step, cancellation); // every event before this step: the decisions and moves of step − 1
            seconds[step - 1] = clock.Elapsed.TotalSeconds;
            if (step % 10 == 0)
                progress?.Invoke((double)step / problem.Steps);
        }
        var errors = new List<LorrError>();
        var actions = paths.Actions(problem.Steps, errors);
        var verdict = LorrCheck.Run(problem, actions);
        errors.AddRange(verdict.Errors);
        if (verdict.Tasks.Finished != book.Finished)
            errors.Add(new LorrError(-1, -1, problem.Steps, $"the errand brain counted {book.Finished} tasks finished, the rules on the actual paths {verdict.Tasks.Finished}"));
        return new LorrResult(problem, actions, verdict, errors, seconds);
    }
}

/// <summary>A run of a LoRR problem: the actions of every agent, what the rules say of them, and the planner time of each step.</summary>
public sealed record LorrResult(LorrProblem Problem, char[][] Actions, LorrVerdict Verdict, IReadOnlyList<LorrError> Errors, double[] PlannerSeconds)
{
    public int TasksFinished => Verdict.Tasks.Finished;

    public double MeanPlannerSeconds => PlannerSeconds.Length == 0 ? 0 : PlannerSeconds.Average();

    public double MaxPlannerSeconds => PlannerSeconds.Length == 0 ? 0 : PlannerSeconds.Max();
}
