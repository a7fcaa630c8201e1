namespace FactoryTwin.Factory.World;

/// <summary>Something that follows the state log as it is written: metrics, the trace file, the history for queries.</summary>
public interface IStateObserver
{
    /// <summary>Called once per element as it is registered, before any of its changes.</summary>
    void OnElement(Element element);

    /// <summary>Called for every change, in order of time.</summary>
    void OnChange(in StateChange change);
}
