using FactoryTwin.Des;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>The life of a job: released at a source, then step by step to the next station, until a sink takes it.</summary>
internal sealed class JobFlow(FactoryWorld world, ITransport transport)
{
    public IEnumerable<Event> Life(Job job)
    {
        var at = Choose(job.Product.Steps[0].Stations, s => s.Output.Count);
        while (!at.Output.HasRoom)
            yield return at.Output.Changed;
        at.Output.Add(job, reserved: false);
        world.RecordJob(job, ElementState.WaitingTransport, at);

        for (var step = 1; step < job.Product.Steps.Count; step++)
        {
            job.Step = step;
            var candidates = job.Product.Steps[step].Stations;
            Station? target;
            while ((target = Reserve(candidates)) is null)
            {
                yield return candidates.Count == 1
                    ? world.Stations[candidates[0]].Input.Changed
                    : world.Simulation.AnyOf(candidates.Select(s => world.Stations[s].Input.Changed));
            }
            foreach (var e in transport.Move(job, at, target))
                yield return e;
            job.IsStepDone = false;
            while (!job.IsStepDone)
                yield return job.StepDone.Next;
            at = target;
        }
    }

    /// <summary>Reserves a place at the station of the group with the fewest jobs (the first listed among equals), if any has room.</summary>
    private Station? Reserve(IReadOnlyList<int> candidates)
    {
        if (candidates.Count == 1)
            return world.Stations[candidates[0]].Input.TryReserve() ? world.Stations[candidates[0]] : null;
        foreach (var station in candidates.Select(s => world.Stations[s]).OrderBy(s => s.Load).ThenBy(s => s.Plan.Index))
        {
            if (station.Input.TryReserve())
                return station;
        }
        return null;
    }

    private Station Choose(IReadOnlyList<int> candidates, Func<Station, int> load) =>
        candidates.Select(s => world.Stations[s]).OrderBy(load).ThenBy(s => s.Plan.Index).First();
}
