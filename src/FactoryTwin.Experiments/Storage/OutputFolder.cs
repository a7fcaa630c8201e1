using System.Text;

namespace FactoryTwin.Experiments.Storage;

/// <summary>A results folder held for writing: new, empty or already FactoryTwin's, and locked against a second writer until disposed.</summary>
/// <remarks>
/// The marker file <see cref="MarkerName"/> says the folder is ours and is also the lock: it is held open exclusively
/// while a command writes (an operating-system lock, so a killed process leaves no stale lock behind, only the marker).
/// A folder with other files and no marker is someone else's: refused unless the user insists.
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    public const string MarkerName = ".factorytwin";
    private const string MarkerText = "This folder holds FactoryTwin results; factorytwin holds this file open while it writes here.\n";
    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream lockStream)
    {
        Path = path;
        _lock = lockStream;
    }

    /// <summary>The folder, as given.</summary>
    public string Path { get; }

    /// <summary>Takes <paramref name="path"/> for writing, creating it if needed; or says, in one line, why it cannot be.</summary>
    /// <param name="force">Write into a non-empty folder even if FactoryTwin did not make it.</param>
    public static (OutputFolder? Folder, string? Problem) Claim(string path, bool force)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
            return (null, "the output folder's name is empty; give a folder");
        if (File.Exists(path))
            return (null, $"{path}: is a file, not a folder; choose another output folder");
        var marker = System.IO.Path.Combine(path, MarkerName);
        try
        {
            if (Directory.Exists(path) && !File.Exists(marker) && Directory.EnumerateFileSystemEntries(path).Any() && !force)
                return (null, $"{path}: is not empty and FactoryTwin did not write it (no {MarkerName} file); choose another output folder, or add --force to write into it");
            Directory.CreateDirectory(path);
            var stream = new FileStream(marker, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            stream.Write(Encoding.UTF8.GetBytes(MarkerText));
            stream.Flush();
            return (new OutputFolder(path, stream), null);
        }
        catch (IOException) when (File.Exists(marker) && IsHeld(marker))
        {
            return (null, $"{path}: another factorytwin is writing here now; wait for it to end, or choose another output folder");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"{path}: cannot write here ({error.Message})");
        }
    }

    /// <summary>A name from a scenario made safe as one folder name: letters, digits, '.', '-' and '_' only, never a path, never hidden.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var safe = char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
            if (safe)
                text.Append(c);
            else if (text.Length > 0 && text[^1] != '-')
                text.Append('-');
        }
        var slug = text.ToString().Trim('.', '-');
        if (slug.Length > 80)
            slug = slug[..80].TrimEnd('.', '-');
        return slug.Length == 0 ? "scenario" : slug;
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>Whether another process holds the marker now (it cannot be opened even for reading).</summary>
    private static bool IsHeld(string marker)
    {
        try
        {
            using var probe = new FileStream(marker, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
