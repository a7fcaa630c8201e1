using FactoryTwin.Des;

namespace FactoryTwin.Des.Tests;

public sealed class InterruptTests
{
    [Fact]
    public void An_interrupted_process_resumes_at_once_and_sees_the_cause_and_time()
    {
        var sim = new Simulation();
        Interruption? seen = null;
        double resumedAt = -1;
        var worker = sim.Process(Work());

        sim.Process(BreakdownAt3(sim, worker));
        sim.Run();

        Assert.Equal(new Interruption("breakdown", 3), seen);
        Assert.Equal(3, resumedAt);

        IEnumerable<Event> Work()
        {
            yield return sim.Timeout(10);
            if (sim.ActiveProcess!.TryHandleInterrupt(out var interruption))
            {
                seen = interruption;
                resumedAt = sim.Now;
            }
        }
    }

    [Fact]
    public void An_interrupt_is_seen_once_in_the_step_it_resumed()
    {
        var sim = new Simulation();
        List<bool> seen = [];
        var worker = sim.Process(Work());

        sim.Process(BreakdownAt3(sim, worker));
        sim.Run();

        Assert.Equal([true, false, false], seen);
        Assert.True(worker.IsOk);

        IEnumerable<Event> Work()
        {
            var done = sim.Timeout(0);
            yield return sim.Timeout(10);
            seen.Add(sim.ActiveProcess!.TryHandleInterrupt(out _));
            seen.Add(sim.ActiveProcess!.TryHandleInterrupt(out _));
            yield return done; // already processed: the next step runs at once, with no interrupt
            seen.Add(sim.ActiveProcess!.TryHandleInterrupt(out _));
        }
    }

    [Fact]
    public void An_interrupted_process_no_longer_waits_for_what_it_was_waiting_for()
    {
        var sim = new Simulation();
        List<string> log = [];
        var worker = sim.Process(Work());

        sim.Process(Interrupter(worker));
        sim.Run();

        Assert.Equal(["interrupted@2", "repaired@5"], log);

        IEnumerable<Event> Work()
        {
            yield return sim.Timeout(10);
            if (sim.ActiveProcess!.TryHandleInterrupt(out _))
                log.Add($"interrupted@{sim.Now}");
            yield return sim.Timeout(3);
            log.Add($"repaired@{sim.Now}");
        }

        IEnumerable<Event> Interrupter(Process target)
        {
            yield return sim.Timeout(2);
            target.Interrupt();
        }
    }

    [Fact]
    public void A_process_that_does_not_handle_an_interrupt_fails_saying_so()
    {
        var sim = new Simulation();
        var worker = sim.Process(Work(sim), name: "lathe");
        sim.Timeout(2).AddCallback(_ => worker.Interrupt("power cut"));

        var error = Assert.Throws<SimulationException>(() => sim.Run());

        Assert.Equal("Process 'lathe' was interrupted at t=2 s (cause: power cut) and did not handle it; call TryHandleInterrupt after the yield.", error.Message);

        static IEnumerable<Event> Work(Simulation sim)
        {
            yield return sim.Timeout(10);
            yield return sim.Timeout(10);
        }
    }

    [Fact]
    public void An_ended_process_cannot_be_interrupted()
    {
        var sim = new Simulation();
        var worker = sim.Process(Work(sim), name: "done");
        sim.Run();

        var error = Assert.Throws<InvalidOperationException>(() => worker.Interrupt());

        Assert.StartsWith("Process 'done' has ended", error.Message);

        static IEnumerable<Event> Work(Simulation sim)
        {
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void A_process_cannot_interrupt_itself()
    {
        var sim = new Simulation();
        Exception? error = null;

        sim.Process(SelfInterrupting(), name: "loop");
        sim.Run();

        Assert.StartsWith("Process 'loop' cannot interrupt itself.", error?.Message);

        IEnumerable<Event> SelfInterrupting()
        {
            error = Record.Exception(() => sim.ActiveProcess!.Interrupt());
            yield break;
        }
    }

    [Fact]
    public void An_interrupt_for_a_process_that_ends_before_it_is_delivered_is_dropped()
    {
        var sim = new Simulation();
        var machine = new FactoryTwin.Des.Resources.Resource(sim);
        var holder = machine.Request();
        var worker = sim.Process(WaitForMachine());

        sim.Timeout(1).AddCallback(_ =>
        {
            machine.Release(holder); // grants the worker's request: an urgent event
            worker.Interrupt();      // delivered after the grant, when the worker has already ended
        });
        sim.Run();

        Assert.True(worker.IsOk);

        IEnumerable<Event> WaitForMachine()
        {
            using var request = machine.Request();
            yield return request;
        }
    }

    [Fact]
    public void A_process_interrupted_as_it_is_created_sees_the_interrupt_after_its_first_step()
    {
        var sim = new Simulation();
        List<string> log = [];

        var worker = sim.Process(Work());
        worker.Interrupt("early");
        sim.Run();

        Assert.Equal(["first step@0", "interrupted (early)@0"], log);

        IEnumerable<Event> Work()
        {
            log.Add($"first step@{sim.Now}");
            yield return sim.Timeout(5);
            if (sim.ActiveProcess!.TryHandleInterrupt(out var i))
                log.Add($"interrupted ({i.Cause})@{sim.Now}");
        }
    }

    private static IEnumerable<Event> BreakdownAt3(Simulation sim, Process target)
    {
        yield return sim.Timeout(3);
        target.Interrupt("breakdown");
    }
}
