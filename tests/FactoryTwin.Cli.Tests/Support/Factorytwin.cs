using System.Globalization;

namespace FactoryTwin.Cli.Tests.Support;

/// <summary>What one in-process run of the factorytwin command gave: its exit code and what it wrote to each stream.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Errors)
{
    /// <summary>For assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Errors}";
}

/// <summary>Runs the factorytwin command in-process through <see cref="CommandLine.Run(string[], TextWriter, TextWriter, CancellationToken)"/>.</summary>
internal static class Factorytwin
{
    public static CliResult Run(params string[] args) => Run(CancellationToken.None, args);

    public static CliResult Run(CancellationToken cancellation, params string[] args)
    {
        using var errors = new StringWriter(CultureInfo.InvariantCulture);
        return Run(errors, cancellation, args);
    }

    /// <summary>Runs with <paramref name="errors"/> as standard error, for tests that react to what is logged.</summary>
    public static CliResult Run(StringWriter errors, CancellationToken cancellation, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(errors);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = CommandLine.Run(args, output, errors, cancellation);
        return new CliResult(exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>The path of an example scenario in scenarios/.</summary>
    public static string Example(string file) => Path.Combine(RepositoryPaths.Scenarios, file);
}
