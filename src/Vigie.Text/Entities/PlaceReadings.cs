using Vigie.Core;

namespace Vigie.Text.Entities;

/// <summary>
/// Chooses between the readings of a place name that the gazetteer has more than once (Georgia the
/// country and the US state; Paris the French capital and the town in Texas), from the two cues
/// that decide it in news text, after the sentence passes have taken the most likely reading:
/// <list type="bullet">
/// <item>a qualifying apposition, "X, Y" where Y is a region or a country: "Paris, Texas", "à Paris,
/// au Texas", "in Springfield, Illinois" — X is a place of Y's country, not the better-known X (and
/// "Denver, Georgia" picks Georgia's reading in Denver's country);</item>
/// <item>a region word before the name: "the US state of Georgia", "l'État de Géorgie".</item>
/// </list>
/// A capital with no such cue keeps its metonymic reading (Paris speaks for France's government).
/// </summary>
internal static class PlaceReadings
{
    /// <param name="facts">the <see cref="WordCues"/> of every token of the document.</param>
    public static void Resolve(ActorLexicon lex, Document doc, string lang, List<EntityRecognizer.Draft> drafts, WordCues[] facts)
    {
        var tokens = doc.Tokens;
        bool Cue(WordCues kind, int t) => t >= 0 && t < tokens.Count && (facts[t] & kind) != 0;
        var byFirst = new Dictionary<int, EntityRecognizer.Draft>();
        foreach (var d in drafts) byFirst.TryAdd(d.First, d);

        foreach (var d in drafts)
            if (RegionWordBefore(d) && RegionReading(d, country: null) is { } region) Become(d, region);

        // "KYIV, May 2 (Reuters) -", "OUAGADOUGOU (AFP) —": the dateline names where the report was
        // written; its capital is a place there, not the government acting.
        if (doc.Sentences.Count > 0 && byFirst.TryGetValue(doc.Sentences[0].FirstToken, out var lead) && lead.Country is not null
            && IsPlaceLike(lead) && lead.Rule is not "actors/country" && OpensDateline(lead.End))
        {
            var name = Text(lead.First, lead.End);
            var p = lex.PlaceOf(lead.Country, name);
            MoveTo(lead, lead.Country, p?.NameEn ?? name);
            (lead.Lat, lead.Lon, lead.Rule) = (p?.Lat, p?.Lon, "places/dateline");
        }

        for (int i = 0; i < drafts.Count; i++)
        {
            var qualifier = QualifierAfter(drafts[i].End);
            if (qualifier is null) continue;
            var (place, q) = (drafts[i], qualifier);
            if (place.Country is null || !IsPlaceLike(place) || q.Country == place.Country) continue;
            // "Denver, Georgia": the qualifier has a reading in the place's own country.
            if (!place.Demonym && place.Rule is not "actors/country" && RegionReading(q, place.Country) is { } inPlaceCountry) { Become(q, inPlaceCountry); continue; }
            // "Paris, Texas": the place is one of the qualifier's country.
            if (IsCity(place) && IsRegionOrCountry(q)) MoveTo(place, q.Country!, Text(place.First, place.End));
        }

        // "in Springfield, Illinois": a capitalised name the gazetteer lacks, after a place word and before a qualifier.
        var covered = new bool[tokens.Count];
        foreach (var d in drafts) for (int t = d.First; t < d.End; t++) covered[t] = true;
        for (int t = 1; t + 2 < tokens.Count; t++)
        {
            // The capital is read from the facts: most tokens are not touched.
            if (covered[t] || (facts[t] & WordCues.Capitalized) == 0 || !(Cue(WordCues.Place, t - 1) || Cue(WordCues.PlaceIntro, t - 1))) continue;
            int end = t + 1;
            while (end < tokens.Count && (facts[end] & WordCues.Capitalized) != 0 && !covered[end] && end - t < 3) end++;
            if (QualifierAfter(end) is not { Country: { } country } q || !IsRegionOrCountry(q)) continue;
            var added = new EntityRecognizer.Draft
            {
                First = t, End = end, Type = EntityTypes.Location, Country = country, IsPlace = true,
                Name = Text(t, end), Rule = "places/qualified",
            };
            drafts.Add(added);
            byFirst[t] = added;
        }
        drafts.Sort((a, b) => a.First.CompareTo(b.First));

        // After the dateline's place: "(" or a dash, at once ("PARIS (AFP) —") or after a comma and
        // a date ("KYIV, May 2 (Reuters) -", "Dakar, le 3 mai 2024 (AFP) –").
        bool OpensDateline(int t)
        {
            static bool Opener(Token x) => x.Text is "(" or "-" or "–" or "—";
            if (t >= tokens.Count) return false;
            if (Opener(tokens[t])) return true;
            if (tokens[t].Text != ",") return false;
            int k = t + 1;
            if (k < tokens.Count && tokens[k].IsWord && tokens[k].Text.Length <= 3 && !char.IsDigit(tokens[k].Text[0])) k++;
            if (k >= tokens.Count || !(char.IsDigit(tokens[k].Text[0]) || tokens[k].IsCapitalized)) return false;
            for (int end = Math.Min(tokens.Count, k + 6); k < end; k++)
                if (Opener(tokens[k])) return true;
            return false;
        }

        string Text(int first, int end) => doc.Text[tokens[first].Span.Start..tokens[end - 1].Span.End];

        // The qualifier of the place ending before token `end`: ", Y" or ", au/in Y", and not a list ("Paris, Texas and Ohio" is still one; "Washington, Kyiv and Warsaw" is a list of capitals, left alone by IsRegionOrCountry).
        EntityRecognizer.Draft? QualifierAfter(int end)
        {
            if (end >= tokens.Count || tokens[end].Text != ",") return null;
            int k = end + 1;
            if (Cue(WordCues.Place, k) || Cue(WordCues.PlaceIntro, k)) k++;
            if (!byFirst.TryGetValue(k, out var q) && !(Cue(WordCues.Det, k) && byFirst.TryGetValue(k + 1, out q))) return null;
            // "Washington, Ukraine and Poland agreed": a list of actors, not a qualified place.
            // "Washington, Georgia's ally": a noun phrase in apposition, not a qualifier.
            if (Cue(WordCues.Coord, q.End) || Cue(WordCues.Possessive, q.End) || (q.End < tokens.Count && tokens[q.End].Text == "," && byFirst.ContainsKey(q.End + 1))) return null;
            return q;
        }

        // "the state of", "l'État américain de", "la province de": a region word, then of/de, an article or a demonym.
        bool RegionWordBefore(EntityRecognizer.Draft d)
        {
            for (int k = d.First - 1, seen = 0; k >= 0 && seen < 4; k--, seen++)
            {
                if (Cue(WordCues.RegionIntro, k)) return true;
                if (!(Cue(WordCues.Of, k) || Cue(WordCues.Det, k) || drafts.Any(x => x.Demonym && x.First <= k && k < x.End))) return false;
            }
            return false;
        }

        // The gazetteer's region reading of the draft's words (in `country` when given) that differs from its reading now.
        PlaceInfo? RegionReading(EntityRecognizer.Draft d, string? country)
        {
            for (int start = d.First; start < d.End; start++)
            {
                var (len, values) = lex.Phrases.Match(tokens, start, d.End);
                if (start + len != d.End) continue;
                foreach (var v in values)
                    if (v.Place is { Kind: "region" } p && (country is null || p.Country == country) && (p.Country != d.Country || !d.IsPlace) && v.CaseMatches(tokens, start))
                        return p;
            }
            return null;
        }
    }

