using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactoryTwin.Des;
using FactoryTwin.Factory.Metrics;
using FactoryTwin.Factory.Tests.Support;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Tests.World;

/// <summary>
/// The trace (JSON lines: one line per element, then one per change) written by <see cref="TraceWriter"/>, read back
/// and compared with the changes a <see cref="StateHistory"/> saw in the same run.
/// </summary>
public sealed partial class TraceWriterTests
{
    private static readonly HashSet<string> Kinds = ["machine", "buffer", "job", "robot"];

    private static readonly HashSet<string> States = [.. Enum.GetNames<ElementState>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName)];

    public static TheoryData<string, double> Scenarios => new()
    {
        { "job-shop.json", 3600 },     // a graph floor with robots
        { "mm3-station.json", 3600 },  // no floor at all
        { "warehouse.json", 600 },     // a grid floor ("x,y" node ids) and batteries
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_line_is_a_JSON_object_and_each_element_line_comes_before_its_changes(string scenario, double seconds)
    {
        var (_, text, history) = Trace(scenario, seconds);

        var lines = Lines(text);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            var root = line.RootElement;
            Assert.Equal(JsonValueKind.Object, root.ValueKind);
            if (root.TryGetProperty("element", out var element))
            {
                Assert.Equal(["element", "kind", "group"], root.EnumerateObject().Select(p => p.Name));
                Assert.Contains(root.GetProperty("kind").GetString()!, Kinds);
                if (!declared.Add(element.GetString()!))
                    problems.Add($"line {i + 1}: element {element} declared twice");
                continue;
            }
            var id = root.GetProperty("id").GetString()!;
            if (!declared.Contains(id))
                problems.Add($"line {i + 1}: a change of {id} before its element line");
            if (root.TryGetProperty("link", out var link) && !declared.Contains(link.GetString()!))
                problems.Add($"line {i + 1}: a link to {link}, which is not a declared element");
            if (!States.Contains(root.GetProperty("state").GetString()!))
                problems.Add($"line {i + 1}: unknown state {root.GetProperty("state")}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.Equal(history.Elements.Select(e => e.Id).Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void There_is_one_change_line_per_change_the_history_saw(string scenario, double seconds)
    {
        var (_, text, history) = Trace(scenario, seconds);

        var lines = Lines(text);
        var elementLines = lines.Count(l => l.StartsWith("{\"element\":", StringComparison.Ordinal));
        var changeLines = lines.Count(l => l.StartsWith("{\"t\":", StringComparison.Ordinal));

        Assert.Equal(lines.Count, elementLines + changeLines);
        Assert.Equal(history.Elements.Count, elementLines);
        Assert.Equal(history.Elements.Sum(e => history.Of(e.Index).Count), changeLines);
    }

    [Fact]
    public void Each_change_line_says_what_the_history_holds_for_that_element()
    {
        var (plan, text, history) = Trace("job-shop.json", 3600);
        var layout = plan.Layout!;
        var next = new int[history.Elements.Count];

        var problems = new List<string>();
        foreach (var line in Lines(text).Where(l => l.StartsWith("{\"t\":", StringComparison.Ordinal)))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var element = history.Find(root.GetProperty("id").GetString()!);
            var change = history.Of(element.Index)[next[element.Index]++];
            var expected = new Dictionary<string, object>
            {
                ["t"] = Math.Round(change.Time, 6),
                ["state"] = JsonNamingPolicy.KebabCaseLower.ConvertName(change.State.ToString()),
                ["x"] = Math.Round(change.Position.X, 6),
                ["y"] = Math.Round(change.Position.Y, 6),
            };
            if (change.Node >= 0)
                expected["node"] = layout.Nodes[change.Node].Id;
            if (change.Heading != 0)
                expected["heading"] = Math.Round(change.Heading, 6);
            if (!double.IsNaN(change.Value))
                expected["value"] = Math.Round(change.Value, 6);
            if (change.Link >= 0)
                expected["link"] = history.Elements[change.Link].Id;
            var actual = root.EnumerateObject().Where(p => p.Name != "id").ToDictionary(
                p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number ? (object)p.Value.GetDouble() : p.Value.GetString()!);
            if (!actual.OrderBy(p => p.Key).SequenceEqual(expected.OrderBy(p => p.Key)))
                problems.Add($"{line} should be {string.Join(", ", expected.Select(p => $"{p.Key}={p.Value}"))}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.All(history.Elements, e => Assert.Equal(history.Of(e.Index).Count, next[e.Index]));
    }

    [Fact]
    public void Numbers_use_a_decimal_point_whatever_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        string text;
        try
        {
            CultureInfo.CurrentCulture = GermanNumbers();
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture really is in force
            (_, text, _) = Trace("job-shop.json", 3600);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        var numbers = Lines(text).Select(l => JsonDocument.Parse(l))
            .SelectMany(d => d.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => p.Value.GetRawText()))
            .ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Matches(JsonNumber(), n));
        Assert.Contains(numbers, n => n.Contains('.', StringComparison.Ordinal));
        Assert.DoesNotMatch(CommaDecimal(), text);
    }

    /// <summary>de-DE if this process has it; otherwise (the build sets InvariantGlobalization) a culture with de-DE's number separators.</summary>
    private static CultureInfo GermanNumbers()
    {
        try
        {
            var german = new CultureInfo("de-DE");
            if (german.NumberFormat.NumberDecimalSeparator == ",")
                return german;
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalization: no culture data.
        }
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NegativeSign = "\u2212";
        return culture;
    }

    private static (FactoryPlan Plan, string Text, StateHistory History) Trace(string scenario, double seconds)
    {
        var plan = TestPlans.Example(scenario);
        plan = plan with { Run = plan.Run with { DurationSeconds = seconds, WarmupSeconds = 0 } };
        var history = new StateHistory();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var trace = new TraceWriter(text, node => plan.Layout!.Nodes[node].Id);
        var world = new FactoryWorld(plan, new Simulation(plan.Seed), [new MetricsCollector(plan), trace, history]);
        world.Start();
        world.Simulation.Run(until: seconds);
        return (plan, text.ToString(), history);
    }

    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').ToList();
        Assert.Equal("", lines[^1]); // every line ends with '\n'
        lines.RemoveAt(lines.Count - 1);
        Assert.DoesNotContain("", lines);
        return lines;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"[0-9],[0-9]")]
    private static partial Regex CommaDecimal();
}
