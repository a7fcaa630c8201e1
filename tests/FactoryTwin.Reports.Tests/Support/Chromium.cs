using System.Diagnostics;

namespace FactoryTwin.Reports.Tests.Support;

/// <summary>Finds Debian's Chromium for the browser tests, installing it with apt when it is missing and the tests run as root (as in CI).</summary>
/// <remarks>The browser tests never skip: without a browser they fail and say how to get one.</remarks>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    private static readonly Lazy<string> Path_ = new(Find);

    public static string Path => Path_.Value;

    /// <summary>The flags this machine needs: no sandbox as root, no GPU, and none of the background connections a closed network refuses.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("FACTORYTWIN_CHROMIUM") is { Length: > 0 } given && File.Exists(given))
            return given;
        if (Candidates.FirstOrDefault(File.Exists) is { } found)
            return found;
        if (OperatingSystem.IsLinux() && File.Exists("/usr/bin/apt-get") && Environment.UserName == "root")
        {
            Run("/usr/bin/apt-get", "update");
            Run("/usr/bin/apt-get", "install -y chromium");
            if (Candidates.FirstOrDefault(File.Exists) is { } installed)
                return installed;
        }
        throw new InvalidOperationException(
            "The report tests need Chromium. Install it (Debian: sudo apt-get install -y chromium) or set FACTORYTWIN_CHROMIUM to a Chromium or Chrome executable.");
    }

    private static void Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }
}
