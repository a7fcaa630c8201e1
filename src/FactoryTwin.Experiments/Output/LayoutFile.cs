using System.Text;
using System.Text.Json;

namespace FactoryTwin.Experiments.Output;

/// <summary>Writes <c>layout.json</c>: the floor (grid rows or graph nodes and lanes) and where the stations stand, for reports.</summary>
public static class LayoutFile
{
    public const string FileName = "layout.json";

    public static void Write(string folder, FactoryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        AtomicFile.WriteJsonObject(Path.Combine(folder, FileName), 1, json =>
        {
            json.WriteString("scenario", plan.Name);
            if (plan.Layout is { } layout)
            {
                json.WriteNumber("cellSizeMeters", layout.CellSizeMeters);
                if (layout.Grid is { } grid)
                {
                    json.WriteStartArray("rows");
                    for (var y = 0; y < grid.Height; y++)
                    {
                        var row = new StringBuilder(grid.Width);
                        for (var x = 0; x < grid.Width; x++)
                            row.Append(grid.IsBlocked(x, y) ? '@' : '.');
                        json.WriteStringValue(row.ToString());
                    }
                    json.WriteEndArray();
                }
                json.WriteStartArray("nodes");
                foreach (var node in layout.Nodes)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(node.Id);
                    JsonNumbers.Write(json, node.Position.X);
                    JsonNumbers.Write(json, node.Position.Y);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteStartArray("lanes");
                if (layout.Grid is null)
                {
                    foreach (var edge in layout.Edges.DistinctBy(e => (Math.Min(e.From, e.To), Math.Max(e.From, e.To))))
                    {
                        json.WriteStartArray();
                        json.WriteNumberValue(edge.From);
                        json.WriteNumberValue(edge.To);
                        json.WriteEndArray();
                    }
                }
                json.WriteEndArray();
            }
            json.WriteStartArray("stations");
            foreach (var station in plan.Stations)
            {
                json.WriteStartObject();
                json.WriteString("id", station.Id);
                json.WriteString("kind", JsonNamingPolicy.KebabCaseLower.ConvertName(station.Kind.ToString()));
                json.WriteNumber("machines", station.Machines);
                if (station.Node >= 0 && plan.Layout is { } l)
                {
                    json.WriteString("node", l.Nodes[station.Node].Id);
                    JsonNumbers.Write(json, "x", l.Nodes[station.Node].Position.X);
                    JsonNumbers.Write(json, "y", l.Nodes[station.Node].Position.Y);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }, indented: false);
    }
}
