using System.CommandLine;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin schema [-o FILE]</c>: prints or writes the JSON Schema of scenario files.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output)
    {
        var file = new Option<string?>("--out", "-o") { Description = "Write the schema to this file instead of printing it." };
        var command = new Command("schema", "Print the JSON Schema of scenario files (editors use it to autocomplete and check).") { file };
        command.SetAction(result =>
        {
            var schema = ScenarioSchema.Generate();
            if (result.GetValue(file) is { } path)
                AtomicFile.WriteAllText(path, schema);
            else
                output.Write(schema);
            return ExitCodes.Success;
        });
        return command;
    }
}
