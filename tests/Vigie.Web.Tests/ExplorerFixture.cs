using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Vigie.Web.Tests;

/// <summary>
/// One store, one real <c>vigie serve</c> and one headless Chromium for the whole test class: the
/// store is ingested from <c>examples/</c> plus <c>corpus/</c> by the built <c>vigie</c> program,
/// served on a free loopback port, and browsed by Debian's Chromium through Playwright. Without
/// /usr/bin/chromium the tests skip (<see cref="SkipReason"/>); .ci/run installs it.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; VIGIE_CHROMIUM names another build (or a missing one, to see the tests skip).</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("VIGIE_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "vigie-web-tests-" + Guid.NewGuid().ToString("N"));
    private Process? _server;
    private readonly StringBuilder _serverLog = new();
    private IPlaywright? _playwright;

    /// <summary>Why the browser tests cannot run here, or null.</summary>
    public string? SkipReason { get; private set; }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The server's address, ending with '/'.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    /// <summary>Where screenshots go: TestResults/screenshots beside the test program.</summary>
    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"{ChromiumPath} not found: the browser tests need Debian's chromium (apt-get install -y chromium; .ci/run installs it)";
            return;
        }
        Directory.CreateDirectory(ScreenshotDir);
        var corpus = Path.Combine(_dir, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "examples")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.jsonl"))
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));

        var db = Path.Combine(_dir, "web.db");
        var ingest = await RunVigie(TimeSpan.FromMinutes(3), "ingest", "--db", db, "corpus");
        if (ingest.Code != 0) throw new InvalidOperationException($"vigie ingest failed ({ingest.Code}): {ingest.Stderr}");

        BaseUrl = await StartServer(db);
        Http.BaseAddress = BaseUrl;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A page of its own (fresh context) at a laptop's screen size.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            BaseURL = BaseUrl.ToString(),
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task<JsonElement> GetJson(string path) =>
        (await Http.GetFromJsonAsync<JsonElement>(path, TestContext.Current.CancellationToken));

    public static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    private async Task<Uri> StartServer(string db)
    {
        var psi = VigieProcess("serve", "--db", db, "--port", "0");
        _server = Process.Start(psi)!;
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_serverLog) _serverLog.AppendLine(e.Data);
            // "vigie: serving DB at http://127.0.0.1:PORT (Ctrl+C to stop)"
            var at = e.Data.IndexOf("http://", StringComparison.Ordinal);
            if (at >= 0) address.TrySetResult(e.Data[at..].Split(' ')[0]);
        };
        _server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_serverLog) _serverLog.AppendLine(e.Data); };
        _server.Exited += (_, _) => address.TrySetException(new InvalidOperationException("vigie serve exited: " + ServerLog));
        _server.EnableRaisingEvents = true;
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        var url = await address.Task.WaitAsync(TimeSpan.FromMinutes(1));
        return new Uri(url.TrimEnd('/') + "/");
    }

    public string ServerLog { get { lock (_serverLog) return _serverLog.ToString(); } }

    private ProcessStartInfo VigieProcess(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigie.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunVigie(TimeSpan timeout, params string[] args)
    {
        using var p = Process.Start(VigieProcess(args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await p.WaitForExitAsync(cts.Token);
        return (p.ExitCode, await stdout, await stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        Http.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* a file still held: the OS cleans temp */ }
    }

    /// <summary>The repository's root (holding Vigie.sln), found from the test binary's folder.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Vigie.sln"))) return d.FullName;
            throw new DirectoryNotFoundException("repository root (Vigie.sln) not found above " + AppContext.BaseDirectory);
        }
    }
}
