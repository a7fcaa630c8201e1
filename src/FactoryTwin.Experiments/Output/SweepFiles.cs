using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Experiments.Statistics;

namespace FactoryTwin.Experiments.Output;

/// <summary>Writes <c>sweep.json</c> and <c>sweep.csv</c>: for every point of the grid, its settings and every metric's interval.</summary>
public static class SweepFiles
{
    public const int FormatVersion = 1;

    public static void WriteJson(string path, ExperimentHeader header, IReadOnlyList<Storage.AlternativeInfo> points, IReadOnlyList<IReadOnlyList<MetricSummary>> summaries,
        string by, bool maximize, int best)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(summaries);
        AtomicFile.WriteJsonObject(path, FormatVersion, json =>
        {
            header.WriteTo(json);
            json.WriteString("by", by);
            json.WriteString("goal", maximize ? "maximize" : "minimize");
            if (best >= 0)
                json.WriteString("best", points[best].Name);
            else
                json.WriteNull("best");
            json.WriteStartArray("points");
            for (var p = 0; p < points.Count; p++)
            {
                json.WriteStartObject();
                json.WriteString("name", points[p].Name);
                json.WriteStartObject("settings");
                foreach (var setting in points[p].Settings)
                {
                    json.WritePropertyName(setting.Path);
                    if (setting.Value is null)
                        json.WriteNullValue();
                    else
                        setting.Value.WriteTo(json);
                }
                json.WriteEndObject();
                json.WriteStartObject("metrics");
                foreach (var metric in summaries[p])
                {
                    json.WriteStartObject(metric.Name);
                    json.WriteString("unit", metric.Unit);
                    json.WriteNumber("n", metric.Count);
                    JsonNumbers.Write(json, metric.Interval);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    public static void WriteCsv(string path, IReadOnlyList<Storage.AlternativeInfo> points, IReadOnlyList<IReadOnlyList<MetricSummary>> summaries)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(summaries);
        var paths = points.SelectMany(p => p.Settings.Select(s => s.Path)).Distinct().ToList();
        var csv = new StringBuilder("point");
        foreach (var settingPath in paths)
            csv.Append(',').Append(JsonNumbers.Text(settingPath));
        csv.Append(",metric,unit,n,mean,halfWidth,low,high\n");
        for (var p = 0; p < points.Count; p++)
        {
            var values = paths.Select(path => points[p].Settings.FirstOrDefault(s => s.Path == path)?.Value?.ToJsonString() ?? "").ToList();
            foreach (var metric in summaries[p])
            {
                csv.Append(JsonNumbers.Text(points[p].Name));
                foreach (var value in values)
                    csv.Append(',').Append(JsonNumbers.Text(value));
                csv.Append(',').Append(JsonNumbers.Text(metric.Name)).Append(',').Append(metric.Unit).Append(',').Append(metric.Count.ToString(CultureInfo.InvariantCulture));
                foreach (var value in new[] { metric.Mean, metric.HalfWidth, metric.Lower, metric.Upper })
                    csv.Append(',').Append(JsonNumbers.Text(value));
                csv.Append('\n');
            }
        }
        AtomicFile.WriteAllText(path, csv.ToString());
    }
}
