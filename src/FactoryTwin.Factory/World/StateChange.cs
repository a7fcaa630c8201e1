using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.World;

/// <summary>One recorded change: at <see cref="Time"/>, element <see cref="Element"/> entered <see cref="State"/> at a place.</summary>
/// <param name="Time">Simulated seconds.</param>
/// <param name="Element">The element's index in the <see cref="StateLog"/>.</param>
/// <param name="Node">The layout node it is on, or -1 (between nodes, or no layout).</param>
/// <param name="Position">Where it is, in metres (for a robot on the move: where it starts this leg).</param>
/// <param name="Heading">A robot's heading in degrees, counter-clockwise from the +x axis; 0 otherwise.</param>
/// <param name="Value">A robot's battery in percent, a buffer's level, or NaN.</param>
/// <param name="Link">The element it is tied to: a job's holder (robot or station machine), a robot's first load; -1 if none.</param>
public readonly record struct StateChange(
    double Time,
    int Element,
    ElementState State,
    int Node,
    Point Position,
    double Heading,
    double Value,
    int Link);
