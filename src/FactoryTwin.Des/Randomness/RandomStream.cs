using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace FactoryTwin.Des.Randomness;

/// <summary>A reproducible stream of random numbers: xoshiro256** seeded through SplitMix64.</summary>
/// <remarks>
/// <para>The four 64-bit state words are the next four outputs of SplitMix64 started at the stream's key
/// (state += 0x9e3779b97f4a7c15, then the SplitMix64 finaliser; see <see cref="StreamSeed.Mix"/>).
/// Each number is then xoshiro256** (Blackman and Vigna, 2018): <c>rotl(s1 * 5, 7) * 9</c>.
/// A double in [0, 1) is the top 53 bits times 2⁻⁵³.</para>
/// <para>It derives from <see cref="Random"/> so that libraries (MathNet.Numerics) can draw from it; every
/// <see cref="Random"/> method is overridden, so .NET's own generator is never used.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1711", Justification = "'Random stream' is the simulation term; this is not a System.IO.Stream.")]
public sealed class RandomStream : Random
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Creates the stream for a 64-bit key, usually from <see cref="StreamSeed.Derive"/>.</summary>
    public RandomStream(ulong key)
    {
        var x = key;
        _s0 = NextSplitMix(ref x);
        _s1 = NextSplitMix(ref x);
        _s2 = NextSplitMix(ref x);
        _s3 = NextSplitMix(ref x);
    }

    /// <summary>Creates a stream whose raw state is given; for checking against the reference generator.</summary>
    internal RandomStream(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    /// <summary>The next 64 uniformly random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = BitOperations.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in (0, 1), never 0: safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 12) + 0.5) * (1.0 / (1UL << 52));

    /// <inheritdoc />
    protected override double Sample() => NextDouble();

    /// <inheritdoc />
    public override int Next() => Next(int.MaxValue);

    /// <inheritdoc />
    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (int)NextBelow((ulong)maxValue);
    }

    /// <inheritdoc />
    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(minValue + (long)NextBelow((ulong)((long)maxValue - minValue)));
    }

    /// <inheritdoc />
    public override long NextInt64() => NextInt64(long.MaxValue);

    /// <inheritdoc />
    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)NextBelow((ulong)maxValue);
    }

    /// <inheritdoc />
    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return unchecked(minValue + (long)NextBelow((ulong)(maxValue - minValue)));
    }

    /// <inheritdoc />
    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    /// <inheritdoc />
    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    /// <inheritdoc />
    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i++)
            buffer[i] = (byte)(NextUInt64() >> 56);
    }

    /// <summary>A uniform integer in [0, bound), without modulo bias (Lemire's multiply-and-reject).</summary>
    private ulong NextBelow(ulong bound)
    {
        if (bound == 0)
            return 0;
        var product = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = unchecked(0 - bound) % bound;
            while (low < threshold)
                product = Math.BigMul(NextUInt64(), bound, out low);
        }
        return product;
    }

    private static ulong NextSplitMix(ref ulong x)
    {
        var result = StreamSeed.Mix(x);
        x = unchecked(x + 0x9e3779b97f4a7c15UL);
        return result;
    }
}
