using System.CommandLine;
using BenchmarkDotNet.Running;
using FactoryTwin.Benchmarks;

var model = new Option<string>("--model") { Description = "hold, mm1 or raw-heap.", Required = true };
model.AcceptOnlyFromAmong([.. ThroughputRunner.ModelNames]);
var processes = new Option<int>("--processes") { Description = "Number of processes K (hold, raw-heap).", DefaultValueFactory = _ => 100 };
var events = new Option<long>("--events") { Description = "Events to process (hold, raw-heap) or customers (mm1).", DefaultValueFactory = _ => 10_000_000 };
var repeat = new Option<int>("--repeat") { Description = "Timed runs, each printed as a line.", DefaultValueFactory = _ => 3 };

var throughput = new Command("throughput", "Time a kernel model; prints one JSON line per run.") { model, processes, events, repeat };
throughput.SetAction(result =>
    ThroughputRunner.Run(result.GetValue(model)!, result.GetValue(processes), result.GetValue(events), result.GetValue(repeat), Console.Out));

var suite = new Command("suite", "Run the BenchmarkDotNet suites (allocation per event with MemoryDiagnoser); extra arguments go to BenchmarkDotNet.");
var suiteArgs = new Argument<string[]>("benchmarkdotnet-arguments") { Arity = ArgumentArity.ZeroOrMore };
suite.Add(suiteArgs);
suite.SetAction(result => BenchmarkSwitcher.FromAssembly(typeof(ThroughputRunner).Assembly).Run(result.GetValue(suiteArgs) ?? []));

var robots = new Option<int[]>("--robots") { Description = "Fleet sizes to run, each printed as a line.", DefaultValueFactory = _ => [100], AllowMultipleArgumentsPerToken = true };
var hours = new Option<double>("--hours") { Description = "Simulated hours per run.", DefaultValueFactory = _ => 8 };
var factory = new Command("factory", "Time the warehouse scenario with N robots for a shift; prints one JSON line per fleet size.") { robots, hours };
factory.SetAction(result =>
{
    var scenarios = Path.Combine(FindRoot(), "scenarios");
    foreach (var n in result.GetValue(robots)!)
        FactoryTwin.Benchmarks.Factory.WarehouseBenchmark.Run(n, result.GetValue(hours), scenarios, Console.Out);
});

var scenario = new Option<string>("--scenario") { Description = "The scenario file whose replications to run.", DefaultValueFactory = _ => Path.Combine(FindRoot(), "scenarios", "mm3-station.json") };
var replications = new Option<int>("--replications") { Description = "Replications per timing.", DefaultValueFactory = _ => 80 };
var rounds = new Option<int>("--rounds") { Description = "Rounds, each printed as a line.", DefaultValueFactory = _ => 3 };
var parallel = new Command("parallel", "Time a scenario's replications on one worker, then two, in a warm process; prints one JSON line per round.") { scenario, replications, rounds };
parallel.SetAction(result =>
    FactoryTwin.Benchmarks.Factory.ParallelReplicationsBenchmark.Run(result.GetValue(scenario)!, result.GetValue(replications), result.GetValue(rounds), Console.Out));

var brainScenario = new Option<string>("--scenario") { Description = "The scenario to run.", DefaultValueFactory = _ => Path.Combine(FindRoot(), "scenarios", "warehouse.json") };
var brainCommand = new Option<string>("--command") { Description = "The brain program, run in the current folder.", DefaultValueFactory = _ => $"python3 {Path.Combine(FindRoot(), "samples", "brains", "python", "greedy.py")}" };
var brainRounds = new Option<int>("--rounds") { Description = "Rounds, each printed as a line.", DefaultValueFactory = _ => 3 };
var brain = new Command("brain", "Time a scenario's first replication with its built-in brain and with a brain program in its seat; prints one JSON line per round.") { brainScenario, brainCommand, brainRounds };
brain.SetAction(result => FactoryTwin.Benchmarks.Factory.BrainBenchmark.Run(result.GetValue(brainScenario)!,
    result.GetValue(brainCommand)!.Split(' ', StringSplitOptions.RemoveEmptyEntries), result.GetValue(brainRounds), Console.Out));

var memoryScenario = new Option<string>("--scenario") { Description = "A scenario with an open release (its first demand's inter-arrival time sets the run's length).", DefaultValueFactory = _ => Path.Combine(FindRoot(), "scenarios", "mm3-station.json") };
var jobs = new Option<long>("--jobs") { Description = "Jobs to release in the one replication.", DefaultValueFactory = _ => 4_000_000 };
var memory = new Command("memory", "Run one replication long enough to release N jobs; prints the peak working set and the heap after it (run each N in its own process).") { memoryScenario, jobs };
memory.SetAction(result => FactoryTwin.Benchmarks.Factory.LongRunMemoryBenchmark.Run(result.GetValue(memoryScenario)!, result.GetValue(jobs), Console.Out));

var root = new RootCommand("FactoryTwin kernel and factory benchmarks.") { throughput, factory, parallel, brain, memory, suite };
return root.Parse(args).Invoke();

static string FindRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "FactoryTwin.sln")))
            return folder.FullName;
    }
    throw new InvalidOperationException("Run the benchmarks from inside the FactoryTwin repository.");
}
