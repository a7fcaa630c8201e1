using System.CommandLine;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Experiments.Running;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin merge DIR... --out DIR</c>: combines the folders of an experiment's shards into the result one machine would have written.</summary>
internal static class MergeCommand
{
    public static Command Create(Terminal terminal)
    {
        var folders = new Argument<string[]>("folders") { Description = "The --out folders of the shards.", Arity = ArgumentArity.OneOrMore };
        folders.Validators.Add(UnknownOptions.Reject);
        var output = new Option<string>("--out", "-o") { Description = "The folder for the merged results.", Required = true };
        var command = new Command("merge", "Combine the output folders of the shards of a sweep or comparison (run with --shard i/N).") { folders, output };
        command.SetAction(result =>
        {
            var (outcome, problem) = Merge.Run(result.GetValue(folders)!, result.GetValue(output)!);
            if (outcome is null)
            {
                terminal.Errors.WriteLine($"factorytwin: {problem}");
                return ExitCodes.InvalidInput;
            }
            var best = ResultFiles.Write(result.GetValue(output)!, outcome);
            if (outcome.Manifest.Kind == "sweep")
                SweepCommand.Print(terminal, outcome, best);
            terminal.Output.WriteLine($"Merged {outcome.Runs.Count} of {outcome.Wanted} runs{(outcome.Complete ? "" : " (some shards are missing or unfinished)")}: {Path.GetFullPath(result.GetValue(output)!)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
