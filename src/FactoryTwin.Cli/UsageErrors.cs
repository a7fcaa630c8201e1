using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Cli;

/// <summary>The parser's errors in our words: what a value should be (never a .NET type name), and the command or option a misspelt one was meant to be.</summary>
internal static partial class UsageErrors
{
    public static IEnumerable<string> Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        foreach (var error in parsed.Errors)
        {
            var message = error.Message;
            if (parsed.Errors.Count > 1 && message.StartsWith("Required command was not provided", StringComparison.Ordinal))
                continue; // the misspelt command is reported, with what it was meant to be
            if (NotParsed().Match(message) is { Success: true } wrong)
            {
                yield return $"{wrong.Groups["option"].Value}: '{wrong.Groups["value"].Value}' is not {Kind(wrong.Groups["type"].Value)}.";
                continue;
            }
            if (Unrecognized().Match(message) is { Success: true } unknown)
            {
                var token = unknown.Groups["token"].Value;
                var known = (token.StartsWith('-')
                    ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                    : command.Subcommands.Select(c => c.Name)).ToList();
                // A near spelling, or a longer or shorter form of a name (--output for --out).
                var meant = Spelling.Closest(token, known)
                    ?? known.Where(k => k.Length >= 4 && (token.StartsWith(k, StringComparison.Ordinal) || k.StartsWith(token, StringComparison.Ordinal))).MinBy(k => Math.Abs(k.Length - token.Length));
                if (meant is not null)
                    message = $"{message.TrimEnd('.')}; did you mean '{meant}'?";
            }
            yield return message;
        }
    }

    private static string Kind(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a valid value",
    };

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex NotParsed();

    [GeneratedRegex("^Unrecognized (command or argument|option) '(?<token>[^']+)'")]
    private static partial Regex Unrecognized();
}
