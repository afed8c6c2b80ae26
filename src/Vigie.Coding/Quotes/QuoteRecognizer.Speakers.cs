using Vigie.Core;
using Vigie.Text;

namespace Vigie.Coding.Quotes;

// Speaker resolution: entities, capitalised names, pronouns and descriptions ("le quotidien").
public sealed partial class QuoteRecognizer
{
    private string? SpeechLemma(Token t)
    {
        if (t.Kind != TokenKind.Word) return null;
        if (_speechLemmas is not null) return _speechLemmas.TryGetValue(t.Norm, out var speech) ? speech : null;
        foreach (var lemma in _lemmasOf!(t.Norm))
            if (_lex.Verbs.Contains(lemma)) return lemma;
        return null;
    }

    private QuoteCue Cue(List<Token> tokens, int i) => _lex.CueOf(tokens[i]);

    private static string CueText(List<Token> tokens, int k, int len) =>
        string.Join(" ", Enumerable.Range(k, len).Select(i => tokens[i].Norm)).Replace("' ", "'");

    private bool IsNameWord(Token t) =>
        t.Kind == TokenKind.Word && t.IsCapitalized && !TextNormalizer.IsApostrophe(t.Text[^1]);

    /// <summary>The speaker named from token k on: an entity, a capitalised name, a described speaker ("le porte-parole") or a pronoun.</summary>
    private Speaker? Forward(Context ctx, int k)
    {
        var tokens = ctx.Tokens;
        int n = tokens.Count;
        while (k < n && Cue(tokens, k) == QuoteCue.Adverb) k++;
        if (k >= n) return null;
        if (FromEntity(ctx, k) is { } e) return e;
        if (Cue(tokens, k) == QuoteCue.Pronoun) return Pronoun(ctx, k);
        if (IsNameWord(tokens[k]) && Cue(tokens, k) != QuoteCue.Determiner) return NameFrom(ctx, k);
        if (Cue(tokens, k) != QuoteCue.Determiner && !TextNormalizer.IsApostrophe(tokens[k].Text[^1])) return null;
        // "le quotidien libanais L'Orient-Le Jour", "l'agence Bloomberg", "le porte-parole".
        int sentenceEnd = ctx.Doc.Sentences[tokens[k].Sentence].EndToken;
        int last = k;
        for (int j = k + 1; j < sentenceEnd && j <= k + 6; j++)
        {
            var t = tokens[j];
            if (t.Kind != TokenKind.Word) break;
            if (FromEntity(ctx, j) is { } inner) return inner;
            if (IsNameWord(t) && Cue(tokens, j - 1) != QuoteCue.NameLink) return NameFrom(ctx, j);
            if (SpeechLemma(t) is not null || Cue(tokens, j) is QuoteCue.NameLink or QuoteCue.Relative) break;
            last = j;
        }
        return last > k && Head(tokens, k + 1, last + 1) is { } head ? Described(ctx, head, k) : null;
    }

    /// <summary>The speaker whose name ends at token j (subject before a verb), not reaching before <paramref name="first"/>.</summary>
    private Speaker? Backward(Context ctx, int j, int first)
    {
        var tokens = ctx.Tokens;
        if (FromEntity(ctx, j) is { } e) return e;
        if (Cue(tokens, j) == QuoteCue.Pronoun) return Pronoun(ctx, j);
        if (IsNameWord(tokens[j]))
        {
            int s = j;
            while (s - 1 >= first && (IsNameWord(tokens[s - 1]) || Cue(tokens, s - 1) == QuoteCue.NameLink && s - 2 >= first && IsNameWord(tokens[s - 2])))
                s--;
            while (s < j && (Cue(tokens, s) == QuoteCue.Determiner || _lex.FunctionWords.Contains(tokens[s].Norm))) s++;
            if (s == j && (Cue(tokens, s) != QuoteCue.None || _lex.FunctionWords.Contains(tokens[s].Norm))) return null;   // "Mais plaidant"
            // "Le ministre iranien des Transports": a capitalised word after "des" belongs to the description.
            if (s - 1 >= first && Cue(tokens, s - 1) == QuoteCue.NameLink) return DescribedBefore(ctx, s - 1, first) ?? Name(ctx, s, j + 1);
            return Name(ctx, s, j + 1);
        }
        return DescribedBefore(ctx, j, first);
    }

