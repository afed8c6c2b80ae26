using Vigie.Core;

namespace Vigie.Text.Amounts;

/// <summary>
/// Finds counted amounts in a sentence's tokens: an optional qualifier ("plus de", "at least"),
/// a number written in digits ("1 000", "3,5", "1,000", "$1.68") or in words ("trois",
/// "vingt-deux", "two dozen"), an optional multiplier ("millions", "bn") or symbol ("%", "$"),
/// then the counted noun ("conteneurs", "troops"). Vague quantities ("des dizaines de morts")
/// have a null value and a magnitude. Two numbers joined by a connector ("30 à 50 milliards de
/// dollars", "trois ou quatre lots") give two amounts that share the multiplier and the noun.
/// Not amounts: dates ("24 janvier"), years, durations, ages and clock times ("trois ans",
/// "15 h 30"), ordinals ("1er"), numbers inside names ("Boeing 737", "A320"), and bare numbers
/// with neither noun, symbol nor qualifier.
/// </summary>
public sealed class AmountRecognizer(AmountLexicon lexicon)
{
    /// <summary>A multiplier word the reading applies itself ("millions", "mille"): number words stop before it.</summary>
    private readonly Func<Token, bool> _isMultiplierWord = t => lexicon.Multipliers.TryGetValue(t.Norm, out var m) && !m.Attached;

    /// <summary>One number as read, before its noun is known.</summary>
    private sealed class Reading
    {
        public int SpanStart;          // first token (qualifier included)
        public int NumberStart;        // first token of the number itself
        public int End;                // token after the number (multiplier and suffix symbol included)
        public decimal? Value;
        public string Qualifier = AmountQualifiers.Exact;
        public string? Magnitude;
        public bool Multiplied, Vague, Numeric;
        public string? Unit;
        public int UnitEnd = -1;       // token after the unit, when there is one
        public bool NotAmount;
    }

    /// <summary>The amounts of a whole document, sentence by sentence.</summary>
    public List<AmountMention> Recognize(Document document)
    {
        var result = new List<AmountMention>();
        foreach (var sentence in document.Sentences)
            Recognize(document, sentence.FirstToken, sentence.EndToken, result);
        return result;
    }

    /// <summary>The amounts of tokens [first, end).</summary>
    public void Recognize(Document document, int first, int end, List<AmountMention> result)
    {
        var tokens = document.Tokens;
        var nameNumbers = new HashSet<int>();   // numbers found to be part of a name
        int i = first;
        while (i < end)
        {
            var reading = Read(tokens, i, end, first, nameNumbers);
            if (reading is null) { i++; continue; }
            var chain = new List<Reading> { reading };
            FindUnit(tokens, reading, end, first);
            // A range or a list: "30 à 50 milliards de dollars", "entre 60 et 90 soldats".
            while (chain[^1].Unit is null && !chain[^1].NotAmount && chain[^1].End + 1 < end
                   && IsContext(tokens[chain[^1].End], AmountContext.Connector)
                   && Read(tokens, chain[^1].End + 1, end, first, nameNumbers) is { } next)
            {
                FindUnit(tokens, next, end, first);
                chain.Add(next);
            }
            var last = chain[^1];
            foreach (var r in chain)
            {
                if (r != last)
                {
                    if (!r.Multiplied && last.Multiplied && r.Value is { } v && last.Value is not null)
                        r.Value = v * Multiplier(tokens, last);
                    r.Unit ??= last.Unit;
                    r.NotAmount |= last.NotAmount;
                }
                if (Keep(r)) result.Add(Make(document, r));
            }
            i = Math.Max(i + 1, Math.Max(last.End, last.UnitEnd));
        }
    }

    private static bool Keep(Reading r) =>
        !r.NotAmount && r.Value is not null | r.Vague
        && (r.Unit is not null || r.Qualifier != AmountQualifiers.Exact || r.Multiplied);

