using System.Runtime.InteropServices;
using Vigie.Core;

namespace Vigie.Text.Tokens;

/// <summary>Which form of a token a <see cref="PhraseMatcher{T}"/> is keyed on.</summary>
public enum PhraseKey { Fold, Norm }

/// <summary>
/// A trie over token keys: finds the longest listed phrase starting at a token. Phrases are
/// tokenised with the same tokenizer as documents, so "Maison-Blanche" and "l'ONU" match as
/// they are written. Keys are folded (case and accents ignored) unless built case-sensitive.
/// </summary>
public sealed class PhraseMatcher<T>
{
    /// <summary>A trie node: the phrases that go on with one more key.</summary>
    internal sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<T>? Values;
    }

    private readonly Node _root = new();
    // A custom key is called through a delegate; the two usual keys are read directly (Match runs
    // at many tokens of every document).
    private readonly Func<Token, string>? _key;
    private readonly PhraseKey _standard;

    public int Count { get; private set; }

    /// <param name="key">The token key (default: <see cref="Token.Fold"/>).</param>
    public PhraseMatcher(Func<Token, string>? key = null) => _key = key;

    /// <param name="key">The token form the phrases are keyed on.</param>
    public PhraseMatcher(PhraseKey key) => _standard = key;

    private string KeyOf(Token token) =>
        _key is not null ? _key(token) : _standard == PhraseKey.Norm ? token.Norm : token.Fold;

    /// <summary>The node of the phrases starting with <paramref name="key"/>, or null: kept by a caller that looked the word up already (<see cref="MatchFrom"/>).</summary>
    internal Node? FirstNode(string key) => _root.Next is { } next && next.TryGetValue(key, out var node) ? node : null;

    /// <summary>
    /// <see cref="Match"/> at token <paramref name="start"/> when <paramref name="first"/> is the
    /// <see cref="FirstNode"/> of its key: the same answer without looking the first token up again.
    /// </summary>
    internal (int Length, IReadOnlyList<T> Values) MatchFrom(Node first, List<Token> tokens, int start, int limit = int.MaxValue)
    {
        limit = Math.Min(limit, tokens.Count);
        return start >= limit ? (0, []) : Walk(first, CollectionsMarshal.AsSpan(tokens), start, start + 1, limit);
    }

    /// <summary>The keys that start a phrase.</summary>
    public IEnumerable<string> FirstKeys => _root.Next?.Keys ?? (IEnumerable<string>)[];

    public void Add(IReadOnlyList<Token> phrase, T value)
    {
        if (phrase.Count == 0) return;
        var node = _root;
        foreach (var token in phrase)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var k = KeyOf(token);
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
        // Documents hold their tokens in a List: read it as a span, without an interface call per token.
        if (tokens is List<Token> list) return Walk(_root, CollectionsMarshal.AsSpan(list), start, start, limit);
        var node = _root;
        int bestLength = 0;
        IReadOnlyList<T> best = [];
        for (int i = start; i < limit; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(KeyOf(tokens[i]), out var child)) break;
            node = child;
            if (node.Values is not null) { bestLength = i - start + 1; best = node.Values; }
        }
        return (bestLength, best);
    }

    /// <summary>The longest phrase of a match that started at <paramref name="start"/> and has reached <paramref name="node"/> at token <paramref name="i"/>.</summary>
    private (int Length, IReadOnlyList<T> Values) Walk(Node node, ReadOnlySpan<Token> tokens, int start, int i, int limit)
    {
        int bestLength = 0;
        IReadOnlyList<T> best = [];
        if (i > start && node.Values is not null) { bestLength = i - start; best = node.Values; }
        for (; i < limit; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(KeyOf(tokens[i]), out var child)) break;
            node = child;
            if (node.Values is not null) { bestLength = i - start + 1; best = node.Values; }
        }
        return (bestLength, best);
    }
}