    /// <summary>A description ending at j ("le quotidien", "le ministre iranien des Transports"): back to its determiner.</summary>
    private Speaker? DescribedBefore(Context ctx, int j, int first)
    {
        var tokens = ctx.Tokens;
        for (int d = j; d >= first && d >= j - 6; d--)
        {
            if (tokens[d].Kind != TokenKind.Word) return null;
            if (Cue(tokens, d) == QuoteCue.Determiner)
                return d + 1 <= j && Head(tokens, d + 1, j + 1) is { } head ? Described(ctx, head, d) : null;
        }
        return null;
    }

    /// <summary>
    /// The speaker an entity mention gives: its antecedent's (or its own) name. A person
    /// described by a role and no name ("le ministre iranien des Transports", "the bank chief")
    /// is resolved like any description — the name the text put beside that noun, else the last
    /// person of the same country — and keeps the mention's actor code.
    /// </summary>
    private Speaker? FromEntity(Context ctx, int k)
    {
        if ((uint)k >= (uint)ctx.EntityAt.Length || ctx.EntityAt[k] is not { } e || e.Type is not (EntityTypes.Person or EntityTypes.Organisation or EntityTypes.Country or EntityTypes.Group))
            return null;
        var resolved = e.Antecedent ?? e;
        int position = ctx.Tokens[k].Span.Start;
        if (resolved.Type != EntityTypes.Person || HasProperName(ctx, resolved))
            return new Speaker(resolved.Name ?? resolved.Text, e, position);
        int first = e.FirstToken;
        while (first < e.EndToken && Cue(ctx.Tokens, first) == QuoteCue.Determiner) first++;
        if (Head(ctx.Tokens, first, e.EndToken) is { } head && Apposed(ctx, head, position) is { } name)
            return new Speaker(name, e, position);
        if (LastPerson(ctx, e.FirstToken, e.Country) is { } last)
            return new Speaker(last.Name, e, position, Guessed: true);
        return new Speaker(resolved.Name ?? resolved.Text, e, position, Guessed: true);
    }

    /// <summary>True when a mention holds a name, not only a description: a capitalised word that is no determiner and follows no "de"/"des" ("Transports" in "ministre des Transports" is a portfolio).</summary>
    private bool HasProperName(Context ctx, EntityMention m)
    {
        for (int k = m.FirstToken; k < m.EndToken && k < ctx.Tokens.Count; k++)
            if (IsNameWord(ctx.Tokens[k]) && Cue(ctx.Tokens, k) != QuoteCue.Determiner && !(k > m.FirstToken && Cue(ctx.Tokens, k - 1) == QuoteCue.NameLink))
                return true;
        return false;
    }

    /// <summary>The capitalised name starting at k ("Jimmy Wales", "Abou Bakr al-Baghdadi").</summary>
    private Speaker NameFrom(Context ctx, int k)
    {
        var tokens = ctx.Tokens;
        int e = k + 1;
        while (e < tokens.Count && (IsNameWord(tokens[e])
               || Cue(tokens, e) == QuoteCue.NameLink && e + 1 < tokens.Count && IsNameWord(tokens[e + 1])))
            e++;
        return Name(ctx, k, e);
    }

    private Speaker Name(Context ctx, int start, int end)
    {
        while (start < end - 1 && Cue(ctx.Tokens, start) == QuoteCue.Title) start++;   // "M. Aznar" → "Aznar"
        var span = TextSpan.FromBounds(ctx.Tokens[start].Span.Start, ctx.Tokens[end - 1].Span.End);
        return new Speaker(ctx.Doc[span], null, span.Start);
    }

