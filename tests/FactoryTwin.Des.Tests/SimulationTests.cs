using FactoryTwin.Des;

namespace FactoryTwin.Des.Tests;

public sealed class SimulationTests
{
    [Fact]
    public void Events_due_at_the_same_time_run_in_the_order_they_were_scheduled()
    {
        var sim = new Simulation(seed: 1);
        List<string> log = [];

        sim.Process(Wait(sim, "first", seconds: 5, log));
        sim.Process(Wait(sim, "second", seconds: 5, log));
        sim.Process(Wait(sim, "third", seconds: 5, log));
        sim.Run(until: 10);

        Assert.Equal(["first@5", "second@5", "third@5"], log);
    }

    [Fact]
    public void Events_run_in_time_order_whatever_the_order_they_were_scheduled_in()
    {
        var sim = new Simulation();
        List<string> log = [];

        sim.Process(Wait(sim, "late", seconds: 3, log));
        sim.Process(Wait(sim, "early", seconds: 1, log));
        sim.Process(Wait(sim, "middle", seconds: 2, log));
        sim.Run();

        Assert.Equal(["early@1", "middle@2", "late@3"], log);
    }

    [Fact]
    public void Urgent_kernel_events_run_before_normal_events_due_at_the_same_time()
    {
        var sim = new Simulation();
        List<string> log = [];
        var normal = sim.Event();
        normal.AddCallback(_ => log.Add("normal event"));

        normal.Succeed();
        sim.Process(Log(log, "process start"));
        sim.Run();

        Assert.Equal(["process start", "normal event"], log);
    }

    [Fact]
    public void Run_until_a_time_stops_before_events_due_then_and_sets_the_clock_to_it()
    {
        var sim = new Simulation();
        List<string> log = [];
        sim.Process(Wait(sim, "at-ten", seconds: 10, log));

        sim.Run(until: 10);
        var before = log.Count;
        sim.Run(until: 11);

        Assert.Equal(0, before);
        Assert.Equal(["at-ten@10"], log);
        Assert.Equal(11, sim.Now);
    }

    [Fact]
    public void Run_until_an_event_returns_its_value()
    {
        var sim = new Simulation();
        var done = sim.Timeout(7, value: "done");

        var value = sim.Run(until: done);

        Assert.Equal("done", value);
        Assert.Equal(7, sim.Now);
    }

    [Fact]
    public void Run_until_an_event_that_never_happens_says_the_events_ran_out()
    {
        var sim = new Simulation();
        var never = sim.Event();
        sim.Timeout(3);

        var error = Assert.Throws<InvalidOperationException>(() => sim.Run(until: never));

        Assert.StartsWith("The simulation ran out of events at t=3 s before Event happened.", error.Message);
    }

    [Fact]
    public void Run_until_a_time_in_the_past_is_refused()
    {
        var sim = new Simulation();
        sim.Run(until: 5);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sim.Run(until: 4));

        Assert.StartsWith("Cannot run until a time before now (now is 5 s).", error.Message);
    }

    [Fact]
    public void Step_processes_one_event_and_peek_tells_when_the_next_is_due()
    {
        var sim = new Simulation();
        sim.Timeout(2);
        sim.Timeout(4);

        var firstDue = sim.Peek();
        sim.Step();
        var secondDue = sim.Peek();
        sim.Step();

        Assert.Equal(2, firstDue);
        Assert.Equal(4, secondDue);
        Assert.Equal(double.PositiveInfinity, sim.Peek());
        Assert.Equal(2, sim.ProcessedEvents);
    }

    [Fact]
    public void Step_with_nothing_scheduled_says_so()
    {
        var sim = new Simulation();

        var error = Assert.Throws<InvalidOperationException>(sim.Step);

        Assert.StartsWith("No event is scheduled", error.Message);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_undefined_delay_is_refused_with_the_value(double delay)
    {
        var sim = new Simulation();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sim.Timeout(delay));

        Assert.StartsWith($"A delay must be a finite number of seconds, at least 0 (got {delay:R}); events cannot be scheduled into the past.", error.Message);
    }

    [Fact]
    public void A_zero_delay_runs_at_the_current_time_after_what_is_already_due()
    {
        var sim = new Simulation();
        List<string> log = [];
        sim.Timeout(0).AddCallback(_ => log.Add("first"));
        sim.Timeout(0).AddCallback(_ => log.Add("second"));

        sim.Run();

        Assert.Equal(["first", "second"], log);
        Assert.Equal(0, sim.Now);
    }

    [Fact]
    public void A_run_stuck_in_work_that_takes_no_simulated_time_stops_when_cancelled()
    {
        // The process itself asks for the stop (as Ctrl-C would) after 100 000 events at t = 0: well before the
        // limit of events at one instant, so only the check of the token can end the run.
        var sim = new Simulation();
        using var stop = new CancellationTokenSource();
        sim.Process(Forever(sim, cancelAfter: 100_000, stop));

        Assert.ThrowsAny<OperationCanceledException>(() => sim.Run(until: 1, stop.Token));
        Assert.Equal(0, sim.Now);
        Assert.InRange(sim.ProcessedEvents, 100_000, 100_000 + 4_096 + 10);
    }

    [Fact]
    public void A_run_stuck_at_one_instant_stops_with_an_error_that_says_so()
    {
        var sim = new Simulation();
        sim.Process(Forever(sim, cancelAfter: -1, null));

        var error = Assert.Throws<SimulationException>(() => sim.Run(until: 1));

        Assert.StartsWith("The simulation made no progress in time: 10,000,000 events at t=0 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(Simulation.MaxEventsAtOneInstant, sim.ProcessedEvents);
    }

    private static IEnumerable<Event> Forever(Simulation sim, int cancelAfter, CancellationTokenSource? stop)
    {
        for (var i = 0; ; i++)
        {
            if (i == cancelAfter)
                stop!.Cancel();
            yield return sim.Timeout(0);
        }
    }

    private static IEnumerable<Event> Wait(Simulation sim, string name, double seconds, List<string> log)
    {
        yield return sim.Timeout(seconds);
        log.Add($"{name}@{sim.Now}");
    }

    private static IEnumerable<Event> Log(List<string> log, string entry)
    {
        log.Add(entry);
        yield break;
    }
}
