using System.Diagnostics;
using System.Text;
using Vigie.Cli;

namespace Vigie.Tests.Cli;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the <c>vigie</c> command in this process, or the built program in a real process.</summary>
public static class CliRunner
{
    public static CliResult InProcess(string[] args, string? stdin = null)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var input = stdin is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        int code = VigieCommandLine.Run(args, stdout, stderr, input);
        return new CliResult(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
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

    /// <summary>Runs the built vigie.dll with the dotnet host, as a user would.</summary>
    public static CliResult Process(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "vigie.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return new CliResult(p.ExitCode, output, err.Result);
    }
}
