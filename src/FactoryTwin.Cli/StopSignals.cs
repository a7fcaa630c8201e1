using System.Runtime.InteropServices;

namespace FactoryTwin.Cli;

/// <summary>Ctrl-C (SIGINT) and SIGTERM, which schedulers such as Kubernetes and Slurm send, both ask the work to stop: what has finished is written.</summary>
/// <remarks>A second signal does not wait for that: the process exits at once. The exit code says which signal came (128 + its number).</remarks>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;

    public StopSignals()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    public CancellationToken Token => _stop.Token;

    /// <summary>130 after Ctrl-C, 143 after SIGTERM.</summary>
    public int ExitCode { get; private set; } = ExitCodes.Interrupted;

    public void Dispose()
    {
        foreach (var registration in _registrations)
            registration.Dispose();
        _stop.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true; // not the default (which ends the process at once): we stop in order
        ExitCode = context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        if (Interlocked.Increment(ref _signals) > 1)
        {
            Console.Error.WriteLine("factorytwin: stopped at once (a second signal); runs under way are lost, finished runs are kept.");
            Environment.Exit(ExitCode);
        }
        Console.Error.WriteLine("factorytwin: stopping: the runs under way end, finished runs are written (signal again to stop at once).");
        _stop.Cancel();
    }
}
