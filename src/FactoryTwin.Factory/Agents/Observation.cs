using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Agents;

/// <summary>What a robot knows at a decision point: itself, the open tasks, the robots it sees, the chargers, and its fleet's idle robots.</summary>
/// <remarks>A plain record of ids and numbers, so that a brain outside the process (another language, a learned policy) can read it.</remarks>
/// <param name="HeldNearby">The nodes within sensor range that other robots hold now: where they stand or are driving to.</param>
public sealed record Observation(
    double Time,
    RobotView Self,
    IReadOnlyList<TaskView> OpenTasks,
    IReadOnlyList<SeenRobot> Nearby,
    IReadOnlyList<string> HeldNearby,
    IReadOnlyList<ChargerView> Chargers,
    IReadOnlyList<IdleRobotView> IdleFleet);

/// <summary>The deciding robot: where it is, its charge (as its sensor reads it), what it carries, and where home is.</summary>
/// <param name="OnStation">True if it stands on a station's place, where it is in the way of deliveries.</param>
/// <param name="ParkingSpot">The nearest place off the stations that nobody holds: where to wait out of the way.</param>
public sealed record RobotView(string Id, string Node, Point Position, double HeadingDegrees, double BatteryPercent,
    double ChargeThresholdPercent, IReadOnlyList<string> Load, string State, string Home, bool OnStation, string ParkingSpot);

/// <summary>An open task: the job, where to pick it up and put it down, how long it has waited, how far its pickup is.</summary>
/// <param name="Pickup">Where the pickup station stands.</param>
public sealed record TaskView(int Id, string Job, string From, string To, double WaitingSeconds, double DistanceToPickupMeters, Point Pickup);

/// <summary>Another robot within sensor range, as the sensor saw it a latency ago: where (with noise), and whether it was waiting for work.</summary>
public sealed record SeenRobot(string Id, Point Position, bool Idle);

/// <summary>A charger: its free points, the robots waiting for one, and how far it is.</summary>
public sealed record ChargerView(string Id, int FreePoints, int Waiting, double DistanceMeters);

/// <summary>An idle robot of the same fleet and its distance to each open task's pickup, in the order of <see cref="Observation.OpenTasks"/>.</summary>
public sealed record IdleRobotView(string Id, IReadOnlyList<double> DistanceToTaskMeters);
