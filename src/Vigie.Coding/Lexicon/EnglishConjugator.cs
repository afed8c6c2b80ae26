using Vigie.Core.Data;

namespace Vigie.Coding.Lexicon;

/// <summary>
/// English verb forms: irregular pasts and participles from data/lang/en/irregular-verbs.tsv,
/// regular forms by the spelling rules below. Whether a final consonant doubles (commit →
/// committed but visit → visited) depends on stress, which spelling does not show, so
/// data/lang/en/verbs.tsv names the verbs that double (or add k: panic → panicked).
/// </summary>
internal sealed class EnglishConjugator : IConjugator
{
    /// <summary>How a verb's final consonant behaves before -ed and -ing.</summary>
    private enum Final { Plain, Double, Both, K }

    private sealed record Irregular(string[] Past, string[] Participle, string? Third, string[] Present, string? Ing);

    private readonly Dictionary<string, Irregular> _irregular;
    private readonly Dictionary<string, Final> _finals;

    private EnglishConjugator(Dictionary<string, Irregular> irregular, Dictionary<string, Final> finals)
    {
        _irregular = irregular;
        _finals = finals;
    }

    public IEnumerable<string> BuiltInLemmas => _irregular.Keys;

    public static EnglishConjugator Load(string folder)
    {
        var irregular = new Dictionary<string, Irregular>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(Path.Combine(folder, "irregular-verbs.tsv"), "lemma", "past", "participle").Rows)
        {
            var entry = new Irregular(row.List("past"), row.List("participle"), row.Optional("third"), row.List("present"), row.Optional("ing"));
            if (!irregular.TryAdd(row["lemma"], entry)) throw row.Error($"lemma '{row["lemma"]}' listed twice", "VERB004");
        }
        var finals = new Dictionary<string, Final>(StringComparer.Ordinal);
        foreach (var row in DataFile.Load(Path.Combine(folder, "verbs.tsv"), "lemma", "final").Rows)
        {
            var final = row["final"] switch
            {
                "double" => Final.Double,
                "both" => Final.Both,
                "k" => Final.K,
                var other => throw row.Error($"final must be double, both or k, not '{other}'", "VERB012"),
            };
            if (!finals.TryAdd(row["lemma"], final)) throw row.Error($"lemma '{row["lemma"]}' listed twice", "VERB004");
        }
        return new EnglishConjugator(irregular, finals);
    }

    public IReadOnlyList<GeneratedForm>? Conjugate(string lemma)
    {
        if (lemma.Length == 0 || !lemma.All(c => char.IsLetter(c) || c == '-')) return null;
        var forms = new List<GeneratedForm>(8);
        void Add(string form, VerbTense tense, int person = 0) =>
            forms.Add(new GeneratedForm(form, new VerbForm(lemma, tense, person, false, false)));

        _irregular.TryGetValue(lemma, out var irr);
        _finals.TryGetValue(lemma, out var final);
        Add(lemma, VerbTense.Base);
        Add(irr?.Third ?? ThirdPerson(lemma), VerbTense.Present, 3);
        foreach (var p in irr?.Present ?? []) Add(p, VerbTense.Present);
        var ed = irr is null ? Ed(lemma, final).ToArray() : [];
        foreach (var p in irr?.Past is { Length: > 0 } past ? past : ed) Add(p, VerbTense.SimplePast);
        foreach (var p in irr?.Participle is { Length: > 0 } part ? part : ed) Add(p, VerbTense.PastParticiple);
        if (irr?.Ing is { } ing) Add(ing, VerbTense.PresentParticiple);
        else foreach (var p in Ing(lemma, final)) Add(p, VerbTense.PresentParticiple);
        return forms;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>3rd person singular: -es after a sibilant or consonant + o (vetoes, but radios), consonant + y → -ies, else -s.</summary>
    internal static string ThirdPerson(string v)
    {
        if (v.EndsWith('s') || v.EndsWith('x') || v.EndsWith('z') || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith("sh", StringComparison.Ordinal)) return v + "es";
        if (v.Length > 1 && v[^1] == 'y' && !IsVowel(v[^2])) return v[..^1] + "ies";
        if (v.Length > 1 && v[^1] == 'o' && !IsVowel(v[^2])) return v + "es";
        return v + "s";
    }

    /// <summary>Regular past: e → -d, consonant + y → -ied, doubling or k as the data says, else -ed.</summary>
    private static IEnumerable<string> Ed(string v, Final final)
    {
        if (final is Final.Double or Final.Both) yield return v + v[^1] + "ed";
        if (final == Final.K) { yield return v + "ked"; yield break; }
        if (final == Final.Double) yield break;
        if (v.EndsWith('e')) yield return v + "d";
        else if (v.Length > 1 && v[^1] == 'y' && !IsVowel(v[^2])) yield return v[..^1] + "ied";
        else yield return v + "ed";
    }

    /// <summary>Regular -ing: ie → ying, silent e dropped (but not in -ee, -ye, -oe), doubling or k as the data says.</summary>
    private static IEnumerable<string> Ing(string v, Final final)
    {
        if (final is Final.Double or Final.Both) yield return v + v[^1] + "ing";
        if (final == Final.K) { yield return v + "king"; yield break; }
        if (final == Final.Double) yield break;
        if (v.EndsWith("ie", StringComparison.Ordinal)) yield return v[..^2] + "ying";
        else if (v.Length > 2 && v[^1] == 'e' && v[^2] is not ('e' or 'y' or 'o')) yield return v[..^1] + "ing";
        else yield return v + "ing";
    }
}