    /// <summary>A pronoun: the last speaker of this or the two previous sentences, else the last person named.</summary>
    private Speaker? Pronoun(Context ctx, int at)
    {
        int sentence = ctx.Tokens[at].Sentence;
        for (int i = ctx.Speakers.Count - 1; i >= 0; i--)
        {
            var (s, speaker) = ctx.Speakers[i];
            if (sentence - s > 2) break;
            if (speaker.Position < ctx.Tokens[at].Span.Start) return speaker with { Position = ctx.Tokens[at].Span.Start };
        }
        return LastPerson(ctx, at);
    }

    /// <summary>A described speaker: the last name the text put beside the same noun, else the last person named.</summary>
    private Speaker? Described(Context ctx, string noun, int at)
    {
        int position = ctx.Tokens[at].Span.Start;
        if (Apposed(ctx, noun, position) is { } name)
        {
            int offset = ctx.Doc.Text.LastIndexOf(name, Math.Max(0, position - 1), StringComparison.Ordinal);
            return new Speaker(name, EntityStartingAt(ctx, offset), position);
        }
        return LastPerson(ctx, at) is { } last ? last with { Guessed = true } : null;
    }

    /// <summary>Of the names the text put beside <paramref name="noun"/>, the one mentioned last before <paramref name="position"/>.</summary>
    private static string? Apposed(Context ctx, string noun, int position)
    {
        if (!ctx.Appositions.TryGetValue(noun, out var names) || position == 0) return null;
        string? best = null;
        int bestAt = -1;
        foreach (var name in names)
        {
            int found = ctx.Doc.Text.LastIndexOf(name, position - 1, StringComparison.Ordinal);
            if (found > bestAt) { bestAt = found; best = name; }
        }
        return best;
    }

    private static EntityMention? EntityStartingAt(Context ctx, int offset) =>
        ctx.Doc.Entities.FirstOrDefault(e => e.Span.Start == offset);

    /// <summary>
    /// The last person named before token <paramref name="at"/>: a PER entity, or else two or
    /// more capitalised words in a row (a first name and a name), or a previous speaker.
    /// </summary>
    private Speaker? LastPerson(Context ctx, int at, string? country = null)
    {
        int position = ctx.Tokens[at].Span.Start;
        Speaker? best = null;
        foreach (var e in ctx.Doc.Entities)
        {
            if (e.Type != EntityTypes.Person || e.Span.End > position || (best is not null && e.Span.Start <= best.Position)) continue;
            var resolved = e.Antecedent ?? e;
            // A bare description ("le dirigeant nord-coréen") names nobody; a country narrows the choice.
            if (!HasProperName(ctx, resolved) || country is not null && resolved.Country is not null && resolved.Country != country) continue;
            best = new Speaker(resolved.Name ?? resolved.Text, e, e.Span.Start);
        }
        if (ctx.Doc.Entities.Count == 0)
            foreach (var (s, e) in ctx.Names)
                if (LooksLikePerson(ctx, s, e) && ctx.Tokens[e - 1].Span.End <= position && (best is null || ctx.Tokens[s].Span.Start > best.Position))
                    best = Name(ctx, s, e);
        if (country is null)
            foreach (var (_, speaker) in ctx.Speakers)
                if (speaker.Position < position && (best is null || speaker.Position > best.Position)) best = speaker;
        return best;
    }

    /// <summary>
    /// Without an entity layer, a person's name is two or more capitalised words with no
    /// lower-case link and no article before them ("Kim Jong-un", not "la Corée du Nord" or
    /// "la Maison Blanche").
    /// </summary>
    private bool LooksLikePerson(Context ctx, int s, int e)
    {
        if (e - s < 2) return false;
        for (int k = s; k < e; k++) if (!IsNameWord(ctx.Tokens[k])) return false;
        return s == 0 || !(Cue(ctx.Tokens, s - 1) == QuoteCue.Determiner || TextNormalizer.IsApostrophe(ctx.Tokens[s - 1].Text[^1]));
    }

