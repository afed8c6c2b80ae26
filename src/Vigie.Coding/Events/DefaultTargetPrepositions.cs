namespace Vigie.Coding.Events;

/// <summary>The prepositions that introduce an event's target when a pattern names none (grammar class <c>target</c>).</summary>
public static class DefaultTargetPrepositions
{
    public static string[] For(string lang) => Lexicon.Grammar.For(lang).Words(Lexicon.WordClass.Target);
}
