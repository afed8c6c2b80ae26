using System.Text;
using Vigie.Coding.Lexicon;
using Vigie.Core.Data;

namespace Vigie.Tests.Lexicon;

/// <summary>
/// Checks French noun number against the Lefff lexicon (LGPL-LR), read at test time and never
/// copied into Vigie: every plural common noun Lefff lists must get its Lefff lemma back from
/// <see cref="NounLexicon.Singular"/>, and be among <see cref="NounLexicon.Forms"/> of that lemma.
/// Lefff lemmatises feminines to the masculine (acheteuses → acheteur), which is gender, not
/// number, so a plural is compared only with a lemma Lefff also lists as a singular of its gender.
/// </summary>
public class LefffNounTests
{
    [Fact]
    public void FrenchPluralsMostlyAgreeWithLefff()
    {
        var path = LefffCrossCheckTests.LefffPath();
        if (path is null) Assert.Skip("Lefff not found (../shared/data/lefff/lefff-3.4.mlex or $VIGIE_LEFFF): cross-check skipped");

        var rows = File.ReadLines(path, Encoding.UTF8).Select(l => l.Split('\t'))
            .Where(c => c.Length >= 4 && c[1] == "nc" && c[2].All(ch => char.IsLetter(ch) || ch == '-'))
            .ToList();
        var singulars = new HashSet<(string, char)>();
        foreach (var c in rows.Where(c => c[0] == c[2]))
        {
            if (c[3] is "ms" or "m" or "s" or "") singulars.Add((c[0], 'm'));
            if (c[3] is "fs" or "f" or "s" or "") singulars.Add((c[0], 'f'));
        }

        var nouns = NounLexicon.Load("fr", DataDirectory.Path("lang", "fr"));
        var seen = new HashSet<(string, string)>();
        int plurals = 0, singularRight = 0, pluralRight = 0;
        foreach (var c in rows)
        {
            var (form, lemma, tag) = (c[0], c[2], c[3]);
            if (!tag.EndsWith('p') || !form.All(ch => char.IsLower(ch) || ch == '-')) continue;
            char gender = tag.Length == 2 ? tag[0] : 'm';
            if (!singulars.Contains((lemma, gender)) || !seen.Add((form, lemma))) continue;
            plurals++;
            if (nouns.Singular(form) == lemma) singularRight++;
            if (nouns.Forms(lemma).Contains(form)) pluralRight++;
        }
        double singularRate = (double)singularRight / plurals, pluralRate = (double)pluralRight / plurals;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Lefff nouns: {plurals} plurals; Singular right for {singularRight} ({100 * singularRate:F2}%), Forms right for {pluralRight} ({100 * pluralRate:F2}%)");
        Assert.True(plurals > 30_000, $"only {plurals} Lefff plurals read");
        // Most of the rest are hyphenated compounds with a complement (sauts-de-mouton) and loans (maxima, rugbymen).
        Assert.True(singularRate >= 0.98, $"Singular right for {100 * singularRate:F2}%");
        Assert.True(pluralRate >= 0.98, $"Forms right for {100 * pluralRate:F2}%");
    }
}
