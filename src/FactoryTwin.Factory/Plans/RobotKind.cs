namespace FactoryTwin.Factory.Plans;

/// <summary>What kind of robot a fleet has.</summary>
public enum RobotKind
{
    /// <summary>An autonomous mobile robot that carries jobs between stations.</summary>
    Amr,

    /// <summary>An arm fixed at a station that loads and unloads its machines.</summary>
    Arm,
}
