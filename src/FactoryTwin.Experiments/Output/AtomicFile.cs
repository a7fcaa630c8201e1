using System.Text;
using System.Text.Json;

namespace FactoryTwin.Experiments.Output;

/// <summary>Writes files so that a reader sees the old file or the whole new one, never half of it.</summary>
/// <remarks>The text goes to a temporary file beside the target, is flushed to disk, then renamed over the target.</remarks>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Replaces <paramref name="path"/> with <paramref name="text"/> (UTF-8, no byte order mark), creating its folder if needed.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream =>
        {
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes);
        });
    }

    /// <summary>Replaces <paramref name="path"/> with one JSON object and a newline: its <c>formatVersion</c>, then what <paramref name="writeBody"/> writes.</summary>
    public static void WriteJsonObject(string path, int formatVersion, Action<Utf8JsonWriter> writeBody, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(writeBody);
        Write(path, stream =>
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
            {
                json.WriteStartObject();
                json.WriteNumber("formatVersion", formatVersion);
                writeBody(json);
                json.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        });
    }

    /// <summary>Replaces <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is given.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
