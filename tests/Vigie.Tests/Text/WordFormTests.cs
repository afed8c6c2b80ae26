using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Time;
using Vigie.Text.Tokens;

namespace Vigie.Tests.Text;

/// <summary>
/// Word forms: the tokens of one surface share one, per language, and the facts stages keep in
/// it are those of the lexicon that computed them.
/// </summary>
public class WordFormTests
{
    private static List<Token> Tok(string text, string lang) =>
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), TokenizerRules.For(lang));

    [Fact]
    public void TokensOfOneSurfaceShareTheirFormWithinALanguage()
    {
        var tokens = Tok("des soldats et des civils", "fr");
        Assert.Same(tokens[0].Form, tokens[3].Form);
        Assert.NotSame(tokens[1].Form, tokens[4].Form);
        // Another language has its own forms: "des" is a contraction in French only.
        var english = Tok("des", "en")[0];
        Assert.NotSame(tokens[0].Form, english.Form);
        Assert.Equal(["de", "les"], tokens[0].Form.Expansion);
        Assert.Null(english.Form.Expansion);
        Assert.Equal(tokens[0].Expansion, tokens[0].Form.Expansion);
    }

    [Fact]
    public void EachSlotKeepsItsOwnFact()
    {
        var form = new WordForm("Paris", "paris", "paris", null);
        var slots = Enumerable.Range(0, 7).Select(_ => WordForm.NewSlot()).ToArray();
        Assert.All(slots, s => Assert.Null(form.Fact(s)));
        foreach (var s in slots) form.SetFact(s, $"fact {s}");
        Assert.All(slots, s => Assert.Equal($"fact {s}", form.Fact(s)));
        form.SetFact(slots[5], "changed");
        Assert.Equal("changed", form.Fact(slots[5]));
        Assert.Equal($"fact {slots[4]}", form.Fact(slots[4]));
    }

    /// <summary>
    /// Two French time lexicons, one of which knows a month the other does not, read the same
    /// tokens in turn: each finds what its own data says, whichever ran first on those word forms.
    /// </summary>
    [Fact]
    public void TimeFactsBelongToTheLexiconThatComputedThem()
    {
        var dir = Directory.CreateTempSubdirectory("vigie-wordform-");
        try
        {
            foreach (var f in new[] { "time.tsv", "time-patterns.tsv", "time-tense.tsv", "number-words.tsv", "number-format.tsv" })
            {
                var text = File.ReadAllText(DataDirectory.Lang("fr", f));
                // A month name of the Republican calendar, as a month alias (own test data).
                if (f == "time.tsv") text += "brumaire\tmonth\t11\n";
                File.WriteAllText(Path.Combine(dir.FullName, f), text);
            }
            var rules = TokenizerRules.For("fr");
            var extended = TimeLexicon.Load("fr", dir.FullName, rules);
            var standard = TimeLexicon.For("fr");
            var tokens = Tok("le 3 brumaire 2021", "fr");

            int? Length(TimeLexicon lex) => lex.Match(tokens, 0, tokens.Count)?.MatchLength;
            for (int round = 0; round < 2; round++)
            {
                Assert.Equal(4, Length(extended));
                Assert.NotEqual(4, Length(standard));
            }
        }
        finally { dir.Delete(true); }
    }
}
