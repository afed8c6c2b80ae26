using Vigie.Core;

namespace Vigie.Text.Tokens;

/// <summary>
/// A trie over token keys: finds the longest listed phrase starting at a token. Phrases are
/// tokenised with the same tokenizer as documents, so "Maison-Blanche" and "l'ONU" match as
/// they are written. Keys are folded (case and accents ignored) unless built case-sensitive.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<T>? Values;
    }

    private readonly Node _root = new();
    private readonly Func<Token, string> _key;

    public int Count { get; private set; }

    /// <param name="key">The token key (default: <see cref="Token.Fold"/>).</param>
    public PhraseMatcher(Func<Token, string>? key = null) => _key = key ?? (t => t.Fold);

    public void Add(IReadOnlyList<Token> phrase, T value)
    {
        if (phrase.Count == 0) return;
        var node = _root;
        foreach (var token in phrase)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var k = _key(token);
            if (!node.Next.TryGetValue(k, out var child)) node.Next[k] = child = new Node();
            node = child;
        }
        (node.Values ??= []).Add(value);
        Count++;
    }

    /// <summary>Adds a phrase written as text, tokenised with <paramref name="rules"/>.</summary>
    public void Add(string phrase, T value, TokenizerRules rules) =>
        Add(Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length), rules), value);

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.</summary>
    public (int Length, IReadOnlyList<T> Values) Match(IReadOnlyList<Token> tokens, int start, int limit = int.MaxValue)
    {
        limit = Math.Min(limit, tokens.Count);
        var node = _root;
        int bestLength = 0;
        IReadOnlyList<T> best = [];
        for (int i = start; i < limit; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(_key(tokens[i]), out var child)) break;
            node = child;
            if (node.Values is not null) { bestLength = i - start + 1; best = node.Values; }
        }
        return (bestLength, best);
    }
}
