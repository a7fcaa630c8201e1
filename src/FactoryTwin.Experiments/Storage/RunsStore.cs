using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Factory.Metrics;

namespace FactoryTwin.Experiments.Storage;

/// <summary>The append-only record of finished runs (<c>runs.jsonl</c>): each run is written and flushed the moment it finishes.</summary>
/// <remarks>
/// This is the resume point: after a kill, the runs in the file are kept and not run again. A last line cut short by a
/// kill or a full disk is ignored when reading and cut off before the next run is appended, so that run is run again;
/// a damaged line anywhere else is an error, never silently dropped. Numbers are written in round-trip form, so
/// results rebuilt from the file equal those of the run that wrote it.
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
        _stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        _stream.SetLength(WholeLinesLength(_stream));
        _stream.Seek(0, SeekOrigin.End);
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
    /// <exception cref="InvalidDataException">A line before the last is not a run record: the file was damaged or is not ours.</exception>
    public static List<RunLine> Read(string folder)
    {
        var path = System.IO.Path.Combine(folder, FileName);
        var runs = new List<RunLine>();
        if (!File.Exists(path))
            return runs;
        var text = File.ReadAllText(path, Encoding.UTF8);
        var lines = text.Split('\n');
        // The text after the last newline is a line cut short (or nothing): its run is simply run again.
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            try
            {
                runs.Add(Deserialize(lines[i]));
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
            {
                throw new InvalidDataException($"{path}: line {i + 1} is not a finished run ({error.Message}); the file is damaged. Move it away to run the experiment afresh.", error);
            }
        }
        return runs;
    }

    /// <summary>The length of the file up to and including its last newline: what is after it is a line cut short.</summary>
    private static long WholeLinesLength(FileStream stream)
    {
        var buffer = new byte[4096];
        var end = stream.Length;
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            stream.Seek(start, SeekOrigin.Begin);
            stream.ReadExactly(buffer, 0, (int)(end - start));
            var newline = Array.LastIndexOf(buffer, (byte)'\n', (int)(end - start - 1));
            if (newline >= 0)
                return start + newline + 1;
            end = start;
        }
        return 0;
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
