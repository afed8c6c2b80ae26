using Vigie.Core;

namespace Vigie.Text.Entities;

/// <summary>
/// Resolves short mentions within one document to the full mention they repeat: a surname
/// ("Kirby" → John Kirby), a bare role ("le porte-parole", "the president" → the last person or
/// role phrase holding that role), "le pays"/"the country" (→ the country last named). A short
/// mention takes its antecedent's code, country and name. Also: a lone title ("le colonel" → the
/// person last named with it), an organisation head ("le ministère" → the last organisation with
/// that head word).
/// </summary>
internal static class Coreference
{
    /// <param name="facts">the <see cref="WordCues"/> of every token of the document.</param>
    public static void Resolve(EntityRecognizer recognizer, Document doc, string lang, List<EntityRecognizer.Draft> drafts, WordCues[] facts)
    {
        var lex = recognizer.Lexicon;
        var covered = new bool[doc.Tokens.Count];
        foreach (var d in drafts) for (int t = d.First; t < d.End; t++) covered[t] = true;
        AddCountryAnaphors(lex, doc, lang, drafts, covered, facts);
        AddLatterAnaphors(lex, doc, lang, drafts, covered, facts);
        AddSurnames(doc, drafts, covered, facts);
        AddOrgHeads(doc, drafts, covered, facts);
        AddSettingRoles(lex, doc, lang, drafts, covered, facts);
        var setting = DocumentSetting(drafts);

        var history = new List<EntityRecognizer.Draft>();
        foreach (var d in drafts.OrderBy(d => d.First))
        {
            var antecedent = d.Rule switch
            {
                // The country last named, or the country of the last actor acting for one ("Poutine a dit que le pays...");
                // a bare adjective (armes nord-coréennes) is too weak to be referred back to.
                "coref/country" or "coref/role-of-country" => history.LastOrDefault(h => h.Country is not null && !h.Demonym && !h.IsPlace && !h.NeedsAntecedent),
                "coref/role" => history.LastOrDefault(h => h.Role == d.Role && h.Code is not null && !h.NeedsAntecedent || h.Role == d.Role && h.Antecedent is not null),
                "coref/title" => history.LastOrDefault(h => h.Type == EntityTypes.Person && h.Role == d.Role && h.Name is not null && !h.NeedsAntecedent),
                // "l'armée syrienne … l'armée": the same role named earlier with its country.
                "coref/setting" => history.LastOrDefault(h => h.Role == d.Role && h.Country is not null && !h.NeedsAntecedent),
                // "… de la Russie. Cette dernière aide …": the entity named last, if it is an actor of the sentence before or this one.
                "coref/latter" => history.LastOrDefault() is { IsPlace: false } last && (last.Code ?? last.Country) is not null
                                  && doc.Tokens[d.First].Sentence - doc.Tokens[last.First].Sentence <= 1 ? last : null,
                "coref/org" => history.LastOrDefault(h => h.OrgHead == d.OrgHead && !h.NeedsAntecedent),
                "coref/surname" => history.LastOrDefault(h => h.Type == EntityTypes.Person && h.Name is not null && LastWord(h.Name) == LastWord(doc, d)),
                _ when d.ShortName && d.Actor is not null => history.LastOrDefault(h => h.Actor == d.Actor && !h.ShortName),
                // A repeated unknown name without a code takes the code its first mention got.
                // Else, without a code ("M. Dupont" after "Jean Dupont"), it is still that person.
                _ when d.Type == EntityTypes.Person && d.Actor is null && d.Code is null && d.Name is not null =>
                    history.LastOrDefault(h => h.Type == EntityTypes.Person && h.Code is not null && h.Name is not null && LastWord(h.Name) == LastWord(d.Name))
                    ?? history.LastOrDefault(h => h.Type == EntityTypes.Person && h.Name is not null && h.Name != d.Name && h.Name.Contains(' ') && LastWord(h.Name) == LastWord(d.Name)),
                _ => null,
            };
            if (antecedent is not null)
            {
                var root = antecedent.Antecedent ?? antecedent;
                d.Antecedent = root;
                if (d.Rule is "coref/country" or "coref/role-of-country")
                {
                    var country = lex.Countries.GetValueOrDefault(antecedent.Country!);
                    d.Country = antecedent.Country;
                    d.Code = antecedent.Country + d.RoleCode;
                    d.Name = d.RoleCode is null ? country?.NameEn ?? antecedent.Name : $"{country?.DemonymEn ?? country?.NameEn} {d.Role}";
                }
                else if (d.Actor is null || d.NeedsAntecedent)
                {
                    d.Code ??= antecedent.Code;
                    d.Country ??= antecedent.Country;
                    d.Name = root.Name ?? antecedent.Name;
                    d.Role ??= antecedent.Role;
                    d.Actor ??= antecedent.Actor;
                }
            }
            else if (d.Located && (history.LastOrDefault(h => h.Community == d.Community && !h.Located && h.Country is not null)?.Country
                                   ?? SentencePlace(doc, drafts, d, facts) ?? SentenceActorsCountry(doc, drafts, d) ?? setting) is { } home)
            {
                // "the Kurds of Syria … the Kurdish forces", "ethnic Albanians … in Serbia", "the Kurds" in a
                // story set in Iraq: the country an earlier mention was given, else the community of the place.
                d.Country = home;
                d.Code = home + d.RoleCode;
                d.NeedsAntecedent = false;
            }
            else if (d.Rule == "coref/setting" && (SentencePlace(doc, drafts, d, facts) ?? setting) is { } country)
            {
                // "les rebelles", "l'armée": no earlier mention; the role acts for the story's country.
                var info = lex.Countries.GetValueOrDefault(country);
                d.Country = country;
                d.Code = country + d.RoleCode;
                d.Name = $"{info?.DemonymEn ?? info?.NameEn ?? country} {d.Role}";
                d.NeedsAntecedent = false;
            }
            history.Add(d);
        }
    }

