using FactoryTwin.Des.Resources;

namespace FactoryTwin.Des.Tests.Resources;

public sealed class StoreTests
{
    [Fact]
    public void Items_come_out_first_in_first_out()
    {
        var sim = new Simulation();
        var buffer = new Store<string>(sim);
        List<string> taken = [];

        foreach (var item in new[] { "a", "b", "c" })
            buffer.Put(item);
        sim.Process(TakeAll(sim, buffer, 3, taken));
        sim.Run();

        Assert.Equal(["a@0", "b@0", "c@0"], taken);
    }

    [Fact]
    public void A_get_waits_until_an_item_is_put()
    {
        var sim = new Simulation();
        var buffer = new Store<string>(sim);
        List<string> taken = [];

        sim.Process(TakeAll(sim, buffer, 1, taken));
        sim.Timeout(6).AddCallback(_ => buffer.Put("part"));
        sim.Run();

        Assert.Equal(["part@6"], taken);
    }

    [Fact]
    public void A_put_waits_while_the_store_is_full()
    {
        var sim = new Simulation();
        var buffer = new Store<int>(sim, capacity: 2);
        double putDoneAt = -1;

        buffer.Put(1);
        buffer.Put(2);
        var third = buffer.Put(3);
        third.AddCallback(_ => putDoneAt = sim.Now);
        sim.Timeout(5).AddCallback(_ => buffer.Get());
        sim.Run();

        Assert.Equal(5, putDoneAt);
        Assert.Equal(2, buffer.Count);
        Assert.Equal(2, buffer.Level.Max);
    }

    [Fact]
    public void A_cancelled_get_receives_nothing_and_loses_nothing()
    {
        var sim = new Simulation();
        var buffer = new Store<string>(sim);
        var cancelled = buffer.Get();
        var waiting = buffer.Get();

        cancelled.Cancel();
        buffer.Put("only");
        sim.Run();

        Assert.False(cancelled.IsTriggered);
        Assert.Equal("only", waiting.Item);
        Assert.Equal(0, buffer.Count);
    }

    [Fact]
    public void The_level_is_time_weighted()
    {
        // Two items for 4 s, then one for 6 s: (2×4 + 1×6) / 10 = 1.4.
        var sim = new Simulation();
        var buffer = new Store<int>(sim);
        buffer.Put(1);
        buffer.Put(2);

        sim.Timeout(4).AddCallback(_ => buffer.Get());
        sim.Run(until: 10);

        Assert.Equal(1.4, buffer.Level.Mean, precision: 12);
    }

    [Fact]
    public void A_filter_store_hands_each_get_the_first_item_it_accepts()
    {
        var sim = new Simulation();
        var shelf = new FilterStore<string>(sim);
        shelf.Put("bolt");
        shelf.Put("nut");
        shelf.Put("washer");

        var nut = shelf.Get(x => x == "nut");
        var any = shelf.Get();
        sim.Run();

        Assert.Equal("nut", nut.Item);
        Assert.Equal("bolt", any.Item);
        Assert.Equal(1, shelf.Count);
    }

    [Fact]
    public void A_get_waiting_for_a_particular_item_does_not_block_later_gets()
    {
        var sim = new Simulation();
        var shelf = new FilterStore<string>(sim);
        var picky = shelf.Get(x => x == "gear");
        var easy = shelf.Get();

        shelf.Put("bolt");
        sim.Run();
        shelf.Put("gear");
        sim.Run();

        Assert.Equal("bolt", easy.Item);
        Assert.Equal("gear", picky.Item);
    }

    [Fact]
    public void A_priority_store_hands_out_the_smallest_item_first_and_equals_in_arrival_order()
    {
        var sim = new Simulation();
        var orders = new PriorityStore<(int Due, string Id)>(sim, Comparer<(int Due, string Id)>.Create((a, b) => a.Due.CompareTo(b.Due)));
        orders.Put((5, "late"));
        orders.Put((1, "urgent-a"));
        orders.Put((3, "normal"));
        orders.Put((1, "urgent-b"));
        List<string> taken = [];

        for (var i = 0; i < 4; i++)
            orders.Get().AddCallback(e => taken.Add(((StoreGet<(int Due, string Id)>)e).Item.Id));
        sim.Run();

        Assert.Equal(["urgent-a", "urgent-b", "normal", "late"], taken);
    }

    private static IEnumerable<Event> TakeAll(Simulation sim, Store<string> store, int count, List<string> taken)
    {
        for (var i = 0; i < count; i++)
        {
            var get = store.Get();
            yield return get;
            taken.Add($"{get.Item}@{sim.Now}");
        }
    }
}
