using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Vigie.Core;

namespace Vigie.Text.Readers;

/// <summary>
/// Reads the main article of an HTML page. The article is chosen by structure: the
/// <c>&lt;article&gt;</c> with the most paragraph text, else <c>&lt;main&gt;</c>, else the element
/// whose paragraphs hold the most text. Scripts, navigation, asides, footers, forms and elements
/// whose class or id names page furniture (share, ad, related...: data/readers/furniture.tsv) are
/// removed, and so are paragraphs that are furniture ("Publicité", "Lire aussi : ...") or mostly
/// links. The document's text is the article's paragraphs, one blank line apart; its title, date,
/// url, language and outlet come from the page's metadata.
/// </summary>
public static class HtmlArticleReader
{
    // HTML structure, not words: elements that never hold article text.
    private static readonly string[] NeverContent =
        ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "select", "input", "nav", "aside", "footer", "figure"];
    private static readonly string[] Blocks = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "pre"];
    private const int MinParagraph = 40;

    public static InputItem Read(string path, ReaderOptions options)
    {
        if (!FileBytes.TryRead(path, options, out var bytes, out var error)) return InputItem.Fail(path, path, error!);
        var html = TextDecoder.TryDecode(bytes!, out error, out int line);
        if (html is null) return InputItem.Fail(path, line > 0 ? $"{path}:{line}" : path, error!);
        return FromHtml(path, path, html, options);
    }

    public static InputItem FromHtml(string id, string where, string html, ReaderOptions options)
    {
        var page = new HtmlParser().ParseDocument(html);
        var lexicon = options.Lexicon;
        string? title = Meta(page, "og:title") ?? page.QuerySelector("h1")?.TextContent ?? page.Title;
        string? dateText = Meta(page, "article:published_time") ?? Meta(page, "date") ?? Meta(page, "dc.date")
            ?? LinkedDataDate(page) ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        string? url = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url");
        string? lang = page.DocumentElement.GetAttribute("lang");
        string? source = Meta(page, "og:site_name");

        foreach (var el in page.QuerySelectorAll(string.Join(',', NeverContent)).ToArray()) el.Remove();
        var main = ChooseMain(page, lexicon);
        if (main is null) return InputItem.Fail(id, where, "no article found in the page (no <article>, <main> or paragraphs of text)");
        foreach (var el in main.QuerySelectorAll("*").Where(e => IsFurnitureElement(e, lexicon)).ToArray()) el.Remove();

        var paragraphs = new List<string>();
        var headline = Clean(title);
        foreach (var text in BlockTexts(page, main))
        {
            if (text.Length == 0 || lexicon.IsAllFurniture(text) || text == headline) continue;
            paragraphs.Add(text);
        }
        if (paragraphs.Count == 0) return InputItem.Fail(id, where, "no article text in the page (only menus, links or page furniture)");

        var body = string.Join("\n\n", paragraphs);
        var doc = Vigie.Core.Document.FromText(id, body);
        doc.Title = headline.Length > 0 ? headline : null;
        doc.Date = PartialDate.TryParse(dateText, out var d) ? d : null;
        doc.Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        doc.Lang = string.IsNullOrWhiteSpace(lang) ? null : lang.Trim()[..Math.Min(2, lang.Trim().Length)].ToLowerInvariant();
        doc.Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
        return InputItem.Ok(options.Finish(doc), where);
    }

    private static IElement? ChooseMain(IDocument page, ReaderLexicon lexicon)
    {
        var articles = page.QuerySelectorAll("article").Where(a => ParagraphText(a, lexicon) >= MinParagraph).ToArray();
        if (articles.Length > 0) return articles.MaxBy(a => ParagraphText(a, lexicon));
        var main = page.QuerySelector("main, [role=main]");
        if (main is not null && ParagraphText(main, lexicon) >= MinParagraph) return main;
        // Density: each substantial paragraph scores its parent fully and its grandparent by half.
        var scores = new Dictionary<IElement, double>();
        foreach (var p in page.QuerySelectorAll("p"))
        {
            if (InFurniture(p, lexicon)) continue;
            int len = Clean(p.TextContent).Length;
            if (len < MinParagraph) continue;
            if (p.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + len;
                if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + len / 2.0;
            }
        }
        if (scores.Count > 0) return scores.MaxBy(kv => kv.Value).Key;
        // No paragraphs anywhere: an <article> or <main> that holds text directly (in divs, or between <br>s).
        return page.QuerySelectorAll("article, main, [role=main]")
            .Where(e => !InFurniture(e, lexicon) && Clean(e.TextContent).Length >= MinParagraph)
            .MaxBy(e => Clean(e.TextContent).Length);
    }

    private static int ParagraphText(IElement root, ReaderLexicon lexicon) =>
        root.QuerySelectorAll("p").Where(p => !InFurniture(p, lexicon)).Sum(p => Clean(p.TextContent).Length);

    private static bool InFurniture(IElement e, ReaderLexicon lexicon)
    {
        for (var x = e; x is not null; x = x.ParentElement) if (IsFurnitureElement(x, lexicon)) return true;
        return false;
    }

    private static bool IsFurnitureElement(IElement e, ReaderLexicon lexicon) =>
        e.TagName is "HEADER" && e.QuerySelector("p") is null
        || (e.ClassName is { Length: > 0 } c && lexicon.IsFurnitureClass(c))
        || (e.Id is { Length: > 0 } i && lexicon.IsFurnitureClass(i));

    /// <summary>
    /// The texts of the block elements that hold no other block, in document order, leaving out
    /// those that are mostly links. When there is no such block, the root's text split at element
    /// boundaries (divs, line breaks, headings).
    /// </summary>
    private static IEnumerable<string> BlockTexts(IDocument page, IElement root)
    {
        var selector = string.Join(',', Blocks);
        var blocks = root.QuerySelectorAll(selector).Where(b => b.QuerySelector(selector) is null).ToArray();
        if (blocks.Length > 0)
        {
            foreach (var b in blocks)
            {
                var text = Clean(b.TextContent);
                if (LinkDensity(b, text) <= 0.5) yield return text;
            }
            yield break;
        }
        foreach (var el in root.QuerySelectorAll("div, br, h1, h2, h3, h4, section, header, tr, td").ToArray())
        {
            el.Parent?.InsertBefore(page.CreateTextNode("\n"), el);
            el.Parent?.InsertBefore(page.CreateTextNode("\n"), el.NextSibling);
        }
        foreach (var line in root.TextContent.Split('\n')) yield return Clean(line);
    }

    private static double LinkDensity(IElement block, string text)
    {
        int links = block.QuerySelectorAll("a").Sum(a => Clean(a.TextContent).Length);
        return text.Length == 0 ? 0 : (double)links / text.Length;
    }

    /// <summary>"datePublished" of the page's schema.org JSON-LD (read before scripts are removed).</summary>
    private static string? LinkedDataDate(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
                var found = FindProperty(json.RootElement, "datePublished");
                if (found is not null) return found;
            }
            catch (System.Text.Json.JsonException) { }
        }
        return null;
    }

    private static string? FindProperty(System.Text.Json.JsonElement e, string name)
    {
        switch (e.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == name && p.Value.ValueKind == System.Text.Json.JsonValueKind.String) return p.Value.GetString();
                    if (FindProperty(p.Value, name) is { } inner) return inner;
                }
                break;
            case System.Text.Json.JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                    if (FindProperty(item, name) is { } inner) return inner;
                break;
        }
        return null;
    }

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content");

    private static string Clean(string? s) => s is null ? "" : ReaderLexicon.CollapseSpaces(s);
}
