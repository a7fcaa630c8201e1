using BenchmarkDotNet.Attributes;
using FactoryTwin.Benchmarks.Models;

namespace FactoryTwin.Benchmarks.Suites;

/// <summary>Time and allocation per event of the kernel models (divide by the events per operation).</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    /// <summary>Events (hold, raw-heap) or customers (mm1) per operation.</summary>
    public const int OperationSize = 1_000_000;

    [Params(100, 10_000)]
    public int Processes { get; set; }

    [Benchmark(Baseline = true, OperationsPerInvoke = OperationSize)]
    public long RawHeap() => new RawHeapModel().Run(Processes, OperationSize, seed: 1).Events;

    [Benchmark(OperationsPerInvoke = OperationSize)]
    public long Hold() => new HoldModel().Run(Processes, OperationSize, seed: 1).Events;

    [Benchmark(OperationsPerInvoke = OperationSize)]
    public long Mm1Customers() => new Mm1Model().Run(Processes, OperationSize, seed: 1).Events;
}
