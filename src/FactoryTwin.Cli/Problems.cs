using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Cli;

/// <summary>Prints the problems of an input file, one line each: <c>file.json: $.path: what is wrong (got X) (line N)</c>.</summary>
internal static class Problems
{
    public static void Print(TextWriter writer, string file, IEnumerable<ScenarioProblem> problems)
    {
        foreach (var problem in problems)
            writer.WriteLine($"{file}: {problem}");
    }
}
