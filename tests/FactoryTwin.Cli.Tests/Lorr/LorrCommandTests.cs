using System.Text.Json;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Lorr;

/// <summary><c>factorytwin lorr</c>: runs a problem and writes its two files; a broken problem is one line per problem and exit 1.</summary>
public sealed class LorrCommandTests
{
    private static readonly string Problem = Path.Combine(RepositoryPaths.Scenarios, "lorr", "random.domain", "MR23-I-04.json");

    [Fact]
    public void A_problem_runs_for_the_steps_asked_and_writes_the_summary_and_the_league_output()
    {
        using var folder = new TempFolder();

        var result = Factorytwin.Run("lorr", Problem, "--steps", "40", "--out", folder["out"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("MR23-I-04: 100 agents, 40 steps: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("0 vertex and 0 edge conflicts", result.Output, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(File.ReadAllText(folder["out/lorr.json"]));
        Assert.Equal(40, summary.RootElement.GetProperty("steps").GetInt32());
        Assert.True(File.Exists(folder["out/output.json"]));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void A_missing_problem_file_is_one_line_and_exit_1()
    {
        var result = Factorytwin.Run("lorr", "no-such-problem.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("no-such-problem.json: does not exist", result.Errors, StringComparison.Ordinal);
        Assert.Single(result.Errors.TrimEnd().Split('\n'));
    }
}
