using System.Globalization;
using System.Text.Json;
using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Experiments.Output;

/// <summary>How result files write numbers: twelve significant digits (more than any estimate deserves, free of last-bit noise), null when there is none.</summary>
internal static class JsonNumbers
{
    public static double Round(double value) => double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static void Write(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, Round(value));
        else
            json.WriteNull(name);
    }

    public static void Write(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumberValue(Round(value));
        else
            json.WriteNullValue();
    }

    /// <summary>Writes a confidence interval as the result files show every one: mean, halfWidth, low, high.</summary>
    public static void Write(Utf8JsonWriter json, ConfidenceInterval interval)
    {
        Write(json, "mean", interval.Mean);
        Write(json, "halfWidth", interval.HalfWidth);
        Write(json, "low", interval.Lower);
        Write(json, "high", interval.Upper);
    }

    /// <summary>A CSV cell: the rounded number, or empty when there is none.</summary>
    public static string Text(double value) => double.IsFinite(value) ? Round(value).ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A CSV cell holding text, quoted if it contains a comma or a quote.</summary>
    public static string Text(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