    private AmountMention Make(Document document, Reading r)
    {
        var tokens = document.Tokens;
        int endToken = r.UnitEnd > 0 && r.UnitEnd > r.End ? r.UnitEnd : r.End;
        var span = TextSpan.FromBounds(tokens[r.SpanStart].Span.Start, tokens[endToken - 1].Span.End);
        return new AmountMention(span, r.Value, r.Vague && r.Value is null ? AmountQualifiers.Vague : r.Qualifier, r.Unit, document[span])
        {
            Magnitude = r.Magnitude,
            Rule = r.Vague ? "amount/vague" : r.Numeric ? "amount/digits" : "amount/words",
        };
    }

    /// <summary>The multiplier a reading carries (its value over the value of its bare number).</summary>
    private decimal Multiplier(List<Token> tokens, Reading r)
    {
        decimal m = 1;
        for (int k = r.NumberStart; k < r.End; k++)
            if (lexicon.Multipliers.TryGetValue(tokens[k].Norm, out var mult) && !mult.Attached) m *= mult.Value;
            else if (SplitAttached(tokens[k]) is { } attached) m *= attached.Multiplier;
        return m;
    }

    private bool IsContext(Token t, AmountContext kind) => lexicon.Context.TryGetValue(t.Norm, out var k) && k == kind;

    /// <summary>Reads a qualifier, a vague quantity or a number at token <paramref name="i"/>.</summary>
    private Reading? Read(List<Token> tokens, int i, int end, int sentenceStart, HashSet<int> nameNumbers)
    {
        if (!MayStart(tokens[i])) return null;
        string qualifier = AmountQualifiers.Exact;
        int k = i;
        var q = lexicon.Qualifiers.Match(tokens, i, end);
        if (q.Length > 0) { qualifier = q.Values[0]; k = i + q.Length; }
        if (k >= end) return null;

        var vague = lexicon.Vague.Match(tokens, k, end);
        if (vague.Length > 0)
        {
            int after = k + vague.Length;
            var v = vague.Values[0];
            // A vague plural counts something only with "de"/"of" after it ("des dizaines de morts");
            // an approximate number may stand alone ("a dozen eggs", "une centaine").
            if (v.Value is not null || after < end && IsContext(tokens[after], AmountContext.Partitive))
            {
                return new Reading
                {
                    SpanStart = i, NumberStart = k, End = after, Value = v.Value, Magnitude = v.Magnitude, Vague = v.Value is null,
                    Qualifier = q.Length > 0 ? qualifier : v.Qualifier, Multiplied = true,
                };
            }
        }

        // The reading is made only once a number is found (most tokens start none): the fields
        // are gathered in locals first, so that no object is allocated per token.
        int numberStart = k;
        string? unit = null;
        decimal? number;
        bool numeric = false, multiplied = false;
        // A currency or other symbol before the number: "$1.68 billion".
        var prefix = lexicon.Symbols.Match(tokens, k, end);
        if (prefix.Length > 0 && prefix.Values[0] is "prefix" or "both" && k + prefix.Length < end
            && (tokens[k + prefix.Length].Kind == TokenKind.Number || SplitAttached(tokens[k + prefix.Length]) is not null))
        {
            unit = Concat(tokens, k, k + prefix.Length);
            k += prefix.Length;
        }

        var t = tokens[k];
        if (t.Kind == TokenKind.Number)
        {
            if (lexicon.Numbers.ParseDigits(t.Text) is not { } value) return null;
            number = value;
            numeric = true;
            k++;
            if (IsNameNumber(tokens, k - 1, sentenceStart, nameNumbers, unit is not null)) { nameNumbers.Add(k - 1); return null; }
            // "April 1", "le 17 septembre" read the other way round: a month or weekday before the number.
            if (k - 2 >= sentenceStart && IsContext(tokens[k - 2], AmountContext.Date)) return null;
            // The minutes of a clock time: "12 h 30".
            if (k - 3 >= sentenceStart && IsContext(tokens[k - 2], AmountContext.Time) && tokens[k - 3].Kind == TokenKind.Number) return null;
            // An ungrouped four-digit year: "en 2022", "in 2015".
            if (t.Text.Length == 4 && value is >= 1000 and <= 2100 && unit is null
                && !(k < end && (lexicon.Multipliers.ContainsKey(tokens[k].Norm) || IsSuffixSymbol(tokens, k, end))))
                return null;
        }
        else if (SplitAttached(t) is { } attached)
        {
            number = attached.Value * attached.Multiplier;
            numeric = multiplied = true;
            k++;
        }
        else if (lexicon.Numbers.TryParseWords(tokens, k, end, _isMultiplierWord, out var value, out var length, out var articleOnly))
        {
            // "un soldat", "one soldier": an article alone is no count, unless a multiplier follows ("un million").
            if (articleOnly && !(k + length < end && _isMultiplierWord(tokens[k + length]))) return null;
            number = value;
            k += length;
        }
        else return null;

        var r = new Reading
        {
            SpanStart = i, NumberStart = numberStart, Qualifier = qualifier, Unit = unit, Value = number, Numeric = numeric, Multiplied = multiplied,
        };

        while (k < end && lexicon.Multipliers.TryGetValue(tokens[k].Norm, out var mult) && !mult.Attached)
        {
            r.Value *= mult.Value;
            r.Multiplied = true;
            k++;
        }
        r.End = k;
        // A clock time: "15:30".
        if (k + 1 < end && tokens[k].Text == ":" && tokens[k + 1].Kind == TokenKind.Number && !tokens[k].SpaceBefore) r.NotAmount = true;
        if (r.NumberStart > 1 && tokens[r.NumberStart - 1].Text == ":" && tokens[r.NumberStart - 2].Kind == TokenKind.Number) r.NotAmount = true;
        return r;
    }

