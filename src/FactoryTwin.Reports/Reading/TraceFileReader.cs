using System.Text.Json;

namespace FactoryTwin.Reports.Reading;

/// <summary>Reads a <c>trace.jsonl</c> written by <c>factorytwin run --trace</c>: element lines, then change lines.</summary>
public static class TraceFileReader
{
    /// <exception cref="InvalidDataException">A line is not a trace line (the message names the file and the line).</exception>
    public static (List<TraceElement> Elements, List<TraceChange> Changes) Read(string path)
    {
        var elements = new List<TraceElement>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var changes = new List<TraceChange>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.TryGetProperty("element", out var id))
                {
                    var element = new TraceElement(elements.Count, id.GetString()!, root.GetProperty("kind").GetString()!, root.GetProperty("group").GetString()!);
                    elements.Add(element);
                    byId[element.Id] = element.Index;
                    continue;
                }
                changes.Add(new TraceChange(
                    root.GetProperty("t").GetDouble(),
                    byId[root.GetProperty("id").GetString()!],
                    root.GetProperty("state").GetString()!,
                    root.TryGetProperty("node", out var node) ? node.GetString() : null,
                    root.GetProperty("x").GetDouble(),
                    root.GetProperty("y").GetDouble(),
                    root.TryGetProperty("heading", out var heading) ? heading.GetDouble() : 0,
                    root.TryGetProperty("value", out var value) ? value.GetDouble() : double.NaN,
                    root.TryGetProperty("link", out var link) && byId.TryGetValue(link.GetString()!, out var linked) ? linked : -1));
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}: line {number} is not a trace line: {error.Message}", error);
            }
        }
        return (elements, changes);
    }
}
