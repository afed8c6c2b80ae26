using Microsoft.Extensions.Hosting;
using Vigie.Store;
using Vigie.Web;

namespace Vigie.Cli.Commands;

/// <summary><c>vigie serve</c>: the corpus explorer and its JSON API over a store, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static int Run(ServerOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!CorpusStores.Exists(options.Db)) { stderr.WriteLine($"vigie: {options.Db}: no such store (run 'vigie ingest --db {options.Db} ...' first)"); return 2; }
        Microsoft.AspNetCore.Builder.WebApplication app;
        try { app = VigieServer.Build(options); }
        catch (Exception e) when (e is StoreException or ArgumentException) { stderr.WriteLine($"vigie: {e.Message}"); return 2; }
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use as an IOException.
            stderr.WriteLine($"vigie: cannot listen on {options.Bind}:{options.Port}: {e.Message}");
            return 2;
        }
        stdout.WriteLine($"vigie: serving {options.Db} at {VigieServer.Address(app)} (Ctrl+C to stop){(options.WriteToken is null ? "; read-only" : "")}");
        app.WaitForShutdown();
        return 0;
    }
}
