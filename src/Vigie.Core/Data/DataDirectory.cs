namespace Vigie.Core.Data;

/// <summary>
/// Finds Vigie's data folder: $VIGIE_DATA, else the "data" folder beside the program (copied
/// there by the build), else a "data" folder in the current directory or one of its parents.
/// </summary>
public static class DataDirectory
{
    private static readonly Lazy<string> _default = new(Locate);

    public static string Default => _default.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Default, .. parts]);

    public static string Lang(string lang, string file) => Path("lang", lang, file);

    private static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("VIGIE_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(System.IO.Path.Combine(beside, "lang"))) return beside;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "lang"))) return candidate;
        }
        throw new DirectoryNotFoundException("Vigie's data folder was not found (set VIGIE_DATA to the folder holding lang/ and actors/)");
    }
}
