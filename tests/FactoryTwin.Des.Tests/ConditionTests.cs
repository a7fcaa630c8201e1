using FactoryTwin.Des;

namespace FactoryTwin.Des.Tests;

public sealed class ConditionTests
{
    [Fact]
    public void AllOf_succeeds_when_the_last_event_does_with_every_value()
    {
        var sim = new Simulation();
        var a = sim.Timeout(1, "a");
        var b = sim.Timeout(3, "b");

        var all = sim.AllOf(a, b);
        var value = (ConditionValue)sim.Run(until: all)!;

        Assert.Equal(3, sim.Now);
        Assert.Equal([a, b], value.Events);
        Assert.Equal("a", value[a]);
        Assert.Equal("b", value[b]);
    }

    [Fact]
    public void AnyOf_succeeds_with_the_first_event_only()
    {
        var sim = new Simulation();
        var slow = sim.Timeout(5, "slow");
        var fast = sim.Timeout(2, "fast");

        var any = sim.AnyOf(slow, fast);
        var value = (ConditionValue)sim.Run(until: any)!;

        Assert.Equal(2, sim.Now);
        Assert.Equal([fast], value.Events);
        Assert.False(value.Contains(slow));
        Assert.Throws<KeyNotFoundException>(() => value[slow]);
    }

    [Fact]
    public void A_process_can_race_work_against_a_breakdown()
    {
        var sim = new Simulation();
        var breakdown = sim.Event();
        string? outcome = null;

        sim.Process(Work());
        sim.Timeout(4).AddCallback(_ => breakdown.Succeed("motor"));
        sim.Run();

        Assert.Equal("broke down at 4: motor", outcome);

        IEnumerable<Event> Work()
        {
            var work = sim.Timeout(10);
            var race = sim.AnyOf(work, breakdown);
            yield return race;
            var value = (ConditionValue)race.Value!;
            outcome = value.Contains(breakdown) ? $"broke down at {sim.Now}: {value[breakdown]}" : "finished";
        }
    }

    [Fact]
    public void Many_waiters_on_a_shared_event_that_stop_waiting_leave_the_rest_in_the_order_they_came()
    {
        // 100 processes wait for any of a shared event and their own; 80 of them are released by their own event, and
        // 60 more start waiting. The shared event then wakes the 20 left of the first hundred and the 60, in order,
        // and none of those that left.
        var sim = new Simulation();
        var shared = sim.Event();
        var woken = new List<int>();
        var own = new List<Event>();
        for (var i = 0; i < 160; i++)
        {
            own.Add(sim.Event());
            var index = i;
            sim.TimeoutAt(i < 100 ? 0 : 2).AddCallback(_ => sim.Process(Wait(index)));
        }
        sim.TimeoutAt(1).AddCallback(_ =>
        {
            for (var i = 0; i < 100; i++)
            {
                if (i % 5 != 0)
                    own[i].Succeed();
            }
        });
        sim.TimeoutAt(3).AddCallback(_ => shared.Succeed());
        sim.Run();

        int[] expected = [.. Enumerable.Range(0, 100).Where(i => i % 5 != 0), .. Enumerable.Range(0, 100).Where(i => i % 5 == 0), .. Enumerable.Range(100, 60)];
        Assert.Equal(expected, woken);

        IEnumerable<Event> Wait(int index)
        {
            yield return sim.AnyOf(shared, own[index]);
            woken.Add(index);
        }
    }

    [Fact]
    public void Conditions_over_events_already_processed_are_met_at_once()
    {
        var sim = new Simulation();
        var done = sim.Timeout(1, "x");
        sim.Run();

        var any = sim.AnyOf(done, sim.Event());
        sim.Run();

        Assert.True(any.IsProcessed);
        Assert.Equal("x", ((ConditionValue)any.Value!)[done]);
    }

    [Fact]
    public void Empty_conditions_are_met_at_once()
    {
        var sim = new Simulation();

        var all = sim.AllOf();
        var any = sim.AnyOf();
        sim.Run();

        Assert.True(all.IsOk);
        Assert.True(any.IsOk);
    }

    [Fact]
    public void A_condition_fails_with_the_first_failure_of_its_events()
    {
        var sim = new Simulation();
        var failing = sim.Event();
        var all = sim.AllOf(sim.Timeout(5), failing);
        Exception? error = null;
        all.AddCallback(e => e.TryHandleFailure(out error));

        failing.Fail(new TimeoutException("sensor"));
        sim.Run();

        Assert.Equal("sensor", error?.Message);
        Assert.True(failing.IsHandled);
    }

    [Fact]
    public void A_met_condition_stops_listening_to_its_other_events()
    {
        var sim = new Simulation();
        var fast = sim.Timeout(1);
        var never = sim.Event();
        var any = sim.AnyOf(fast, never);
        sim.Run();

        never.Fail(new InvalidOperationException("late failure"));
        var error = Assert.Throws<SimulationException>(() => sim.Run());

        Assert.True(any.IsOk);
        Assert.EndsWith("nobody handled it: late failure", error.Message);
    }
}
