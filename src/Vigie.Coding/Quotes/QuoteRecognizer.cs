using Vigie.Core;
using Vigie.Text;

namespace Vigie.Coding.Quotes;

/// <summary>
/// Finds quotations and their speakers.
/// <list type="bullet">
/// <item>Direct quotes: words between « », “ ” or straight double quotes, in one paragraph. The
/// speaker comes from the attribution after the quote ("« ... », a déclaré X", "a-t-il ajouté",
/// "selon X", "said X", "X said"), else from the speech clause before it in its sentence ("X a
/// déclaré : « ... »", "X, qui a déclaré", "X rappelle que ... « ... »", "Selon X, « ... »").
/// A quote of four words or more with no attribution keeps the speaker of the previous quote
/// (the second half of a quote broken by an incise) or, failing that, the last person named.
/// A quote of one to three words ("« État islamique »", "« terroristes »") is a quote only when
/// it is introduced like speech ("a répondu : « Jamais. »", "« Non », a-t-il dit"). Not quotes
/// either: titles announced by a title word ("l'émission « ... »", "baptisée « ... »") and
/// unattributed titles whose long words are all capitalised ("Back to the Mac").
/// "Pour X, « ... »" opening a sentence gives X's view.</item>
/// <item>Indirect quotes: "X a affirmé que ..." (Kind "indirect", the text is the clause after
/// "que", up to three words may stand before "que"), unless the clause holds a direct quote;
/// the speaker must be named (a description that names nobody is not enough).</item>
/// </list>
/// Speakers are taken from <see cref="Document.Entities"/> when an entity covers the speaker's
/// position (its antecedent's name and code when it has one); otherwise from the capitalised
/// words there. A pronoun ("il", "-t-il", "he") is the last speaker of the two previous
/// sentences, else the last person named; a described speaker ("le quotidien", "le ministre")
/// is the last name that the text put beside the same noun ("le quotidien libanais
/// L'Orient-Le Jour", "Abbas Akhoundi, le ministre"), else the last person named.
/// </summary>
public sealed partial class QuoteRecognizer
{
    /// <summary>Quotes shorter than this need a speech verb next to them.</summary>
    public const int MinUnattributedWords = 4;

    private readonly QuoteLexicon _lex;
    private readonly Func<string, IEnumerable<string>>? _lemmasOf;
    private readonly Dictionary<string, string>? _speechLemmas;

    /// <param name="lexicon">the language's quote words.</param>
    /// <param name="lemmasOf">the lemmas a token's Norm may be a form of ("a" → avoir; "dit" → dire),
    /// usually the verb lexicon's analyses; a form is a speech verb when one of them is in <see cref="QuoteLexicon.Verbs"/>.</param>
    public QuoteRecognizer(QuoteLexicon lexicon, Func<string, IEnumerable<string>> lemmasOf)
    {
        _lex = lexicon;
        _lemmasOf = lemmasOf;
    }

    /// <param name="lexicon">the language's quote words.</param>
    /// <param name="speechLemmas">the speech lemma of each form (Norm) that is one (the first of its analyses in
    /// <see cref="QuoteLexicon.Verbs"/>; see <see cref="QuoteStage.SpeechLemmas"/>): one lookup per word, where
    /// the other constructor enumerates the word's analyses.</param>
    public QuoteRecognizer(QuoteLexicon lexicon, Dictionary<string, string> speechLemmas)
    {
        _lex = lexicon;
        _speechLemmas = speechLemmas;
    }

    /// <summary>
    /// A speaker as found: a display name and, when the entity layer had one, the mention.
    /// <see cref="Guessed"/>: a description that named nobody ("les informations disponibles")
    /// fell back to the last person named.
    /// </summary>
    private sealed record Speaker(string Name, EntityMention? Mention, int Position, bool Guessed = false);

    private sealed class Context(Document document)
    {
        public readonly Document Doc = document;
        public readonly List<Token> Tokens = document.Tokens;
        /// <summary>Per token, the first entity mention covering it.</summary>
        public readonly EntityMention?[] EntityAt = new EntityMention?[document.Tokens.Count];
        /// <summary>Speakers found so far, in text order (for pronouns).</summary>
        public readonly List<(int Sentence, Speaker Speaker)> Speakers = [];
        /// <summary>Capitalised name sequences [start, end) in token order.</summary>
        public readonly List<(int Start, int End)> Names = [];
        /// <summary>Names set beside a noun ("le quotidien libanais L'Orient-Le Jour"): noun → names.</summary>
        public readonly Dictionary<string, List<string>> Appositions = new(StringComparer.Ordinal);
    }

