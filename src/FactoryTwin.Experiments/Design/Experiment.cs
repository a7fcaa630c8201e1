namespace FactoryTwin.Experiments.Design;

/// <summary>What an experiment runs: alternatives, each for the same replications of the same seed (common random numbers).</summary>
/// <param name="Kind">run, compare or sweep: decides which result files are written.</param>
/// <param name="Seed">The seed every alternative runs with, so that replication r of each draws the same numbers by stream name.</param>
/// <param name="By">The metric that names the best alternative.</param>
/// <param name="Maximize">Whether more of <paramref name="By"/> is better.</param>
public sealed record Experiment(string Kind, IReadOnlyList<Alternative> Alternatives, long Seed, int Replications, string By = "throughput.jobsPerHour", bool Maximize = true)
{
    /// <summary>The plan of an alternative with the experiment's seed.</summary>
    public FactoryPlan PlanOf(int alternative) => Alternatives[alternative].Plan with { Seed = Seed };

    /// <summary>The same experiment with more replications (for a sequential procedure).</summary>
    public Experiment WithReplications(int replications) => this with { Replications = replications };
}

/// <summary>One run of an experiment: an alternative and a replication.</summary>
public readonly record struct RunKey(int Alternative, int Replication)
{
    /// <summary>The run's place in the experiment's fixed order; shard i of n runs those with index mod n = i − 1.</summary>
    public int Index(int replications) => (Alternative * replications) + Replication;
}
