namespace FactoryTwin.Cli;

/// <summary>What the factorytwin command returns to the shell.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>An input file is invalid; its problems were listed.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>The simulation failed; the message names the process and the simulated time.</summary>
    public const int SimulationFailed = 3;

    /// <summary>Stopped by Ctrl-C; what had finished is kept.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM; what had finished is kept, as after Ctrl-C.</summary>
    public const int Terminated = 143;
}
