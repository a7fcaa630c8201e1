using FactoryTwin.Des;

namespace FactoryTwin.Des.Tests;

public sealed class EventTests
{
    [Fact]
    public void An_event_succeeds_with_a_value_that_is_processed_at_the_current_time()
    {
        var sim = new Simulation();
        var signal = sim.Event();
        object? seen = null;
        signal.AddCallback(e => seen = e.Value);

        sim.Timeout(3).AddCallback(_ => signal.Succeed(42));
        sim.Run();

        Assert.Equal(42, seen);
        Assert.True(signal.IsProcessed);
        Assert.True(signal.IsOk);
        Assert.Equal(3, sim.Now);
    }

    [Fact]
    public void An_event_is_triggered_once_only()
    {
        var sim = new Simulation();
        var signal = sim.Event().Succeed();

        var error = Assert.Throws<InvalidOperationException>(() => signal.Succeed());

        Assert.StartsWith("Event has already been triggered; an event succeeds or fails once.", error.Message);
    }

    [Fact]
    public void A_pending_event_has_no_value_yet()
    {
        var sim = new Simulation();
        var signal = sim.Event();

        var error = Assert.Throws<InvalidOperationException>(() => signal.Value);

        Assert.StartsWith("Event has no value yet", error.Message);
        Assert.False(signal.IsTriggered);
    }

    [Fact]
    public void Callbacks_run_in_the_order_they_were_added()
    {
        var sim = new Simulation();
        var signal = sim.Event();
        List<int> order = [];
        for (var i = 0; i < 5; i++)
        {
            var n = i;
            signal.AddCallback(_ => order.Add(n));
        }

        signal.Succeed();
        sim.Run();

        Assert.Equal([0, 1, 2, 3, 4], order);
    }

    [Fact]
    public void Nothing_can_wait_for_an_event_after_it_was_processed()
    {
        var sim = new Simulation();
        var signal = sim.Event().Succeed();
        sim.Run();

        var error = Assert.Throws<InvalidOperationException>(() => signal.AddCallback(_ => { }));

        Assert.StartsWith("Event has already been processed", error.Message);
    }

    [Fact]
    public void A_failed_event_nobody_handles_stops_the_run_with_its_time_and_error()
    {
        var sim = new Simulation();
        sim.Timeout(4).AddCallback(_ => sim.Event().Fail(new InvalidOperationException("conveyor jammed")));

        var error = Assert.Throws<SimulationException>(() => sim.Run());

        Assert.Equal("Event failed at t=4 s and nobody handled it: conveyor jammed", error.Message);
        Assert.Equal(4, error.Time);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void A_failed_event_handled_by_a_callback_does_not_stop_the_run()
    {
        var sim = new Simulation();
        var failing = sim.Event();
        Exception? handled = null;
        failing.AddCallback(e => e.TryHandleFailure(out handled));

        failing.Fail(new InvalidOperationException("jam"));
        sim.Run();

        Assert.Equal("jam", handled?.Message);
        Assert.False(failing.IsOk);
        Assert.Throws<InvalidOperationException>(() => failing.Value);
    }

    [Fact]
    public void A_callback_that_throws_stops_the_run_naming_the_event_and_time()
    {
        var sim = new Simulation();
        sim.Timeout(2).AddCallback(_ => throw new FormatException("bad data"));

        var error = Assert.Throws<SimulationException>(() => sim.Run());

        Assert.Equal("A callback of Timeout threw at t=2 s: bad data", error.Message);
    }
}
