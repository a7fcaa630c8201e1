using System.Globalization;
using System.Text.Json;
using FactoryTwin.Reports.Tests.Support;

namespace FactoryTwin.Reports.Tests;

/// <summary>The run report, opened offline in a real Chromium: it draws the floor, replays the trace faithfully, and its charts show metrics.json.</summary>
public sealed class RunReportBrowserTests(Support.Reports reports, Browser browser) : IClassFixture<Support.Reports>, IClassFixture<Browser>
{
    [Fact]
    public async Task The_report_opens_offline_without_errors_or_requests_and_a_screenshot_is_kept()
    {
        await using var opened = await browser.Open(reports.RunReport);

        Directory.CreateDirectory(RepositoryPaths.Artifacts);
        await opened.Page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "run-report.png"), FullPage = true });

        Assert.Empty(opened.Errors);
        Assert.All(opened.Requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_floor_shows_every_station_and_every_robot()
    {
        var stations = Layout().GetProperty("stations").EnumerateArray().Count(s => s.TryGetProperty("x", out _));
        var robots = TraceElements().Count(e => e.Kind == "robot");

        await using var opened = await browser.Open(reports.RunReport);
        var drawnStations = await opened.Page.Locator("#map .station").CountAsync();
        var drawnRobots = await opened.Page.Locator("#robots circle.robot").CountAsync();

        Assert.Equal(stations, drawnStations);
        Assert.Equal(robots, drawnRobots);
        Assert.Equal(4, robots);
    }

    /// <summary>The floor is drawn to scale in metres; station labels still read at 12 px on screen (they were about 5 px on a large floor).</summary>
    [Fact]
    public async Task Station_labels_are_readable_whatever_the_floor_s_scale()
    {
        await using var opened = await browser.Open(reports.RunReport);
        await opened.Page.SetViewportSizeAsync(1600, 1000);
        var heights = await opened.Page.EvaluateAsync<double[]>("() => Array.from(document.querySelectorAll('#map .station text')).map(t => t.getBoundingClientRect().height)");

        Assert.Empty(opened.Errors);
        Assert.NotEmpty(heights);
        Assert.All(heights, h => Assert.InRange(h, 11, 20)); // a 12 px font's line box
    }

    [Fact]
    public async Task Pressing_play_advances_the_clock_and_moves_a_robot()
    {
        await using var opened = await browser.Open(reports.RunReport);
        var page = opened.Page;
        await page.Locator("#speed").SelectOptionAsync("1800");
        var before = await Positions(page);

        await page.Locator("#play").ClickAsync();
        await page.WaitForFunctionAsync("() => window.factoryReport.time() > 600");
        await page.Locator("#play").ClickAsync();
        var after = await Positions(page);

        Assert.Equal("Play", await page.Locator("#play").TextContentAsync());
        Assert.Contains(after, robot => robot.Value != before[robot.Key]);
    }

    [Fact]
    public async Task The_time_slider_jumps_to_a_time_and_robots_are_drawn_where_the_trace_puts_them()
    {
        const double time = 10_000.5;
        var expected = TracePositions(time);

        await using var opened = await browser.Open(reports.RunReport);
        await opened.Page.Locator("#time").FillAsync(time.ToString(CultureInfo.InvariantCulture));
        var drawn = await Positions(opened.Page);

        Assert.Equal(time, await opened.Page.EvaluateAsync<double>("() => window.factoryReport.time()"), precision: 6);
        Assert.Equal(expected.Keys.Order(), drawn.Keys.Order());
        foreach (var (robot, (x, y)) in expected)
        {
            Assert.InRange(drawn[robot].X, x - 0.01, x + 0.01);
            Assert.InRange(drawn[robot].Y, y - 0.01, y + 0.01);
        }
    }

    [Fact]
    public async Task Clicking_a_robot_or_a_station_shows_its_current_state()
    {
        await using var opened = await browser.Open(reports.RunReport);
        var page = opened.Page;
        await page.Locator("#time").FillAsync("5000");

        await page.Locator("#robots circle.robot").First.ClickAsync(new() { Force = true });
        var robotInfo = await page.Locator("#info").InnerTextAsync();
        await page.Locator("#map .station[data-id='drill']").DispatchEventAsync("click"); // a robot may stand on top of it
        var stationInfo = await page.Locator("#info").InnerTextAsync();

        Assert.StartsWith("amr-", robotInfo, StringComparison.Ordinal);
        Assert.Contains("state:", robotInfo, StringComparison.Ordinal);
        Assert.StartsWith("drill", stationInfo, StringComparison.Ordinal);
        Assert.Contains("drill/1:", stationInfo, StringComparison.Ordinal);
        Assert.Contains("drill/2:", stationInfo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_state_charts_show_the_numbers_of_metrics_json()
    {
        using var metrics = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(reports.RunFolder, "metrics.json")));

        await using var opened = await browser.Open(reports.RunReport);
        var segments = await opened.Page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.querySelectorAll('#station-states rect.segment, #robot-states rect.segment')).map(r => [r.dataset.metric, Number(r.dataset.value)])");

        Assert.True(segments.GetArrayLength() >= 5 * 4 + 9);
        foreach (var segment in segments.EnumerateArray())
        {
            var mean = metrics.RootElement.GetProperty("metrics").GetProperty(segment[0].GetString()!).GetProperty("mean").GetDouble();
            Assert.Equal(mean, segment[1].GetDouble(), precision: 6);
        }
    }

    /// <summary>The charts over time have a time axis in hours with round ticks, left to right, and value ticks from 0 up.</summary>
    [Fact]
    public async Task Charts_over_time_have_ticks_and_units_on_both_axes()
    {
        await using var opened = await browser.Open(reports.RunReport);
        var ticks = await opened.Page.EvaluateAsync<JsonElement>("""
            () => ['x', 'y'].map(axis => Array.from(document.querySelectorAll(`#throughput text.tick.${axis}`))
              .map(t => [Number(t.dataset.value), t.getBoundingClientRect()[axis === 'x' ? 'left' : 'top']]))
            """);
        var title = await opened.Page.Locator("#throughput text.axis-title").First.TextContentAsync();

        Assert.Empty(opened.Errors);
        Assert.Equal("simulated time (h)", title);
        var (x, y) = (ticks[0].EnumerateArray().ToList(), ticks[1].EnumerateArray().ToList());
        Assert.InRange(x.Count, 3, 11);
        Assert.InRange(y.Count, 3, 11);
        Assert.Equal(0, x[0][0].GetDouble());
        Assert.Equal(0, y[0][0].GetDouble());
        var step = x[1][0].GetDouble();
        Assert.Contains(step / Math.Pow(10, Math.Floor(Math.Log10(step))), new[] { 1.0, 2, 5 }); // a round step
        for (var k = 1; k < x.Count; k++)
        {
            Assert.Equal(k * step, x[k][0].GetDouble(), precision: 9);
            Assert.True(x[k][1].GetDouble() > x[k - 1][1].GetDouble(), "time ticks run left to right");
        }
        for (var k = 1; k < y.Count; k++)
            Assert.True(y[k][1].GetDouble() < y[k - 1][1].GetDouble(), "value ticks run bottom to top");
        Assert.True(x[^1][0].GetDouble() <= 8, "no tick beyond the 8 h run");
    }

    /// <summary>
    /// The robot timeline shows each robot's states from 0 to the end without gaps, and its time in a state after the
    /// warm-up is what metrics.json says for replication 1 (job-shop: 8 h, the first hour warm-up).
    /// </summary>
    [Fact]
    public async Task The_robot_timeline_covers_the_run_and_agrees_with_the_metrics_of_replication_1()
    {
        using var metrics = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(reports.RunFolder, "metrics.json")));
        await using var opened = await browser.Open(reports.RunReport);
        var stretches = await opened.Page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.querySelectorAll('#robot-timeline rect.stretch')).map(r => [r.dataset.robot, r.dataset.state, Number(r.dataset.from), Number(r.dataset.to)])");

        Assert.Empty(opened.Errors);
        const double warmup = 3600, end = 28800;
        foreach (var robot in stretches.EnumerateArray().GroupBy(s => s[0].GetString()!))
        {
            var list = robot.ToList();
            Assert.Equal(0, list[0][2].GetDouble());
            Assert.Equal(end, list[^1][3].GetDouble(), precision: 6);
            for (var k = 1; k < list.Count; k++)
                Assert.Equal(list[k - 1][3].GetDouble(), list[k][2].GetDouble(), precision: 6); // no gaps, no overlaps
            foreach (var state in new[] { "idle", "moving-loaded" })
            {
                var seconds = list.Where(s => s[1].GetString() == state).Sum(s => Math.Max(0, s[3].GetDouble() - Math.Max(warmup, s[2].GetDouble())));
                var camel = state == "idle" ? "idle" : "movingLoaded";
                var expected = metrics.RootElement.GetProperty("metrics").GetProperty($"robot.{robot.Key}.{camel}Fraction").GetProperty("values")[0].GetDouble();
                Assert.Equal(expected, seconds / (end - warmup), precision: 3); // the data attributes round times to 3 digits
            }
        }
        Assert.Equal(4, stretches.EnumerateArray().Select(s => s[0].GetString()).Distinct().Count());
    }

    /// <summary>
    /// The station utilisation strips: 48 stretches of 600 s, the first 6 the warm-up; the mean of the other 42 is
    /// the station's utilisation of replication 1 in metrics.json.
    /// </summary>
    [Fact]
    public async Task Station_utilisation_over_time_agrees_with_the_metrics_of_replication_1()
    {
        using var metrics = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(reports.RunFolder, "metrics.json")));
        await using var opened = await browser.Open(reports.RunReport);
        var cells = await opened.Page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.querySelectorAll('#station-utilisation rect.cell')).map(r => [r.dataset.station, Number(r.dataset.from), Number(r.dataset.utilisation)])");

        Assert.Empty(opened.Errors);
        var stations = cells.EnumerateArray().GroupBy(c => c[0].GetString()!).ToList();
        Assert.NotEmpty(stations);
        foreach (var station in stations)
        {
            Assert.Equal(48, station.Count());
            Assert.All(station, c => Assert.InRange(c[2].GetDouble(), 0, 1));
            var afterWarmup = station.Where(c => c[1].GetDouble() >= 3600 - 1e-6).Select(c => c[2].GetDouble()).ToList();
            Assert.Equal(42, afterWarmup.Count);
            var expected = metrics.RootElement.GetProperty("metrics").GetProperty($"station.{station.Key}.utilisation").GetProperty("values")[0].GetDouble();
            Assert.Equal(expected, afterWarmup.Average(), precision: 3);
        }
    }

    [Fact]
    public async Task The_heat_maps_can_be_shown_and_the_run_record_is_in_the_footer()
    {
        await using var opened = await browser.Open(reports.RunReport);
        var page = opened.Page;

        await page.Locator("input[name=heat][value=congestion]").CheckAsync();
        var congestionShown = await page.Locator("#map .heat[data-layer=congestion]").IsVisibleAsync();
        var footer = await page.Locator("#run-record").InnerTextAsync();

        Assert.True(congestionShown);
        Assert.True(await page.Locator("#map .heat[data-layer=density] rect").CountAsync() > 0);
        Assert.Contains("job-shop", footer, StringComparison.Ordinal);
        Assert.Contains("scenario SHA-256", footer, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, (double X, double Y)>> Positions(Microsoft.Playwright.IPage page)
    {
        var robots = await page.EvaluateAsync<JsonElement>("() => window.factoryReport.robots()");
        return robots.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => (r.GetProperty("x").GetDouble(), r.GetProperty("y").GetDouble()));
    }

    private JsonElement Layout()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(reports.RunFolder, "layout.json")));
        return document.RootElement.Clone();
    }

    private List<(string Id, string Kind)> TraceElements() =>
        [.. TraceLines().Where(l => l.TryGetProperty("element", out _)).Select(l => (l.GetProperty("element").GetString()!, l.GetProperty("kind").GetString()!))];

    /// <summary>Where each robot is at <paramref name="time"/> by the trace: at its last change, or on the way to the next if that change set it moving.</summary>
    private Dictionary<string, (double X, double Y)> TracePositions(double time)
    {
        var robots = TraceElements().Where(e => e.Kind == "robot").Select(e => e.Id).ToHashSet();
        var changes = TraceLines().Where(l => l.TryGetProperty("t", out _) && robots.Contains(l.GetProperty("id").GetString()!))
            .GroupBy(l => l.GetProperty("id").GetString()!);
        var positions = new Dictionary<string, (double, double)>();
        foreach (var robot in changes)
        {
            var list = robot.ToList();
            var i = list.FindLastIndex(c => c.GetProperty("t").GetDouble() <= time);
            var at = list[i];
            double x = at.GetProperty("x").GetDouble(), y = at.GetProperty("y").GetDouble();
            if (at.GetProperty("state").GetString()!.StartsWith("moving", StringComparison.Ordinal) && i + 1 < list.Count)
            {
                var next = list[i + 1];
                var share = (time - at.GetProperty("t").GetDouble()) / (next.GetProperty("t").GetDouble() - at.GetProperty("t").GetDouble());
                x += share * (next.GetProperty("x").GetDouble() - x);
                y += share * (next.GetProperty("y").GetDouble() - y);
            }
            positions[robot.Key] = (x, y);
        }
        return positions;
    }

    private IEnumerable<JsonElement> TraceLines() =>
        File.ReadLines(Path.Combine(reports.RunFolder, "trace.jsonl")).Select(line => JsonDocument.Parse(line).RootElement);
}
