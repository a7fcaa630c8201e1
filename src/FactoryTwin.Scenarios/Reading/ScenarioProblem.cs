namespace FactoryTwin.Scenarios.Reading;

/// <summary>One thing wrong with a scenario file: where (a JSON path such as <c>$.stations[2].machines</c>), what, and the line if known.</summary>
public sealed record ScenarioProblem(string Path, string Message, int? Line = null)
{
    /// <summary><c>$.stations[2].machines: must be at least 1 (got 0) (line 14)</c>.</summary>
    public override string ToString() => Line is { } line ? $"{Path}: {Message} (line {line})" : $"{Path}: {Message}";
}
