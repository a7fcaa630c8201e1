using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FactoryTwin.Cli.Tests.Support;

/// <summary>The factorytwin command as a process of its own (as built beside these tests), for what needs a real process: signals.</summary>
internal sealed partial class FactorytwinProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _errors = new();
    private readonly TaskCompletionSource _errorsClosed = new();

    /// <summary>Starts factorytwin with <paramref name="args"/>, in <paramref name="workingDirectory"/> (default: this process's).</summary>
    public FactorytwinProcess(IReadOnlyList<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "factorytwin.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        _ = _process.StandardOutput.ReadToEndAsync();
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                _errorsClosed.TrySetResult();
            else
                lock (_errors)
                    _errors.Append(e.Data).Append('\n');
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>What it has written to standard error so far.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
                return _errors.ToString();
        }
    }

    /// <summary>Sends the process a signal (15 is SIGTERM, 2 is SIGINT), as a scheduler or a terminal does.</summary>
    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing the test if it does not within <paramref name="seconds"/> or the process ends first.</summary>
    public void WaitUntil(Func<bool> condition, double seconds)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"factorytwin ended (exit {_process.ExitCode}) before the condition held:\n{Errors}");
            if (clock.Elapsed.TotalSeconds > seconds)
                throw new TimeoutException($"the condition did not hold within {seconds} s");
            Thread.Sleep(10);
        }
    }

    /// <summary>The exit code and standard error, once the process has ended (at most <paramref name="seconds"/>).</summary>
    public (int ExitCode, string Errors) End(double seconds)
    {
        if (!_process.WaitForExit(TimeSpan.FromSeconds(seconds)))
            throw new TimeoutException($"factorytwin did not end within {seconds} s");
        _errorsClosed.Task.Wait(TimeSpan.FromSeconds(10));
        return (_process.ExitCode, Errors);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
