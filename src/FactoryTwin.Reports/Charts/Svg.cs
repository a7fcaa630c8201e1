using System.Globalization;
using System.Net;
using System.Text;

namespace FactoryTwin.Reports.Charts;

/// <summary>Small SVG charts written as text: stacked bars, lines and histograms, each number kept in a data attribute so that it can be checked.</summary>
internal static class Svg
{
    private const int Width = 640;

    public static string N(double value) => double.IsFinite(value) ? Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture) : "NaN";

    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>One horizontal bar per row, split into segments; every segment carries its metric name and value.</summary>
    public static string StackedBars(string id, IReadOnlyList<(string Label, IReadOnlyList<(string Part, string Metric, double Value)> Segments)> rows, IReadOnlyDictionary<string, string> colors)
    {
        const int label = 150, barHeight = 18, gap = 8, top = 10;
        var height = top + (rows.Count * (barHeight + gap)) + 30;
        var svg = new StringBuilder($"""<svg id="{id}" viewBox="0 0 {Width} {height}" role="img">""");
        var plot = Width - label - 20;
        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + (r * (barHeight + gap));
            svg.Append($"""<text x="{label - 6}" y="{y + 13}" text-anchor="end">{E(rows[r].Label)}</text>""");
            double x = label;
            foreach (var (part, metric, value) in rows[r].Segments)
            {
                var w = Math.Max(0, value) * plot;
                svg.Append($"""<rect class="segment" x="{N(x)}" y="{y}" width="{N(w)}" height="{barHeight}" fill="{colors.GetValueOrDefault(part, "#999")}" data-metric="{E(metric)}" data-value="{N(value)}"><title>{E(rows[r].Label)} {E(part)}: {N(Math.Round(value * 100, 2))}%</title></rect>""");
                x += w;
            }
        }
        var axisY = top + (rows.Count * (barHeight + gap));
        svg.Append($"""<line class="axis" x1="{label}" y1="{axisY}" x2="{label + plot}" y2="{axisY}"/>""");
        for (var tick = 0; tick <= 4; tick++)
            svg.Append($"""<text x="{N(label + (plot * tick / 4.0))}" y="{axisY + 14}" text-anchor="middle">{tick * 25}%</text>""");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A line over time; each point carries its time and value.</summary>
    public static string Line(string id, IReadOnlyList<(double Time, double Value)> points, string unit)
    {
        const int height = 220, left = 50, bottom = 30, top = 10;
        var plot = (W: Width - left - 20, H: height - bottom - top);
        var svg = new StringBuilder($"""<svg id="{id}" viewBox="0 0 {Width} {height}" role="img">""");
        if (points.Count == 0)
            return svg.Append("""<text x="20" y="40">no data</text></svg>""").ToString();
        var maxTime = points.Max(p => p.Time);
        var highest = points.Max(p => p.Value);
        var maxValue = (highest > 0 ? highest : 1) * 1.1; // an all-zero series still gets a scale of round ticks
        string X(double t) => N(left + (plot.W * t / Math.Max(1e-9, maxTime)));
        double Height(double v) => top + plot.H - (plot.H * v / maxValue);
        string Y(double v) => N(Height(v));
        svg.Append($"""<line class="axis" x1="{left}" y1="{top + plot.H}" x2="{left + plot.W}" y2="{top + plot.H}"/><line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + plot.H}"/>""");
        svg.Append("""<polyline fill="none" stroke="#2f6fd6" stroke-width="2" points=""" + "\"" + string.Join(' ', points.Select(p => $"{X(p.Time)},{Y(p.Value)}")) + "\"/>");
        foreach (var (time, value) in points)
            svg.Append($"""<circle class="point" cx="{X(time)}" cy="{Y(value)}" r="2" fill="#2f6fd6" data-time="{N(time)}" data-value="{N(value)}"/>""");
        foreach (var tick in Ticks(maxValue))
        {
            svg.Append($"""<line class="tick" x1="{left - 4}" y1="{Y(tick)}" x2="{left}" y2="{Y(tick)}"/>""");
            svg.Append($"""<text class="tick y" x="{left - 6}" y="{N(Height(tick) + 4)}" text-anchor="end" data-value="{N(tick)}">{N(tick)}</text>""");
        }
        foreach (var hours in Ticks(maxTime / 3600))
        {
            var x = X(hours * 3600);
            svg.Append($"""<line class="tick" x1="{x}" y1="{top + plot.H}" x2="{x}" y2="{top + plot.H + 4}"/>""");
            svg.Append($"""<text class="tick x" x="{x}" y="{top + plot.H + 16}" text-anchor="middle" data-value="{N(hours)}">{N(hours)}</text>""");
        }
        svg.Append($"""<text class="axis-title" x="{left + plot.W}" y="{height - 2}" text-anchor="end">simulated time (h)</text><text class="axis-title" x="{left + 4}" y="{top + 10}">{E(unit)}</text>""");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A Gantt chart: a row per robot, a bar per stretch in one state, coloured by state, over a time axis in hours.</summary>
    public static string Timeline(string id, IReadOnlyList<(string Robot, List<(double From, double To, string State)> Stretches)> rows, double end, IReadOnlyDictionary<string, string> colors)
    {
        const int label = 70, rowHeight = 12, top = 6, bottom = 30;
        var plot = Width - label - 20;
        var height = top + (rows.Count * rowHeight) + bottom;
        var svg = new StringBuilder($"""<svg id="{id}" viewBox="0 0 {Width} {height}" role="img">""");
        string X(double t) => N(label + (plot * t / Math.Max(1e-9, end)));
        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + (r * rowHeight);
            svg.Append($"""<text x="{label - 4}" y="{y + 9}" text-anchor="end">{E(rows[r].Robot)}</text>""");
            foreach (var (from, to, state) in rows[r].Stretches)
            {
                svg.Append($"""<rect class="stretch" x="{X(from)}" y="{y + 1}" width="{N(plot * (to - from) / Math.Max(1e-9, end))}" height="{rowHeight - 2}" fill="{colors.GetValueOrDefault(state, "#cccccc")}" data-robot="{E(rows[r].Robot)}" data-state="{E(state)}" data-from="{N(from)}" data-to="{N(to)}"><title>{E(rows[r].Robot)}: {E(state)}</title></rect>""");
            }
        }
        var axis = top + (rows.Count * rowHeight);
        svg.Append($"""<line class="axis" x1="{label}" y1="{axis}" x2="{label + plot}" y2="{axis}"/>""");
        foreach (var hours in Ticks(end / 3600))
        {
            var x = X(hours * 3600);
            svg.Append($"""<line class="tick" x1="{x}" y1="{axis}" x2="{x}" y2="{axis + 4}"/><text class="tick x" x="{x}" y="{axis + 16}" text-anchor="middle" data-value="{N(hours)}">{N(hours)}</text>""");
        }
        svg.Append($"""<text class="axis-title" x="{label + plot}" y="{height - 2}" text-anchor="end">simulated time (h)</text>""");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A heat strip per station: one cell per stretch of the run, darker the busier, each with its utilisation.</summary>
    public static string Utilisation(string id, IReadOnlyList<(string Station, double[] Utilisation)> rows, double end)
    {
        const int label = 110, rowHeight = 16, top = 6, bottom = 30;
        var plot = Width - label - 20;
        var height = top + (rows.Count * rowHeight) + bottom;
        var svg = new StringBuilder($"""<svg id="{id}" viewBox="0 0 {Width} {height}" role="img">""");
        for (var r = 0; r < rows.Count; r++)
        {
            var (station, values) = rows[r];
            var y = top + (r * rowHeight);
            var cell = plot / (double)values.Length;
            svg.Append($"""<text x="{label - 4}" y="{y + 11}" text-anchor="end">{E(station)}</text>""");
            for (var b = 0; b < values.Length; b++)
            {
                svg.Append($"""<rect class="cell" x="{N(label + (b * cell))}" y="{y + 1}" width="{N(cell)}" height="{rowHeight - 2}" fill="#2f6fd6" fill-opacity="{N(0.05 + (0.95 * Math.Clamp(values[b], 0, 1)))}" data-station="{E(station)}" data-from="{N(end * b / values.Length)}" data-to="{N(end * (b + 1) / values.Length)}" data-utilisation="{N(values[b])}"><title>{E(station)}: {N(Math.Round(values[b] * 100, 1))}%</title></rect>""");
            }
        }
        var axis = top + (rows.Count * rowHeight);
        foreach (var hours in Ticks(end / 3600))
        {
            var x = N(label + (plot * hours * 3600 / Math.Max(1e-9, end)));
            svg.Append($"""<line class="tick" x1="{x}" y1="{axis}" x2="{x}" y2="{axis + 4}"/><text class="tick x" x="{x}" y="{axis + 16}" text-anchor="middle" data-value="{N(hours)}">{N(hours)}</text>""");
        }
        svg.Append($"""<text class="axis-title" x="{label + plot}" y="{height - 2}" text-anchor="end">simulated time (h); darker is busier</text>""");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Round tick values from 0 to at most <paramref name="max"/>: steps of 1, 2 or 5 times a power of ten, about five of them.</summary>
    internal static IEnumerable<double> Ticks(double max)
    {
        if (!(max > 0) || !double.IsFinite(max))
            yield break;
        var rough = max / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1.0, 2, 5, 10 }.Select(f => f * power).First(s => s >= rough);
        for (var k = 0; k * step <= max * (1 + 1e-9); k++)
            yield return Math.Round(k * step, 12);
    }

    /// <summary>A histogram of values with markers; each bar carries its range and count.</summary>
    public static string Histogram(string id, IReadOnlyList<double> values, IReadOnlyList<(string Label, double Value)> markers, string unit)
    {
        const int height = 220, left = 50, bottom = 30, top = 10, bins = 30;
        var plot = (W: Width - left - 20, H: height - bottom - top);
        var svg = new StringBuilder($"""<svg id="{id}" viewBox="0 0 {Width} {height}" role="img">""");
        if (values.Count == 0)
            return svg.Append("""<text x="20" y="40">no data</text></svg>""").ToString();
        var max = Math.Max(values.Max(), markers.Where(m => double.IsFinite(m.Value)).Select(m => m.Value).DefaultIfEmpty(0).Max()) * 1.02;
        var width = max / bins;
        var counts = new int[bins];
        foreach (var v in values)
            counts[Math.Min(bins - 1, (int)(v / width))]++;
        var highest = Math.Max(1, counts.Max());
        for (var b = 0; b < bins; b++)
        {
            var h = plot.H * counts[b] / (double)highest;
            svg.Append($"""<rect class="bin" x="{N(left + (plot.W * b / (double)bins))}" y="{N(top + plot.H - h)}" width="{N((plot.W / (double)bins) - 1)}" height="{N(h)}" fill="#8fb3ee" data-from="{N(b * width)}" data-to="{N((b + 1) * width)}" data-count="{counts[b]}"/>""");
        }
        foreach (var (label, value) in markers.Where(m => double.IsFinite(m.Value)))
        {
            var x = N(left + (plot.W * value / max));
            svg.Append($"""<line class="marker" x1="{x}" y1="{top}" x2="{x}" y2="{top + plot.H}" stroke="#c0392b" stroke-dasharray="3 2" data-label="{E(label)}" data-value="{N(value)}"/><text x="{x}" y="{top + 10}" text-anchor="start"> {E(label)}</text>""");
        }
        svg.Append($"""<line class="axis" x1="{left}" y1="{top + plot.H}" x2="{left + plot.W}" y2="{top + plot.H}"/><text x="{left}" y="{height - 8}">0</text><text x="{left + plot.W}" y="{height - 8}" text-anchor="end">{N(Math.Round(max, 1))} {E(unit)}</text>""");
        return svg.Append("</svg>").ToString();
    }
}
