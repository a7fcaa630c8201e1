using System.Text.Json;
using FactoryTwin.Experiments.Output;

namespace FactoryTwin.Experiments.Lorr;

/// <summary>Writes a LoRR run: <c>lorr.json</c> (the summary) and <c>output.json</c> (the League's own output format, which its tools replay).</summary>
public static class LorrFiles
{
    public const string Summary = "lorr.json";
    public const string Output = "output.json";

    private static readonly string[] Headings = ["E", "S", "W", "N"];

    public static void Write(string folder, LorrResult result, string problemPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = result.Problem;
        var verdict = result.Verdict;
        AtomicFile.WriteJsonObject(Path.Combine(folder, Summary), 1, json =>
        {
            json.WriteString("problem", Path.GetFileName(problemPath));
            json.WriteNumber("agents", problem.TeamSize);
            json.WriteNumber("steps", problem.Steps);
            json.WriteNumber("tasksFinished", result.TasksFinished);
            json.WriteNumber("vertexConflicts", verdict.VertexConflicts);
            json.WriteNumber("edgeConflicts", verdict.EdgeConflicts);
            json.WriteNumber("invalidMoves", verdict.InvalidMoves);
            json.WriteNumber("errors", result.Errors.Count);
            json.WriteNumber("plannerSecondsPerStep", Math.Round(result.MeanPlannerSeconds, 6));
            json.WriteNumber("plannerSecondsMaxStep", Math.Round(result.MaxPlannerSeconds, 6));
        });
        AtomicFile.Write(Path.Combine(folder, Output), stream =>
        {
            using (var json = new Utf8JsonWriter(stream))
                WriteOutput(json, result);
            stream.WriteByte((byte)'\n');
        });
    }

    /// <summary>The 2023 start kit's output: actions as "F,R,C,W" strings, task events per agent as [task, step, what], tasks as [id, row, column].</summary>
    private static void WriteOutput(Utf8JsonWriter json, LorrResult result)
    {
        var problem = result.Problem;
        var width = problem.Map.Width;
        json.WriteStartObject();
        json.WriteString("actionModel", "MAPF_T");
        json.WriteString("AllValid", result.Errors.Count == 0 ? "Yes" : "No");
        json.WriteNumber("teamSize", problem.TeamSize);
        json.WriteStartArray("start");
        foreach (var location in problem.Starts)
        {
            json.WriteStartArray();
            json.WriteNumberValue(location / width);
            json.WriteNumberValue(location % width);
            json.WriteStringValue(Headings[0]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteNumber("numTaskFinished", result.TasksFinished);
        json.WriteNumber("sumOfCost", result.Actions.Sum(a => a.Count(c => c != 'W')));
        json.WriteNumber("makespan", problem.Steps);
        WritePaths(json, "actualPaths", result.Actions);
        WritePaths(json, "plannerPaths", result.Actions); // the traffic layer's plan is what the robots did: nothing is rejected
        json.WriteStartArray("plannerTimes");
        foreach (var seconds in result.PlannerSeconds)
            json.WriteNumberValue(Math.Round(seconds, 6));
        json.WriteEndArray();
        json.WriteStartArray("errors");
        foreach (var error in result.Errors)
        {
            json.WriteStartArray();
            json.WriteNumberValue(error.Robot1);
            json.WriteNumberValue(error.Robot2);
            json.WriteNumberValue(error.Step);
            json.WriteStringValue(error.What);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        var book = result.Verdict.Tasks;
        json.WriteStartArray("events");
        foreach (var events in book.Events)
        {
            json.WriteStartArray();
            foreach (var e in events)
            {
                json.WriteStartArray();
                json.WriteNumberValue(e.Task);
                json.WriteNumberValue(e.Step);
                json.WriteStringValue(e.What);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("tasks");
        for (var id = 0; id < book.Tasks.Count; id++)
        {
            json.WriteStartArray();
            json.WriteNumberValue(id);
            json.WriteNumberValue(book.Tasks[id] / width);
            json.WriteNumberValue(book.Tasks[id] % width);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePaths(Utf8JsonWriter json, string name, char[][] actions)
    {
        json.WriteStartArray(name);
        foreach (var path in actions)
            json.WriteStringValue(string.Join(',', path));
        json.WriteEndArray();
    }
}
