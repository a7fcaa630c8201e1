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

    /// <summary>
    /// A significant difference is green only when it is better: more throughput and utilisation, less cycle time and
    /// WIP; red when it is worse. Doubling stamp's machines raises throughput and cuts cycle time and WIP, and halves
    /// how busy each of stamp's machines is (lower utilisation, which counts as worse).
    /// </summary>
    [Fact]
    public async Task A_significant_difference_is_green_when_better_and_red_when_worse()
    {
        await using var opened = await browser.Open(reports.CompareReport);
        var cells = await opened.Page.EvaluateAsync<JsonElement>("""
            () => ['throughput.jobsPerHour', 'station.stamp.utilisation', 'cycleTime.meanSeconds', 'wip.meanJobs'].flatMap(metric =>
              Array.from(document.querySelectorAll(`#compare tr[data-metric="${metric}"] td .diff.significant`))
                .map(s => [metric, parseFloat(s.textContent), getComputedStyle(s).color]))
            """);

        Assert.Empty(opened.Errors);
        Assert.Contains(cells.EnumerateArray(), c => c[0].GetString() == "station.stamp.utilisation"); // a significant change for the worse
        Assert.Contains(cells.EnumerateArray(), c => c[0].GetString() == "cycleTime.meanSeconds"); // and one for the better
        foreach (var cell in cells.EnumerateArray())
        {
            var (metric, difference, color) = (cell[0].GetString()!, cell[1].GetDouble(), cell[2].GetString());
            var better = metric is "throughput.jobsPerHour" or "station.stamp.utilisation" ? difference > 0 : difference < 0;
            Assert.True(color == (better ? "rgb(11, 107, 47)" : "rgb(179, 38, 30)"), $"{metric} {difference:+0.###;-0.###}: {color}");
        }
    }
}
