using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FactoryTwin.Reports;

/// <summary>The frame of every report: one HTML file with its style, script and data inline, so it opens offline and travels as an attachment.</summary>
internal static class Page
{
    public static string Html(string title, string subtitle, string body, string footer, string dataJson)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Nothing is fetched: no network, no fonts, no scripts from elsewhere.
        // Only the page's own script runs (allowed by its hash): no inline event handler, no script that data could smuggle in.
        var script = "\n" + Asset("report.js");
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-").Append(hash).Append("'; img-src data:\">\n");
        html.Append("<title>").Append(Charts.Svg.E(title)).Append("</title>\n<style>\n").Append(Asset("report.css")).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(Charts.Svg.E(title)).Append("</h1><p>").Append(Charts.Svg.E(subtitle)).Append("</p></header>\n");
        html.Append("<main>\n").Append(body).Append("</main>\n");
        html.Append("<footer>").Append(footer).Append("</footer>\n");
        // The data is JSON inside a script element; "</" is escaped so that no string can end the element early.
        html.Append("<script type=\"application/json\" id=\"report-data\">").Append(dataJson.Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>\n");
        html.Append("<script>").Append(script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The report asset {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
