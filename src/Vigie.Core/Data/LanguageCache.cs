using System.Collections.Concurrent;

namespace Vigie.Core.Data;

/// <summary>
/// One loaded lexicon per language, built once. Read without a lock, because every stage asks
/// for its lexicon once per document on every worker thread; built under a lock, so that a
/// lexicon is loaded only once.
/// </summary>
public sealed class LanguageCache<T>(Func<string, T> load) where T : class
{
    private readonly ConcurrentDictionary<string, T> _loaded = new(StringComparer.Ordinal);
    private readonly object _loading = new();

    public T For(string lang)
    {
        if (_loaded.TryGetValue(lang, out var value)) return value;
        lock (_loading)
        {
            if (!_loaded.TryGetValue(lang, out value)) _loaded[lang] = value = load(lang);
            return value;
        }
    }
}
