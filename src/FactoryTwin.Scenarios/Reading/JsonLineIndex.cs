using System.Text;
using System.Text.Json;

namespace FactoryTwin.Scenarios.Reading;

/// <summary>The line on which each value of a JSON document starts, by JSON path, so a problem can say where it is.</summary>
internal sealed class JsonLineIndex
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineIndex()
    {
    }

    /// <summary>The line of the value at <paramref name="path"/>, or of its nearest enclosing value.</summary>
    public int? LineOf(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_lines.TryGetValue(p, out var line))
                return line;
        }
        return null;
    }

    /// <summary>Indexes a document that parses (it is read again token by token, tracking paths and newlines).</summary>
    public static JsonLineIndex Build(ReadOnlySpan<byte> json)
    {
        var index = new JsonLineIndex();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var containers = new Stack<(string Path, bool IsArray, int NextIndex)>();
        string? pendingName = null;
        var line = 1;
        var scanned = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += json[scanned..start].Count((byte)'\n');
            scanned = start;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingName = reader.GetString();
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                containers.Pop();
                continue;
            }
            var path = PathOfNext(containers, pendingName);
            pendingName = null;
            index._lines.TryAdd(path, line);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                containers.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
        }
        return index;
    }

    /// <summary>The JSON path of a property: <c>$.name</c>, or <c>$['odd name']</c> when the name is not a plain identifier.</summary>
    public static string Property(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>The JSON path of an array element: <c>$.stations[2]</c>.</summary>
    public static string Element(string parent, int index) => new StringBuilder(parent).Append('[').Append(index).Append(']').ToString();

    private static string PathOfNext(Stack<(string Path, bool IsArray, int NextIndex)> containers, string? name)
    {
        if (containers.Count == 0)
            return "$";
        var (path, isArray, next) = containers.Pop();
        containers.Push((path, isArray, next + 1));
        return isArray ? Element(path, next) : Property(path, name!);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : (path == "$" ? "" : "$");
    }
}
