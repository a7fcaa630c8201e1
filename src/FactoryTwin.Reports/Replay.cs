using System.Text.Json;
using FactoryTwin.Reports.Reading;

namespace FactoryTwin.Reports;

/// <summary>Turns a trace into what the page replays (robot and machine frames), the heat maps, and the series over time.</summary>
/// <remarks>
/// A long run is thinned so that the page stays quick to open: a robot keeps every change of state and, while it
/// drives, a frame only every few seconds (chosen so that all robots together keep at most <see cref="MaxFrames"/>).
/// </remarks>
internal sealed class Replay
{
    public const int MaxFrames = 250_000;
    public const int Buckets = 48;

    public static readonly string[] RobotStates = ["idle", "moving-empty", "moving-loaded", "loading", "unloading", "waiting-traffic", "waiting-dock", "waiting-charger", "charging", "stopped", "waiting-closure", "down", "off-shift"];
    public static readonly string[] MachineStates = ["busy", "starved", "blocked", "down", "setup", "waiting-operator", "off-shift"];

    public static readonly Dictionary<string, string> Colors = new(StringComparer.Ordinal)
    {
        ["idle"] = "#b0b7c3", ["moving-empty"] = "#5b9bd5", ["moving-loaded"] = "#1f4e9c", ["loading"] = "#8e6bbf", ["unloading"] = "#b48fd9",
        ["waiting-traffic"] = "#e15759", ["waiting-dock"] = "#ff9da7", ["waiting-charger"] = "#f28e2b", ["charging"] = "#59a14f", ["stopped"] = "#000000", ["waiting-closure"] = "#9c755f",
        ["busy"] = "#59a14f", ["starved"] = "#d9dde5", ["blocked"] = "#f28e2b", ["down"] = "#7b1e1e", ["setup"] = "#edc948",
        ["waiting-operator"] = "#76b7b2", ["off-shift"] = "#f4f1e8",
    };

    private readonly List<TraceElement> _elements;
    private readonly List<TraceChange> _changes;
    private readonly double _end;

    public Replay(string tracePath, double end)
    {
        (_elements, _changes) = TraceFileReader.Read(tracePath);
        _end = end;
    }

    /// <summary>The end of the replayed run, in seconds.</summary>
    public double End => _end;

    /// <summary>Robots shown in the timeline at most: beyond that the rows would be too thin to read.</summary>
    public const int TimelineRobots = 40;

    /// <summary>Each robot's states over the run, as stretches (from, to, state), for the first <see cref="TimelineRobots"/> robots of the trace.</summary>
    public List<(string Robot, List<(double From, double To, string State)> Stretches)> Timeline()
    {
        var byElement = _changes.GroupBy(c => c.Element).ToDictionary(g => g.Key, g => g.ToList());
        var rows = new List<(string, List<(double, double, string)>)>();
        foreach (var robot in _elements.Where(e => e.Kind == "robot" && byElement.ContainsKey(e.Index)).Take(TimelineRobots))
        {
            var stretches = new List<(double From, double To, string State)>();
            var changes = byElement[robot.Index];
            for (var i = 0; i < changes.Count; i++)
            {
                var to = i + 1 < changes.Count ? changes[i + 1].Time : _end;
                if (to <= changes[i].Time)
                    continue;
                if (stretches.Count > 0 && stretches[^1].State == changes[i].State)
                    stretches[^1] = (stretches[^1].From, to, changes[i].State); // a turn or a new lane in the same state
                else
                    stretches.Add((changes[i].Time, to, changes[i].State));
            }
            rows.Add((robot.Id, stretches));
        }
        return rows;
    }

    /// <summary>Each station's utilisation (busy or in setup, the mean over its machines) in each of <see cref="Buckets"/> stretches of the run.</summary>
    public List<(string Station, double[] Utilisation)> StationUtilisation()
    {
        var width = _end / Buckets;
        var byElement = _changes.GroupBy(c => c.Element).ToDictionary(g => g.Key, g => g.ToList());
        var rows = new List<(string, double[])>();
        foreach (var station in _elements.Where(e => e.Kind == "machine" && byElement.ContainsKey(e.Index)).GroupBy(e => e.Group))
        {
            var used = new double[Buckets];
            foreach (var machine in station)
            {
                var changes = byElement[machine.Index];
                for (var i = 0; i < changes.Count; i++)
                {
                    if (changes[i].State is not ("busy" or "setup"))
                        continue;
                    var (from, to) = (changes[i].Time, i + 1 < changes.Count ? changes[i + 1].Time : _end);
                    for (var b = (int)Math.Min(Buckets - 1, from / width); b < Buckets && b * width < to; b++)
                        used[b] += Math.Max(0, Math.Min(to, (b + 1) * width) - Math.Max(from, b * width));
                }
            }
            rows.Add((station.Key, [.. used.Select(u => u / (width * station.Count()))]));
        }
        return rows;
    }

