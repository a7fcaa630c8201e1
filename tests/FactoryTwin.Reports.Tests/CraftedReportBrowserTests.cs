using System.Text.Json;
using FactoryTwin.Cli;
using FactoryTwin.Reports.Tests.Support;

namespace FactoryTwin.Reports.Tests;

/// <summary>
/// Reports are shared by e-mail and on intranets, so every value read from a result folder is untrusted: reports of
/// crafted folders, opened in Chromium, run none of the script smuggled into them, and the page's policy would stop it
/// even if a value slipped through unescaped.
/// </summary>
public sealed class CraftedReportBrowserTests(Support.Reports reports, Browser browser) : IClassFixture<Support.Reports>, IClassFixture<Browser>
{
    private const string Attribute = "x\" onmouseover=\"window.pwned='kind'\" data-x=\"";
    private const string Markup = "<img src=x onerror=\"window.pwned='markup'\">";

    [Fact]
    public async Task A_run_folder_with_script_in_a_station_kind_a_station_id_a_robot_id_and_the_scenario_name_runs_none_of_it()
    {
        using var folder = new CraftedFolder(reports.RunFolder);
        folder.Edit("layout.json", text => text
            .Replace("\"kind\":\"machine\"", $"\"kind\":{JsonSerializer.Serialize(Attribute)}", StringComparison.Ordinal)
            .Replace("\"id\":\"drill\"", $"\"id\":{JsonSerializer.Serialize("drill" + Markup)}", StringComparison.Ordinal));
        folder.Edit("trace.jsonl", text => text.Replace("\"amr-1\"", JsonSerializer.Serialize("amr-1" + Markup), StringComparison.Ordinal));
        folder.Edit("metrics.json", text => text.Replace("\"scenario\": \"job-shop\"", $"\"scenario\": {JsonSerializer.Serialize("</title><script>window.pwned='title'</script>" + Markup)}", StringComparison.Ordinal));

        await using var opened = await browser.Open(folder.Report());
        var page = opened.Page;
        await page.Locator("#map .station[data-id='lathe']").HoverAsync(new() { Force = true });
        await page.Locator($"#map .station[data-id='drill{Markup.Replace("'", "\\'", StringComparison.Ordinal)}']").DispatchEventAsync("click");
        var stationInfo = await page.Locator("#info h3").TextContentAsync();
        await page.Locator($"#robots circle.robot[data-id='amr-1{Markup.Replace("'", "\\'", StringComparison.Ordinal)}']").DispatchEventAsync("click");
        var robotInfo = await page.Locator("#info h3").TextContentAsync();
        await page.WaitForTimeoutAsync(200);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal("drill" + Markup, stationInfo);
        Assert.Equal("amr-1" + Markup, robotInfo);
        Assert.Equal(Attribute, await page.Locator("#map .station[data-id='lathe']").GetAttributeAsync("data-kind"));
        Assert.Contains("</title><script>", await page.TitleAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comparison_folder_with_script_in_the_alternative_names_runs_none_of_it()
    {
        using var folder = new CraftedFolder(reports.CompareFolder);
        folder.Edit("compare.json", text => text.Replace("\"double\"", JsonSerializer.Serialize("double" + Markup), StringComparison.Ordinal));

        await using var opened = await browser.Open(folder.Report());
        await opened.Page.WaitForTimeoutAsync(200);

        Assert.Equal("undefined", await opened.Page.EvaluateAsync<string>("() => typeof window.pwned"));
        Assert.Equal(0, await opened.Page.Locator("img").CountAsync());
        Assert.Contains("double" + Markup, await opened.Page.Locator("#compare thead").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_policy_runs_only_its_own_script_so_an_inline_handler_that_slipped_in_would_not_run()
    {
        using var folder = new CraftedFolder(reports.RunFolder);
        var report = folder.Report();
        // As if a value had been written unescaped: an element with an inline handler, and an inline script, in the page itself.
        File.WriteAllText(report, File.ReadAllText(report).Replace("<main>", $"<main>{Markup}<svg onload=\"window.pwned='svg'\"></svg><script>window.pwned='script'</script>", StringComparison.Ordinal));

        await using var opened = await browser.Open(report);
        await opened.Page.WaitForTimeoutAsync(200);
        var policy = await opened.Page.Locator("meta[http-equiv='Content-Security-Policy']").GetAttributeAsync("content");

        Assert.Equal("undefined", await opened.Page.EvaluateAsync<string>("() => typeof window.pwned"));
        Assert.True(await opened.Page.EvaluateAsync<bool>("() => window.factoryReport.ready"), "the page's own script did not run");
        Assert.Matches("script-src 'sha256-[A-Za-z0-9+/=]+';", policy);
        Assert.DoesNotContain("unsafe-inline'; img", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'unsafe-inline'", policy, StringComparison.Ordinal);
    }

    /// <summary>A copy of a result folder to tamper with; its report is written by the command, as a user would.</summary>
    private sealed class CraftedFolder : IDisposable
    {
        public CraftedFolder(string source)
        {
            Directory.CreateDirectory(Path);
            foreach (var file in Directory.GetFiles(source).Where(f => !f.EndsWith("report.html", StringComparison.Ordinal)))
                File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factorytwin-crafted-" + Guid.NewGuid().ToString("N"));

        public void Edit(string file, Func<string, string> change)
        {
            var path = System.IO.Path.Combine(Path, file);
            var before = File.ReadAllText(path);
            var after = change(before);
            Assert.NotEqual(before, after); // the crafting found what it changes
            File.WriteAllText(path, after);
        }

        public string Report()
        {
            using var output = new StringWriter();
            using var errors = new StringWriter();
            Assert.True(CommandLine.Run(["report", Path], output, errors) == 0, errors.ToString());
            return System.IO.Path.Combine(Path, "report.html");
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
