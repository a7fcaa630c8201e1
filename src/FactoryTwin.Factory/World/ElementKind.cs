namespace FactoryTwin.Factory.World;

/// <summary>The kinds of things whose state the world records.</summary>
public enum ElementKind : byte
{
    /// <summary>One machine of a station (a station with three machines has three).</summary>
    Machine,

    /// <summary>The input or output buffer of a station.</summary>
    Buffer,

    /// <summary>A job: one unit of a product on its way through its routing.</summary>
    Job,

    /// <summary>A mobile robot or an arm.</summary>
    Robot,

    /// <summary>A human operator of a crew, busy at a machine or idle.</summary>
    Operator,
}
