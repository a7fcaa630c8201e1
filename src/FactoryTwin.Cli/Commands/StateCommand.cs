using System.CommandLine;
using System.Globalization;
using FactoryTwin.Des;
using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Experiments.Running;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin state SCENARIO --at SECONDS</c>: the factory at that time of a replication, recomputed (runs are deterministic), as JSON.</summary>
internal static class StateCommand
{
    public static Command Create(Terminal terminal, CancellationToken cancellation)
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file." };
        file.Validators.Add(UnknownOptions.Reject);
        var at = new Option<double>("--at") { Description = "The simulated time, in seconds: the state after every event before it.", Required = true };
        var replication = new Option<int>("--replication") { Description = "Which replication (1 is the first).", DefaultValueFactory = _ => 1 };
        replication.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < 1)
                r.AddError($"--replication must be at least 1 (got {n}).");
        });
        var element = new Option<string?>("--element") { Description = "Show only this robot, machine, buffer or job (by id, e.g. amr-3, drill/1, drill/in, part-17)." };
        var seed = CommonOptions.Seed();
        var output = new Option<string?>("--out", "-o") { Description = "Write the document to this file instead of printing it." };
        var brains = new BrainOptions();
        var command = new Command("state", "Print the state of every robot, machine, buffer and job at a simulated time of a replication, as JSON (docs/state.schema.json).")
        {
            file, at, replication, element, seed, output,
        };
        brains.AddTo(command);
        command.SetAction(result =>
        {
            var (alternative, problems) = Alternatives.Build(Path.GetFileNameWithoutExtension(result.GetValue(file)!), result.GetValue(file)!, []);
            if (alternative is null)
            {
                foreach (var problem in problems)
                    terminal.Errors.WriteLine(problem);
                return ExitCodes.InvalidInput;
            }
            var (seated, usage) = brains.Apply(result, [alternative]);
            var time = result.GetValue(at);
            var plan = seated.Count == 1 ? seated[0].Plan : alternative.Plan;
            if (!(time >= 0) || time > plan.Run.DurationSeconds)
                usage.Add(string.Create(CultureInfo.InvariantCulture, $"factorytwin: --at must be between 0 and the run's {plan.Run.DurationSeconds:R} s (got {time:R})."));
            if (usage.Count > 0)
            {
                foreach (var problem in usage)
                    terminal.Errors.WriteLine(problem);
                return ExitCodes.Usage;
            }
            var masterSeed = result.GetValue(seed) ?? plan.Seed;
            var index = result.GetValue(replication) - 1;
            Factory.World.WorldState state;
            try
            {
                state = ReplicationRunner.StateAt(plan with { Seed = masterSeed }, index, time, brains.Seat(result), cancellation);
            }
            catch (SimulationException error)
            {
                terminal.Errors.WriteLine($"factorytwin: The simulation failed: {error.Message}");
                return ExitCodes.SimulationFailed;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Interrupted;
            }
            var id = result.GetValue(element);
            if (id is not null && !StateFile.Has(state, id))
            {
                terminal.Errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"factorytwin: --element '{id}': nothing in the factory at t={time:R} s is called that (robots, machines, buffers and the jobs inside then)."));
                return ExitCodes.Usage;
            }
            var text = StateFile.Write(plan.Name, masterSeed, index, state, id);
            if (result.GetValue(output) is { } path)
                AtomicFile.WriteAllText(path, text);
            else
                terminal.Output.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }
}
