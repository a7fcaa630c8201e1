using System.Text.Json;
using FactoryTwin.Reports.Tests.Support;

namespace FactoryTwin.Reports.Tests;

/// <summary>The comparison report, opened offline in Chromium: alternatives side by side with their intervals and differences, the best highlighted.</summary>
public sealed class CompareReportBrowserTests(Support.Reports reports, Browser browser) : IClassFixture<Support.Reports>, IClassFixture<Browser>
{
    [Fact]
    public async Task The_comparison_shows_each_alternative_with_compare_json_and_highlights_the_best()
    {
        using var compare = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(reports.CompareFolder, "compare.json")));
        var root = compare.RootElement;

        await using var opened = await browser.Open(reports.CompareReport);
        var page = opened.Page;
        Directory.CreateDirectory(RepositoryPaths.Artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "compare-report.png"), FullPage = true });
        var bars = await page.EvaluateAsync<JsonElement>("() => Array.from(document.querySelectorAll('#intervals rect.bar')).map(r => [r.dataset.alternative, Number(r.dataset.mean)])");
        var best = await page.Locator("#compare th.best").InnerTextAsync();
        var significance = await page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.querySelectorAll('#compare tr[data-metric=\"throughput.jobsPerHour\"] td .diff')).map(s => s.dataset.significant)");

        Assert.Empty(opened.Errors);
        Assert.Equal(3, bars.GetArrayLength());
        foreach (var bar in bars.EnumerateArray())
        {
            var mean = root.GetProperty("metrics").GetProperty("throughput.jobsPerHour").GetProperty(bar[0].GetString()!).GetProperty("mean").GetDouble();
            Assert.Equal(mean, bar[1].GetDouble(), precision: 6);
        }
        Assert.Equal(root.GetProperty("best").GetString(), best);
        Assert.Equal(["true", "false"], significance.EnumerateArray().Select(s => s.GetString()));
    }
}
