using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Random breakdowns of a mobile robot, and what becomes of the task it was on its way to.</summary>
public sealed record RobotFailureSpec : FailureSpec
{
    [Description("True: a task the robot has taken but not yet picked up goes back to the open tasks when it breaks down (away from the pickup place), for another robot to take. Default false: the task waits for the repair. A load on board always stays with the robot.")]
    public bool HandOver { get; init; }
}