    private static bool IsPlaceLike(EntityRecognizer.Draft d) => d.IsPlace || d.Rule is "actors/capital" or "actors/country";
    private static bool IsCity(EntityRecognizer.Draft d) => d.Rule is "actors/capital" or "actors/capital-place" or "places/capital" or "places/city";
    private static bool IsRegionOrCountry(EntityRecognizer.Draft d) => d.Country is not null && d.Rule is "places/region" or "actors/country";

    /// <summary>The draft becomes the place <paramref name="p"/> (a region of another country).</summary>
    private static void Become(EntityRecognizer.Draft d, PlaceInfo p)
    {
        d.Type = EntityTypes.Location;
        d.Code = null;
        d.Country = p.Country;
        d.Name = p.NameEn;
        d.IsPlace = true;
        d.Lat = p.Lat;
        d.Lon = p.Lon;
        d.Rule = "places/" + p.Kind;
    }

    /// <summary>The draft is a place of <paramref name="country"/> that the gazetteer does not place: no coordinates.</summary>
    private static void MoveTo(EntityRecognizer.Draft d, string country, string name)
    {
        d.Name = name;
        d.Type = EntityTypes.Location;
        d.Code = null;
        d.Country = country;
        d.IsPlace = true;
        d.Lat = d.Lon = null;
        d.Rule = "places/qualified";
    }
}
