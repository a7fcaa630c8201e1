using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Reports.Charts;
using FactoryTwin.Reports.Reading;

namespace FactoryTwin.Reports;

/// <summary>The report of a comparison: every metric for every alternative with its interval, the paired differences from the first, and the best highlighted.</summary>
public static class CompareReport
{
    public static (string? Html, string? Problem) Build(string folder)
    {
        var path = Path.Combine(folder, "compare.json");
        if (!File.Exists(path))
            return (null, $"{folder}: has no compare.json; give the --out folder of a 'factorytwin compare'");
        try
        {
            using var document = ResultFile.Parse(path);
            return (ResultFile.Read(path, () => Html(document.RootElement)), null);
        }
        catch (InvalidDataException error)
        {
            return (null, error.Message);
        }
    }

    /// <remarks>Every value read from compare.json is treated as untrusted and escaped.</remarks>
    private static string Html(JsonElement root)
    {
        var names = root.GetProperty("alternatives").EnumerateArray().Select(a => a.GetString()!).ToList();
        var by = root.GetProperty("by").GetString()!;
        var best = root.GetProperty("best").ValueKind == JsonValueKind.String ? root.GetProperty("best").GetString() : null;
        var metrics = root.GetProperty("metrics");

        var body = new StringBuilder("<section id=\"comparison\"><h2>").Append(Svg.E(by)).Append(" by alternative</h2>");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Mean and 95% interval over {root.GetProperty("replications").GetInt32()} replications with common random numbers; best ({(root.GetProperty("goal").GetString() == "maximize" ? "highest" : "lowest")}): <b id=\"best\">{Svg.E(best ?? "none")}</b>.</p>");
        if (metrics.TryGetProperty(by, out var byMetric))
            body.Append("<div class=\"chart\">").Append(Intervals("intervals", names, byMetric, best)).Append("</div>");
        body.Append("</section><section><h2>Every metric</h2>");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Below each mean: the paired difference from {Svg.E(names[0])} with its {root.GetProperty("differenceConfidenceLevel").GetDouble():P1} interval; <span class=\"significant\">bold</span> when it excludes 0 (significant), <span class=\"significant better\">green</span> when that is better and <span class=\"significant worse\">red</span> when it is worse (uncoloured where neither more nor less is plainly better).</p>");
        body.Append("<table id=\"compare\"><thead><tr><th>metric</th>");
        foreach (var name in names)
            body.Append(name == best ? "<th class=\"best\">" : "<th>").Append(Svg.E(name)).Append("</th>");
        body.Append("<th>unit</th></tr></thead><tbody>");
        foreach (var metric in metrics.EnumerateObject())
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr data-metric=\"{Svg.E(metric.Name)}\"><td>{Svg.E(metric.Name)}</td>");
            foreach (var name in names)
            {
                var cell = metric.Value.GetProperty(name);
                body.Append(name == best ? "<td class=\"best\"" : "<td").Append(CultureInfo.InvariantCulture, $" data-alternative=\"{Svg.E(name)}\" data-mean=\"{Raw(cell, "mean")}\">{Number(cell, "mean")} ± {Number(cell, "halfWidth")}");
                if (cell.TryGetProperty("differenceFromFirst", out var d))
                {
                    var significant = d.GetProperty("significant").GetBoolean();
                    var verdict = significant ? Verdict(metric.Name, d, root) : "";
                    body.Append(CultureInfo.InvariantCulture, $"<span class=\"diff{(significant ? " significant" : "")}{verdict}\" data-significant=\"{(significant ? "true" : "false")}\">{Signed(d, "mean")} ± {Number(d, "halfWidth")}</span>");
                }
                body.Append("</td>");
            }
            body.Append(CultureInfo.InvariantCulture, $"<td>{Svg.E(metric.Value.GetProperty("unit").GetString()!)}</td></tr>");
        }
        body.Append("</tbody></table></section>\n");
        var footer = "<dl id=\"run-record\">" + string.Concat(new[]
        {
            ("kind", "comparison"), ("alternatives", string.Join(", ", names)), ("seed", root.GetProperty("seed").GetRawText()),
            ("replications", root.GetProperty("replications").GetRawText()), ("complete", root.GetProperty("complete").GetRawText()),
        }.Select(i => $"<div><dt>{Svg.E(i.Item1)}</dt><dd>{Svg.E(i.Item2)}</dd></div>")) + "</dl>";
        return Page.Html($"FactoryTwin comparison: {string.Join(" vs ", names)}", "Which layout is better, and by how much.", body.ToString(), footer, "{}");
    }

    /// <summary>One bar per alternative at its mean, with its interval as a whisker.</summary>
    private static string Intervals(string id, List<string> names, JsonElement metric, string? best)
    {
        const int width = 640, rowHeight = 26, left = 160;
        var values = names.Select(n => metric.GetProperty(n)).ToList();
        var high = values.Select(v => v.TryGetProperty("high", out var h) && h.ValueKind == JsonValueKind.Number ? h.GetDouble() : 0).DefaultIfEmpty(0).Max();
        var scale = (width - left - 30) / Math.Max(1e-12, high * 1.05);
        var svg = new StringBuilder($"""<svg id="{id}" viewBox="0 0 {width} {(names.Count * rowHeight) + 20}" role="img">""");
        for (var i = 0; i < names.Count; i++)
        {
            var v = values[i];
            var mean = v.TryGetProperty("mean", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : double.NaN;
            var low = v.TryGetProperty("low", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetDouble() : mean;
            var hi = v.TryGetProperty("high", out var h) && h.ValueKind == JsonValueKind.Number ? h.GetDouble() : mean;
            var y = 10 + (i * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 6}" y="{y + 13}" text-anchor="end">{Svg.E(names[i])}</text>""");
            if (double.IsFinite(mean))
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{left}" y="{y + 3}" width="{Svg.N(mean * scale)}" height="14" fill="{(names[i] == best ? "#59a14f" : "#8fb3ee")}" data-alternative="{Svg.E(names[i])}" data-mean="{Svg.N(mean)}" data-low="{Svg.N(low)}" data-high="{Svg.N(hi)}"/>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Svg.N(left + (low * scale))}" y1="{y + 10}" x2="{Svg.N(left + (hi * scale))}" y2="{y + 10}" stroke="#1d2433" stroke-width="2"/>""");
            }
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>" better" or " worse" for a significant difference of a metric whose good direction is known (for the metric that names the best, the comparison's goal), else "".</summary>
    private static string Verdict(string metric, JsonElement difference, JsonElement root)
    {
        var direction = root.TryGetProperty("by", out var by) && by.GetString() == metric
            ? (root.GetProperty("goal").GetString() == "maximize" ? 1 : -1)
            : Experiments.Statistics.Comparison.Direction(metric);
        if (direction == 0 || !difference.TryGetProperty("mean", out var mean) || mean.ValueKind != JsonValueKind.Number || mean.GetDouble() == 0)
            return "";
        return Math.Sign(mean.GetDouble()) == direction ? " better" : " worse";
    }

    private static string Raw(JsonElement cell, string field) => cell.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : "";

    private static string Number(JsonElement cell, string field) =>
        cell.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble().ToString("G4", CultureInfo.InvariantCulture) : "n/a";

    private static string Signed(JsonElement cell, string field)
    {
        var text = Number(cell, field);
        return text.StartsWith('-') || text == "n/a" ? text : "+" + text;
    }
}
