using System.CommandLine.Parsing;

namespace FactoryTwin.Cli;

/// <summary>Rejects an argument that looks like an option (<c>--bogus</c>): a mistyped option is a usage error, not a file name.</summary>
internal static class UnknownOptions
{
    public static void Reject(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            result.AddError($"Unrecognized option '{token.Value}'.");
    }
}