    /// <summary>The quotes of a document, in text order.</summary>
    public List<QuoteMention> Recognize(Document document)
    {
        var ctx = new Context(document);
        foreach (var e in document.Entities)
            for (int k = e.FirstToken; k < e.EndToken && k < ctx.EntityAt.Length; k++) ctx.EntityAt[k] ??= e;
        FindNames(ctx);

        var pairs = FindPairs(document);
        var inPair = new int[document.Tokens.Count];
        Array.Fill(inPair, -1);
        for (int p = 0; p < pairs.Count; p++)
            for (int k = pairs[p].Open; k <= pairs[p].Close; k++) inPair[k] = p;

        var quotes = new List<QuoteMention>();
        QuoteMention? previous = null;
        for (int i = 0; i < ctx.Tokens.Count; i++)
        {
            // Pairs never overlap: the pair holding token i opens there or before.
            if (inPair[i] >= 0 && pairs[inPair[i]] is var pair && pair.Open == i)
            {
                var q = Direct(ctx, pair.Open, pair.Close, previous);
                if (q is not null)
                {
                    quotes.Add(q);
                    previous = q;
                }
                continue;
            }
            if (inPair[i] < 0 && Indirect(ctx, i, inPair) is { } indirect)
            {
                quotes.Add(indirect);
                previous = indirect;
            }
        }
        return quotes;
    }

    // ------------------------------------------------------------------ quotation marks

