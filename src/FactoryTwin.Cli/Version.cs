using System.Reflection;

namespace FactoryTwin.Cli;

/// <summary>The version of FactoryTwin, as recorded in run records.</summary>
internal static class Version
{
    public static string Text { get; } =
        typeof(Version).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