    /// <summary>
    /// A role that acts for the story's country (data/actors/setting-roles.tsv) named with no
    /// country after an article or "de": "les rebelles", "l'armée", "des manifestants".
    /// </summary>
    private static void AddSettingRoles(ActorLexicon lex, Document doc, string lang, List<EntityRecognizer.Draft> drafts, bool[] covered, WordCues[] facts)
    {
        foreach (var s in doc.Sentences)
            for (int t = s.FirstToken + 1; t < s.EndToken; t++)
            {
                // A capitalised role word starts a name ("Forces démocratiques syriennes"); a word that starts no phrase is no role.
                if (covered[t] || (facts[t] & (WordCues.PhraseStart | WordCues.Capitalized)) != WordCues.PhraseStart) continue;
                var tok = doc.Tokens[t];
                if (!tok.IsWord) continue;
                var before = doc.Tokens[t - 1];
                if (!((facts[t - 1] & (WordCues.Det | WordCues.Of)) != 0 || before.Expansion is not null)) continue;
                var (len, values) = lex.Phrases.Match(doc.Tokens, t, s.EndToken);
                if (len == 0 || Enumerable.Range(t, len).Any(i => covered[i])) continue;
                var role = values.FirstOrDefault(v => v.Kind == ActorKind.Role && (v.Lang is null || v.Lang == lang) && v.CaseMatches(doc.Tokens, t))?.Role;
                if (role is null || !lex.ActsForSetting(lang, role)) continue;
                var type = role.Kind == RoleKind.Group ? EntityTypes.Group : EntityTypes.Organisation;
                // The article belongs to the mention ("les rebelles"), as for other roles.
                int first = (facts[t - 1] & WordCues.Det) != 0 && !covered[t - 1] ? t - 1 : t;
                drafts.Add(new EntityRecognizer.Draft { First = first, End = t + len, Type = type, Rule = "coref/setting", Role = role.Label, RoleCode = role.Code, NeedsAntecedent = true });
                for (int i = first; i < t + len; i++) covered[i] = true;
                t += len - 1;
            }
    }

    /// <summary>A country or place named where something happens: not an actor acting, not a nationality word.</summary>
    private static bool IsSettingMention(EntityRecognizer.Draft d) =>
        d.Country is not null && !d.NeedsAntecedent && (d.IsPlace || d.Rule == "actors/country");

