using Spectre.Console;

namespace FactoryTwin.Cli;

/// <summary>Where output goes, and whether a person is watching: progress bars only on a real terminal, never in a pipe or a file.</summary>
public sealed class Terminal(TextWriter output, TextWriter errors, bool interactive)
{
    /// <summary>The process's console; interactive unless standard output or error is redirected.</summary>
    public static Terminal Console { get; } = new(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected);

    public TextWriter Output { get; } = output;

    public TextWriter Errors { get; } = errors;

    public bool Interactive { get; } = interactive;

    /// <summary>A Spectre console over the output, for tables.</summary>
    public IAnsiConsole Table => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Output),
        Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = Interactive ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>Runs <paramref name="work"/> with a progress bar on standard error if a person is watching; silently otherwise.</summary>
    public T WithProgress<T>(string description, Func<Action<double>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Interactive)
            return work(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Errors) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: 1);
                return work(fraction => task.Value = fraction);
            });
    }
}
