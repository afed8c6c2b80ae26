using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Vigie.Store;

namespace Vigie.Web;

/// <summary>How <c>vigie serve</c> runs.</summary>
public sealed record ServerOptions
{
    /// <summary>The store (a SQLite path or a PostgreSQL URL), as <c>--db</c>.</summary>
    public required string Db { get; init; }
    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = 8080;
    /// <summary>The address to listen on: loopback unless the user says otherwise.</summary>
    public string Bind { get; init; } = "127.0.0.1";
    /// <summary>The bearer token POST requests must carry; null refuses every write.</summary>
    public string? WriteToken { get; init; }
    /// <summary>The folder of the explorer's static files (default: wwwroot beside the program).</summary>
    public string? StaticRoot { get; init; }
    /// <summary>Request logging on standard output.</summary>
    public bool Log { get; init; }
}

/// <summary>
/// The corpus explorer's server: the JSON API over one store (<see cref="Api"/>) and the static
/// files of the explorer at <c>/</c>. Files are served only from the static folder: paths that
/// leave it are refused by the file provider.
/// </summary>
public static class VigieServer
{
    /// <exception cref="ArgumentException">the bind address or port is not valid.</exception>
    /// <exception cref="StoreException">the store cannot be opened.</exception>
    public static WebApplication Build(ServerOptions options)
    {
        if (!IPAddress.TryParse(options.Bind, out var address))
            throw new ArgumentException($"--bind '{options.Bind}' is not an IP address (127.0.0.1, ::1, 0.0.0.0)");
        if (options.Port is < 0 or > 65535) throw new ArgumentException($"--port {options.Port} is not a port (0 to 65535)");
        var store = CorpusStores.Open(options.Db);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(options.Log ? LogLevel.Information : LogLevel.Warning);
        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        builder.WebHost.UseUrls($"http://{host}:{options.Port}");
        builder.Services.ConfigureHttpJsonOptions(o => CorpusJson.Configure(o.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(new StoreGate(store));
        builder.Services.AddSingleton(options);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        var root = options.StaticRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(root));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.MapOpenApi();
        Api.Map(app);
        return app;
    }

    /// <summary>The address the started server listens on ("http://127.0.0.1:5123").</summary>
    public static string Address(WebApplication app) => app.Urls.First();

    /// <summary>True when the request carries the server's write token (compared in constant time).</summary>
    internal static bool Authorised(HttpRequest request, ServerOptions options)
    {
        if (options.WriteToken is not { Length: > 0 } token) return false;
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.Ordinal)) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[bearer.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}

/// <summary>
/// The one store the server uses, one request at a time: a store connection is not thread-safe,
/// and requests are short.
/// </summary>
public sealed class StoreGate(ICorpusStore store)
{
    private readonly Lock _lock = new();

    public T Use<T>(Func<ICorpusStore, T> work)
    {
        lock (_lock) return work(store);
    }
}
