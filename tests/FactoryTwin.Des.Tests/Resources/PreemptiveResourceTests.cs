using FactoryTwin.Des.Resources;

namespace FactoryTwin.Des.Tests.Resources;

public sealed class PreemptiveResourceTests
{
    [Fact]
    public void A_more_important_request_interrupts_the_holder_saying_who_and_since_when()
    {
        var sim = new Simulation();
        var machine = new PreemptiveResource(sim, name: "mill");
        Preempted? cause = null;
        double interruptedAt = -1;

        var routine = sim.Process(Routine(), name: "routine");
        var rush = sim.Process(Rush(), name: "rush");
        sim.Run();

        Assert.NotNull(cause);
        Assert.Same(rush, cause.By);
        Assert.Equal(1, cause.UsageSince);
        Assert.Same(machine, cause.Resource);
        Assert.Equal(4, interruptedAt);

        IEnumerable<Event> Routine()
        {
            yield return sim.Timeout(1);
            using var request = machine.Request(priority: 5);
            yield return request;
            yield return sim.Timeout(10);
            if (sim.ActiveProcess!.TryHandleInterrupt(out var interruption))
            {
                cause = (Preempted)interruption.Cause!;
                interruptedAt = interruption.Time;
                Assert.Equal(RequestStatus.Preempted, request.Status);
            }
        }

        IEnumerable<Event> Rush()
        {
            yield return sim.Timeout(4);
            using var request = machine.Request(priority: 1);
            yield return request;
            Assert.Equal(4, sim.Now);
            yield return sim.Timeout(2);
        }
    }

    [Fact]
    public void The_least_important_and_latest_holder_is_the_one_preempted()
    {
        var sim = new Simulation();
        var machines = new PreemptiveResource(sim, capacity: 3);
        var a = machines.Request(priority: 5);
        var b = machines.Request(priority: 7);
        var c = machines.Request(priority: 7);

        var urgent = machines.Request(priority: 0);

        Assert.Equal(RequestStatus.Granted, a.Status);
        Assert.Equal(RequestStatus.Granted, b.Status);
        Assert.Equal(RequestStatus.Preempted, c.Status);
        Assert.Equal(RequestStatus.Granted, urgent.Status);
        Assert.Equal(3, machines.InUse);
    }

    [Fact]
    public void Among_equal_priorities_the_holder_that_asked_last_is_preempted()
    {
        var sim = new Simulation();
        var machines = new PreemptiveResource(sim, capacity: 2);
        PriorityRequest? early = null, late = null;

        sim.Process(Ask(at: 1, r => late = r));
        sim.Process(Ask(at: 0, r => early = r));
        sim.Run(until: 5);
        var urgent = machines.Request(priority: 0);

        Assert.Equal(RequestStatus.Granted, early!.Status);
        Assert.Equal(RequestStatus.Preempted, late!.Status);
        Assert.Equal(RequestStatus.Granted, urgent.Status);

        IEnumerable<Event> Ask(double at, Action<PriorityRequest> keep)
        {
            yield return sim.Timeout(at);
            var request = machines.Request(priority: 4, preempt: false);
            keep(request);
            yield return request;
            yield return sim.Timeout(100);
            sim.ActiveProcess!.TryHandleInterrupt(out _);
        }
    }

    [Fact]
    public void Equal_priority_or_a_request_without_preemption_waits_instead()
    {
        var sim = new Simulation();
        var machine = new PreemptiveResource(sim);
        var holder = machine.Request(priority: 3);

        var same = machine.Request(priority: 3);
        var polite = machine.Request(priority: 0, preempt: false);

        Assert.Equal(RequestStatus.Granted, holder.Status);
        Assert.Equal(RequestStatus.Waiting, same.Status);
        Assert.Equal(RequestStatus.Waiting, polite.Status);
    }

    [Fact]
    public void Releasing_a_preempted_request_does_nothing()
    {
        var sim = new Simulation();
        var machine = new PreemptiveResource(sim);
        var victim = machine.Request(priority: 3);
        var winner = machine.Request(priority: 1);

        machine.Release(victim);

        Assert.Equal(RequestStatus.Preempted, victim.Status);
        Assert.Equal(RequestStatus.Granted, winner.Status);
        Assert.Equal(1, machine.InUse);
    }
}
