using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Tests.Support;

namespace FactoryTwin.Factory.Tests.Layout;

/// <summary>The reusable walker visits exactly what the plain breadth-first search visits, in the same order, walk after walk.</summary>
public sealed class BreadthFirstWalkerTests
{
    [Theory]
    [InlineData("warehouse-10-20-10-2-1.map")]
    [InlineData("maze-32-32-2.map")]
    public void Walks_match_the_plain_breadth_first_search_from_every_tenth_node(string map)
    {
        var (_, graph) = GridScenarios.Load(map);
        var walker = new BreadthFirstWalker(graph);

        for (var start = 0; start < graph.Nodes.Count; start += 10)
            Assert.Equal(graph.BreadthFirst(start), walker.From(start));
    }

    [Fact]
    public void A_walk_left_half_way_leaves_nothing_behind_for_the_next()
    {
        var (_, graph) = GridScenarios.Load("random-32-32-20.map");
        var walker = new BreadthFirstWalker(graph);

        Assert.Equal(5, walker.From(0).Take(5).Count());

        Assert.Equal(graph.BreadthFirst(7), walker.From(7));
    }

    [Fact]
    public void Two_walks_at_once_are_refused()
    {
        var (_, graph) = GridScenarios.Load("random-32-32-20.map");
        var walker = new BreadthFirstWalker(graph);
        using var first = walker.From(0).GetEnumerator();
        first.MoveNext();

        Assert.Throws<InvalidOperationException>(() => walker.From(1).First());
    }
}
