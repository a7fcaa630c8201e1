using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>The JSON Schema beside the examples is not a scenario: <c>validate scenarios/*.json</c> passes over it, <c>run</c> says what it is.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void Validate_skips_the_schema_among_the_examples_and_succeeds()
    {
        var schema = Factorytwin.Example("scenario.schema.json");

        var result = Factorytwin.Run("validate", Factorytwin.Example("mm3-station.json"), schema);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"{Factorytwin.Example("mm3-station.json")}: ok\n{schema}: skipped, a JSON Schema and not a scenario\n", result.Output.ReplaceLineEndings("\n"));
        Assert.Equal("", result.Errors);
    }

    [Fact]
    public void Running_the_schema_is_one_clear_line_and_exit_1()
    {
        var schema = Factorytwin.Example("scenario.schema.json");

        var result = Factorytwin.Run("run", schema);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{schema}: $.$schema: this is a JSON Schema (such as scenario.schema.json), not a scenario (line 2)\n", result.Errors.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_scenario_that_names_a_json_schema_org_dialect_is_still_checked_as_a_scenario()
    {
        using var folder = new TempFolder();
        var file = folder["odd.json"];
        File.WriteAllText(file, """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "formatVersion": 1, "name": "x", "stations": "oops" }""");

        var result = Factorytwin.Run("validate", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.stations: must be a list", result.Errors, StringComparison.Ordinal);
    }
}
