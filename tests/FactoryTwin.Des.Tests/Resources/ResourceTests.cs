using FactoryTwin.Des.Resources;

namespace FactoryTwin.Des.Tests.Resources;

public sealed class ResourceTests
{
    [Fact]
    public void Requests_are_granted_first_come_first_served_up_to_the_capacity()
    {
        var sim = new Simulation();
        var machines = new Resource(sim, capacity: 2);
        List<string> log = [];

        foreach (var name in new[] { "a", "b", "c", "d" })
            sim.Process(Use(sim, machines, name, seconds: 10, log));
        sim.Run();

        Assert.Equal(["a got it@0", "b got it@0", "c got it@10", "d got it@10"], log);
        Assert.Equal(20, sim.Now);
    }

    [Fact]
    public void A_released_unit_goes_to_the_next_waiter_at_the_same_time()
    {
        var sim = new Simulation();
        var machine = new Resource(sim);
        List<string> log = [];

        sim.Process(Use(sim, machine, "first", seconds: 3, log));
        sim.Process(Use(sim, machine, "second", seconds: 3, log));
        sim.Run();

        Assert.Equal(["first got it@0", "second got it@3"], log);
    }

    [Fact]
    public void Utilisation_queue_length_and_waits_are_time_weighted_exactly()
    {
        // One machine, two jobs of 4 s arriving together: busy 8 of 10 s, one job waiting 4 of 10 s.
        var sim = new Simulation();
        var machine = new Resource(sim);
        List<string> log = [];

        sim.Process(Use(sim, machine, "a", seconds: 4, log));
        sim.Process(Use(sim, machine, "b", seconds: 4, log));
        sim.Run(until: 10);

        Assert.Equal(0.8, machine.Utilization, precision: 12);
        Assert.Equal(0.4, machine.Queue.Mean, precision: 12);
        Assert.Equal(1, machine.Queue.Max);
        Assert.Equal(2, machine.Wait.Count);
        Assert.Equal(2, machine.Wait.Mean, precision: 12);
    }

    [Fact]
    public void Releasing_twice_is_refused()
    {
        var sim = new Simulation();
        var machine = new Resource(sim, name: "saw");
        var request = machine.Request();
        sim.Run();
        machine.Release(request);

        var error = Assert.Throws<InvalidOperationException>(() => machine.Release(request));

        Assert.StartsWith("Cannot release Request of 'saw' made at t=0 s: it does not hold 'saw' any more (Released).", error.Message);
    }

    [Fact]
    public void Releasing_a_request_that_is_still_waiting_is_refused()
    {
        var sim = new Simulation();
        var machine = new Resource(sim, name: "saw");
        machine.Request();
        var waiting = machine.Request();

        var error = Assert.Throws<InvalidOperationException>(() => machine.Release(waiting));

        Assert.StartsWith("Cannot release Request of 'saw' made at t=0 s: it was never granted", error.Message);
    }

    [Fact]
    public void Releasing_on_the_wrong_resource_is_refused()
    {
        var sim = new Simulation();
        var saw = new Resource(sim, name: "saw");
        var drill = new Resource(sim, name: "drill");
        var request = saw.Request();

        var error = Assert.Throws<InvalidOperationException>(() => drill.Release(request));

        Assert.StartsWith("Cannot release Request of 'saw' made at t=0 s on 'drill': it was made to 'saw'.", error.Message);
    }

    [Fact]
    public void Disposing_a_waiting_request_withdraws_it_from_the_queue()
    {
        var sim = new Simulation();
        var machine = new Resource(sim);
        var holder = machine.Request();
        var impatient = machine.Request();
        var patient = machine.Request();

        impatient.Dispose();
        machine.Release(holder);
        sim.Run();

        Assert.Equal(RequestStatus.Cancelled, impatient.Status);
        Assert.Equal(RequestStatus.Granted, patient.Status);
        Assert.Equal(0, machine.QueueLength);
    }

    [Fact]
    public void A_customer_can_renege_after_waiting_too_long()
    {
        var sim = new Simulation();
        var machine = new Resource(sim);
        machine.Request();
        var outcome = "";

        sim.Process(Impatient());
        sim.Run();

        Assert.Equal("gave up at 5", outcome);
        Assert.Equal(0, machine.QueueLength);

        IEnumerable<Event> Impatient()
        {
            using var request = machine.Request();
            var patience = sim.Timeout(5);
            yield return sim.AnyOf(request, patience);
            outcome = request.IsTriggered ? "served" : $"gave up at {sim.Now}";
        }
    }

    [Fact]
    public void A_resource_needs_at_least_one_unit()
    {
        var sim = new Simulation();

        Assert.Throws<ArgumentOutOfRangeException>(() => new Resource(sim, capacity: 0));
    }

    private static IEnumerable<Event> Use(Simulation sim, Resource resource, string name, double seconds, List<string> log)
    {
        using var request = resource.Request();
        yield return request;
        log.Add($"{name} got it@{sim.Now}");
        yield return sim.Timeout(seconds);
    }
}