    /// <summary>The replay data for the page's script.</summary>
    public void WriteTo(Utf8JsonWriter json, double robotRadius)
    {
        var states = RobotStates.Concat(MachineStates).Distinct().ToList(); // "down" is both a robot's and a machine's state
        var stateIndex = states.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        json.WriteStartObject("replay");
        json.WriteNumber("end", _end);
        json.WriteNumber("robotRadius", robotRadius);
        json.WriteStartArray("states");
        foreach (var state in states)
            json.WriteStringValue(state);
        json.WriteEndArray();
        json.WriteStartObject("colors");
        foreach (var (state, color) in Colors)
            json.WriteString(state, color);
        json.WriteEndObject();

        var byElement = _changes.GroupBy(c => c.Element).ToDictionary(g => g.Key, g => g.ToList());
        var robots = _elements.Where(e => e.Kind == "robot" && byElement.ContainsKey(e.Index)).ToList();
        var moving = robots.Sum(r => byElement[r.Index].Count);
        var spacing = moving <= MaxFrames ? 0 : _end * robots.Count / MaxFrames;
        json.WriteStartArray("robots");
        foreach (var robot in robots)
        {
            var frames = Thin(byElement[robot.Index], spacing);
            json.WriteStartObject();
            json.WriteString("id", robot.Id);
            json.WriteString("fleet", robot.Group);
            json.WriteStartObject("frames");
            Column(json, "t", frames.Select(f => Math.Round(f.Time, 3)));
            Column(json, "x", frames.Select(f => Math.Round(f.X, 3)));
            Column(json, "y", frames.Select(f => Math.Round(f.Y, 3)));
            Column(json, "s", frames.Select(f => (double)stateIndex.GetValueOrDefault(f.State, 0)));
            Column(json, "b", frames.Select(f => double.IsNaN(f.Value) ? -1 : Math.Round(f.Value, 1)));
            Column(json, "l", frames.Select(f => f.Link >= 0 ? 1.0 : 0.0));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("machines");
        foreach (var machine in _elements.Where(e => e.Kind == "machine" && byElement.ContainsKey(e.Index)))
        {
            var frames = byElement[machine.Index];
            json.WriteStartObject();
            json.WriteString("id", machine.Id);
            json.WriteString("station", machine.Group);
            Column(json, "t", frames.Select(f => Math.Round(f.Time, 3)));
            Column(json, "s", frames.Select(f => (double)stateIndex.GetValueOrDefault(f.State, 0)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Seconds robots waited for traffic at each node, and departures from each node.</summary>
    public (Dictionary<string, double> Congestion, Dictionary<string, double> Density) Heat()
    {
        var congestion = new Dictionary<string, double>(StringComparer.Ordinal);
        var density = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var changes in _changes.Where(c => _elements[c.Element].Kind == "robot").GroupBy(c => c.Element).Select(g => g.ToList()))
        {
            for (var i = 0; i < changes.Count; i++)
            {
                var change = changes[i];
                if (change.Node is null)
                    continue;
                if (change.State == "waiting-traffic")
                {
                    var until = i + 1 < changes.Count ? changes[i + 1].Time : _end;
                    congestion[change.Node] = congestion.GetValueOrDefault(change.Node) + (until - change.Time);
                }
                else if (change.State is "moving-empty" or "moving-loaded")
                {
                    density[change.Node] = density.GetValueOrDefault(change.Node) + 1;
                }
            }
        }
        return (congestion, density);
    }

    /// <summary>Jobs finished per hour and jobs in the factory (time average), in <see cref="Buckets"/> stretches of the run; and every cycle time.</summary>
    public (List<(double, double)> Throughput, List<(double, double)> Wip, List<double> CycleTimes) Series()
    {
        var width = _end / Buckets;
        var done = new double[Buckets];
        var area = new double[Buckets];
        var cycleTimes = new List<double>();
        var events = new List<(double Time, int Delta)>();
        foreach (var job in _changes.Where(c => _elements[c.Element].Kind == "job").GroupBy(c => c.Element))
        {
            var first = job.First();
            events.Add((first.Time, +1));
            if (job.FirstOrDefault(c => c.State == "done") is { State: "done" } finish)
            {
                events.Add((finish.Time, -1));
                cycleTimes.Add(finish.Time - first.Time);
                done[Math.Min(Buckets - 1, (int)(finish.Time / width))]++;
            }
        }
        var wip = 0;
        var since = 0.0;
        foreach (var (time, delta) in events.OrderBy(e => e.Time).Append((_end, 0)))
        {
            // Spread the time-weighted count over the buckets the stretch [since, time) covers.
            for (var t = since; t < time;)
            {
                var bucket = Math.Min(Buckets - 1, (int)(t / width));
                var next = Math.Min(time, (bucket + 1) * width);
                area[bucket] += wip * (next - t);
                t = next > t ? next : time;
            }
            since = time;
            wip += delta;
        }
        var throughput = Enumerable.Range(0, Buckets).Select(b => (((b + 1) * width), done[b] / (width / 3600))).ToList();
        var wipSeries = Enumerable.Range(0, Buckets).Select(b => (((b + 1) * width), area[b] / width)).ToList();
        return (throughput, wipSeries, cycleTimes);
    }

    private static List<TraceChange> Thin(List<TraceChange> frames, double spacing)
    {
        if (spacing <= 0)
            return frames;
        var kept = new List<TraceChange> { frames[0] };
        for (var i = 1; i < frames.Count; i++)
        {
            var last = kept[^1];
            if (frames[i].State != last.State || frames[i].Time - last.Time >= spacing || i == frames.Count - 1)
                kept.Add(frames[i]);
        }
        return kept;
    }

    private static void Column(Utf8JsonWriter json, string name, IEnumerable<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteNumberValue(value);
        json.WriteEndArray();
    }
}
