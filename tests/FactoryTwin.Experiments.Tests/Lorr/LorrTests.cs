using System.Text.Json;
using FactoryTwin.Experiments.Lorr;
using FactoryTwin.Experiments.Tests.Support;
using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Experiments.Tests.Lorr;

/// <summary>The League of Robot Runners problems: read by their format, checked by their rules, run by the factory's traffic layer without a conflict.</summary>
public sealed class LorrTests
{
    private static string Problem(string name) => Path.Combine(RepositoryPaths.Scenarios, "lorr", "random.domain", name);

    [Fact]
    public void A_hundred_agents_on_random_32_32_20_finish_tasks_without_a_conflict_and_the_rules_agree_with_the_brain()
    {
        var problems = new List<string>();
        var problem = LorrProblem.Read(Problem("MR23-I-04.json"), steps: 200, problems)!;

        var run = LorrRunner.Run(problem);

        Assert.Empty(problems);
        Assert.Equal(0, run.Verdict.VertexConflicts);
        Assert.Equal(0, run.Verdict.EdgeConflicts);
        Assert.Equal(0, run.Verdict.InvalidMoves);
        Assert.Empty(run.Errors); // includes the brain's count of finished tasks against the rules' count on the paths
        Assert.True(run.TasksFinished > 200, $"only {run.TasksFinished} tasks in 200 steps");
        Assert.All(run.Actions, path => Assert.Equal(200, path.Length));
    }

    [Fact]
    public void The_problem_gives_its_steps_from_the_simulation_time_table_and_the_files_their_cells()
    {
        var problems = new List<string>();

        var problem = LorrProblem.Read(Problem("MR23-I-05.json"), steps: null, problems)!;

        Assert.Empty(problems);
        Assert.Equal(1000, problem.Steps); // "I-05": 1000 in MR23_simulation_time.json
        Assert.Equal(400, problem.TeamSize);
        Assert.Equal(LorrAssignment.RoundRobin, problem.Assignment);
        var agents = File.ReadAllLines(Path.Combine(RepositoryPaths.Scenarios, "lorr", "random.domain", "agents", "random-32-32-20_400.agents"));
        Assert.Equal(int.Parse(agents[1], System.Globalization.CultureInfo.InvariantCulture), problem.Starts[0]);
        Assert.Equal((32, 32), (problem.Map.Width, problem.Map.Height));
    }

