using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.World;

/// <summary>The whole factory at one moment: every robot, machine, buffer and job in it (the document of <c>factorytwin state</c>).</summary>
public sealed record WorldState(double Time, IReadOnlyList<RobotState> Robots, IReadOnlyList<MachineState> Machines,
    IReadOnlyList<BufferState> Buffers, IReadOnlyList<JobState> Jobs);

/// <summary>A robot: its state, where it is (its node, or the node it left while on a lane), its heading, battery and load.</summary>
/// <param name="Node">The node's id, or null for an arm.</param>
/// <param name="BatteryPercent">Null for a robot without a battery.</param>
public sealed record RobotState(string Id, string Fleet, string State, string? Node, Point Position, double HeadingDegrees, double? BatteryPercent, IReadOnlyList<string> Load);

/// <summary>A machine of a station: its state and the job on it, if any.</summary>
public sealed record MachineState(string Id, string Station, string State, string? Job);

/// <summary>A station's input or output buffer: the jobs in it, oldest first, and the places promised to jobs on their way.</summary>
/// <param name="Capacity">Null for a buffer without a limit.</param>
public sealed record BufferState(string Id, string Station, int? Capacity, IReadOnlyList<string> Jobs, int Reserved);

/// <summary>A job in the factory (released, not yet finished): its product, routing step, state, and who holds it.</summary>
/// <param name="Step">The routing step it is at or moving to, from 0.</param>
/// <param name="Node">The node it is at, or null while it is carried between nodes or without a layout.</param>
/// <param name="HeldBy">The robot carrying it or the machine working on it, or null.</param>
public sealed record JobState(string Id, string Product, int Step, string State, string? Node, string? HeldBy);
