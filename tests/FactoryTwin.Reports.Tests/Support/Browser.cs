using Microsoft.Playwright;

namespace FactoryTwin.Reports.Tests.Support;

/// <summary>One Chromium for all browser tests, and a fresh offline page for each, which records console errors and every request it makes.</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Args = Chromium.Arguments,
            Headless = true,
        });
    }

    /// <summary>Opens <paramref name="file"/> with the network switched off.</summary>
    public async Task<OpenedPage> Open(string file)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { Offline = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var opened = new OpenedPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                opened.Errors.Add(message.Text);
        };
        page.PageError += (_, error) => opened.Errors.Add(error);
        page.Request += (_, request) => opened.Requests.Add(request.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.WaitForFunctionAsync("() => window.factoryReport && window.factoryReport.ready");
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>A page and what it did: console errors and the URLs it requested.</summary>
public sealed class OpenedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Errors { get; } = [];

    public List<string> Requests { get; } = [];

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