    /// <summary>
    /// The country the document is set in: the one named most often as a country or place; null
    /// when two countries are named equally often.
    /// </summary>
    private static string? DocumentSetting(List<EntityRecognizer.Draft> drafts)
    {
        Dictionary<string, int>? counts = null;   // most documents name no place: no table for them
        foreach (var d in drafts)
            if (IsSettingMention(d))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[d.Country!] = counts.GetValueOrDefault(d.Country!) + 1;
            }
        if (counts is null) return null;
        string? best = null;
        int bestCount = 0;
        bool tie = false;
        foreach (var (country, count) in counts)
        {
            if (count > bestCount) (best, bestCount, tie) = (country, count, false);
            else if (count == bestCount) tie = true;
        }
        return tie ? null : best;
    }

    /// <summary>
    /// The country of a place named after a place preposition ("à Caracas", "dans le sud de la
    /// Colombie") in the sentence of <paramref name="d"/>, else in the sentence before it.
    /// </summary>
    private static string? SentencePlace(Document doc, List<EntityRecognizer.Draft> drafts, EntityRecognizer.Draft d, WordCues[] facts)
    {
        int sentence = doc.Tokens[d.First].Sentence;
        for (int s = sentence; s >= Math.Max(0, sentence - 1); s--)
            foreach (var p in drafts)
                if (IsSettingMention(p) && doc.Tokens[p.First].Sentence == s && PlaceCued(facts, p.First)) return p.Country;
        return null;
    }

    /// <summary>
    /// The one country that every other actor of <paramref name="d"/>'s sentence acts for ("Turkish
    /// police detained Kurdish activists": Turkey); null when they name none or several.
    /// </summary>
    private static string? SentenceActorsCountry(Document doc, List<EntityRecognizer.Draft> drafts, EntityRecognizer.Draft d)
    {
        int sentence = doc.Tokens[d.First].Sentence;
        var countries = drafts.Where(x => x != d && !x.Located && !x.NeedsAntecedent && x.Country is not null && doc.Tokens[x.First].Sentence == sentence)
            .Select(x => x.Country!).Distinct().Take(2).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>A place preposition before token <paramref name="t"/>, across an article and "de" + article: "à", "en", "dans le sud de la".</summary>
    private static bool PlaceCued(WordCues[] facts, int t)
    {
        bool Cue(WordCues kind, int k) => k >= 0 && (facts[k] & kind) != 0;
        int k = t - 1;
        if (Cue(WordCues.Direction, k)) k--;   // in southern Serbia
        if (Cue(WordCues.Det, k)) k--;
        if (Cue(WordCues.Place | WordCues.PlaceIntro, k)) return true;
        if (!Cue(WordCues.Of, k)) return false;
        k--;
        if (Cue(WordCues.Det, k)) k--;
        return Cue(WordCues.Place | WordCues.PlaceIntro, k);
    }

    private static string LastWord(string name) =>
        TextNormalizer.Fold(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);

    private static string LastWord(Document doc, EntityRecognizer.Draft d) => doc.Tokens[d.End - 1].Fold;

    /// <summary>"le pays", "the country": kept only if a country was named before.</summary>
    private static void AddCountryAnaphors(ActorLexicon lex, Document doc, string lang, List<EntityRecognizer.Draft> drafts, bool[] covered, WordCues[] facts) =>
        AddAnaphors(doc, drafts, covered, facts, WordCues.CountryAnaphorStart, (t, end) => lex.MatchCountryAnaphor(lang, doc.Tokens, t, end), (t, len) =>
            // "le Pays basque": a capitalised "Pays" starts a proper name.
            doc.Tokens[t + len - 1].IsCapitalized ? null
            // "du pays", "au pays": the preposition inside the contraction stays out of the span.
            : new EntityRecognizer.Draft { First = doc.Tokens[t].Expansion is null ? t : t + 1, End = t + len, Type = EntityTypes.Country, Rule = "coref/country", NeedsAntecedent = true });

    /// <summary>"ce dernier", "cette dernière", "the latter": resolved against the entity named last.</summary>
    private static void AddLatterAnaphors(ActorLexicon lex, Document doc, string lang, List<EntityRecognizer.Draft> drafts, bool[] covered, WordCues[] facts) =>
        AddAnaphors(doc, drafts, covered, facts, WordCues.LatterAnaphorStart, (t, end) => lex.MatchLatterAnaphor(lang, doc.Tokens, t, end), (t, len) =>
            new EntityRecognizer.Draft { First = t, End = t + len, Type = EntityTypes.Organisation, Rule = "coref/latter", NeedsAntecedent = true });

    /// <summary>
    /// Adds a draft for each anaphor phrase <paramref name="match"/> finds on tokens no mention covers
    /// (<paramref name="make"/> may refuse one with null), and marks its tokens covered. Only tokens
    /// with the fact <paramref name="start"/> (the first word of some such phrase) are tried.
    /// </summary>
    private static void AddAnaphors(Document doc, List<EntityRecognizer.Draft> drafts, bool[] covered, WordCues[] facts, WordCues start,
                                    Func<int, int, int> match, Func<int, int, EntityRecognizer.Draft?> make)
    {
        foreach (var s in doc.Sentences)
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (covered[t] || (facts[t] & start) == 0) continue;
                int len = match(t, s.EndToken);
                if (len == 0 || Enumerable.Range(t, len).Any(i => covered[i]) || make(t, len) is not { } draft) continue;
                drafts.Add(draft);
                for (int i = t; i < t + len; i++) covered[i] = true;
                t += len - 1;
            }
    }

    /// <summary>
    /// "le ministère", "the party": an organisation head word after an article, once an organisation
    /// with that head was named ("le ministère de la Santé", "the Labour Party"), refers back to it.
    /// </summary>
    private static void AddOrgHeads(Document doc, List<EntityRecognizer.Draft> drafts, bool[] covered, WordCues[] facts)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in drafts)
            if (d.OrgHead is { } h && !d.NeedsAntecedent && (!firstSeen.TryGetValue(h, out var at) || d.End < at)) firstSeen[h] = d.End;
        if (firstSeen.Count == 0) return;
        for (int t = 1; t < doc.Tokens.Count; t++)
        {
            var tok = doc.Tokens[t];
            if (covered[t] || covered[t - 1] || (facts[t] & WordCues.OrgHead) == 0 || (facts[t - 1] & WordCues.Det) == 0
                || !firstSeen.TryGetValue(tok.Fold, out var after) || t < after) continue;
            if (doc.Tokens[t - 1].Sentence != tok.Sentence) continue;
            // "les forces", "le ministère de l'Intérieur": many, or another one named on the spot.
            if ((facts[t - 1] & WordCues.DetPlural) != 0) continue;
            if (t + 1 < doc.Tokens.Count && doc.Tokens[t + 1].Sentence == tok.Sentence && (facts[t + 1] & WordCues.Of) != 0) continue;
            drafts.Add(new EntityRecognizer.Draft { First = t - 1, End = t + 1, Type = EntityTypes.Organisation, Rule = "coref/org", OrgHead = tok.Fold, NeedsAntecedent = true });
            covered[t - 1] = covered[t] = true;
        }
    }

    /// <summary>
    /// A person first named in full ("John Kirby", "Jean Dupont") may later be called by surname
    /// alone: those later capitalised words become mentions of that person.
    /// </summary>
    private static void AddSurnames(Document doc, List<EntityRecognizer.Draft> drafts, bool[] covered, WordCues[] facts)
    {
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            if (d.Type != EntityTypes.Person || d.Name is null || d.ShortName || d.NeedsAntecedent) continue;
            var words = d.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "M. Dupont", "Colonel Smith": a title makes even a lone surname a person's.
            if (words.Length < 2 && d.Rule != "actors/title+name") continue;
            var key = TextNormalizer.Fold(words[^1]);
            if (!firstSeen.TryGetValue(key, out var at) || d.End < at) firstSeen[key] = d.End;
        }
        if (firstSeen.Count == 0) return;
        for (int t = 0; t < doc.Tokens.Count; t++)
        {
            if (covered[t] || (facts[t] & WordCues.Capitalized) == 0) continue;   // most tokens: no need to read them
            var tok = doc.Tokens[t];
            if (!tok.IsWord || !tok.IsCapitalized || !firstSeen.TryGetValue(tok.Fold, out var after) || t < after) continue;
            if ((facts[t] & WordCues.NotName) != 0) continue;
            drafts.Add(new EntityRecognizer.Draft { First = t, End = t + 1, Type = EntityTypes.Person, Rule = "coref/surname", ShortName = true, NeedsAntecedent = true });
            covered[t] = true;
        }
    }
}
