using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Benchmarks.Models;

/// <summary>The hold model on a bare <see cref="PriorityQueue{TElement, TPriority}"/> with no kernel: the cost floor.</summary>
internal sealed class RawHeapModel : IThroughputModel
{
    public string Name => "raw-heap";

    public ModelRun Run(int processes, long events, long seed)
    {
        var random = new RandomStream(StreamSeed.Derive(seed, 0, "hold"));
        var hold = new Exponential(1);
        var heap = new PriorityQueue<int, double>(processes);
        for (var i = 0; i < processes; i++)
            heap.Enqueue(i, hold.Sample(random));
        for (long n = 0; n < events; n++)
        {
            heap.TryDequeue(out var entity, out var now);
            heap.Enqueue(entity, now + hold.Sample(random));
        }
        return new ModelRun(events, 0);
    }
}
