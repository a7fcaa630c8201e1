using System.Reflection;
using System.Xml.Linq;

namespace FactoryTwin.Cli.Tests.Architecture;

/// <summary>
/// Dependencies point one way: Cli → Reports → Experiments → Scenarios → Factory → Des, each project on the one below
/// it only, and the kernel on none of ours (it knows nothing of factories). Checked on the project files and on the
/// built assemblies, so neither a new reference nor a stray one slips in.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] Layers = ["Cli", "Reports", "Experiments", "Scenarios", "Factory", "Des"];

    [Fact]
    public void Each_project_references_only_the_one_below_it()
    {
        for (var i = 0; i < Layers.Length; i++)
        {
            var project = Path.Combine(RepositoryPaths.Root, "src", $"FactoryTwin.{Layers[i]}", $"FactoryTwin.{Layers[i]}.csproj");
            var references = XDocument.Load(project).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)).ToList();
            string[] expected = i + 1 < Layers.Length ? [$"FactoryTwin.{Layers[i + 1]}"] : [];
            Assert.True(expected.SequenceEqual(references), $"FactoryTwin.{Layers[i]} references {string.Join(", ", references)}; it may reference only {string.Join(", ", expected.DefaultIfEmpty("none of ours"))}");
        }
    }

    [Fact]
    public void No_assembly_uses_one_above_it()
    {
        for (var i = 0; i < Layers.Length; i++)
        {
            var name = i == 0 ? "factorytwin" : $"FactoryTwin.{Layers[i]}";
            var assembly = Assembly.Load(name);
            var above = Layers.Take(i).Select(l => l == "Cli" ? "factorytwin" : $"FactoryTwin.{l}").ToHashSet(StringComparer.Ordinal);
            var wrong = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(above.Contains).ToList();
            Assert.True(wrong.Count == 0, $"{name} uses {string.Join(", ", wrong)}, which is above it");
        }
        Assert.DoesNotContain(Assembly.Load("FactoryTwin.Des").GetReferencedAssemblies(), a => a.Name!.StartsWith("FactoryTwin", StringComparison.Ordinal));
    }
}
