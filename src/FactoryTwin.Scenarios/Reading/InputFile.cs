namespace FactoryTwin.Scenarios.Reading;

/// <summary>Reads a file that a user or a scenario names: only a regular file, and only up to a size limit.</summary>
/// <remarks>
/// A path may point anywhere. A pipe would block the read for ever, a device such as /dev/zero never ends, and a huge
/// file exhausts memory: all of them are refused before a byte is read. Devices, pipes and files of the kernel report a
/// length of 0, so an empty file is refused with them (no input file of ours is empty).
/// </remarks>
public static class InputFile
{
    /// <summary>The bytes of <paramref name="path"/>, or what is wrong with it (a phrase that follows the file's name).</summary>
    public static (byte[]? Bytes, string? Problem) Read(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return (null, Directory.Exists(path) ? "is a folder, not a file" : $"does not exist (looked for {info.FullName})");
            if (info.Length == 0)
                return (null, "is empty, or is not a regular file (a device, a pipe or a file of the system)");
            if (info.Length > maxBytes)
                return (null, $"is {Size(info.Length)}; it may be at most {Size(maxBytes)}");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var bytes = new byte[info.Length];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length || stream.ReadByte() >= 0)
                return (null, "changed while it was read; read it again when it is written");
            return (bytes, null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {error.Message}");
        }
    }

    private static string Size(long bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MB" : $"{bytes} bytes";
}
