using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Experiments.Statistics;

namespace FactoryTwin.Experiments.Output;

/// <summary>Writes <c>metrics.json</c> and <c>metrics.csv</c>: every metric with its per-replication values, mean, standard deviation and confidence interval.</summary>
/// <remarks>
/// Field names are stable and versioned by <c>formatVersion</c>; nothing that varies from run to run (wall time, the
/// machine) goes in, so the same scenario and seed give the same bytes. Values that do not exist (a cycle time when
/// no job finished) are null in JSON and empty in CSV.
/// </remarks>
public static class MetricsFiles
{
    /// <summary>The version of the metrics file format.</summary>
    public const int FormatVersion = 1;

    public static void WriteJson(string path, MetricsHeader header, IReadOnlyList<MetricSummary> metrics)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(metrics);
        AtomicFile.WriteJsonObject(path, FormatVersion, json =>
        {
            json.WriteString("scenario", header.Scenario);
            json.WriteNumber("seed", header.Seed);
            json.WriteNumber("replications", header.Replications);
            json.WriteStartArray("replicationNumbers");
            foreach (var number in header.ReplicationNumbers)
                json.WriteNumberValue(number);
            json.WriteEndArray();
            json.WriteBoolean("complete", header.Complete);
            json.WriteNumber("durationSeconds", header.DurationSeconds);
            json.WriteNumber("warmupSeconds", header.WarmupSeconds);
            json.WriteNumber("confidenceLevel", header.ConfidenceLevel);
            json.WriteStartObject("metrics");
            foreach (var metric in metrics)
            {
                json.WriteStartObject(metric.Name);
                json.WriteString("unit", metric.Unit);
                json.WriteNumber("n", metric.Count);
                JsonNumbers.Write(json, metric.Interval);
                JsonNumbers.Write(json, "stdDev", metric.StandardDeviation);
                json.WriteStartArray("values");
                foreach (var value in metric.Values)
                    JsonNumbers.Write(json, value);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        });
    }

    /// <param name="replications">The numbers (from 1) of the replications whose values are listed, in order.</param>
    public static void WriteCsv(string path, IReadOnlyList<MetricSummary> metrics, IReadOnlyList<int> replications)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(replications);
        var csv = new StringBuilder();
        csv.Append("metric,unit,n,mean,stdDev,low,high");
        foreach (var r in replications)
            csv.Append(CultureInfo.InvariantCulture, $",replication{r}");
        csv.Append('\n');
        foreach (var metric in metrics)
        {
            csv.Append(JsonNumbers.Text(metric.Name)).Append(',').Append(JsonNumbers.Text(metric.Unit)).Append(',').Append(metric.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var value in new[] { metric.Mean, metric.StandardDeviation, metric.Lower, metric.Upper }.Concat(metric.Values))
                csv.Append(',').Append(JsonNumbers.Text(value));
            csv.Append('\n');
        }
        AtomicFile.WriteAllText(path, csv.ToString());
    }
}
