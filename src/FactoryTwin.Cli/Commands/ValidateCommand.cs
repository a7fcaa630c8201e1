using System.CommandLine;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin validate FILE...</c>: checks scenario files and prints ok or every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var files = new Argument<string[]>("files") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        files.Validators.Add(UnknownOptions.Reject);
        var command = new Command("validate", "Check scenario files; print 'ok' for each good one and one line per problem otherwise (a JSON Schema among them, such as scenario.schema.json, is skipped).") { files };
        command.SetAction(result =>
        {
            var status = ExitCodes.Success;
            foreach (var file in result.GetValue(files)!)
            {
                var loaded = ScenarioLoader.Load(file);
                if (loaded.IsValid)
                {
                    output.WriteLine($"{file}: ok");
                    continue;
                }
                if (loaded.IsJsonSchema)
                {
                    output.WriteLine($"{file}: skipped, a JSON Schema and not a scenario");
                    continue;
                }
                Problems.Print(errors, file, loaded.Problems);
                status = ExitCodes.InvalidInput;
            }
            return status;
        });
        return command;
    }
}
