using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.World;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Experiments.Tests.Running;

/// <summary>The state recomputed at a time agrees with the full history of the same replication at that time, element by element.</summary>
public sealed class StateAtTests
{
    [Theory]
    [InlineData("job-shop.json", 0, 7200.5)]
    [InlineData("job-shop.json", 2, 20_000.25)]
    [InlineData("warehouse.json", 1, 3601.125)]
    public void The_state_at_a_time_is_what_the_history_of_that_replication_says_then(string example, int replication, double time)
    {
        var plan = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, example)).Plan!;
        plan = plan with { Run = plan.Run with { DurationSeconds = time + 600 } };
        var history = new StateHistory();
        ReplicationRunner.Run(plan, replication, [history]);

        var state = ReplicationRunner.StateAt(plan, replication, time);

        Assert.Equal(time, state.Time);
        Assert.Equal(history.Elements.Count(e => e.Kind == ElementKind.Robot), state.Robots.Count);
        foreach (var robot in state.Robots)
        {
            var then = history.At(history.Find(robot.Id).Index, time);
            Assert.Equal(Names.Of(then.State), robot.State);
            Assert.Equal(then.Node >= 0 ? plan.Layout!.Nodes[then.Node].Id : null, robot.Node);
            Assert.Equal(then.Heading, robot.HeadingDegrees);
            if (robot.BatteryPercent is { } battery)
                Assert.InRange(battery, Math.Max(0, then.Value - 5), then.Value + 1e-6); // the idle drain since its last change, at most a few percent
            Assert.Equal(then.Link >= 0 ? [history.Elements[then.Link].Id] : [], robot.Load.Take(1));
        }
        foreach (var machine in state.Machines)
            Assert.Equal(Names.Of(history.At(history.Find(machine.Id).Index, time).State), machine.State);
        foreach (var buffer in state.Buffers)
            Assert.Equal(history.At(history.Find(buffer.Id).Index, time).Value, buffer.Jobs.Count);
        var inside = history.Elements.Where(e => e.Kind == ElementKind.Job && history.Of(e.Index)[0].Time < time && history.At(e.Index, time).State != ElementState.Done)
            .Select(e => e.Id).ToList();
        Assert.Equal(inside, state.Jobs.Select(j => j.Id));
        Assert.All(state.Jobs, j => Assert.Equal(Names.Of(history.At(history.Find(j.Id).Index, time).State), j.State));
        Assert.Contains(state.Jobs, j => j.HeldBy is not null);
    }
}
