using System.Text.Json;

namespace FactoryTwin.Reports.Reading;

/// <summary>The files of a run's folder that a report reads: metrics, run record, layout and, if written, the trace.</summary>
internal sealed class ResultFolder
{
    private ResultFolder(string folder, JsonDocument metrics, JsonDocument? record, JsonDocument layout)
    {
        Folder = folder;
        Metrics = metrics.RootElement.Clone();
        Record = record?.RootElement.Clone();
        Layout = layout.RootElement.Clone();
    }

    public string Folder { get; }

    public JsonElement Metrics { get; }

    public JsonElement? Record { get; }

    public JsonElement Layout { get; }

    public string TracePath => Path.Combine(Folder, "trace.jsonl");

    public string MetricsPath => Path.Combine(Folder, "metrics.json");

    public string LayoutPath => Path.Combine(Folder, "layout.json");

    public string RecordPath => Path.Combine(Folder, "run.json");

    public bool HasTrace => File.Exists(TracePath);

    /// <summary>The mean of a metric over the replications, or NaN if there is none.</summary>
    public double Mean(string metric) =>
        Metrics.GetProperty("metrics").TryGetProperty(metric, out var m) && m.GetProperty("mean").ValueKind == JsonValueKind.Number ? m.GetProperty("mean").GetDouble() : double.NaN;

    public IEnumerable<string> MetricNames => Metrics.GetProperty("metrics").EnumerateObject().Select(p => p.Name);

    /// <summary>Reads a run's folder; null with the reason if it is not one.</summary>
    public static (ResultFolder? Folder, string? Problem) Open(string folder)
    {
        foreach (var file in new[] { "metrics.json", "layout.json" })
        {
            if (!File.Exists(Path.Combine(folder, file)))
                return (null, $"{folder}: has no {file}; give the --out folder of a 'factorytwin run'");
        }
        try
        {
            using var metrics = ResultFile.Parse(Path.Combine(folder, "metrics.json"));
            using var layout = ResultFile.Parse(Path.Combine(folder, "layout.json"));
            var recordPath = Path.Combine(folder, "run.json");
            using var record = File.Exists(recordPath) ? ResultFile.Parse(recordPath) : null;
            return (new ResultFolder(folder, metrics, record, layout), null);
        }
        catch (InvalidDataException error)
        {
            return (null, error.Message);
        }
    }
}
