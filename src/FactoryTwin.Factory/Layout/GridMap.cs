namespace FactoryTwin.Factory.Layout;

/// <summary>A grid of free and blocked cells, as in the MovingAI benchmark maps: (0, 0) is the top-left cell, x the column, y the row.</summary>
public sealed class GridMap
{
    private readonly bool[] _blocked;

    public GridMap(int width, int height, bool[] blocked)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(blocked);
        if (blocked.Length != width * height)
            throw new ArgumentException($"Expected {width * height} cells, got {blocked.Length}.", nameof(blocked));
        Width = width;
        Height = height;
        _blocked = blocked;
        FreeCells = blocked.Count(b => !b);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>How many cells are free.</summary>
    public int FreeCells { get; }

    /// <summary>True if (x, y) lies on the grid.</summary>
    public bool Contains(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height;

    /// <summary>True if (x, y) is on the grid and blocked.</summary>
    public bool IsBlocked(int x, int y) => Contains(x, y) && _blocked[(y * Width) + x];

    /// <summary>True if (x, y) is on the grid and free.</summary>
    public bool IsFree(int x, int y) => Contains(x, y) && !_blocked[(y * Width) + x];
}
