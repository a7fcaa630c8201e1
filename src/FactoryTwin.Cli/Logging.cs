using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace FactoryTwin.Cli;

/// <summary>Diagnostics with Serilog: one plain line per event on standard error at the chosen verbosity, and optionally CLEF JSON lines in a file.</summary>
internal static class Logging
{
    public static readonly string[] Levels = ["quiet", "normal", "detailed", "diagnostic"];

    public static Logger Create(string verbosity, TextWriter errors, string? logFile)
    {
        var level = verbosity switch
        {
            "quiet" => LogEventLevel.Error,
            "detailed" => LogEventLevel.Information,
            "diagnostic" => LogEventLevel.Debug,
            _ => LogEventLevel.Warning,
        };
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.Sink(new LineSink(errors), level);
        if (logFile is not null)
            configuration = configuration.WriteTo.File(new CompactJsonFormatter(), logFile);
        return configuration.CreateLogger();
    }

    /// <summary>Writes "factorytwin: message" lines, with the exception's type only at diagnostic verbosity (never a stack trace).</summary>
    /// <remarks>Runs on several threads log at once: each event is formatted whole, then written under a lock, so lines never mix.</remarks>
    private sealed class LineSink(TextWriter writer) : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _format = new("factorytwin: {Message:lj}{NewLine}", System.Globalization.CultureInfo.InvariantCulture);
        private readonly Lock _lock = new();

        public void Emit(LogEvent logEvent)
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            _format.Format(logEvent, text);
            if (logEvent.Exception is { } error && logEvent.Level == LogEventLevel.Debug)
                text.WriteLine($"factorytwin:   {error.GetType().Name}: {error.Message}");
            lock (_lock)
                writer.Write(text.ToString());
        }
    }
}
