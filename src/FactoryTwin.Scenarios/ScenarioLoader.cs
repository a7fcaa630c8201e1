using System.Text;
using System.Text.Json;
using FactoryTwin.Scenarios.Building;
using FactoryTwin.Scenarios.Format;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Scenarios;

/// <summary>Reads a scenario file into a <see cref="FactoryPlan"/>, or lists every problem it has. Never throws for a bad file.</summary>
public static class ScenarioLoader
{
    private const int MaxFileBytes = 64 * 1024 * 1024;

    /// <summary>Reads, checks and plans the scenario at <paramref name="path"/>; map files are found relative to it.</summary>
    public static LoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (bytes, problem) = InputFile.Read(path, MaxFileBytes);
        return bytes is null ? Failed(problem!) : Parse(bytes, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Checks and plans a scenario held in memory; map files are found relative to <paramref name="baseDirectory"/>.</summary>
    public static LoadResult Parse(ReadOnlySpan<byte> json, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        if (json.StartsWith(Encoding.UTF8.Preamble))
            json = json[Encoding.UTF8.Preamble.Length..];
        if (json.Trim(" \t\r\n"u8).IsEmpty)
            return Failed("the file is empty; a scenario is a JSON object { ... }");
        if (!System.Text.Unicode.Utf8.IsValid(json))
            return Failed(NotUtf8(json));

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException error)
        {
            return new LoadResult(null, null, [new ScenarioProblem("$", $"is not valid JSON: {SyntaxMessage(error)}", (int?)error.LineNumber + 1)]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Failed($"must be a JSON object {{ ... }} (got {(document.RootElement.ValueKind == JsonValueKind.Array ? "a list" : document.RootElement.ValueKind.ToString().ToLowerInvariant())})");
            var lines = JsonLineIndex.Build(json);
            if (IsJsonSchema(document.RootElement))
                return new LoadResult(null, null, [new ScenarioProblem("$.$schema", "this is a JSON Schema (such as scenario.schema.json), not a scenario", lines.LineOf("$.$schema"))]) { IsJsonSchema = true };
            var shape = JsonShapeValidator.Validate(document.RootElement, typeof(Scenario), ScenarioJson.Options);
            if (shape.Count > 0)
                return new LoadResult(null, null, WithLines(shape, lines));

            Scenario scenario;
            try
            {
                scenario = document.RootElement.Deserialize<Scenario>(ScenarioJson.Options)!;
            }
            catch (JsonException error)
            {
                // The shape check should have caught this; say what the serializer found rather than fail.
                return new LoadResult(null, null, [new ScenarioProblem(error.Path ?? "$", error.Message)]);
            }
            var (plan, problems) = PlanBuilder.Build(scenario, baseDirectory);
            return new LoadResult(scenario, plan, WithLines(problems, lines));
        }
    }

    /// <summary>True for a JSON Schema document, such as the scenario schema beside the examples: a json-schema.org dialect, schema keywords, and no scenario's formatVersion.</summary>
    private static bool IsJsonSchema(JsonElement root) =>
        root.TryGetProperty("$schema", out var schema) && schema.ValueKind == JsonValueKind.String
        && (schema.GetString()!.StartsWith("https://json-schema.org/", StringComparison.Ordinal) || schema.GetString()!.StartsWith("http://json-schema.org/", StringComparison.Ordinal))
        && !root.TryGetProperty("formatVersion", out _)
        && (root.TryGetProperty("$defs", out _) || root.TryGetProperty("properties", out _));

    private static LoadResult Failed(string message) => new(null, null, [new ScenarioProblem("$", message)]);

    // Problems are listed in the order of the file, so that fixing them top to bottom is natural.
    private static List<ScenarioProblem> WithLines(IEnumerable<ScenarioProblem> problems, JsonLineIndex lines) =>
        [.. problems.Select(p => p with { Line = lines.LineOf(p.Path) }).OrderBy(p => p.Line ?? int.MaxValue)];

    // System.Text.Json ends its messages with "LineNumber: 2 | BytePositionInLine: 7."; the line is reported separately.
    // Two of its messages talk about reader options a user cannot change; those are said in plain words.
    private static string SyntaxMessage(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        if (message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
            message = "a comma before a closing } or ] is not allowed in JSON";
        else if (message.StartsWith("'/' is", StringComparison.Ordinal))
            message = "comments (// or /* */) are not allowed in JSON";
        return $"{message.TrimEnd('.', ' ')} (column {error.BytePositionInLine + 1})";
    }

    private static string NotUtf8(ReadOnlySpan<byte> json)
    {
        var line = 1;
        for (var i = 0; i < json.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(json[i..], out _, out var length) != System.Buffers.OperationStatus.Done)
                return $"is not valid UTF-8 text: byte 0x{json[i]:X2} on line {line} is not part of a UTF-8 character; save the file as UTF-8";
            if (json[i] == '\n')
                line++;
            i += length;
        }
        return "is not valid UTF-8 text; save the file as UTF-8";
    }
}
