using FactoryTwin.Des;
using FactoryTwin.Des.Resources;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Stations;

/// <summary>A crew of operators shared by stations: a machine that needs one waits for a free operator (first come, first served) and frees them when done.</summary>
/// <remarks>Each operator is an element of the state log: idle, or busy at a machine (the change's link), where they stand.</remarks>
public sealed class OperatorCrew
{
    private readonly Simulation _simulation;
    private readonly StateLog _log;
    private readonly Store<Element> _free;

    internal OperatorCrew(CrewPlan plan, Simulation simulation, StateLog log)
    {
        _simulation = simulation;
        _log = log;
        _free = new Store<Element>(simulation, name: plan.Id);
        for (var n = 1; n <= plan.Count; n++)
            _free.Put(log.Register($"{plan.Id}-{n}", ElementKind.Operator, plan.Id, Idle()));
    }

    /// <summary>True if an operator is free now, so a request is met at once.</summary>
    internal bool HasFree => _free.Count > 0;

    /// <summary>Asks for an operator; yield it, then hand its item to <see cref="Begin"/>.</summary>
    internal StoreGet<Element> Request() => _free.Get();

    /// <summary>Records the operator as busy at <paramref name="machine"/>.</summary>
    internal void Begin(Element @operator, Machine machine, Station station) =>
        _log.Record(new StateChange(_simulation.Now, @operator.Index, ElementState.Busy, station.Node, station.Position, 0, double.NaN, machine.Element.Index));

    /// <summary>Records the operator as idle where they stand and frees them for the next machine.</summary>
    internal void Release(Element @operator)
    {
        var at = _log.Current(@operator.Index);
        _log.Record(at with { Time = _simulation.Now, Element = @operator.Index, State = ElementState.Idle, Link = -1 });
        _free.Put(@operator);
    }

    private StateChange Idle() => new(_simulation.Now, 0, ElementState.Idle, -1, default, 0, double.NaN, -1);
}
