using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary><c>factorytwin run</c> writes metrics.json, metrics.csv and run.json (and trace.jsonl if asked) that agree with themselves and each other.</summary>
public sealed class RunOutputTests
{
    /// <summary>Student's t quantile for a 95% two-sided interval with one degree of freedom (two replications).</summary>
    private const double T975OneDegree = 12.706204736174707;

    public static TheoryData<string> Scenarios => ["mm3-station.json", "job-shop.json"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_run_exits_0_and_writes_metrics_json_metrics_csv_and_run_json(string scenario)
    {
        using var folder = new TempFolder();

        var result = Factorytwin.Run("run", Factorytwin.Example(scenario), "--replications", "2", "--out", folder["out"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(folder["out/metrics.json"]), "no metrics.json");
        Assert.True(File.Exists(folder["out/metrics.csv"]), "no metrics.csv");
        Assert.True(File.Exists(folder["out/run.json"]), "no run.json");
        Assert.False(File.Exists(folder["out/trace.jsonl"]), "a trace was written without --trace");
        Assert.DoesNotContain(Directory.GetFiles(folder["out"]), f => Path.GetFileName(f).EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Metrics_json_is_complete_with_the_requested_replications_and_each_mean_is_the_average_of_its_values(string scenario)
    {
        using var folder = new TempFolder();

        var result = Factorytwin.Run("run", Factorytwin.Example(scenario), "--replications", "2", "--out", folder["out"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(folder["out/metrics.json"]));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.Equal(2, root.GetProperty("replications").GetInt32());
        Assert.Equal(ScenarioField(scenario, "name").GetString(), root.GetProperty("scenario").GetString());
        Assert.Equal(ScenarioField(scenario, "seed").GetInt64(), root.GetProperty("seed").GetInt64());
        Assert.Equal(ScenarioField(scenario, "run").GetProperty("durationSeconds").GetDouble(), root.GetProperty("durationSeconds").GetDouble());
        var metrics = root.GetProperty("metrics").EnumerateObject().ToList();
        var names = metrics.Select(m => m.Name).ToList();
        Assert.Contains("throughput.jobsPerHour", names);
        Assert.Contains("cycleTime.meanSeconds", names);
        Assert.Contains("wip.meanJobs", names);
        foreach (var metric in metrics)
        {
            var values = metric.Value.GetProperty("values").EnumerateArray().ToList();
            Assert.Equal(2, values.Count);
            var present = values.Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).ToList();
            Assert.Equal(present.Count, metric.Value.GetProperty("n").GetInt32());
            if (present.Count == 0)
            {
                Assert.Equal(JsonValueKind.Null, metric.Value.GetProperty("mean").ValueKind);
                continue;
            }
            var mean = present.Average();
            AssertClose(mean, metric.Value.GetProperty("mean").GetDouble(), $"{metric.Name}.mean");
            if (present.Count < 2)
                continue;
            var stdDev = Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Count - 1));
            AssertClose(stdDev, metric.Value.GetProperty("stdDev").GetDouble(), $"{metric.Name}.stdDev");
            var halfWidth = T975OneDegree * stdDev / Math.Sqrt(2);
            AssertClose(halfWidth, metric.Value.GetProperty("halfWidth").GetDouble(), $"{metric.Name}.halfWidth");
            AssertClose(mean - halfWidth, metric.Value.GetProperty("low").GetDouble(), $"{metric.Name}.low");
            AssertClose(mean + halfWidth, metric.Value.GetProperty("high").GetDouble(), $"{metric.Name}.high");
        }
        var throughput = root.GetProperty("metrics").GetProperty("throughput.jobsPerHour");
        Assert.True(throughput.GetProperty("mean").GetDouble() > 0, "no job finished");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Metrics_csv_has_a_header_and_one_row_per_metric_of_metrics_json(string scenario)
    {
        using var folder = new TempFolder();

        var result = Factorytwin.Run("run", Factorytwin.Example(scenario), "--replications", "2", "--out", folder["out"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(folder["out/metrics.json"]));
        var metrics = json.RootElement.GetProperty("metrics").EnumerateObject().ToList();
        var lines = File.ReadAllText(folder["out/metrics.csv"]).Split('\n');
        Assert.Equal("", lines[^1]); // ends with a newline
        var rows = lines[1..^1];
        Assert.Equal("metric,unit,n,mean,stdDev,low,high,replication1,replication2", lines[0]);
        Assert.Equal(metrics.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var fields = rows[i].Split(',');
            var metric = metrics[i].Value;
            Assert.True(fields.Length == 9, $"row {i + 1} has {fields.Length} fields: {rows[i]}");
            Assert.Equal(metrics[i].Name, fields[0]);
            Assert.Equal(metric.GetProperty("unit").GetString(), fields[1]);
            Assert.Equal(metric.GetProperty("n").GetInt32().ToString(CultureInfo.InvariantCulture), fields[2]);
            Assert.Equal(Text(metric.GetProperty("mean")), fields[3]);
            Assert.Equal(Text(metric.GetProperty("stdDev")), fields[4]);
            Assert.Equal(Text(metric.GetProperty("low")), fields[5]);
            Assert.Equal(Text(metric.GetProperty("high")), fields[6]);
            Assert.Equal(metric.GetProperty("values").EnumerateArray().Select(Text), fields[7..]);
        }
    }

    [Fact]
    public void A_station_or_product_id_with_a_comma_is_refused_since_ids_become_metric_names_and_CSV_cells()
    {
        using var folder = new TempFolder();
        var scenario = folder["comma.json"];
        File.WriteAllText(scenario, """
            {
              "formatVersion": 1, "name": "comma-ids",
              "run": { "durationSeconds": 3600 },
              "stations": [
                { "id": "in", "kind": "source" },
                { "id": "drill,big", "kind": "machine", "processTime": 60 },
                { "id": "out", "kind": "sink" }
              ],
              "products": [ { "id": "bolt,m8", "routing": [ { "station": "in" }, { "station": "drill,big" }, { "station": "out" } ] } ],
              "demand": [ { "product": "bolt,m8", "interarrivalTime": 90 } ]
            }
            """);

        var result = Factorytwin.Run("run", scenario, "--replications", "2", "--out", folder["out"]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{scenario}: $.stations[1].id: may use only letters, digits and '-', '_', '.', ':', at most 64 of them (got \"drill,big\")", result.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void Run_json_records_what_was_run()
    {
        using var folder = new TempFolder();
        var scenario = Factorytwin.Example("mm3-station.json");

        var result = Factorytwin.Run("run", scenario, "--replications", "2", "--seed", "42", "--out", folder["out"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(folder["out/run.json"]));
        var root = json.RootElement;
        Assert.Equal("mm3-station", root.GetProperty("scenario").GetString());
        Assert.Equal(Path.GetFullPath(scenario), root.GetProperty("scenarioFile").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(scenario))), root.GetProperty("scenarioSha256").GetString());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(2, root.GetProperty("replicationsRequested").GetInt32());
        Assert.Equal(2, root.GetProperty("replicationsFinished").GetInt32());
        Assert.True(root.GetProperty("eventsProcessed").GetInt64() > 0);
    }

    [Fact]
    public void With_trace_a_trace_jsonl_is_written_whose_first_line_is_an_element_line()
    {
        using var folder = new TempFolder();

        var result = Factorytwin.Run("run", Factorytwin.Example("job-shop.json"), "--replications", "2", "--trace", "--out", folder["out"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(folder["out/trace.jsonl"]);
        Assert.True(lines.Length > 100, $"only {lines.Length} lines");
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal(["element", "kind", "group"], first.RootElement.EnumerateObject().Select(p => p.Name));
        }
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("element", out var element))
                declared.Add(element.GetString()!);
            else
                Assert.Contains(document.RootElement.GetProperty("id").GetString()!, declared);
        }
        Assert.Contains("amr-1", declared);
        Assert.Contains("lathe/1", declared);
        Assert.DoesNotContain(Directory.GetFiles(folder["out"], "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static JsonElement ScenarioField(string scenario, string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Factorytwin.Example(scenario)));
        return document.RootElement.GetProperty(name).Clone();
    }

    /// <summary>A JSON number as metrics.csv writes it: the shortest round-trip text, empty for null.</summary>
    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? "" : value.GetDouble().ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Equal up to the 12 significant digits the metrics files keep.</summary>
    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
}