    [Fact]
    public void Warehouse_maps_read_emitters_and_service_points_as_free_cells()
    {
        var problems = new List<string>();

        var problem = LorrProblem.Read(Path.Combine(RepositoryPaths.Scenarios, "lorr", "warehouse.domain", "EI23-warehouse_small_10.json"), steps: 20, problems)!;

        Assert.Empty(problems);
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Scenarios, "lorr", "warehouse.domain", "maps", "warehouse_small.map")).Skip(4).ToList();
        var (x, y) = (rows[1].IndexOf('E', StringComparison.Ordinal), 1);
        Assert.True(problem.Map.IsFree(x, y));
        Assert.True(problem.Map.IsBlocked(0, 0)); // '@'
    }

    [Fact]
    public void A_broken_problem_gets_one_line_per_problem_naming_the_field()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "bad.json");
        File.WriteAllText(path, """{ "mapFile": "maps/none.map", "agentFile": 3, "taskFile": "t.tasks", "teamSize": 0, "taskAssignmentStrategy": "random" }""");
        var problems = new List<string>();

        var problem = LorrProblem.Read(path, steps: null, problems);

        Assert.Null(problem);
        Assert.Equal(
            [
                "bad.json: $.agentFile: must be a file name (got 3)",
                "bad.json: $.teamSize: must be a whole number from 1 to 100000 (got 0)",
                "bad.json: $.taskAssignmentStrategy: must be one of greedy, roundrobin, roundrobin_fixed (got \"random\")",
            ], problems);
    }

    [Fact]
    public void Round_robin_gives_agent_k_its_tasks_k_k_plus_n_and_on_and_finishes_none_in_the_step_it_was_given()
    {
        var problem = Tiny(["...."], starts: [0, 3], tasks: [1, 2, 3], LorrAssignment.RoundRobin);
        var book = new LorrTaskBook(problem);

        Assert.Equal(1, book.Target(0));
        Assert.Equal(2, book.Target(1));
        Assert.False(book.Check(0, 1, step: 0)); // given at step 0: finished at step 1 at the earliest
        Assert.True(book.Check(0, 1, step: 1));
        Assert.Equal(3, book.Target(0)); // its second task: line 0 + 1 × 2 of the three
        Assert.True(book.Check(0, 3, step: 2));
        Assert.Equal(2, book.Target(0)); // then line 0 + 2 × 2 = 4, round again: line 1
        Assert.Equal([new LorrEvent(0, 0, "assigned"), new LorrEvent(0, 1, "finished"), new LorrEvent(2, 1, "assigned"), new LorrEvent(2, 2, "finished"), new LorrEvent(3, 2, "assigned")], book.Events[0]);
    }

    [Fact]
    public void The_rules_count_a_swap_as_an_edge_conflict_two_on_a_cell_as_a_vertex_conflict_and_a_step_into_a_wall_as_invalid()
    {
        // Agents face east at the start. 0 at (0,0) and 1 at (1,0): 0 steps east while 1 turns round twice, then they swap.
        var swap = LorrCheck.Run(Tiny(["...."], starts: [0, 1], tasks: [3], LorrAssignment.RoundRobin), [['W', 'W', 'F'], ['R', 'R', 'F']]);
        Assert.Equal((0, 1, 0), (swap.VertexConflicts, swap.EdgeConflicts, swap.InvalidMoves));

        // 0 at (0,0) and 1 at (2,0), facing each other after 1 turns round: both step into (1,0).
        var meet = LorrCheck.Run(Tiny(["...."], starts: [0, 2], tasks: [3], LorrAssignment.RoundRobin), [['W', 'W', 'F'], ['R', 'R', 'F']]);
        Assert.Equal((1, 0, 0), (meet.VertexConflicts, meet.EdgeConflicts, meet.InvalidMoves));

        // An agent at (0,0) facing east with a wall at (1,0).
        var wall = LorrCheck.Run(Tiny([".@.."], starts: [0], tasks: [3], LorrAssignment.RoundRobin), [['F']]);
        Assert.Equal((0, 0, 1), (wall.VertexConflicts, wall.EdgeConflicts, wall.InvalidMoves));
        Assert.False(wall.AllValid);
    }

    [Fact]
    public void The_output_file_has_the_start_kit_fields_and_the_paths_as_action_strings()
    {
        using var folder = new TemporaryFolder();
        var problems = new List<string>();
        var problem = LorrProblem.Read(Problem("MR23-I-04.json"), steps: 30, problems)!;
        var run = LorrRunner.Run(problem);

        LorrFiles.Write(folder.Path, run, Problem("MR23-I-04.json"));

        using var output = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, LorrFiles.Output)));
        var root = output.RootElement;
        Assert.Equal(["actionModel", "AllValid", "teamSize", "start", "numTaskFinished", "sumOfCost", "makespan", "actualPaths", "plannerPaths", "plannerTimes", "errors", "events", "tasks"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Yes", root.GetProperty("AllValid").GetString());
        Assert.Equal(100, root.GetProperty("actualPaths").GetArrayLength());
        Assert.All(root.GetProperty("actualPaths").EnumerateArray(), p => Assert.Matches("^[FRCW](,[FRCW]){29}$", p.GetString()!));
        Assert.Equal(run.TasksFinished, root.GetProperty("numTaskFinished").GetInt32());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, LorrFiles.Summary)));
        Assert.Equal(run.TasksFinished, summary.RootElement.GetProperty("tasksFinished").GetInt32());
    }

    private static LorrProblem Tiny(string[] rows, int[] starts, int[] tasks, LorrAssignment assignment)
    {
        var width = rows[0].Length;
        var blocked = string.Concat(rows).Select(c => c == '@').ToArray();
        return new LorrProblem("tiny", new GridMap(width, rows.Length, blocked), starts, tasks, 1, assignment, 10);
    }
}