    /// <summary>Collects capitalised name sequences and the nouns set beside them.</summary>
    private void FindNames(Context ctx)
    {
        var tokens = ctx.Tokens;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens[i]) || Cue(tokens, i) is QuoteCue.Determiner or QuoteCue.Pronoun
                || (_lex.FunctionWords.Contains(tokens[i].Norm)) || SpeechLemma(tokens[i]) is not null)
            {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < tokens.Count && (IsNameWord(tokens[e]) || Cue(tokens, e) == QuoteCue.NameLink && e + 1 < tokens.Count && IsNameWord(tokens[e + 1])))
                e++;
            // A capitalised article inside a sentence belongs to the name ("L'Orient-Le Jour", "Le Temps").
            int s = i;
            if (s > 0 && tokens[s - 1].IsCapitalized && Cue(tokens, s - 1) == QuoteCue.Determiner
                && tokens[s - 1].Sentence == tokens[s].Sentence && ctx.Doc.Sentences[tokens[s].Sentence].FirstToken != s - 1)
                s--;
            ctx.Names.Add((i, e));
            // The name's text is cut only when a noun is set beside it (most names have none).
            var nameSpan = TextSpan.FromBounds(tokens[s].Span.Start, tokens[e - 1].Span.End);
            string? name = null;
            // "le quotidien libanais L'Orient-Le Jour": determiner, noun, up to two lower-case words, then the name.
            for (int d = s - 2; d >= 0 && d >= s - 4; d--)
            {
                var t = tokens[d + 1];
                if (t.Kind != TokenKind.Word || t.IsCapitalized || t.Sentence != tokens[s].Sentence
                    || _lex.FunctionWords.Contains(t.Norm) || Cue(tokens, d + 1) != QuoteCue.None) break;
                if (Cue(tokens, d) == QuoteCue.Determiner)
                {
                    if (Head(tokens, d + 1, s) is { } head) AddApposition(ctx, head, name ??= ctx.Doc[nameSpan]);
                    break;
                }
            }
            // "Abbas Akhoundi, le ministre iranien": the name, a comma, a determiner and the noun
            // (not a lone capitalised word opening a sentence: "Toutefois, le président").
            bool sentenceInitial = ctx.Doc.Sentences[tokens[s].Sentence].FirstToken == s;
            if (!(sentenceInitial && e - s == 1) && e + 2 < tokens.Count && tokens[e].Text == ","
                && Cue(tokens, e + 1) == QuoteCue.Determiner && tokens[e + 2].Kind == TokenKind.Word)
            {
                int stop = e + 2;
                while (stop < tokens.Count && stop < e + 6 && tokens[stop].Kind == TokenKind.Word && !tokens[stop].IsCapitalized
                       && Cue(tokens, stop) is QuoteCue.None) stop++;
                if (Head(tokens, e + 2, stop) is { } head) AddApposition(ctx, head, name ??= ctx.Doc[nameSpan]);
            }
            i = e;
        }
    }

    /// <summary>
    /// The head noun of a description without its determiner, tokens [from, to): last where
    /// modifiers come first ("chief" in "bank chief"), else first ("ministre" in "ministre
    /// iranien des Transports").
    /// </summary>
    private string? Head(List<Token> tokens, int from, int to)
    {
        if (_lex.Syntax.ModifiersBeforeNoun)
        {
            for (int k = to - 1; k >= from; k--)
                if (tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && Cue(tokens, k) == QuoteCue.None) return tokens[k].Norm;
            return null;
        }
        return from < to && tokens[from].Kind == TokenKind.Word ? tokens[from].Norm : null;
    }

    private static void AddApposition(Context ctx, string noun, string name)
    {
        if (!ctx.Appositions.TryGetValue(noun, out var list)) ctx.Appositions[noun] = list = [];
        if (!list.Contains(name)) list.Add(name);
    }
}
