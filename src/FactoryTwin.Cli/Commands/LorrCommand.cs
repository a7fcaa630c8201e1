using System.CommandLine;
using System.Globalization;
using FactoryTwin.Experiments.Lorr;
using FactoryTwin.Experiments.Storage;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin lorr PROBLEM.json [--steps N] [--out DIR]</c>: runs a League of Robot Runners 2023 problem with the factory's robots and traffic layer.</summary>
internal static class LorrCommand
{
    public static Command Create(Terminal terminal, CancellationToken cancellation)
    {
        var problemFile = new Argument<string>("problem") { Description = "The problem's JSON file (it names the map, agents and tasks files beside it)." };
        var steps = new Option<int?>("--steps") { Description = "Steps to run (default: the problem's entry in MR23_simulation_time.json beside it or above it, else 5000)." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for lorr.json and output.json (default: lorr-<problem>)." };
        var force = CommonOptions.Force();
        var command = new Command("lorr", "Run a League of Robot Runners 2023 problem (rotation model) with the factory's robots and traffic layer; write lorr.json and the League's output.json.")
        {
            problemFile, steps, output, force,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(problemFile)!;
            if (result.GetValue(steps) is { } n && (n < 1 || n > 1_000_000))
            {
                terminal.Errors.WriteLine($"factorytwin: --steps: must be from 1 to 1000000 (got {n})");
                return ExitCodes.Usage;
            }
            var problems = new List<string>();
            var problem = LorrProblem.Read(path, result.GetValue(steps), problems);
            if (problem is null)
            {
                foreach (var line in problems)
                    terminal.Errors.WriteLine(line);
                return ExitCodes.InvalidInput;
            }
            var folder = result.GetValue(output) ?? $"lorr-{OutputFolder.Slug(problem.Name)}";
            using var claimed = OutputFolders.Claim(terminal, folder, result.GetValue(force));
            if (claimed is null)
                return ExitCodes.InvalidInput;
            LorrResult run;
            try
            {
                run = terminal.WithProgress($"{problem.Name}: {problem.TeamSize} agents, {problem.Steps} steps",
                    update => LorrRunner.Run(problem, progress: f => update(f, null), cancellation: cancellation));
            }
            catch (OperationCanceledException)
            {
                terminal.Errors.WriteLine("factorytwin: interrupted; nothing written");
                return ExitCodes.Interrupted;
            }
            LorrFiles.Write(folder, run, path);
            terminal.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{problem.Name}: {problem.TeamSize} agents, {problem.Steps} steps: {run.TasksFinished} tasks finished, {run.Verdict.VertexConflicts} vertex and {run.Verdict.EdgeConflicts} edge conflicts, {run.Verdict.InvalidMoves} invalid moves, planner {run.MeanPlannerSeconds * 1000:0.###} ms a step on average ({run.MaxPlannerSeconds * 1000:0.###} ms at most)"));
            terminal.Output.WriteLine($"Results: {Path.GetFullPath(folder)}");
            return run.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.SimulationFailed;
        });
        return command;
    }
}
