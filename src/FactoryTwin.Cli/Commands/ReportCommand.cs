using System.CommandLine;
using FactoryTwin.Experiments.Output;
using FactoryTwin.Reports;

namespace FactoryTwin.Cli.Commands;

/// <summary><c>factorytwin report DIR [-o report.html]</c>: one self-contained HTML file of a run or a comparison.</summary>
internal static class ReportCommand
{
    public static Command Create(Terminal terminal)
    {
        var folder = new Argument<string>("folder") { Description = "The --out folder of a run or a comparison." };
        folder.Validators.Add(UnknownOptions.Reject);
        var output = new Option<string?>("--out", "-o") { Description = "The report file (default: FOLDER/report.html)." };
        var command = new Command("report", "Write one self-contained HTML report (layout, replay, heat maps, charts) of a run or a comparison; it opens offline.") { folder, output };
        command.SetAction(result => Write(terminal, result.GetValue(folder)!, result.GetValue(output)));
        return command;
    }

    /// <summary>Writes the report of <paramref name="folder"/>; returns the exit code.</summary>
    public static int Write(Terminal terminal, string folder, string? output)
    {
        var (html, problem) = File.Exists(Path.Combine(folder, "compare.json")) ? CompareReport.Build(folder) : RunReport.Build(folder);
        if (html is null)
        {
            terminal.Errors.WriteLine($"factorytwin: {problem}");
            return ExitCodes.InvalidInput;
        }
        var path = output ?? Path.Combine(folder, "report.html");
        AtomicFile.WriteAllText(path, html);
        terminal.Output.WriteLine($"Report: {Path.GetFullPath(path)}");
        return ExitCodes.Success;
    }
}