    /// <summary>Pairs of quotation marks (token indexes), outermost first, never across a paragraph.</summary>
    private static List<(int Open, int Close)> FindPairs(Document doc)
    {
        var tokens = doc.Tokens;
        var pairs = new List<(int, int)>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Quote) continue;
            char open = tokens[i].Text[0];
            string closers = open switch
            {
                '«' => "»",
                '‹' => "›",
                '“' => "”",
                '„' => "“”",
                '"' => "\"",
                _ => "",
            };
            if (closers.Length == 0) continue;
            int depth = 0;
            for (int j = i + 1; j < tokens.Count && j - i < 600; j++)
            {
                if (ParagraphBreak(doc.Text, tokens[j - 1].Span.End, tokens[j].Span.Start)) break;
                if (tokens[j].Kind != TokenKind.Quote) continue;
                char c = tokens[j].Text[0];
                if (c == open && open != '"') { depth++; continue; }
                if (closers.Contains(c))
                {
                    if (depth > 0) { depth--; continue; }
                    if (j > i + 1) pairs.Add((i, j));
                    i = j;
                    break;
                }
            }
        }
        return pairs;
    }

    private static bool ParagraphBreak(string text, int from, int to)
    {
        int newlines = 0;
        for (int k = from; k < to; k++) if (text[k] == '\n' && ++newlines >= 2) return true;
        return false;
    }

    // ------------------------------------------------------------------ direct quotes

    private QuoteMention? Direct(Context ctx, int open, int close, QuoteMention? previous)
    {
        var tokens = ctx.Tokens;
        int words = 0;
        for (int k = open + 1; k < close; k++)
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number && (k == open + 1 || tokens[k].SpaceBefore)) words++;

        // "l'émission « Les nuits de la pleine lune »", "baptisée « Aube rouge »": a title, not speech.
        int before = open - 1;
        if (before >= 0 && Cue(tokens, before) is QuoteCue.Determiner) before--;
        if (before >= 0 && Cue(tokens, before) == QuoteCue.TitleNoun) return null;
        var (speaker, verb, adjacent, rule) = After(ctx, close);
        if (speaker is null && verb is null) (speaker, verb, adjacent, rule) = Before(ctx, open);
        bool attributed = speaker is not null || verb is not null;
        if (words < MinUnattributedWords && !(attributed && adjacent))
        {
            // Not a quotation ("dénonce « la colère »"), but its speaker is the one a later "il" means.
            if (speaker is not null) ctx.Speakers.Add((tokens[open].Sentence, speaker));
            return null;
        }
        if (!attributed && IsTitle(tokens, open, close)) return null;
        if (!attributed)
        {
            // The second half of a quote broken by an incise: « ... », a-t-il dit, « ... ».
            if (previous?.Speaker is not null && previous.Kind == "direct" && IsIncise(ctx, previous, open))
            {
                speaker = new Speaker(previous.Speaker, previous.SpeakerMention, open);
                rule = "quote/continued";
            }
            else
            {
                speaker = LastPerson(ctx, open);
                rule = "quote/last-person";
            }
        }
        var span = TextSpan.FromBounds(tokens[open + 1].Span.Start, tokens[close - 1].Span.End);
        if (speaker is not null) ctx.Speakers.Add((tokens[open].Sentence, speaker));
        return Make(ctx, span, speaker, verb, "direct", rule);
    }

    /// <summary>A title in quotation marks ("Back to the Mac"): every word longer than three letters capitalised, no final punctuation.</summary>
    private static bool IsTitle(List<Token> tokens, int open, int close)
    {
        for (int k = open + 1; k < close; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && t.Text is "." or "!" or "?" or "," or ";") return false;
            if (t.Kind == TokenKind.Word && t.Text.Length > 3 && !t.IsCapitalized) return false;
        }
        return true;
    }

    /// <summary>True when only a short attribution stands between the previous quote and this opening mark, in one sentence.</summary>
    private static bool IsIncise(Context ctx, QuoteMention previous, int open)
    {
        var tokens = ctx.Tokens;
        int k = open - 1, gap = 0;
        while (k >= 0 && tokens[k].Span.Start >= previous.Span.End)
        {
            if (tokens[k].Text is "." or "!" or "?" or "…") return false;
            if (tokens[k].Kind == TokenKind.Quote && tokens[k].Span.Start == previous.Span.End) return gap <= 8;
            if (tokens[k].Kind == TokenKind.Quote) return false;
            gap++;
            k--;
        }
        return gap <= 8;
    }

    private QuoteMention Make(Context ctx, TextSpan span, Speaker? speaker, string? verb, string kind, string rule)
    {
        var mention = speaker?.Mention;
        var resolved = mention?.Antecedent ?? mention;
        return new QuoteMention(span, ctx.Doc[span])
        {
            Speaker = speaker?.Name,
            SpeakerCode = resolved?.Code ?? mention?.Code,
            SpeakerMention = mention,
            Verb = verb,
            Kind = kind,
            Rule = rule,
        };
    }

    /// <summary>The attribution after a closing mark: ", a déclaré X", "a-t-il ajouté", ", selon X", ", X said".</summary>
    private (Speaker?, string?, bool Adjacent, string Rule) After(Context ctx, int close)
    {
        var tokens = ctx.Tokens;
        int n = tokens.Count;
        int k = close + 1;
        // '"...," he said' or '« ... », a-t-il dit': a comma on either side of the closing mark.
        bool comma = k < n && tokens[k].Text == "," || tokens[close - 1].Text == ",";
        if (k < n && tokens[k].Text == ",") k++;
        if (k >= n || tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote) return (null, null, false, "");
        var (cue, len) = _lex.CueAt(tokens, k);
        if (cue == QuoteCue.Source)
            return (Forward(ctx, k + len), CueText(tokens, k, len), true, "quote/after-source");
        int j = k;
        while (j < n && Cue(tokens, j) == QuoteCue.Aux) j++;
        bool pronounFirst = j < n && Cue(tokens, j) == QuoteCue.Pronoun && j > k;   // a-t-il déclaré
        if (pronounFirst) j++;
        while (j < n && Cue(tokens, j) == QuoteCue.Adverb) j++;
        if (j < n && SpeechLemma(tokens[j]) is { } lemma)
        {
            int after = j + 1;
            if (pronounFirst) return (Pronoun(ctx, close), lemma, true, "quote/after-pronoun");
            if (after < n && Cue(tokens, after) == QuoteCue.Pronoun)   // déclare-t-il, said he
                return (Pronoun(ctx, close), lemma, true, "quote/after-pronoun");
            return (Forward(ctx, after), lemma, true, "quote/after-verb");
        }
        // ", X said" / ", le ministre a déclaré": a subject, then the verb.
        for (int v = k + 1; comma && v < n && v <= k + 7; v++)
        {
            var t = tokens[v];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Quote) break;
            if (SpeechLemma(t) is not { } l) continue;
            int end = v - 1;
            while (end >= k && Cue(tokens, end) is QuoteCue.Aux or QuoteCue.Adverb) end--;
            if (end < k) break;
            var s = Cue(tokens, end) == QuoteCue.Pronoun ? Pronoun(ctx, close) : Backward(ctx, end, k);
            return s is null ? (null, null, false, "") : (s, l, true, "quote/after-subject");
        }
        return (null, null, false, "");
    }

    /// <summary>The speech clause before an opening mark, in its sentence: "X a déclaré : « »", "Selon X, « »".</summary>
    private (Speaker?, string?, bool Adjacent, string Rule) Before(Context ctx, int open)
    {
        var tokens = ctx.Tokens;
        var sentence = ctx.Doc.Sentences[tokens[open].Sentence];
        int first = sentence.FirstToken;
        for (int v = open - 1; v >= first; v--)
        {
            var t = tokens[v];
            if (t.Kind == TokenKind.Quote) break;   // another quotation: its own attribution
            // A short quote is speech only when it is introduced like one: "a déclaré : « Non »".
            bool adjacent = open - 1 > v && tokens[open - 1].Text == ":" && IsAdjacent(tokens, v, open);
            // "Selon X, « ... »": the cue names the speaker after it.
            var (cue, len) = _lex.CueAt(tokens, v, open);
            if (cue == QuoteCue.Source)
                return (Forward(ctx, v + len), CueText(tokens, v, len), false, "quote/before-source");
            if (SpeechLemma(t) is not { } lemma) continue;
            if (v + 1 < open && Cue(tokens, v + 1) == QuoteCue.Pronoun)   // "déclare-t-il : « »"
                return (Pronoun(ctx, v), lemma, adjacent, "quote/before-pronoun");
            return (Subject(ctx, v, first), lemma, adjacent, "quote/before-verb");
        }
        // "Pour le ministre, « ... »": an opinion cue opening the sentence, its holder, then a comma.
        if (Cue(tokens, first) == QuoteCue.Opinion && first + 1 < open)
            for (int c = first + 2; c < open && c <= first + 8; c++)
                if (tokens[c].Text == ",")
                    return (Forward(ctx, first + 1), tokens[first].Norm, false, "quote/before-opinion");
        return (null, null, false, "");
    }

    /// <summary>True when only ":", ",", "que" or nothing stands between the verb and the quote.</summary>
    private bool IsAdjacent(List<Token> tokens, int verb, int open)
    {
        for (int k = verb + 1; k < open; k++)
            if (!(tokens[k].Text is ":" or "," or ";" || Cue(tokens, k) is QuoteCue.Complementizer or QuoteCue.Pronoun)) return false;
        return true;
    }

    /// <summary>The subject of the speech verb at <paramref name="verb"/>, or the speaker after it when the subject is missing ("« », a déclaré X, « »").</summary>
    private Speaker? Subject(Context ctx, int verb, int first)
    {
        var tokens = ctx.Tokens;
        int j = verb - 1;
        while (j >= first && Cue(tokens, j) is QuoteCue.Aux or QuoteCue.Adverb) j--;
        if (j >= first && Cue(tokens, j) == QuoteCue.Pronoun) return Pronoun(ctx, j);
        if (j >= first && Cue(tokens, j) == QuoteCue.Relative)
        {
            j--;
            if (j >= first && tokens[j].Text == ",") j--;
        }
        else if (j >= first + 1 && tokens[j].Text == "," && tokens[j - 1].IsCapitalized) j--;   // "X, exige que"
        if (j < first || tokens[j].Kind is TokenKind.Quote or TokenKind.Punctuation)
        {
            int after = verb + 1;
            if (after < tokens.Count && Cue(tokens, after) == QuoteCue.Pronoun) return Pronoun(ctx, verb);
            return after < tokens.Count && tokens[after].Kind != TokenKind.Quote ? Forward(ctx, after) : null;
        }
        return Backward(ctx, j, first);
    }

    // ------------------------------------------------------------------ indirect quotes

    /// <summary>"X a affirmé que ...": a speech verb, then "que"/"that" within three tokens.</summary>
    private QuoteMention? Indirect(Context ctx, int v, int[] inPair)
    {
        var tokens = ctx.Tokens;
        if (SpeechLemma(tokens[v]) is not { } lemma) return null;
        var sentence = ctx.Doc.Sentences[tokens[v].Sentence];
        // Up to three words may stand before "que": "a annoncé vendredi que", "a dit à la presse que".
        int q = v + 1;
        while (q < sentence.EndToken && q <= v + 3 && tokens[q].Kind == TokenKind.Word && Cue(tokens, q) != QuoteCue.Complementizer
               && SpeechLemma(tokens[q]) is null) q++;
        if (q >= sentence.EndToken || Cue(tokens, q) != QuoteCue.Complementizer) return null;
        int start = q + 1, end = sentence.EndToken;
        while (end > start && tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Quote) end--;
        if (end - start < 2) return null;
        for (int k = start; k < end; k++) if (inPair[k] >= 0) return null;   // the quote inside is reported as direct
        // Without quotation marks, only a speaker the text really names makes it reported speech.
        var speaker = Subject(ctx, v, sentence.FirstToken);
        if (speaker is null || speaker.Guessed) return null;
        ctx.Speakers.Add((sentence.Index, speaker));
        var span = TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        return Make(ctx, span, speaker, lemma, "indirect", "quote/indirect");
    }
}