    private bool IsSuffixSymbol(List<Token> tokens, int k, int end)
    {
        var m = lexicon.Symbols.Match(tokens, k, end);
        return m.Length > 0 && m.Values[0] is "suffix" or "both";
    }

    /// <summary>
    /// A number in a name: right after a capitalised word that does not start the sentence
    /// ("Boeing 737", "Apollo 11"), or joined to such a number ("Boeing 737 et 777").
    /// </summary>
    private bool IsNameNumber(List<Token> tokens, int n, int sentenceStart, HashSet<int> nameNumbers, bool hasSymbol)
    {
        if (hasSymbol || n - 1 < sentenceStart) return false;
        var before = tokens[n - 1];
        // "Standard & Poor's 500": a possessive of a name.
        if (IsContext(before, AmountContext.Possessive) && n - 2 > sentenceStart && tokens[n - 2].IsCapitalized) return true;
        // "Boeing 737", "iPhone 4": a word with a capital letter (not one opening the sentence).
        if (before.Kind == TokenKind.Word && before.Text.Any(char.IsUpper) && n - 1 > sentenceStart && !IsContext(before, AmountContext.Date)
            && lexicon.Qualifiers.Match(tokens, n - 1).Length == 0)
            return true;
        return n - 2 >= sentenceStart && IsContext(before, AmountContext.Connector) && nameNumbers.Contains(n - 2);
    }

