namespace Vigie.Coding.Lexicon;

/// <summary>Tenses and non-finite forms. English uses Base (infinitive/non-3rd-person present), Present (3rd person singular), SimplePast, the participles.</summary>
public enum VerbTense
{
    Infinitive, Present, Imperfect, SimplePast, Future, Conditional, Subjunctive, ImperfectSubjunctive,
    Imperative, PastParticiple, PresentParticiple, Base,
}

/// <summary>One analysis of a verb form: "livrés" → (livrer, PastParticiple, plural, masculine).</summary>
public readonly record struct VerbForm(string Lemma, VerbTense Tense, int Person, bool Plural, bool Feminine);

/// <summary>
/// Every form of every verb of a language's verb list, generated from each lemma and its
/// conjugation class (data/lang/xx/verbs.tsv and conjugations.tsv), never listed by hand.
/// Lookups take the token's <c>Norm</c>.
/// </summary>
public sealed partial class VerbLexicon
{
}
