using System.Text.RegularExpressions;

namespace Vigie.Web.Tests;

/// <summary>Checks of the page's files themselves (no browser needed).</summary>
public sealed class StaticPageTests
{
    private static readonly string WwwRoot = Path.Combine(ExplorerFixture.RepoRoot, "src", "Vigie.Web", "wwwroot");

    private static IEnumerable<string> PageFiles() =>
        Directory.EnumerateFiles(WwwRoot, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal));

    [Fact]
    public void NoScriptPutsStringsIntoHtml()
    {
        // Article text is untrusted: it may reach the page only as text. These are the sinks that parse HTML or run code.
        var sink = new Regex(@"\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\s*\(|new\s+Function|setHTMLUnsafe|createContextualFragment)");
        var found = PageFiles().SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => sink.IsMatch(x.line)).Select(x => $"{Path.GetRelativePath(WwwRoot, x.f)}:{x.i + 1}: {x.line.Trim()}").ToArray();
        Assert.True(found.Length == 0, "HTML sinks in the page:\n" + string.Join("\n", found));
    }

    [Fact]
    public void PageLoadsNothingFromElsewhere()
    {
        // The explorer must work offline: no address outside the server but the SVG namespace.
        var url = new Regex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase);
        var found = PageFiles().SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => url.Matches(x.line).Any(m => m.Value != "http://www.w3.org" && !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(WwwRoot, x.f)}:{x.i + 1}: {x.line.Trim()}").ToArray();
        Assert.True(found.Length == 0, "external addresses in the page:\n" + string.Join("\n", found));
    }

    [Fact]
    public void MapDataNamesItsSourceAndLicence()
    {
        using var map = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(WwwRoot, "data", "world.json")));
        Assert.Contains("Natural Earth", map.RootElement.GetProperty("source").GetString());
        Assert.Contains("public domain", map.RootElement.GetProperty("licence").GetString());
        var codes = map.RootElement.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToArray();
        Assert.All(codes, c => Assert.Matches("^[A-Z]{3}$", c));
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.Contains("ARM", codes);
    }
}
