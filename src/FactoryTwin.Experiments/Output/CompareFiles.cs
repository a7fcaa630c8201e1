using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Experiments.Statistics;

namespace FactoryTwin.Experiments.Output;

/// <summary>Writes <c>compare.json</c> and <c>compare.csv</c>: per metric, each alternative's interval and its paired difference from the first.</summary>
public static class CompareFiles
{
    public const int FormatVersion = 1;

    /// <param name="by">The metric that names the best alternative.</param>
    /// <param name="best">The index of the best alternative by <paramref name="by"/>, or -1.</param>
    public static void WriteJson(string path, ExperimentHeader header, Comparison comparison, string by, bool maximize, int best)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(comparison);
        AtomicFile.WriteJsonObject(path, FormatVersion, json =>
        {
            header.WriteTo(json);
            json.WriteNumber("differenceConfidenceLevel", JsonNumbers.Round(comparison.DifferenceLevel));
            json.WriteStartArray("alternatives");
            foreach (var name in comparison.Alternatives)
                json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteString("by", by);
            json.WriteString("goal", maximize ? "maximize" : "minimize");
            if (best >= 0)
                json.WriteString("best", comparison.Alternatives[best]);
            else
                json.WriteNull("best");
            json.WriteStartObject("metrics");
            foreach (var metric in comparison.Metrics)
            {
                json.WriteStartObject(metric.Name);
                json.WriteString("unit", metric.Unit);
                for (var a = 0; a < comparison.Alternatives.Count; a++)
                {
                    json.WriteStartObject(comparison.Alternatives[a]);
                    if (metric.PerAlternative[a] is { } s)
                    {
                        json.WriteNumber("n", s.Count);
                        JsonNumbers.Write(json, s.Interval);
                    }
                    if (metric.Differences[a] is { } d)
                    {
                        json.WriteStartObject("differenceFromFirst");
                        JsonNumbers.Write(json, d.Interval);
                        json.WriteBoolean("significant", d.Significant);
                        json.WriteEndObject();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        });
    }

    public static void WriteCsv(string path, Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var csv = new StringBuilder("metric,unit,alternative,n,mean,halfWidth,low,high,differenceMean,differenceLow,differenceHigh,significant\n");
        foreach (var metric in comparison.Metrics)
        {
            for (var a = 0; a < comparison.Alternatives.Count; a++)
            {
                var s = metric.PerAlternative[a];
                var d = metric.Differences[a];
                csv.Append(JsonNumbers.Text(metric.Name)).Append(',').Append(JsonNumbers.Text(metric.Unit)).Append(',').Append(JsonNumbers.Text(comparison.Alternatives[a])).Append(',')
                    .Append((s?.Count ?? 0).ToString(CultureInfo.InvariantCulture));
                foreach (var value in new[] { s?.Mean, s?.HalfWidth, s?.Lower, s?.Upper, d?.Interval.Mean, d?.Interval.Lower, d?.Interval.Upper })
                    csv.Append(',').Append(JsonNumbers.Text(value ?? double.NaN));
                csv.Append(',').Append(d is null ? "" : d.Significant ? "true" : "false").Append('\n');
            }
        }
        AtomicFile.WriteAllText(path, csv.ToString());
    }
}
