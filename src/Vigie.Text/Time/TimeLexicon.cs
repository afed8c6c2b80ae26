using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Numbers;
using Vigie.Text.Tokens;

namespace Vigie.Text.Time;

/// <summary>A pattern matched at a place: the span's token range and the filled slots.</summary>
public sealed record TimeMatch(TimePattern Pattern, int SpanStart, int SpanEnd, int MatchLength, TimeFrame Frame);

/// <summary>
/// A language's time knowledge, loaded once from data/lang/xx/: <c>time.tsv</c> (words and
/// phrases by class: months, weekdays, units, directions...), <c>time-patterns.tsv</c> (token
/// patterns with their TIMEX type and resolving operation), <c>time-tense.tsv</c> (cues of the
/// future and the past) and <c>number-words.tsv</c>. Phrases are compiled into tries and
/// patterns indexed by their first element, so matching never scans a word list. Matching is in
/// TimeLexicon.Matching.cs, tense cues in TimeLexicon.Tense.cs.
/// </summary>
public sealed partial class TimeLexicon
{
    private readonly Dictionary<string, PhraseMatcher<string>> _classes = new(StringComparer.Ordinal);
    /// <summary>Each class's bit in a word's mask of the classes it can start (0 past the 64th class: never ruled out).</summary>
    private readonly Dictionary<string, ulong> _classBits = new(StringComparer.Ordinal);
    /// <summary>Single-word forms by class, for regex groups and hyphenated compounds ("fifty-year").</summary>
    private readonly Dictionary<string, Dictionary<string, string>> _classWords = new(StringComparer.Ordinal);
    /// <summary>Forms that match only as written ("May", not the verb "may"), by folded form.</summary>
    private readonly Dictionary<string, string> _exactCase = new(StringComparer.Ordinal);
    /// <summary>The classes having a phrase that starts with a word, so a token only tries those tries.</summary>
    private readonly Dictionary<string, HashSet<string>> _classesByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TimePattern>> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tenseWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tenseSuffixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tenseExceptions = new(StringComparer.Ordinal);
    private int _longestSuffix;

    public string Lang { get; }
    public NumberWords Numbers { get; }
    public IReadOnlyList<TimePattern> Patterns { get; private set; } = [];

    private TimeLexicon(string lang, NumberWords numbers) { Lang = lang; Numbers = numbers; _startsNothing = new WordStarts(this); }

    private static readonly LanguageCache<TimeLexicon> _cache = new(lang => Load(lang, DataDirectory.Path("lang", lang), TokenizerRules.For(lang)));

    /// <summary>The lexicon of a language, loaded once from the data folder.</summary>
    public static TimeLexicon For(string lang) => _cache.For(lang);

    /// <exception cref="DataFileException">a file is missing or malformed (the message names file:line).</exception>
    public static TimeLexicon Load(string lang, string folder, TokenizerRules rules)
    {
        var lex = new TimeLexicon(lang, NumberWords.Load(lang, folder));
        foreach (var row in DataFile.Load(Path.Combine(folder, "time.tsv"), "form", "class").Rows)
        {
            var cls = row["class"];
            var value = row.Optional("value") ?? "";
            if (TimeFrame.Slots.Contains(cls) && !new TimeFrame().Set(cls, value.Length == 0 ? "1" : value))
                throw row.Error($"value '{value}' is not valid for class '{cls}'", "TIME001");
            if (!lex._classes.TryGetValue(cls, out var trie))
            {
                lex._classBits[cls] = lex._classes.Count < 64 ? 1UL << lex._classes.Count : 0;
                lex._classes[cls] = trie = new PhraseMatcher<string>();
                lex._classWords[cls] = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            foreach (var form in row.List("form"))
            {
                trie.Add(form, value, rules);
                var first = Tokenizer.Tokenize(form, new TextSpan(0, form.Length), rules)[0].Fold;
                (lex._classesByFirstWord.TryGetValue(first, out var set) ? set : lex._classesByFirstWord[first] = []).Add(cls);
                if (!form.Contains(' ')) lex._classWords[cls].TryAdd(TextNormalizer.Fold(form), value);
                if (row.Optional("case") == "exact") lex._exactCase[TextNormalizer.Fold(form)] = form;
            }
        }
        var patterns = new List<TimePattern>();
        foreach (var row in DataFile.Load(Path.Combine(folder, "time-patterns.tsv"), "id", "pattern", "type", "op").Rows)
        {
            var p = TimePattern.Parse(row, c => lex._classes.TryGetValue(c, out var trie) ? (trie, lex._classBits[c]) : null, patterns.Count);
            if (patterns.Any(q => q.Id == p.Id)) throw row.Error($"duplicate id '{p.Id}'", "TIME008");
            patterns.Add(p);
            foreach (var tag in FirstTags(p)) (lex._index.TryGetValue(tag, out var list) ? list : lex._index[tag] = []).Add(p);
        }
        lex.Patterns = patterns;
        lex.CompileStarts();
        foreach (var row in DataFile.Load(Path.Combine(folder, "time-tense.tsv"), "cue", "match", "tense").Rows)
        {
            int tense = row["tense"] switch
            {
                "future" => 1, "past" => -1, "none" => 0,
                var t => throw row.Error($"unknown tense '{t}' (future, past, none)", "TIME009"),
            };
            // Tense cues keep their accents: folded, the preposition "à" would read as the verb "a".
            var cue = TextNormalizer.Norm(row["cue"]);
            switch (row["match"])
            {
                case "word": lex._tenseWords[cue] = tense; break;
                case "suffix": lex._tenseSuffixes[cue] = tense; lex._longestSuffix = Math.Max(lex._longestSuffix, cue.Length); break;
                case "except": lex._tenseExceptions.Add(cue); break;
                default: throw row.Error($"unknown match '{row["match"]}' (word, suffix, except)", "TIME009");
            }
        }
        return lex;
    }

    /// <summary>Index keys of the tokens a pattern can start with (optional and context elements included).</summary>
    private static IEnumerable<string> FirstTags(TimePattern p)
    {
        foreach (var e in p.Elements)
        {
            switch (e)
            {
                case LiteralElement l: foreach (var f in l.Folds) yield return "w:" + f; break;
                case ClassElement c: yield return "c:" + c.Class; break;
                case BuiltinElement b: yield return "b:" + b.Name; break;
                default: yield return "re"; break;
            }
            if (!e.Optional) yield break;
        }
    }
}
