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
        var force = CommonOptions.Force();
        var command = new Command("merge", "Combine the output folders of all the shards of a sweep or a comparison (run with --shard i/N); each shard once, each finished.") { folders, output, force };
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!;
            using var claimed = OutputFolders.Claim(terminal, folder, result.GetValue(force));
            if (claimed is null)
                return ExitCodes.InvalidInput;
            var (outcome, problems) = Merge.Run(result.GetValue(folders)!, folder);
            if (outcome is null)
            {
                foreach (var problem in problems)
                    terminal.Errors.WriteLine($"factorytwin: {problem}");
                return ExitCodes.InvalidInput;
            }
            var best = ResultFiles.Write(folder, outcome);
            if (outcome.Manifest.Kind == "sweep")
                SweepCommand.Print(terminal, outcome, best);
            else if (outcome.Manifest.Kind == "compare")
                CompareCommand.Print(terminal, outcome, best);
            terminal.Output.WriteLine($"Merged {outcome.Runs.Count} of {outcome.Wanted} runs: {Path.GetFullPath(folder)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
