using FactoryTwin.Factory.Agents;

namespace FactoryTwin.Experiments.Brains;

/// <summary>Passes each decision through from another brain and writes it down with what the robot saw, for <c>decisions.jsonl</c>.</summary>
internal sealed class RecordingBrain(IBrain inner, List<string> lines, int replication) : IBrain
{
    public bool NeedsFleetView => inner.NeedsFleetView;

    public Decision Decide(Observation observation)
    {
        var decision = inner.Decide(observation);
        lines.Add(BrainMessages.Line(w =>
        {
            w.WriteNumber("replication", replication + 1);
            w.WriteNumber("time", observation.Time);
            w.WriteString("robot", observation.Self.Id);
            w.WritePropertyName("observation");
            BrainMessages.WriteObservation(w, observation);
            w.WritePropertyName("decision");
            BrainMessages.WriteDecision(w, decision);
        }));
        return decision;
    }
}
