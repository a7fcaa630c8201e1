using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Des.Tests.Randomness;

public sealed class RandomStreamTests
{
    [Fact]
    public void The_generator_is_xoshiro256_starstar_as_published()
    {
        // First outputs of the reference implementation (Blackman and Vigna) from the state {1, 2, 3, 4}.
        var stream = new RandomStream(1, 2, 3, 4);

        ulong[] outputs = [stream.NextUInt64(), stream.NextUInt64(), stream.NextUInt64(), stream.NextUInt64()];

        Assert.Equal([11520UL, 0UL, 1509978240UL, 1215971899390074240UL], outputs);
    }

    [Fact]
    public void Seeding_uses_splitmix64_as_published()
    {
        // SplitMix64 from 0 yields 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f, 0xf88bb8a8724c81ec: the state words.
        var fromKey = new RandomStream(0);
        var fromState = new RandomStream(0xe220a8397b1dcdafUL, 0x6e789e6aa1b965f4UL, 0x06c45d188009454fUL, 0xf88bb8a8724c81ecUL);

        Assert.Equal(fromState.NextUInt64(), fromKey.NextUInt64());
        Assert.Equal(fromState.NextUInt64(), fromKey.NextUInt64());
    }

    [Fact]
    public void The_same_name_seed_and_replication_give_the_same_numbers()
    {
        var a = new Simulation(seed: 7).Stream("arrivals/productA");
        var b = new Simulation(seed: 7).Stream("arrivals/productA");

        var first = Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ToArray();
        var second = Enumerable.Range(0, 100).Select(_ => b.NextUInt64()).ToArray();

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_stream_does_not_depend_on_which_other_streams_exist()
    {
        var alone = new Simulation(seed: 7);
        var crowded = new Simulation(seed: 7);
        crowded.Stream("process/drill").NextDouble();
        crowded.Stream("failures/drill").NextDouble();

        var x = alone.Stream("arrivals").NextUInt64();
        var y = crowded.Stream("arrivals").NextUInt64();

        Assert.Equal(x, y);
    }

    [Theory]
    [InlineData(7, 0, "arrivals", 8, 0, "arrivals")]
    [InlineData(7, 0, "arrivals", 7, 1, "arrivals")]
    [InlineData(7, 0, "arrivals", 7, 0, "service")]
    public void Different_seeds_replications_or_names_give_uncorrelated_streams(long seedA, int repA, string nameA, long seedB, int repB, string nameB)
    {
        // For independent uniforms the sample correlation of n pairs has standard deviation 1/√n; 4.5/√n is a safe bound.
        const int n = 100_000;
        var a = new Simulation(seedA, repA).Stream(nameA);
        var b = new Simulation(seedB, repB).Stream(nameB);

        var xs = Enumerable.Range(0, n).Select(_ => a.NextDouble()).ToArray();
        var ys = Enumerable.Range(0, n).Select(_ => b.NextDouble()).ToArray();
        var correlation = MathNet.Numerics.Statistics.Correlation.Pearson(xs, ys);

        Assert.InRange(Math.Abs(correlation), 0, 4.5 / Math.Sqrt(n));
    }

    [Fact]
    public void Doubles_are_uniform_on_the_unit_interval()
    {
        // Chi-square over 100 equal bins with 99 degrees of freedom: the 99.9% quantile is 148.2.
        const int n = 1_000_000;
        var stream = new Simulation(seed: 3).Stream("uniform");
        var bins = new int[100];

        for (var i = 0; i < n; i++)
        {
            var x = stream.NextDouble();
            Assert.InRange(x, 0, 0.9999999999999999);
            bins[(int)(x * 100)]++;
        }

        var chiSquare = bins.Sum(count => Math.Pow(count - (n / 100.0), 2) / (n / 100.0));
        Assert.InRange(chiSquare, 0, 148.2);
    }

    [Fact]
    public void Bounded_integers_are_unbiased()
    {
        // Six faces, 600 000 throws: chi-square with 5 degrees of freedom below its 99.9% quantile 20.5.
        var stream = new Simulation(seed: 5).Stream("dice");
        var faces = new int[6];

        for (var i = 0; i < 600_000; i++)
            faces[stream.Next(6)]++;

        var chiSquare = faces.Sum(count => Math.Pow(count - 100_000, 2) / 100_000);
        Assert.InRange(chiSquare, 0, 20.5);
    }

    [Fact]
    public void Open_doubles_are_never_zero_or_one()
    {
        var stream = new RandomStream(0, 0, 0, 1);

        var values = Enumerable.Range(0, 1000).Select(_ => stream.NextOpenDouble()).ToArray();

        Assert.All(values, x => Assert.InRange(x, double.Epsilon, 1 - 1e-17));
    }
}
