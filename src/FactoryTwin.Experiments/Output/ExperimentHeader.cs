using System.Text.Json;

namespace FactoryTwin.Experiments.Output;

/// <summary>What every result file says about its experiment: the kind, seed, replications, whether it is complete, and the confidence level.</summary>
public sealed record ExperimentHeader(string Kind, long Seed, int Replications, bool Complete, double ConfidenceLevel)
{
    internal void WriteTo(Utf8JsonWriter json)
    {
        json.WriteString("kind", Kind);
        json.WriteNumber("seed", Seed);
        json.WriteNumber("replications", Replications);
        json.WriteBoolean("complete", Complete);
        json.WriteNumber("confidenceLevel", ConfidenceLevel);
    }
}
