using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Reports.Charts;
using FactoryTwin.Reports.Reading;

namespace FactoryTwin.Reports;

/// <summary>The report of a run: the floor with the replay and heat maps, the charts, and the run record.</summary>
public static class RunReport
{
    /// <summary>The HTML of the report of the run in <paramref name="folder"/>; null with the reason if it cannot be made.</summary>
    /// <remarks>Every value read from the folder is treated as untrusted: escaped in the page, and a damaged file is named in the problem.</remarks>
    public static (string? Html, string? Problem) Build(string folder)
    {
        var (results, problem) = ResultFolder.Open(folder);
        if (results is null)
            return (null, problem);
        try
        {
            return (Build(results), null);
        }
        catch (InvalidDataException error)
        {
            return (null, error.Message);
        }
    }

    private static string Build(ResultFolder results)
    {
        var end = ResultFile.Read(results.MetricsPath, () => results.Metrics.GetProperty("durationSeconds").GetDouble());
        var replay = results.HasTrace ? new Replay(results.TracePath, end) : null;
        var floor = ResultFile.Read(results.LayoutPath, () => new Floor(results.Layout));
        var body = new StringBuilder();
        if (floor.HasLayout)
            body.Append(ResultFile.Read(results.LayoutPath, () => FloorSection(floor, replay, end)));
        body.Append(ResultFile.Read(results.MetricsPath, () => ChartsSection(results, replay)));
        var data = new MemoryStream();
        using (var json = new Utf8JsonWriter(data))
        {
            json.WriteStartObject();
            replay?.WriteTo(json, floor.RobotRadius);
            json.WriteEndObject();
        }
        var (scenario, subtitle) = ResultFile.Read(results.MetricsPath, () =>
        {
            var replications = results.Metrics.GetProperty("replications").GetInt32();
            return (results.Metrics.GetProperty("scenario").GetString()!, string.Create(CultureInfo.InvariantCulture,
                $"{replications} replication(s) of {end / 3600:0.##} h after a {results.Metrics.GetProperty("warmupSeconds").GetDouble() / 3600:0.##} h warm-up; charts marked 'replication 1' come from its trace."));
        });
        return Page.Html($"FactoryTwin: {scenario}", subtitle, body.ToString(), Footer(results), Encoding.UTF8.GetString(data.ToArray()));
    }

