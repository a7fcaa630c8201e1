using System.Globalization;
using System.Text;

namespace FactoryTwin.Factory.World;

/// <summary>Writes the state log as JSON lines, one change per line, for replay and reports.</summary>
/// <remarks>
/// First a line per element (<c>{"element":"amr-1","kind":"robot","group":"amr"}</c>), then the changes:
/// <c>{"t":12.5,"id":"amr-1","state":"moving-loaded","node":"3,4","x":3.5,"y":4.5,"heading":90,"value":87.5,"link":"shaft-3"}</c>.
/// Numbers are written in invariant culture, shortest round-trip form, so the file is the same on every machine.
/// </remarks>
public sealed class TraceWriter(TextWriter writer, Func<int, string> nodeId) : IStateObserver
{
    private readonly List<Element> _elements = [];
    private readonly StringBuilder _line = new(160);

    public void OnElement(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.Index == _elements.Count)
            _elements.Add(element);
        else
            _elements[element.Index] = element; // the index of an element that has left, given again
        writer.Write("{\"element\":\"");
        writer.Write(element.Id);
        writer.Write("\",\"kind\":\"");
        writer.Write(Names.Of(element.Kind));
        writer.Write("\",\"group\":\"");
        writer.Write(element.Group);
        writer.Write("\"}\n");
    }

    public void OnChange(in StateChange change)
    {
        var line = _line.Clear();
        line.Append("{\"t\":").Append(Number(change.Time));
        line.Append(",\"id\":\"").Append(_elements[change.Element].Id);
        line.Append("\",\"state\":\"").Append(Names.Of(change.State)).Append('"');
        if (change.Node >= 0)
            line.Append(",\"node\":\"").Append(nodeId(change.Node)).Append('"');
        line.Append(",\"x\":").Append(Number(change.Position.X));
        line.Append(",\"y\":").Append(Number(change.Position.Y));
        if (change.Heading != 0)
            line.Append(",\"heading\":").Append(Number(change.Heading));
        if (!double.IsNaN(change.Value))
            line.Append(",\"value\":").Append(Number(change.Value));
        if (change.Link >= 0)
            line.Append(",\"link\":\"").Append(_elements[change.Link].Id).Append('"');
        line.Append("}\n");
        writer.Write(line);
    }

    private static string Number(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);
}
