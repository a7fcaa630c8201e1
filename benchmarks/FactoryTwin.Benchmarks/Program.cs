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

var root = new RootCommand("FactoryTwin kernel benchmarks.") { throughput, suite };
return root.Parse(args).Invoke();
