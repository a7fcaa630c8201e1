using System.Text.Json;

namespace FactoryTwin.Reports.Reading;

/// <summary>Reads from a result file whose shape cannot be trusted (cut short, edited, not ours): any failure becomes one line naming the file.</summary>
internal static class ResultFile
{
    /// <exception cref="InvalidDataException">The file's content is not what FactoryTwin writes; the message names the file.</exception>
    public static T Read<T>(string path, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read();
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: is damaged or was not written by FactoryTwin ({error.Message})", error);
        }
    }

    /// <summary>The JSON document in <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">It is not JSON (for example, cut short).</exception>
    public static JsonDocument Parse(string path) => Read(path, () => JsonDocument.Parse(File.ReadAllBytes(path)));
}
