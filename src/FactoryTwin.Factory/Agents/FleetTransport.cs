using FactoryTwin.Des;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Agents;

/// <summary>Moving jobs with mobile robots: each move is posted as a task and done when a robot has delivered it.</summary>
internal sealed class FleetTransport(FactoryWorld world, TaskBoard board) : ITransport
{
    public IEnumerable<Event> Move(Job job, Station from, Station to)
    {
        world.RecordJob(job, ElementState.WaitingPickup, from);
        var task = board.Post(job, from, to);
        yield return task.Delivered;
    }
}
