namespace Vigie.Coding.Evaluation;

/// <summary>
/// Maximum bipartite matching by augmenting paths (Kuhn), in stages. Each stage gives an order of
/// left vertices (gold items) and, for each, its right vertices (system items) in preference order.
/// A stage tries, in order, the left vertices still unmatched, starting from the matching the
/// previous stages left; a matched left vertex stays matched (augmenting paths only re-pair it).
/// So a first stage restricted to the best edges prefers them, and required gold items placed
/// before optional ones never lose a match to them.
/// </summary>
public static class BipartiteMatching
{
    public sealed record Stage(IEnumerable<int> Order, IReadOnlyDictionary<int, List<int>> Edges);

    /// <summary>Returns left → right.</summary>
    public static Dictionary<int, int> Match(params Stage[] stages)
    {
        var matchRight = new Dictionary<int, int>();
        var matchLeft = new Dictionary<int, int>();
        foreach (var stage in stages)
        {
            bool Augment(int u, HashSet<int> seen)
            {
                if (!stage.Edges.TryGetValue(u, out var vs)) return false;
                foreach (var v in vs)
                {
                    if (!seen.Add(v)) continue;
                    if (!matchRight.TryGetValue(v, out var other) || Augment(other, seen))
                    {
                        matchRight[v] = u;
                        matchLeft[u] = v;
                        return true;
                    }
                }
                return false;
            }

            foreach (var u in stage.Order)
                if (!matchLeft.ContainsKey(u)) Augment(u, []);
        }
        return matchLeft;
    }
}
