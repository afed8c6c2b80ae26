using Vigie.Coding.Lexicon;
using Vigie.Core.Data;

namespace Vigie.Tests.Lexicon;

public class EnglishVerbTests
{
    // A lexicon of the tests' own: registering lemmas in the shared one (VerbLexicon.For) would change
    // what other tests running in the same process see ("élus" read as a verb).
    private static readonly VerbLexicon En = VerbLexicon.Load("en", DataDirectory.Path("lang", "en"));

    [Theory]
    [InlineData("attacks", "attack", VerbTense.Present)]
    [InlineData("attacked", "attack", VerbTense.SimplePast)]
    [InlineData("attacking", "attack", VerbTense.PresentParticiple)]
    [InlineData("condemns", "condemn", VerbTense.Present)]
    [InlineData("accuses", "accuse", VerbTense.Present)]
    [InlineData("accused", "accuse", VerbTense.PastParticiple)]
    [InlineData("accusing", "accuse", VerbTense.PresentParticiple)]
    [InlineData("criticizes", "criticize", VerbTense.Present)]
    [InlineData("pushes", "push", VerbTense.Present)]
    [InlineData("reaches", "reach", VerbTense.Present)]
    [InlineData("taxes", "tax", VerbTense.Present)]
    [InlineData("vetoes", "veto", VerbTense.Present)]
    [InlineData("vetoed", "veto", VerbTense.SimplePast)]
    [InlineData("radios", "radio", VerbTense.Present)]
    [InlineData("torpedoes", "torpedo", VerbTense.Present)]
    [InlineData("fixes", "fix", VerbTense.Present)]
    [InlineData("fixing", "fix", VerbTense.PresentParticiple)]
    [InlineData("issuing", "issue", VerbTense.PresentParticiple)]
    [InlineData("obeyed", "obey", VerbTense.SimplePast)]
    [InlineData("denies", "deny", VerbTense.Present)]
    [InlineData("denied", "deny", VerbTense.SimplePast)]
    [InlineData("denying", "deny", VerbTense.PresentParticiple)]
    [InlineData("employs", "employ", VerbTense.Present)]
    [InlineData("employed", "employ", VerbTense.SimplePast)]
    [InlineData("committed", "commit", VerbTense.PastParticiple)]
    [InlineData("committing", "commit", VerbTense.PresentParticiple)]
    [InlineData("stopped", "stop", VerbTense.SimplePast)]
    [InlineData("banned", "ban", VerbTense.SimplePast)]
    [InlineData("banning", "ban", VerbTense.PresentParticiple)]
    [InlineData("visited", "visit", VerbTense.SimplePast)]
    [InlineData("visiting", "visit", VerbTense.PresentParticiple)]
    [InlineData("opened", "open", VerbTense.SimplePast)]
    [InlineData("travelled", "travel", VerbTense.SimplePast)]
    [InlineData("traveled", "travel", VerbTense.SimplePast)]
    [InlineData("panicked", "panic", VerbTense.SimplePast)]
    [InlineData("agreed", "agree", VerbTense.SimplePast)]
    [InlineData("agreeing", "agree", VerbTense.PresentParticiple)]
    [InlineData("dying", "die", VerbTense.PresentParticiple)]
    [InlineData("making", "make", VerbTense.PresentParticiple)]
    [InlineData("made", "make", VerbTense.SimplePast)]
    [InlineData("fought", "fight", VerbTense.SimplePast)]
    [InlineData("struck", "strike", VerbTense.PastParticiple)]
    [InlineData("withdrew", "withdraw", VerbTense.SimplePast)]
    [InlineData("withdrawn", "withdraw", VerbTense.PastParticiple)]
    [InlineData("met", "meet", VerbTense.SimplePast)]
    [InlineData("said", "say", VerbTense.SimplePast)]
    [InlineData("says", "say", VerbTense.Present)]
    [InlineData("told", "tell", VerbTense.PastParticiple)]
    [InlineData("hit", "hit", VerbTense.SimplePast)]
    [InlineData("hitting", "hit", VerbTense.PresentParticiple)]
    [InlineData("getting", "get", VerbTense.PresentParticiple)]
    [InlineData("sought", "seek", VerbTense.SimplePast)]
    [InlineData("is", "be", VerbTense.Present)]
    [InlineData("were", "be", VerbTense.SimplePast)]
    [InlineData("been", "be", VerbTense.PastParticiple)]
    [InlineData("being", "be", VerbTense.PresentParticiple)]
    [InlineData("has", "have", VerbTense.Present)]
    [InlineData("having", "have", VerbTense.PresentParticiple)]
    [InlineData("does", "do", VerbTense.Present)]
    [InlineData("goes", "go", VerbTense.Present)]
    [InlineData("threatens", "threaten", VerbTense.Present)]
    [InlineData("sanctioned", "sanction", VerbTense.SimplePast)]
    [InlineData("kidnapped", "kidnap", VerbTense.SimplePast)]
    [InlineData("kidnapping", "kidnap", VerbTense.PresentParticiple)]
    [InlineData("benefited", "benefit", VerbTense.SimplePast)]
    [InlineData("benefitted", "benefit", VerbTense.SimplePast)]
    [InlineData("focused", "focus", VerbTense.SimplePast)]
    [InlineData("offsetting", "offset", VerbTense.PresentParticiple)]
    [InlineData("undercut", "undercut", VerbTense.PastParticiple)]
    [InlineData("deferred", "defer", VerbTense.SimplePast)]
    [InlineData("patrolling", "patrol", VerbTense.PresentParticiple)]
    [InlineData("lay", "lie", VerbTense.SimplePast)]
    [InlineData("lying", "lie", VerbTense.PresentParticiple)]
    public void FormIsAnalysed(string form, string lemma, VerbTense tense) => FrenchVerbTests.AssertForm(En, form, lemma, tense);

    [Theory]
    [InlineData("visit", "visitted")]
    [InlineData("open", "openned")]
    [InlineData("agree", "agring")]
    [InlineData("fight", "fighted")]
    [InlineData("be", "bing")]
    [InlineData("radio", "radioes")]
    [InlineData("fix", "fixxed")]
    [InlineData("target", "targetted")]
    [InlineData("limit", "limitted")]
    [InlineData("offset", "offseted")]
    public void WrongFormsAreNotGenerated(string lemma, string wrong) => Assert.DoesNotContain(wrong, En.FormsOf(lemma));

    [Fact]
    public void BaseFormIsAnalysed()
    {
        En.Register("condemn");
        Assert.Contains(En.Analyze("condemn"), a => a.Lemma == "condemn" && a.Tense == VerbTense.Base);
    }

    [Fact]
    public void ThirdPersonSingularIsMarked() =>
        FrenchVerbTests.AssertForm(En, "condemns", "condemn", VerbTense.Present, person: 3, plural: false);

    [Fact]
    public void IrregularVerbsAreKnownFromTheStart() => Assert.True(En.Knows("withdraw"));
}
