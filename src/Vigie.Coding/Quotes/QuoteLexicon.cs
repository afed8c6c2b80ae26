using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text;
using Vigie.Text.Tokens;

namespace Vigie.Coding.Quotes;

/// <summary>The role of a word around a quotation (data/lang/xx/quote-cues.tsv).</summary>
public enum QuoteCue
{
    None,
    /// <summary>Names the speaker after it: "selon", "d'après", "according to".</summary>
    Source,
    /// <summary>A subject pronoun: "il", "-t-il", "he".</summary>
    Pronoun,
    /// <summary>An auxiliary before the speech verb: "a", "avait", "has".</summary>
    Aux,
    /// <summary>An adverb inside the speech clause: "également", "also".</summary>
    Adverb,
    /// <summary>A relative pronoun whose antecedent speaks: "qui", "who".</summary>
    Relative,
    /// <summary>Opens reported speech: "que", "that".</summary>
    Complementizer,
    /// <summary>Starts a described speaker: "le", "the".</summary>
    Determiner,
    /// <summary>A lower-case word inside a name: "du", "al", "von".</summary>
    NameLink,
    /// <summary>A word that announces a title or a name in quotation marks: "l'émission « ... »", "baptisée « ... »", "the film "..."".</summary>
    TitleNoun,
    /// <summary>Opens a sentence with whose view it gives: "Pour le ministre, « ... »".</summary>
    Opinion,
    /// <summary>A civility title before a name, left out of the speaker's name: "M.", "Mme", "Mr".</summary>
    Title,
}

/// <summary>
/// A language's quotation words: speech-verb lemmas (quote-verbs.tsv; their forms come from the
/// verb lexicon) and the cue words around a quote (quote-cues.tsv), loaded once and compiled
/// into dictionaries and a token trie.
/// </summary>
public sealed class QuoteLexicon
{
    public required string Lang { get; init; }
    /// <summary>Speech-verb lemmas ("déclarer", "say").</summary>
    public required HashSet<string> Verbs { get; init; }
    /// <summary>Cue phrases of several tokens ("d'après", "according to") and their role.</summary>
    public required PhraseMatcher<QuoteCue> Cues { get; init; }
    /// <summary>One-token cues by Norm ("a", "-t-il", "selon").</summary>
    public required Dictionary<string, QuoteCue> SingleCues { get; init; }
    /// <summary>Frequent function words (stopwords.tsv): never the first word of a name.</summary>
    public required HashSet<string> FunctionWords { get; init; }
    /// <summary>Word order (syntax.tsv): where a description's head noun stands.</summary>
    public required LanguageSyntax Syntax { get; init; }

    private static readonly LanguageCache<QuoteLexicon> _cache = new(lang => Load(lang, DataDirectory.Path("lang", lang)));

    public static QuoteLexicon For(string lang) => _cache.For(lang);

    /// <exception cref="DataFileException">a file is missing or a row is malformed (the message names file:line).</exception>
    public static QuoteLexicon Load(string lang, string folder)
    {
        var rules = TokenizerRules.Load(lang, folder);
        string F(string name) => Path.Combine(folder, name);
        var verbs = DataFile.Load(F("quote-verbs.tsv"), "lemma").Rows.Select(r => TextNormalizer.Norm(r["lemma"])).ToHashSet(StringComparer.Ordinal);
        // quote-verbs.tsv is generated from an external list; speech-verbs.tsv adds our own lemmas.
        verbs.UnionWith(DataFile.Load(F("speech-verbs.tsv"), "lemma").Rows.Select(r => TextNormalizer.Norm(r["lemma"])));
        var cues = new PhraseMatcher<QuoteCue>(PhraseKey.Norm);
        var single = new Dictionary<string, QuoteCue>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(F("quote-cues.tsv"), "phrase", "kind").Rows)
        {
            var kind = row["kind"] switch
            {
                "source" => QuoteCue.Source,
                "pronoun" => QuoteCue.Pronoun,
                "aux" => QuoteCue.Aux,
                "adverb" => QuoteCue.Adverb,
                "relative" => QuoteCue.Relative,
                "complementizer" => QuoteCue.Complementizer,
                "determiner" => QuoteCue.Determiner,
                "name-link" => QuoteCue.NameLink,
                "title" => QuoteCue.Title,
                "opinion" => QuoteCue.Opinion,
                "title-noun" => QuoteCue.TitleNoun,
                var k => throw row.Error($"unknown kind '{k}'", "QUO002"),
            };
            var phrase = row["phrase"];
            var tokens = Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length), rules);
            // A clitic ("-t-il") is one token after its verb but not when tokenised alone.
            if (phrase.StartsWith('-') || tokens.Count == 1) single[TextNormalizer.Norm(phrase)] = kind;
            else cues.Add(tokens, kind);
        }
        var function = DataFile.Load(F("stopwords.tsv"), "word").Rows.Select(r => TextNormalizer.Norm(r["word"])).ToHashSet(StringComparer.Ordinal);
        return new QuoteLexicon { Lang = lang, Verbs = verbs, Cues = cues, SingleCues = single, FunctionWords = function, Syntax = LanguageSyntax.Load(F("syntax.tsv")) };
    }

    /// <summary>The cue starting at token <paramref name="i"/> and its length in tokens.</summary>
    public (QuoteCue Cue, int Length) CueAt(IReadOnlyList<Token> tokens, int i, int limit = int.MaxValue)
    {
        var m = Cues.Match(tokens, i, limit);
        if (m.Length > 0) return (m.Values[0], m.Length);
        return i < tokens.Count && i < limit && SingleCues.TryGetValue(tokens[i].Norm, out var cue) ? (cue, 1) : (QuoteCue.None, 0);
    }

    /// <summary>The role of the single token <paramref name="t"/> (None when it is no cue on its own).</summary>
    public QuoteCue CueOf(Token t) => SingleCues.TryGetValue(t.Norm, out var cue) ? cue : QuoteCue.None;
}
