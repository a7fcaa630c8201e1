using FactoryTwin.Des;

namespace FactoryTwin.Des.Tests;

public sealed class ProcessTests
{
    [Fact]
    public void A_process_can_be_waited_for_and_returns_its_value()
    {
        var sim = new Simulation();
        object? result = null;

        var child = sim.Process(Child(sim));
        sim.Process(Parent(child, r => result = r));
        sim.Run();

        Assert.Equal("child done", result);
        Assert.False(child.IsAlive);
        Assert.Equal(5, sim.Now);

        static IEnumerable<Event> Child(Simulation sim)
        {
            yield return sim.Timeout(5);
            sim.ActiveProcess!.SetResult("child done");
        }

        static IEnumerable<Event> Parent(Process child, Action<object?> done)
        {
            yield return child;
            done(child.Value);
        }
    }

    [Fact]
    public void A_result_set_in_an_early_step_is_the_value_the_process_ends_with()
    {
        var sim = new Simulation();
        var first = sim.Process(Steps("first"));
        var second = sim.Process(Steps("second"));
        var silent = sim.Process(Silent());

        sim.Run();

        Assert.Equal("first", first.Value);
        Assert.Equal("second", second.Value);
        Assert.Null(silent.Value);

        IEnumerable<Event> Steps(string result)
        {
            sim.ActiveProcess!.SetResult(result);
            yield return sim.Timeout(1);
            yield return sim.Timeout(1);
        }

        IEnumerable<Event> Silent()
        {
            yield return sim.Timeout(1);
        }
    }

    [Fact]
    public void The_target_is_what_the_process_waits_for_and_null_while_it_runs_or_after_it_ended()
    {
        var sim = new Simulation();
        var gate = new Event(sim);
        Event? targetWhileRunning = gate;
        var waiter = sim.Process(Wait());

        Assert.Null(waiter.Target);
        sim.Run();
        Assert.Same(gate, waiter.Target);
        gate.Succeed();
        sim.Run();

        Assert.Null(targetWhileRunning);
        Assert.Null(waiter.Target);
        Assert.False(waiter.IsAlive);

        IEnumerable<Event> Wait()
        {
            yield return gate;
            targetWhileRunning = sim.ActiveProcess!.Target;
        }
    }

    [Fact]
    public void A_process_that_yields_an_event_already_processed_goes_on_at_once()
    {
        var sim = new Simulation();
        var early = sim.Timeout(1);
        List<double> times = [];

        sim.Process(Steps());
        sim.Run();

        Assert.Equal([2.0, 2.0], times);

        IEnumerable<Event> Steps()
        {
            yield return sim.Timeout(2);
            times.Add(sim.Now);
            yield return early;
            times.Add(sim.Now);
        }
    }

    [Fact]
    public void The_active_process_is_the_one_whose_step_runs()
    {
        var sim = new Simulation();
        Process? seen = null;

        var process = sim.Process(Steps());
        sim.Run();

        Assert.Same(process, seen);
        Assert.Null(sim.ActiveProcess);

        IEnumerable<Event> Steps()
        {
            yield return sim.Timeout(1);
            seen = sim.ActiveProcess;
        }
    }

    [Fact]
    public void A_process_is_named_after_its_iterator_method_unless_given_a_name()
    {
        var sim = new Simulation();

        var unnamed = sim.Process(Drill(sim));
        var named = sim.Process(Drill(sim), name: "drill-2");

        Assert.Equal("Drill#1", unnamed.Name);
        Assert.Equal("drill-2", named.Name);
    }

    [Fact]
    public void A_process_that_throws_stops_the_run_naming_the_process_and_the_time()
    {
        var sim = new Simulation();
        sim.Process(Faulty(sim), name: "press");

        var error = Assert.Throws<SimulationException>(() => sim.Run());

        Assert.Equal("Process 'press' failed at t=3 s: die cracked", error.Message);
        Assert.Equal("press", error.ProcessName);
        Assert.Equal(3, error.Time);
        Assert.IsType<InvalidOperationException>(error.InnerException);

        static IEnumerable<Event> Faulty(Simulation sim)
        {
            yield return sim.Timeout(3);
            throw new InvalidOperationException("die cracked");
        }
    }

    [Fact]
    public void A_process_waiting_for_a_failed_process_can_handle_the_failure()
    {
        var sim = new Simulation();
        string? handled = null;

        var child = sim.Process(Faulty(sim), name: "child");
        sim.Process(Parent(child));
        sim.Run();

        Assert.StartsWith("Process 'child' failed at t=1 s", handled);

        static IEnumerable<Event> Faulty(Simulation sim)
        {
            yield return sim.Timeout(1);
            throw new InvalidOperationException("boom");
        }

        IEnumerable<Event> Parent(Process c)
        {
            yield return c;
            if (c.TryHandleFailure(out var error))
                handled = error.Message;
        }
    }

    [Fact]
    public void A_process_that_ignores_a_failure_it_waited_for_fails_with_it()
    {
        var sim = new Simulation();
        var child = sim.Process(Faulty(sim), name: "child");
        var parent = sim.Process(Ignoring(child), name: "parent");

        var error = Assert.Throws<SimulationException>(() => sim.Run());

        Assert.StartsWith("Process 'child' failed at t=1 s: boom", error.Message);
        Assert.False(parent.IsAlive);
        Assert.False(parent.IsOk);

        static IEnumerable<Event> Faulty(Simulation sim)
        {
            yield return sim.Timeout(1);
            throw new InvalidOperationException("boom");
        }

        static IEnumerable<Event> Ignoring(Process c)
        {
            yield return c;
        }
    }

    [Fact]
    public void A_process_that_yields_null_fails_with_a_clear_message()
    {
        var sim = new Simulation();
        sim.Process(YieldsNull(), name: "broken");

        var error = Assert.Throws<SimulationException>(() => sim.Run());

        Assert.Equal("Process 'broken' yielded null at t=0 s; a process must yield events of its own simulation.", error.Message);

        static IEnumerable<Event> YieldsNull()
        {
            yield return null!;
        }
    }

    [Fact]
    public void A_process_that_yields_an_event_of_another_simulation_fails()
    {
        var sim = new Simulation();
        var other = new Simulation();
        sim.Process(Foreign(other), name: "confused");

        var error = Assert.Throws<SimulationException>(() => sim.Run());

        Assert.StartsWith("Process 'confused' yielded Timeout of another simulation at t=0 s", error.Message);

        static IEnumerable<Event> Foreign(Simulation other)
        {
            yield return other.Timeout(1);
        }
    }

    [Fact]
    public void Finally_blocks_of_a_process_run_when_it_ends()
    {
        var sim = new Simulation();
        var cleanedUp = false;

        sim.Process(Steps());
        sim.Run();

        Assert.True(cleanedUp);

        IEnumerable<Event> Steps()
        {
            try
            {
                yield return sim.Timeout(1);
            }
            finally
            {
                cleanedUp = true;
            }
        }
    }

    private static IEnumerable<Event> Drill(Simulation sim)
    {
        yield return sim.Timeout(1);
    }
}
