using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Factory.Metrics;

namespace FactoryTwin.Experiments.Storage;

/// <summary>The append-only record of finished runs (<c>runs.jsonl</c>): each run is written and flushed the moment it finishes.</summary>
/// <remarks>
/// This is the resume point: after a kill, the runs in the file are kept and not run again. A line cut short by the
/// kill is ignored when reading. Numbers are written in round-trip form, so results rebuilt from the file equal those
/// of the run that wrote it.
/// </remarks>
public sealed class RunsStore : IDisposable
{
    public const string FileName = "runs.jsonl";
    private readonly FileStream _stream;
    private readonly object _gate = new();

    public RunsStore(string folder)
    {
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, FileName);
        _stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public string Path { get; }

    /// <summary>Appends a finished run and hands it to the operating system at once, so a killed process loses nothing; safe to call from several threads.</summary>
    /// <remarks>Not forced to the disk (fsync) each time: that would cost more than a short run itself, and only a power cut could lose the last runs.</remarks>
    public void Append(RunLine run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var bytes = Encoding.UTF8.GetBytes(Serialize(run) + "\n");
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush(flushToDisk: false);
        }
    }

    /// <summary>The runs stored in <paramref name="folder"/> (none if there is no file), skipping a last line cut short.</summary>
    public static List<RunLine> Read(string folder)
    {
        var path = System.IO.Path.Combine(folder, FileName);
        var runs = new List<RunLine>();
        if (!File.Exists(path))
            return runs;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                runs.Add(Deserialize(line));
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                // A line cut short by a kill: its run is simply run again.
            }
        }
        return runs;
    }

    public void Dispose()
    {
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
    }

    private static string Serialize(RunLine run)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("alternative", run.Alternative);
            json.WriteString("name", run.Name);
            json.WriteNumber("replication", run.Replication);
            json.WriteNumber("events", run.Events);
            json.WriteNumber("wallSeconds", Math.Round(run.WallSeconds, 3));
            json.WriteStartArray("metrics");
            foreach (var metric in run.Metrics)
            {
                json.WriteStartArray();
                json.WriteStringValue(metric.Name);
                json.WriteStringValue(metric.Unit);
                // Round-trip text keeps every bit; NaN (no value) is written as null.
                if (double.IsFinite(metric.Value))
                    json.WriteRawValue(metric.Value.ToString("R", CultureInfo.InvariantCulture));
                else
                    json.WriteNullValue();
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static RunLine Deserialize(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var metrics = root.GetProperty("metrics").EnumerateArray().Select(m => new Metric(
            m[0].GetString()!, m[1].GetString()!, m[2].ValueKind == JsonValueKind.Null ? double.NaN : m[2].GetDouble())).ToList();
        return new RunLine(root.GetProperty("alternative").GetInt32(), root.GetProperty("name").GetString()!, root.GetProperty("replication").GetInt32(),
            metrics, root.GetProperty("events").GetInt64(), root.GetProperty("wallSeconds").GetDouble());
    }
}
