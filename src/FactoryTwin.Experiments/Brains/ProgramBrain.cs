using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Experiments.Brains;

/// <summary>A fleet's brain that runs as another process and answers over the brain protocol, in lock-step with simulated time.</summary>
/// <remarks>
/// The simulation waits for each answer, so the brain's wall time never changes a result; it is measured per decision.
/// Anything the brain does wrong stops the run with a <see cref="BrainException"/> that names the fleet, the simulated time
/// and what was wrong, and the process is never left behind.
/// </remarks>
internal sealed class ProgramBrain : IBrain, IDisposable
{
    private const int ShownLength = 80;

    /// <summary>How long a failing brain is given to exit and say its last words on standard error.</summary>
    private const int ExitWaitMilliseconds = 10_000;

    private readonly Process _process;
    private readonly FleetPlan _fleet;
    private readonly LayoutGraph? _layout;
    private readonly TimeSpan _timeout;
    private readonly BrainTiming _timing;
    private readonly CancellationToken _cancellation;
    private readonly Stopwatch _clock = new();
    private readonly ManualResetEventSlim _errorsClosed = new();
    private string? _lastError;
    private Task<string?>? _pending;
    private double _now;

    /// <param name="cancellation">Stops a wait for an answer (Ctrl-C, SIGTERM): the run ends as cancelled.</param>
    public ProgramBrain(FactoryPlan plan, FleetPlan fleet, int replication, TimeSpan timeout, BrainTiming timing, CancellationToken cancellation)
    {
        _cancellation = cancellation;
        _fleet = fleet;
        _layout = plan.Layout;
        _timeout = timeout;
        _timing = timing;
        _process = Start(fleet.Brain);
        try
        {
            NeedsFleetView = Greet(plan, replication);
        }
        catch (Exception error) when (error is BrainException or OperationCanceledException)
        {
            Dispose();
            throw;
        }
    }

    public bool NeedsFleetView { get; }

    /// <summary>Sends the hello and reads the brain's: the protocol it speaks, and whether it wants the fleet's idle robots.</summary>
    private bool Greet(FactoryPlan plan, int replication)
    {
        Send(BrainMessages.Hello(_fleet.Id, _fleet.RobotIds, plan.Name, plan.Seed, replication));
        var hello = Parse(Receive());
        if (!hello.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "hello")
            throw Fail($"answered the hello with {Shown(hello.GetRawText())}; the first answer must be {{\"type\": \"hello\", \"protocol\": {BrainMessages.Version}}}");
        if (!hello.TryGetProperty("protocol", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != BrainMessages.Version)
            throw Fail($"speaks protocol {(hello.TryGetProperty("protocol", out var p) ? p.GetRawText() : "(none given)")}; this simulator speaks {BrainMessages.Version}");
        return hello.TryGetProperty("fleetView", out var view) && view.ValueKind == JsonValueKind.True;
    }

    public Decision Decide(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        _now = observation.Time;
        _clock.Restart();
        Send(BrainMessages.Observe(observation));
        var answer = Parse(Receive());
        _timing.Add(_clock.Elapsed.TotalMilliseconds);
        var decision = BrainMessages.ReadDecision(answer, out var problem)
            ?? throw Fail($"answered {Shown(answer.GetRawText())} for robot {observation.Self.Id}: {problem}");
        if (DecisionFit.Problem(decision, observation, _layout) is { } misfit)
            throw Fail($"for robot {observation.Self.Id} {misfit}");
        return decision;
    }

    /// <summary>Says goodbye and lets the program end; stops it if it does not.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.WriteLine(BrainMessages.Bye(_now));
                _process.StandardInput.Close();
            }
        }
        catch (IOException)
        {
            // It has gone already.
        }
        if (!_process.WaitForExit(2000))
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
        _errorsClosed.Dispose();
    }

    private Process Start(BrainPlan brain)
    {
        var program = brain.Command[0];
        if (program.Contains('/', StringComparison.Ordinal) && !Path.IsPathRooted(program))
            program = Path.GetFullPath(Path.Combine(brain.WorkingDirectory, program)); // a path in the scenario is relative to its folder
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = brain.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in brain.Command.Skip(1))
            start.ArgumentList.Add(argument);
        try
        {
            var process = Process.Start(start) ?? throw Fail("could not be started");
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                    _errorsClosed.Set();
                else if (!string.IsNullOrWhiteSpace(e.Data))
                    _lastError = e.Data.Trim();
            };
            process.BeginErrorReadLine();
            return process;
        }
        catch (Win32Exception error)
        {
            throw Fail($"could not be started: {error.Message}");
        }
    }

    private void Send(string line)
    {
        try
        {
            _process.StandardInput.WriteLine(line);
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            throw Exited();
        }
    }

    private string Receive()
    {
        _pending ??= _process.StandardOutput.ReadLineAsync();
        if (!_pending.Wait(_timeout, _cancellation))
        {
            _process.Kill(entireProcessTree: true);
            throw Fail(string.Create(CultureInfo.InvariantCulture, $"did not answer within {_timeout.TotalSeconds:0.###} s (--brain-timeout)"));
        }
        var line = _pending.Result;
        _pending = null;
        return line ?? throw Exited();
    }

    private JsonElement Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Fail($"printed a line that is not JSON: {Shown(line)}");
        }
    }

    private BrainException Exited()
    {
        // A failure path only, so the waits are generous: on a loaded machine a dying interpreter and its last words on
        // standard error take a while.
        if (_process.WaitForExit(ExitWaitMilliseconds))
            _errorsClosed.Wait(ExitWaitMilliseconds); // its last words may still be on their way
        var code = _process.HasExited ? $" with code {_process.ExitCode}" : "";
        return Fail($"exited{code} before answering{(_lastError is { } said ? $"; its last words on standard error: {Shown(said)}" : "")}");
    }

    private BrainException Fail(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The brain of fleet '{_fleet.Id}' ({_fleet.Brain}) failed at t={_now:0.###} s: {what}"));

    private static string Shown(string text) => text.Length <= ShownLength ? $"'{text}'" : $"'{text[..ShownLength]}...'";
}
