namespace FactoryTwin.Benchmarks.Models;

/// <summary>A model the throughput runner can time: it runs once and says how many events (and customers) it processed.</summary>
internal interface IThroughputModel
{
    string Name { get; }

    ModelRun Run(int processes, long events, long seed);
}

/// <summary>What one timed run processed.</summary>
internal readonly record struct ModelRun(long Events, long Customers);
