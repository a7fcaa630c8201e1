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
    /// <remarks><paramref name="work"/> reports the fraction done and, when it has one, a new line of text for the bar (such as the best so far).</remarks>
    public T WithProgress<T>(string description, Func<Action<double, string?>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Interactive)
            return work((_, _) => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Errors) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: 1);
                return work((fraction, text) =>
                {
                    task.Value = fraction;
                    if (text is not null)
                        task.Description = Markup.Escape($"{description}: {text}");
                });
            });
    }
}
