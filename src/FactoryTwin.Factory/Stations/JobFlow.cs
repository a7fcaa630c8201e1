using FactoryTwin.Des;
using FactoryTwin.Factory.Plans;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>The life of a job: released at a source, then step by step to the next station (or back, for rework), until a sink takes it.</summary>
/// <remarks>After a step with a move batch, a job waits in the output buffer until the batch of its product there is full; then they all go on.</remarks>
internal sealed class JobFlow(FactoryWorld world, ITransport transport)
{
    private readonly Dictionary<IReadOnlyList<int>, RoomQueue> _queues = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, RoomQueue> _queuesByKey = [];
    // A step's named streams (rework/, scrap/, balk/PRODUCT/STEP), made when first drawn from.
    private readonly Dictionary<(string Name, int Product, int Step), Des.Randomness.RandomStream> _streams = [];
    private readonly Dictionary<(int Product, int Step, int Station), MoveBatch> _moveBatches = [];

    public IEnumerable<Event> Life(Job job)
    {
        var at = Choose(job.Product.Steps[0].Stations);
        while (!at.Output.HasRoom)
            yield return at.Output.Changed;
        at.Output.Add(job, reserved: false);
        world.RecordJob(job, ElementState.WaitingTransport, at);

        var left = 0; // the step the job has just done, at `at` (not step - 1 after rework)
        for (var step = 1; step < job.Product.Steps.Count; step++)
        {
            if (job.Product.Steps[left].MoveBatch > 1)
                yield return MoveBatchAt(job, left, at).Join();
            job.Step = step;
            var candidates = job.Product.Steps[step].Stations;
            if (Balker(job, step, candidates) is { } balked)
            {
                world.LoseJob(job, at, balked, balking: true);
                yield break;
            }
            var queue = QueueAt(candidates);
            var target = queue.HasWaiting ? null : Reserve(candidates);
            if (target is null && candidates.All(s => world.Stations[s].Plan.WhenFull == WhenFull.Lose))
            {
                world.LoseJob(job, at, world.Stations[candidates[0]]);
                yield break;
            }
            if (target is null)
            {
                var turn = queue.Wait();
                yield return turn;
                target = (Station)turn.Value!;
            }
            if (at.Belt is not null)
            {
                TransferTransport.Hand(world, job, at, target); // a conveyor feeds the station at its end
            }
            else
            {
                foreach (var e in transport.Move(job, at, target))
                    yield return e;
            }
            job.IsStepDone = false;
            while (!job.IsStepDone)
                yield return job.StepDone.Next;
            at = target;
            left = step;
            if (job.Product.Steps[step].ScrapProbability is var scrap and > 0 && Draw("scrap", job.Product.Index, step) < scrap)
            {
                world.ScrapJob(job, at);
                yield break;
            }
            if (job.Product.Steps[step].Rework is { } rework && Draw("rework", job.Product.Index, step) < rework.Probability)
                step = rework.ToStep - 1; // the loop's step++ takes it to the step it goes back to
        }
    }

    /// <summary>The stations where jobs wait for their move batch to fill, for the line watch.</summary>
    internal IEnumerable<string> PartialMoveBatches() =>
        _moveBatches.Where(b => b.Value.Waiting > 0).Select(b => world.Stations[b.Key.Station].Id).Distinct().Order(StringComparer.Ordinal);

    private MoveBatch MoveBatchAt(Job job, int step, Station at)
    {
        var key = (job.Product.Index, step, at.Plan.Index);
        if (!_moveBatches.TryGetValue(key, out var batch))
            _moveBatches[key] = batch = new MoveBatch(world.Simulation, job.Product.Steps[step].MoveBatch);
        return batch;
    }

    /// <summary>The station a job balks at, or null: when no station of its step has an idle machine left for it (jobs already waiting or on their way take the idle ones first), it leaves with the group's lowest balking chance.</summary>
    private Station? Balker(Job job, int step, IReadOnlyList<int> candidates)
    {
        Station? balker = null;
        foreach (var s in candidates)
        {
            var station = world.Stations[s];
            if (station.Plan.BalkProbability == 0 || station.IdleMachines > station.Input.Count + station.Input.Reserved)
                return null;
            if (balker is null || station.Plan.BalkProbability < balker.Plan.BalkProbability)
                balker = station;
        }
        return Draw("balk", job.Product.Index, step) < balker!.Plan.BalkProbability ? balker : null;
    }

    /// <summary>A draw from a step's named stream (rework/, scrap/, balk/PRODUCT/STEP), so layouts compared share them (common random numbers).</summary>
    private double Draw(string name, int product, int step)
    {
        if (!_streams.TryGetValue((name, product, step), out var stream))
            _streams[(name, product, step)] = stream = world.Simulation.Stream($"{name}/{world.Plan.Products[product].Id}/{step}");
        return stream.NextDouble();
    }

    /// <summary>The queue of jobs waiting for room at the group of stations: one per group, whichever products' steps name it.</summary>
    private RoomQueue QueueAt(IReadOnlyList<int> candidates)
    {
        if (_queues.TryGetValue(candidates, out var queue))
            return queue;
        var key = string.Join(',', candidates);
        if (!_queuesByKey.TryGetValue(key, out queue))
            _queuesByKey[key] = queue = new RoomQueue(world.Simulation, [.. candidates.Select(s => world.Stations[s])], () => Reserve(candidates));
        _queues[candidates] = queue;
        return queue;
    }

    /// <summary>Reserves a place at the station of the group with the fewest jobs (the lowest station index among equals), if any has room.</summary>
    /// <remarks>Runs for every step of every job: it sorts the candidates in place on the stack rather than with LINQ.</remarks>
    private Station? Reserve(IReadOnlyList<int> candidates)
    {
        if (candidates.Count == 1)
            return world.Stations[candidates[0]].Input.TryReserve() ? world.Stations[candidates[0]] : null;
        Span<int> order = candidates.Count <= 64 ? stackalloc int[candidates.Count] : new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            var station = candidates[i];
            var j = i;
            for (; j > 0 && Before(station, order[j - 1]); j--)
                order[j] = order[j - 1];
            order[j] = station;
        }
        foreach (var s in order)
        {
            if (world.Stations[s].Input.TryReserve())
                return world.Stations[s];
        }
        return null;
    }

    private bool Before(int a, int b)
    {
        var (loadA, loadB) = (world.Stations[a].Load, world.Stations[b].Load);
        return loadA < loadB || (loadA == loadB && a < b);
    }

    /// <summary>The station of the group with the fewest jobs in its output buffer (the lowest station index among equals).</summary>
    private Station Choose(IReadOnlyList<int> candidates)
    {
        var best = world.Stations[candidates[0]];
        for (var i = 1; i < candidates.Count; i++)
        {
            var station = world.Stations[candidates[i]];
            if (station.Output.Count < best.Output.Count || (station.Output.Count == best.Output.Count && station.Plan.Index < best.Plan.Index))
                best = station;
        }
        return best;
    }
}
