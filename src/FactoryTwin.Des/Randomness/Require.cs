namespace FactoryTwin.Des.Randomness;

/// <summary>Argument checks shared by the distributions; the scenario layer reports user mistakes before these fire.</summary>
internal static class Require
{
    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "Must be a finite number.");

    public static double Positive(double value, string name) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be a finite number greater than 0.");

    public static double NotNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be a finite number of at least 0.");
}
