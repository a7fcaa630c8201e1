using FactoryTwin.Des;
using FactoryTwin.Des.Resources;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>The arms fixed at a station: each load or unload there, of a machine or a robot, waits for a free arm and takes its time.</summary>
public sealed class ArmPool
{
    private readonly FleetPlan _fleet;
    private readonly Station _station;
    private readonly FactoryWorld _world;
    private readonly Store<Element> _free;

    internal ArmPool(FleetPlan fleet, Station station, FactoryWorld world)
    {
        _fleet = fleet;
        _station = station;
        _world = world;
        _free = new Store<Element>(world.Simulation, name: $"{fleet.Id} at {station.Id}");
        foreach (var id in fleet.RobotIds)
            _free.Put(world.Log.Register(id, ElementKind.Robot, fleet.Id, Change(ElementState.Idle, -1)));
    }

    /// <summary>Takes a free arm, has it load a job (onto a machine or a robot), and frees it.</summary>
    public IEnumerable<Event> Load(Job job) => Use(ElementState.Loading, _fleet.LoadSeconds, job);

    /// <summary>Takes a free arm, has it unload a job (from a machine or a robot), and frees it.</summary>
    public IEnumerable<Event> Unload(Job job) => Use(ElementState.Unloading, _fleet.UnloadSeconds, job);

    private IEnumerable<Event> Use(ElementState state, double seconds, Job job)
    {
        var get = _free.Get();
        yield return get;
        var arm = get.Item;
        _world.Log.Record(Change(state, job.Element.Index) with { Element = arm.Index });
        if (seconds > 0)
            yield return _world.Simulation.Timeout(seconds);
        _world.Log.Record(Change(ElementState.Idle, -1) with { Element = arm.Index });
        _free.Put(arm);
    }

    private StateChange Change(ElementState state, int job) =>
        new(_world.Simulation.Now, 0, state, _station.Node, _station.Position, 0, double.NaN, job);
}
