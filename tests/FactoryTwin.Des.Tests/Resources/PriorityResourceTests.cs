using FactoryTwin.Des.Resources;

namespace FactoryTwin.Des.Tests.Resources;

public sealed class PriorityResourceTests
{
    [Fact]
    public void Waiting_requests_are_served_by_priority_then_by_arrival()
    {
        var sim = new Simulation();
        var crane = new PriorityResource(sim);
        List<string> log = [];

        sim.Process(Use(sim, crane, "holder", priority: 5, log));
        sim.Process(Use(sim, crane, "low", priority: 9, log));
        sim.Process(Use(sim, crane, "urgent-1", priority: 1, log));
        sim.Process(Use(sim, crane, "urgent-2", priority: 1, log));
        sim.Run();

        Assert.Equal(["holder@0", "urgent-1@1", "urgent-2@2", "low@3"], log);
    }

    private static IEnumerable<Event> Use(Simulation sim, PriorityResource resource, string name, int priority, List<string> log)
    {
        using var request = resource.Request(priority);
        yield return request;
        log.Add($"{name}@{sim.Now}");
        yield return sim.Timeout(1);
    }
}
