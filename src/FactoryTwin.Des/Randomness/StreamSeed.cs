using System.Text;

namespace FactoryTwin.Des.Randomness;

/// <summary>Derives the seed of a named random stream from (master seed, replication, name), the same on every platform.</summary>
/// <remarks>
/// The algorithm, fixed for good because results depend on it:
/// <code>
/// h   = FNV-1a 64-bit hash of the UTF-8 bytes of the name
///       (offset basis 0xcbf29ce484222325, prime 0x100000001b3)
/// key = mix(mix(mix(seed) ^ replication) ^ h)
/// </code>
/// where <c>mix</c> is the SplitMix64 step: add 0x9e3779b97f4a7c15, then the SplitMix64 finaliser
/// (xor-shift 30, multiply 0xbf58476d1ce4e5b9, xor-shift 27, multiply 0x94d049bb133111eb, xor-shift 31).
/// The key then seeds <see cref="RandomStream"/>. Only integer arithmetic is used, so every machine agrees.
/// </remarks>
public static class StreamSeed
{
    /// <summary>The 64-bit key of stream <paramref name="name"/> in replication <paramref name="replication"/> of <paramref name="seed"/>.</summary>
    public static ulong Derive(long seed, int replication, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Mix(Mix(Mix((ulong)seed) ^ (ulong)replication) ^ Fnv1a(name));
    }

    /// <summary>One SplitMix64 step: the golden-ratio increment followed by the finaliser.</summary>
    public static ulong Mix(ulong x)
    {
        unchecked
        {
            x += 0x9e3779b97f4a7c15UL;
            x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
            x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
            return x ^ (x >> 31);
        }
    }

    private static ulong Fnv1a(string name)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
            hash = unchecked((hash ^ b) * 0x100000001b3UL);
        return hash;
    }
}
