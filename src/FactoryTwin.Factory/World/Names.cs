using System.Text.Json;

namespace FactoryTwin.Factory.World;

/// <summary>The kebab-case names of states and kinds used in traces and metrics (<c>moving-loaded</c>).</summary>
public static class Names
{
    private static readonly string[] States = [.. Enum.GetNames<ElementState>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName)];
    private static readonly string[] Kinds = [.. Enum.GetNames<ElementKind>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName)];

    public static string Of(ElementState state) => States[(int)state];

    public static string Of(ElementKind kind) => Kinds[(int)kind];
}
