using System.CommandLine;
using FactoryTwin.Cli.Commands;

namespace FactoryTwin.Cli;

/// <summary>The factorytwin command line: parses, runs the verb, and turns every failure into a message and an exit code.</summary>
public static class CommandLine
{
    /// <summary>Runs the command for <paramref name="args"/>, writing to the given streams (no progress bars); returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellation = default) =>
        Run(args, new Terminal(output, errors, interactive: false), cancellation);

    /// <summary>Runs the command for <paramref name="args"/> on a terminal; returns the exit code.</summary>
    public static int Run(string[] args, Terminal terminal, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(terminal);
        var output = terminal.Output;
        var errors = terminal.Errors;
        var root = new RootCommand("FactoryTwin: a discrete-event digital twin of a robot factory. Validate and run scenario files, compare layouts.")
        {
            ValidateCommand.Create(output, errors),
            RunCommand.Create(terminal, cancellation),
            CompareCommand.Create(terminal, cancellation),
            SweepCommand.Create(terminal, cancellation),
            MergeCommand.Create(terminal),
            ReportCommand.Create(terminal),
            SchemaCommand.Create(output),
            LorrCommand.Create(terminal, cancellation),
            StateCommand.Create(terminal, cancellation),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in UsageErrors.Describe(parsed))
                errors.WriteLine($"factorytwin: {message}");
            errors.WriteLine("Try 'factorytwin --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            errors.WriteLine($"factorytwin: {error.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A defect of FactoryTwin itself: one line, never a stack trace; the log file (--log-file) has the details.
            errors.WriteLine($"factorytwin: internal error ({error.GetType().Name}): {error.Message}. Please report it with the scenario.");
            return ExitCodes.SimulationFailed;
        }
    }
}
