namespace FactoryTwin.Factory.Plans;

/// <summary>A fleet of identical robots with their ids and start nodes (mobile) or their station (arms).</summary>
/// <param name="StartNodes">Mobile robots: one start node per robot; empty for arms.</param>
/// <param name="Station">Arms: the station they serve; -1 for mobile robots.</param>
/// <param name="TurnSecondsPer90Degrees">Mobile robots: the time a quarter turn on the spot takes; 0 turns at once.</param>
/// <param name="Shifts">Mobile robots: the daily shifts with fewer robots at work, or null for all at work all the time.</param>
/// <param name="Failures">Mobile robots: each robot's breakdowns (time between them, repair time), or null if they never break down.</param>
public sealed record FleetPlan(
    string Id,
    RobotKind Kind,
    IReadOnlyList<string> RobotIds,
    IReadOnlyList<int> StartNodes,
    int Station,
    double SpeedMetersPerSecond,
    double TurnSecondsPer90Degrees,
    int Payload,
    double LoadSeconds,
    double UnloadSeconds,
    BatteryPlan? Battery,
    BrainPlan Brain,
    double DecisionLatencySeconds,
    SensorPlan Sensors,
    FailurePlan? Failures = null,
    IReadOnlyList<ShiftPlan>? Shifts = null);
