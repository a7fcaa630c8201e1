using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Reports.Charts;

namespace FactoryTwin.Reports;

/// <summary>The floor as SVG, drawn to scale in metres: walls and shelves, lanes, stations, heat maps, and a layer for the robots.</summary>
internal sealed class Floor
{
    private readonly JsonElement _layout;
    private readonly List<(string Id, double X, double Y)> _nodes;
    private readonly double _cell;

    public Floor(JsonElement layout)
    {
        _layout = layout;
        _nodes = layout.TryGetProperty("nodes", out var nodes)
            ? [.. nodes.EnumerateArray().Select(n => (n[0].GetString()!, n[1].GetDouble(), n[2].GetDouble()))]
            : [];
        _cell = layout.TryGetProperty("cellSizeMeters", out var cell) ? cell.GetDouble() : 1;
    }

    public bool HasLayout => _nodes.Count > 0;

    private bool IsGrid => _layout.TryGetProperty("rows", out _);

    /// <summary>The robots' radius: most of a cell on a grid, a small share of the floor on a graph.</summary>
    public double RobotRadius => IsGrid ? 0.4 * _cell : Math.Max(0.3, 0.012 * Math.Max(Box.Width, Box.Height));

    private (double X, double Y, double Width, double Height) Box
    {
        get
        {
            if (_layout.TryGetProperty("rows", out var rows))
                return (0, 0, rows[0].GetString()!.Length * _cell, rows.GetArrayLength() * _cell);
            // A margin all round, and more on the right for the stations' labels.
            var margin = Math.Max(1, 0.06 * Math.Max(_nodes.Max(n => n.X) - _nodes.Min(n => n.X), _nodes.Max(n => n.Y) - _nodes.Min(n => n.Y)));
            return (_nodes.Min(n => n.X) - margin, _nodes.Min(n => n.Y) - margin,
                _nodes.Max(n => n.X) - _nodes.Min(n => n.X) + (4 * margin), _nodes.Max(n => n.Y) - _nodes.Min(n => n.Y) + (2 * margin));
        }
    }

    public string Svg((Dictionary<string, double> Congestion, Dictionary<string, double> Density)? heat)
    {
        var box = Box;
        var svg = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"""<svg id="map" class="map" viewBox="{Charts.Svg.N(box.X)} {Charts.Svg.N(box.Y)} {Charts.Svg.N(box.Width)} {Charts.Svg.N(box.Height)}" data-unit="m" role="img" aria-label="the floor, to scale in metres">"""));
        if (_layout.TryGetProperty("rows", out var rows))
            svg.Append(Blocked(rows));
        else
            svg.Append(Lanes());
        if (heat is { } maps)
        {
            svg.Append(HeatLayer("congestion", maps.Congestion));
            svg.Append(HeatLayer("density", maps.Density));
        }
        svg.Append(Stations());
        svg.Append("<g id=\"robots\"></g></svg>");
        return svg.ToString();
    }

    /// <summary>Blocked cells as one path, each run of blocked cells in a row one rectangle.</summary>
    private string Blocked(JsonElement rows)
    {
        var path = new StringBuilder();
        var y = 0;
        foreach (var row in rows.EnumerateArray().Select(r => r.GetString()!))
        {
            for (var x = 0; x < row.Length;)
            {
                if (row[x] != '@')
                {
                    x++;
                    continue;
                }
                var start = x;
                while (x < row.Length && row[x] == '@')
                    x++;
                path.Append(CultureInfo.InvariantCulture, $"M{Charts.Svg.N(start * _cell)} {Charts.Svg.N(y * _cell)}h{Charts.Svg.N((x - start) * _cell)}v{Charts.Svg.N(_cell)}h{Charts.Svg.N(-(x - start) * _cell)}z");
            }
            y++;
        }
        return $"<path class=\"blocked\" d=\"{path}\"/>";
    }

    private string Lanes()
    {
        var width = Charts.Svg.N(RobotRadius * 0.6);
        var lanes = new StringBuilder();
        foreach (var lane in _layout.GetProperty("lanes").EnumerateArray())
        {
            var a = _nodes[lane[0].GetInt32()];
            var b = _nodes[lane[1].GetInt32()];
            lanes.Append(CultureInfo.InvariantCulture, $"<line class=\"lane\" x1=\"{Charts.Svg.N(a.X)}\" y1=\"{Charts.Svg.N(a.Y)}\" x2=\"{Charts.Svg.N(b.X)}\" y2=\"{Charts.Svg.N(b.Y)}\" stroke-width=\"{width}\"/>");
        }
        return lanes.ToString();
    }

    private string HeatLayer(string name, Dictionary<string, double> values)
    {
        var layer = new StringBuilder($"<g class=\"heat\" data-layer=\"{name}\" style=\"display:none\">");
        var highest = values.Count == 0 ? 1 : values.Values.Max();
        var position = _nodes.ToDictionary(n => n.Id, n => (n.X, n.Y), StringComparer.Ordinal);
        var size = IsGrid ? _cell : RobotRadius * 3;
        foreach (var (node, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (!position.TryGetValue(node, out var p))
                continue;
            var share = value / highest;
            layer.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Charts.Svg.N(p.X - (size / 2))}\" y=\"{Charts.Svg.N(p.Y - (size / 2))}\" width=\"{Charts.Svg.N(size)}\" height=\"{Charts.Svg.N(size)}\" fill=\"rgb(225,{Math.Round(200 * (1 - share))},40)\" fill-opacity=\"{Charts.Svg.N(0.25 + (0.7 * share))}\" data-node=\"{Charts.Svg.E(node)}\" data-value=\"{Charts.Svg.N(value)}\"/>");
        }
        return layer.Append("</g>").ToString();
    }

    private string Stations()
    {
        var html = new StringBuilder();
        var size = IsGrid ? _cell * 1.6 : RobotRadius * 3;
        foreach (var station in _layout.GetProperty("stations").EnumerateArray())
        {
            if (!station.TryGetProperty("x", out var x))
                continue;
            var id = station.GetProperty("id").GetString()!;
            var kind = station.GetProperty("kind").GetString()!; // untrusted, like the id: escaped wherever it is written
            var cx = x.GetDouble();
            var cy = station.GetProperty("y").GetDouble();
            var font = Charts.Svg.N(Math.Max(size * 0.45, 0.6));
            html.Append(CultureInfo.InvariantCulture,
                $"<g class=\"station\" data-id=\"{Charts.Svg.E(id)}\" data-kind=\"{Charts.Svg.E(kind)}\"><rect x=\"{Charts.Svg.N(cx - (size / 2))}\" y=\"{Charts.Svg.N(cy - (size / 2))}\" width=\"{Charts.Svg.N(size)}\" height=\"{Charts.Svg.N(size)}\" fill=\"{KindColor(kind)}\"/><text x=\"{Charts.Svg.N(cx + (size / 2) + 0.2)}\" y=\"{Charts.Svg.N(cy)}\" style=\"font-size:{font}px\">{Charts.Svg.E(id)}</text><title>{Charts.Svg.E(id)} ({Charts.Svg.E(kind)})</title></g>");
        }
        return html.ToString();
    }

    private static string KindColor(string kind) => kind switch
    {
        "source" => "#a0cbe8",
        "sink" => "#8cd17d",
        "charger" => "#f1ce63",
        "storage" => "#d4a6c8",
        "conveyor" => "#bab0ac",
        _ => "#ffffff",
    };
}