    /// <summary>Finds the counted noun after a reading, or marks it as a date, time or duration.</summary>
    private void FindUnit(List<Token> tokens, Reading r, int end, int sentenceStart)
    {
        int k = r.End;
        var suffix = lexicon.Symbols.Match(tokens, k, end);
        if (r.Unit is null && suffix.Length > 0 && suffix.Values[0] is "suffix" or "both")
        {
            r.Unit = Concat(tokens, k, k + suffix.Length);
            r.UnitEnd = k + suffix.Length;
            return;
        }
        if (r.Unit is not null) return;
        if (k < end && r.Multiplied | r.Vague && IsContext(tokens[k], AmountContext.Partitive)) k++;
        if (k >= end) return;
        var t = tokens[k];
        if (!lexicon.Context.TryGetValue(t.Norm, out var ctx))
        {
            if (t.Kind != TokenKind.Word) return;
            // "1,000 American troops": a capitalised modifier before a lower-case noun, where modifiers come first.
            if (lexicon.Syntax.ModifiersBeforeNoun && t.IsCapitalized && k + 1 < end && tokens[k + 1].Kind == TokenKind.Word
                && !tokens[k + 1].IsCapitalized && !lexicon.Context.ContainsKey(tokens[k + 1].Norm))
                k++;
            SetUnit(tokens, r, k, end);
            return;
        }
        switch (ctx)
        {
            case AmountContext.Date:
            case AmountContext.Time:
                r.NotAmount = true;
                return;
            case AmountContext.Premodifier:
                int p = k;
                while (p < end && IsContext(tokens[p], AmountContext.Premodifier)) p++;
                if (p < end && lexicon.Context.TryGetValue(tokens[p].Norm, out var after) && after is AmountContext.Date or AmountContext.Time)
                {
                    r.NotAmount = true;   // "cinq prochaines années"
                    return;
                }
                // The adjective stands for the noun when no noun follows ("110 autres").
                if (p < end && tokens[p].Kind == TokenKind.Word && !lexicon.Context.ContainsKey(tokens[p].Norm)) SetUnit(tokens, r, p, end);
                else SetUnit(tokens, r, p - 1, end);
                return;
            default:
                return;
        }
    }

    private static void SetUnit(List<Token> tokens, Reading r, int k, int end)
    {
        int unitEnd = k + 1;
        // "km²": a superscript glued to the noun.
        if (unitEnd < end && !tokens[unitEnd].SpaceBefore && tokens[unitEnd].Text is "²" or "³") unitEnd++;
        r.Unit = Concat(tokens, k, unitEnd);
        r.UnitEnd = unitEnd;
    }

    private static string Concat(List<Token> tokens, int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (int k = from; k < to; k++)
        {
            if (k > from && tokens[k].SpaceBefore) sb.Append(' ');
            sb.Append(tokens[k].Text);
        }
        return sb.ToString();
    }

    /// <summary>"5bn", "3m": digits glued to a multiplier.</summary>
    /// <summary>
    /// False when no reading can start at <paramref name="t"/>: it starts no qualifier, vague
    /// quantity or symbol phrase, and is no number, number word or attached number ("5bn"). Most
    /// tokens are none of these; the answer is kept per word form, so a word is tested once.
    /// </summary>
    private bool MayStart(Token t)
    {
        if (t.Kind == TokenKind.Number) return true;
        if (t.Form.Fact(MayStartSlot) is StartFact known && known.Lexicon == lexicon) return known.MayStart;
        bool may = lexicon.PhraseStarts.Contains(t.Norm) || t.IsWord && lexicon.Numbers.IsNumberWord(t.Fold) || SplitAttached(t) is not null;
        t.Form.SetFact(MayStartSlot, may ? _mayStart : _mayNotStart);
        return may;
    }

    private static readonly int MayStartSlot = WordForm.NewSlot();
    private sealed record StartFact(AmountLexicon Lexicon, bool MayStart);
    private readonly StartFact _mayStart = new(lexicon, true), _mayNotStart = new(lexicon, false);

    private (decimal Value, decimal Multiplier)? SplitAttached(Token t)
    {
        if (t.Kind != TokenKind.Word || t.Text.Length < 2 || !char.IsDigit(t.Text[0])) return null;
        int d = 0;
        while (d < t.Text.Length && (char.IsDigit(t.Text[d]) || t.Text[d] is '.' or ',')) d++;
        if (d == t.Text.Length || !lexicon.Multipliers.TryGetValue(t.Norm[d..], out var m)) return null;
        return lexicon.Numbers.ParseDigits(t.Text[..d]) is { } v ? (v, m.Value) : null;
    }
}
