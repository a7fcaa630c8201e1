using FactoryTwin.Experiments.Storage;

namespace FactoryTwin.Cli;

/// <summary>Takes a command's output folder (see <see cref="OutputFolder"/>), or says on standard error why it cannot.</summary>
internal static class OutputFolders
{
    /// <summary>The folder, held until disposed; null (and the problem printed) if it is refused.</summary>
    public static OutputFolder? Claim(Terminal terminal, string path, bool force)
    {
        var (folder, problem) = OutputFolder.Claim(path, force);
        if (problem is not null)
            terminal.Errors.WriteLine($"factorytwin: {problem}");
        return folder;
    }

    /// <summary>The default folder for results named after a scenario: <c>runs/PREFIX+SLUG</c>, never outside <c>runs/</c>.</summary>
    public static string Default(string name, string prefix = "") => Path.Combine("runs", prefix + OutputFolder.Slug(name));
}