    private static string FloorSection(Floor floor, Replay? replay, double end)
    {
        var html = new StringBuilder("<section id=\"floor\"><h2>The floor</h2>");
        html.Append(replay is null
            ? "<p class=\"note\">Run with --trace to replay the robots here.</p>"
            : "<p class=\"note\">Replication 1, from its trace. Click a robot or a station to see its state.</p>");
        html.Append("<div class=\"floor\"><div>");
        if (replay is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<div class="controls"><button id="play" type="button">Play</button><label>speed <select id="speed"><option value="1">1×</option><option value="10">10×</option><option value="60" selected>60×</option><option value="300">300×</option><option value="1800">1800×</option></select></label><input id="time" type="range" min="0" max="{Svg.N(end)}" step="any" value="0" aria-label="simulated time"><output id="clock"></output></div>""");
        }
        var heat = replay?.Heat();
        html.Append(floor.Svg(heat));
        if (replay is not null)
            html.Append("""<div class="controls">Heat map: <label><input type="radio" name="heat" value="none" checked> none</label><label><input type="radio" name="heat" value="congestion"> congestion (time waiting for traffic)</label><label><input type="radio" name="heat" value="density"> traffic density (departures)</label></div>""");
        html.Append(Legend(Replay.RobotStates, "robots")).Append(Legend(Replay.MachineStates, "machines"));
        html.Append("</div><div id=\"info\" class=\"panel\"><h3>Nothing selected</h3>Click a robot or a station.</div></div></section>\n");
        return html.ToString();
    }

    private static string ChartsSection(ResultFolder results, Replay? replay)
    {
        var html = new StringBuilder("<section id=\"charts\"><h2>Charts</h2><div class=\"charts\">");
        var stations = results.Layout.GetProperty("stations").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() is "machine" or "storage" or "conveyor")
            .Select(s => s.GetProperty("id").GetString()!).ToList();
        var stationRows = stations.Select(id => (id, (IReadOnlyList<(string, string, double)>)Replay.MachineStates
            .Select(state => (state, $"station.{id}.{Camel(state)}Fraction", results.Mean($"station.{id}.{Camel(state)}Fraction"))).ToList())).ToList();
        html.Append("<div class=\"chart\"><h3>Station states (mean over replications)</h3>")
            .Append(Svg.StackedBars("station-states", stationRows, Replay.Colors)).Append(Legend(Replay.MachineStates, "machines")).Append("</div>");
        var fleets = results.MetricNames.Where(n => n.StartsWith("fleet.", StringComparison.Ordinal) && n.EndsWith(".idleFraction", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1]).ToList();
        if (fleets.Count > 0)
        {
            var fleetRows = fleets.Select(f => (f, (IReadOnlyList<(string, string, double)>)Replay.RobotStates
                .Select(state => (state, $"fleet.{f}.{Camel(state)}Fraction", results.Mean($"fleet.{f}.{Camel(state)}Fraction"))).ToList())).ToList();
            html.Append("<div class=\"chart\"><h3>Robot states (mean over replications)</h3>")
                .Append(Svg.StackedBars("robot-states", fleetRows, Replay.Colors)).Append(Legend(Replay.RobotStates, "robots")).Append("</div>");
        }
        if (replay is not null)
        {
            var (throughput, wip, cycleTimes) = replay.Series();
            html.Append("<div class=\"chart\"><h3>Throughput over time (replication 1)</h3>").Append(Svg.Line("throughput", throughput, "jobs/h")).Append("</div>");
            html.Append("<div class=\"chart\"><h3>Work in process over time (replication 1)</h3>").Append(Svg.Line("wip", wip, "jobs")).Append("</div>");
            var markers = new[] { ("mean", results.Mean("cycleTime.meanSeconds")), ("p50", results.Mean("cycleTime.p50Seconds")), ("p95", results.Mean("cycleTime.p95Seconds")) };
            html.Append("<div class=\"chart\"><h3>Cycle times (replication 1; lines: means over replications)</h3>").Append(Svg.Histogram("cycle-times", cycleTimes, markers, "s")).Append("</div>");
            var utilisation = replay.StationUtilisation();
            if (utilisation.Count > 0)
                html.Append("<div class=\"chart\"><h3>Station utilisation over time (replication 1)</h3>").Append(Svg.Utilisation("station-utilisation", utilisation, replay.End)).Append("</div>");
            var timeline = replay.Timeline();
            if (timeline.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"chart\"><h3>Robot states over time (replication 1{(timeline.Count == Replay.TimelineRobots ? $", the first {Replay.TimelineRobots} robots" : "")})</h3>")
                    .Append(Svg.Timeline("robot-timeline", timeline, replay.End, Replay.Colors)).Append(Legend(Replay.RobotStates, "robots")).Append("</div>");
            }
        }
        html.Append("</div>").Append(MetricsTable(results)).Append("</section>\n");
        return html.ToString();
    }

    private static string MetricsTable(ResultFolder results)
    {
        var html = new StringBuilder("<h3>Every metric</h3><table id=\"metrics\"><thead><tr><th>metric</th><th>mean</th><th>± half-width</th><th>unit</th></tr></thead><tbody>");
        foreach (var metric in results.Metrics.GetProperty("metrics").EnumerateObject())
        {
            var m = metric.Value;
            html.Append(CultureInfo.InvariantCulture, $"<tr data-metric=\"{Svg.E(metric.Name)}\"><td>{Svg.E(metric.Name)}</td><td>{Number(m, "mean")}</td><td>{Number(m, "halfWidth")}</td><td>{Svg.E(m.GetProperty("unit").GetString()!)}</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string Footer(ResultFolder results)
    {
        var items = ResultFile.Read(results.MetricsPath, () => new List<(string, string)>
        {
            ("scenario", results.Metrics.GetProperty("scenario").GetString()!),
            ("seed", results.Metrics.GetProperty("seed").GetRawText()),
            ("replications", results.Metrics.GetProperty("replications").GetRawText()),
            ("warm-up", $"{results.Metrics.GetProperty("warmupSeconds").GetRawText()} s"),
            ("duration", $"{results.Metrics.GetProperty("durationSeconds").GetRawText()} s"),
        });
        if (results.Record is { } record)
        {
            items.AddRange(ResultFile.Read(results.RecordPath, () => new[]
            {
                ("scenario SHA-256", record.GetProperty("scenarioSha256").GetString()!),
                ("version", record.GetProperty("version").GetString()!),
                ("events", record.GetProperty("eventsProcessed").GetRawText()),
            }));
        }
        return "<dl id=\"run-record\">" + string.Concat(items.Select(i => $"<div><dt>{Svg.E(i.Item1)}</dt><dd>{Svg.E(i.Item2)}</dd></div>")) + "</dl>";
    }

    private static string Legend(IEnumerable<string> states, string what) =>
        $"<div class=\"legend\" aria-label=\"{what}\">" + string.Concat(states.Select(s => $"<span style=\"--swatch:{Replay.Colors[s]}\">{s}</span>")) + "</div>";

    private static string Number(JsonElement metric, string field) =>
        metric.GetProperty(field).ValueKind == JsonValueKind.Number ? metric.GetProperty(field).GetDouble().ToString("G4", CultureInfo.InvariantCulture) : "n/a";

    private static string Camel(string state)
    {
        var parts = state.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
