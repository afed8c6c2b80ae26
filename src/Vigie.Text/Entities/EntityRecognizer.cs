using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Tokens;

namespace Vigie.Text.Entities;

/// <summary>
/// Finds actor mentions in a tokenised document: names of countries, capitals, institutions,
/// organisations, groups and people; roles joined to a country or institution ("le président
/// russe", "Turkey's army", "le porte-parole du Kremlin"); persons in apposition with a role;
/// bare demonyms. Then resolves short mentions within the document (<see cref="Coreference"/>).
/// Stateless: one instance serves any number of documents in parallel.
/// </summary>
public sealed class EntityRecognizer(ActorLexicon lexicon)
{
    private const int MaxNameTokens = 4;

    /// <summary>A mention under construction; tokens [First, End).</summary>
    internal sealed class Draft
    {
        public int First, End;
        public required string Type;
        public string? Code, Country, Name;
        public required string Rule;
        public bool Demonym, IsPlace;
        public double? Lat, Lon;
        /// <summary>For organisations: the folded head word ("ministère", "party") a later "le ministère" refers back with.</summary>
        public string? OrgHead;
        /// <summary>The role this mention holds (from a role word or a person's office).</summary>
        public string? Role;
        public NamedActor? Actor;
        /// <summary>A person's name seen only as a surname (resolved against earlier full names).</summary>
        public bool ShortName;
        /// <summary>A bare role ("le porte-parole") or "le pays": kept only if coreference resolves it.</summary>
        public bool NeedsAntecedent;
        public Draft? Antecedent;
        /// <summary>For "le président du pays": the role code to join to the country the anaphor resolves to.</summary>
        public string? RoleCode;
        /// <summary>
        /// A community whose country the text gives by where it is ("ethnic Albanians", "the Kurds"):
        /// coreference takes the country of an earlier mention, of the sentence's place or actors, or of
        /// the story's setting; with none, no actor (a minority's nationality is not where it lives).
        /// </summary>
        public bool Located;
        /// <summary>For a community: what names it ("Kurds", "ethnic ALB"), so that a later mention takes the country an earlier one was given.</summary>
        public string? Community;
        /// <summary>For a compound demonym ("russo-américain"): the other countries it names.</summary>
        public IReadOnlyList<CountryPart> Partners = [];
        /// <summary>The mention built from this draft, once built (what a later mention's antecedent points to).</summary>
        public EntityMention? Built;
    }

    /// <summary>A lexicon match over tokens [Start, End); <see cref="Compound"/> for "US-led" (the country inside one word).</summary>
    private sealed record Item(int Start, int End, ActorEntry Entry, bool Compound = false, IReadOnlyList<CountryPart>? Partners = null);

    /// <summary>
    /// The actor mentions of a document that has tokens and sentences, in text order, without
    /// overlaps. Codes of people and institutions are those in force at <see cref="Document.Date"/>.
    /// </summary>
    public IReadOnlyList<EntityMention> Recognize(Document doc)
    {
        var lang = doc.Lang is "en" ? "en" : "fr";
        var drafts = new List<Draft>();
        // Per token, once: the cue kinds and other facts the passes test, and the lexicon item starting there.
        var facts = lexicon.FactsOf(lang, doc.Tokens, out var phraseAt);
        var itemAt = new int[doc.Tokens.Count];
        foreach (var s in doc.Sentences) drafts.AddRange(new SentencePass(this, doc, s, lang, facts, phraseAt, itemAt).Run());
        PlaceReadings.Resolve(lexicon, doc, lang, drafts, facts);
        Coreference.Resolve(this, doc, lang, drafts, facts);
        var result = new List<EntityMention>(drafts.Count);
        foreach (var d in drafts.OrderBy(d => d.First))
        {
            if (d.NeedsAntecedent && d.Antecedent is null) continue;
            var span = TextSpan.FromBounds(doc.Tokens[d.First].Span.Start, doc.Tokens[d.End - 1].Span.End);
            var m = new EntityMention(span, d.First, d.End - d.First, d.Type, d.Code, d.Country, d.Name, doc[span])
            {
                Rule = d.Rule, Demonym = d.Demonym, IsPlace = d.IsPlace, Lat = d.Lat, Lon = d.Lon, Partners = d.Partners,
                Antecedent = d.Antecedent?.Built,
            };
            d.Built = m;
            result.Add(m);
        }
        return result;
    }

    internal ActorLexicon Lexicon => lexicon;

    /// <summary>The code of a named actor at the document's date; outside every term, its country alone.</summary>
    internal static (string? Code, string? Country) Resolve(NamedActor actor, PartialDate? date)
    {
        var term = actor.TermAt(date);
        if (term is not null) return (term.Code, term.Country);
        // Out of office: the person still belongs to their country, but no longer speaks for its government.
        var nearest = actor.Terms.MaxBy(t => t.From?.FirstDay ?? DateOnly.MinValue)!;
        if (actor.Type != EntityTypes.Person) return (nearest.Code, nearest.Country);
        return (nearest.Country, nearest.Country);
    }

    /// <param name="facts">the <see cref="WordCues"/> of every token of the document.</param>
    /// <param name="itemAt">per token of the document, 1 + the index of the lexicon item starting there, 0 for none: written by this sentence's <see cref="Scan"/> over its own tokens.</param>
    /// <param name="phraseAt">per token of the document, the lexicon phrases it starts (<see cref="ActorLexicon.FactsOf"/>).</param>
    private sealed class SentencePass(EntityRecognizer owner, Document doc, Sentence sentence, string lang, WordCues[] facts,
                                      PhraseMatcher<ActorEntry>.Node?[] phraseAt, int[] itemAt)
    {
        private readonly List<Token> _tokens = doc.Tokens;
        private readonly ActorLexicon _lex = owner.Lexicon;
        // Word order decides where a nationality or a country stands against its role ("Russian
        // troops", "les troupes russes"), and how a nationality noun looks ("the Serbs", "les Serbes").
        private readonly LanguageSyntax _syntax = LanguageSyntax.For(lang);
        private bool ModifiersFirst => _syntax.ModifiersBeforeNoun;
        private readonly List<Item> _items = [];
        private readonly int[] _itemAt = itemAt;
        private readonly WordCues[] _facts = facts;
        private readonly PhraseMatcher<ActorEntry>.Node?[] _phraseAt = phraseAt;
        private readonly bool[] _used = new bool[sentence.TokenCount];
        private readonly List<Draft> _drafts = [];

        private bool Used(int t) => _used[t - sentence.FirstToken];
        private void Use(int first, int end) { for (int t = first; t < end; t++) _used[t - sentence.FirstToken] = true; }
        private Token? Tok(int t) => t >= sentence.FirstToken && t < sentence.EndToken ? _tokens[t] : null;
        private bool InSentence(int t) => t >= sentence.FirstToken && t < sentence.EndToken;
        private bool Cue(WordCues kind, int t) => InSentence(t) && (_facts[t] & kind) != 0;
        /// <summary>As <see cref="ActorLexicon.IsGivenName"/> of token <paramref name="t"/> (any token of the document).</summary>
        private bool GivenName(int t) => (_facts[t] & (WordCues.GivenName | WordCues.Capitalized)) == (WordCues.GivenName | WordCues.Capitalized);
        /// <summary>False when no phrase of the trie that <paramref name="start"/> names can start at token <paramref name="t"/>: the cheap test before a match.</summary>
        private bool MayStart(WordCues start, int t) => (uint)t < (uint)_facts.Length && (_facts[t] & start) != 0;
        /// <summary>The lexicon phrases starting with token <paramref name="t"/> (any token of the document), or null.</summary>
        private PhraseMatcher<ActorEntry>.Node? PhrasesAt(int t) => (uint)t < (uint)_phraseAt.Length ? _phraseAt[t] : null;
        private bool HasLower(int t) => (_facts[t] & WordCues.HasLower) != 0;
        private bool OrgAdjective(int t) => _lex.IsOrgAdjective(lang, _tokens[t]);
        private bool HasItem(int t) => InSentence(t) && _itemAt[t] != 0;
        private Item? ItemAt(int t) => HasItem(t) ? _items[_itemAt[t] - 1] : null;

        public List<Draft> Run()
        {
            Scan();
            Compose();
            Appositions();
            Titles();
            Organisations();
            GivenNames();
            foreach (var d in _drafts) IncludeDeterminer(d);
            return _drafts;
        }

        /// <summary>Greedy longest lexicon matches, left to right, filtered on language and case.</summary>
        private void Scan()
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken;)
            {
                var entry = Lookup(i, out int length);
                if (entry is null)
                {
                    if ((_facts[i] & WordCues.HyphenatedWord) == 0) { i++; continue; }   // most words: no compound either
                    if (_lex.MatchCompound(lang, _tokens[i]) is { } compound)
                    {
                        _itemAt[i] = _items.Count + 1;
                        _items.Add(new Item(i, i + 1, compound, Compound: true));
                    }
                    else if (_lex.MatchCombined(lang, _tokens[i]) is var (last, others))
                    {
                        // "russo-américain": the demonym of the last part, naming the others beside it.
                        int start = _tokens[i].Span.Start;
                        var partners = others.Select(o => new CountryPart(o.Country.Iso3, new TextSpan(start + o.Offset, o.Length))).ToList();
                        _itemAt[i] = _items.Count + 1;
                        _items.Add(new Item(i, i + 1, last, Compound: true, Partners: partners));
                    }
                    i++;
                    continue;
                }
                _itemAt[i] = _items.Count + 1;
                _items.Add(new Item(i, i + length, entry));
                i += length;
            }
        }

        private ActorEntry? Lookup(int start, out int length)
        {
            length = 0;
            // Most words start no name; the others were looked up once already (FactsOf).
            if (PhrasesAt(start) is not { } first) return null;
            int limit = sentence.EndToken;
            while (true)
            {
                var (len, values) = _lex.Phrases.MatchFrom(first, _tokens, start, limit);
                length = len;
                if (len == 0) return null;
                ActorEntry? best = null;
                foreach (var v in values)
                    if ((v.Lang is null || v.Lang == lang) && v.CaseMatches(_tokens, start) && (best is null || v.Kind < best.Kind))
                        best = v;
                if (best is not null && !Rejected(best, start, len)) return best;
                limit = start + len - 1;   // retry with a shorter phrase
            }
        }

        /// <summary>
        /// A one-word place or surname glued to another capitalised word that is not itself in the
        /// lexicon is part of a longer name: "Washington Post", "Jordan Bardella", "Fort Washington".
        /// </summary>
        private bool Rejected(ActorEntry e, int start, int len)
        {
            // "the West Bank": a phrase whose last word starts a longer name yields to that name.
            if (len > 1 && PhrasesAt(start + len - 1) is { } last && _lex.Phrases.MatchFrom(last, _tokens, start + len - 1, sentence.EndToken).Length > 1) return true;
            if (e.Kind == ActorKind.Place) return RejectedPlace(e, start, len);
            if (len != 1 || e.Kind is not (ActorKind.Country or ActorKind.Capital or ActorKind.Surname)) return false;
            // A name that is also a given name (Dominique, Maurice) is a country only after an
            // article or a preposition: "la Dominique", "à Maurice".
            if (e.Kind == ActorKind.Country && GivenName(start)
                && !(Cue(WordCues.Det, start - 1) || Cue(WordCues.Of, start - 1) || Cue(WordCues.Place, start - 1) || Tok(start - 1)?.Expansion is not null))
                return true;
            // The sentence's first word is capitalised anyway ("Yesterday Peru signed").
            // A known surname after an unlisted given name ("Sergey Lavrov" spelt otherwise) is still that person.
            bool afterGivenName = e.Kind == ActorKind.Surname && GivenName(start - 1 < 0 ? 0 : start - 1);
            // "in Western Cambodia", "South Lebanon": a compass word before a country is no part of a name.
            bool afterCompass = e.Kind == ActorKind.Country && Cue(WordCues.Direction, start - 1);
            return GluedName(start + 1) || (start - 1 > sentence.FirstToken && GluedName(start - 1) && !afterGivenName && !afterCompass);
        }

        /// <summary>
        /// A city or region name (not a capital: those are handled as metonyms) is kept when it is
        /// not part of a longer name ("New York Times", "Florence Parly"), and, when it is also a
        /// common word or a given name ("Nice", "Victoria"), only after a place preposition.
        /// </summary>
        private bool RejectedPlace(ActorEntry e, int start, int len)
        {
            bool cued = PlaceCued(start);
            if ((e.CueOnly || GivenName(start)) && !cued) return true;
            // "Arakan Army", "Kharkiv University": the place names an organisation.
            if (GluedName(start + len) || Tok(start + len) is { IsCapitalized: true } && (Cue(WordCues.NotPerson, start + len) || SuffixHead(start + len))) return true;
            return start - 1 > sentence.FirstToken && !cued && GluedName(start - 1);
        }

        private bool SuffixHead(int t)
        {
            if (!MayStart(WordCues.OrgFormStart, t)) return false;
            foreach (var f in _lex.MatchOrgForm(lang, _tokens, t, sentence.EndToken).Forms)
                if (f.Kind == OrgHeadKind.Suffix) return true;
            return false;
        }

        /// <summary>A preposition that introduces a place: à, en, dans, in, at, near...</summary>
        private bool PlaceCue(int t) => Cue(WordCues.Place, t) || Cue(WordCues.PlaceIntro, t);

        /// <summary>A place preposition or noun before <paramref name="t"/>, across "de"/"of" and an article: "à", "près de", "the city of".</summary>
        private bool PlaceCued(int t)
        {
            int k = t - 1;
            if (Cue(WordCues.Det, k)) k--;
            if (PlaceCue(k)) return true;
            if (!Cue(WordCues.Of, k)) return false;
            k--;
            if (Cue(WordCues.Det, k)) k--;
            return PlaceCue(k);
        }

        private bool GluedName(int t) =>
            Tok(t) is { IsWord: true, IsCapitalized: true } && HasLower(t)
            && !Cue(WordCues.NotName, t)
            && (!MayStart(WordCues.TitleStart, t) || _lex.MatchTitle(lang, _tokens, t).Length == 0)
            && (PhrasesAt(t) is not { } phrases || _lex.Phrases.MatchFrom(phrases, _tokens, t).Length == 0);

        private void Compose()
        {
            for (int k = 0; k < _items.Count; k++)
            {
                var it = _items[k];
                if (Used(it.Start)) continue;
                var e = it.Entry;
                switch (it.Compound ? ActorKind.Demonym : e.Kind)
                {
                    case ActorKind.Role:
                        ComposeRole(it);
                        break;
                    case ActorKind.Demonym:
                        if (!it.Compound && Community(it) is true) break;
                        // "Sierra Leonean and Liberian refugees": the role after the last nationality is the first's too.
                        if (ModifiersFirst && Cue(WordCues.Coord, it.End) && ItemAt(it.End + 1) is { Entry.Kind: ActorKind.Demonym } next
                            && RoleAfter(next.End) is { Entry.Role.Kind: not RoleKind.Person } shared)
                        {
                            AddRole(it.Start, it.End, shared.Entry.Role!, e.Country, null, "actors/demonym+shared-role");
                            break;
                        }
                        // Nationality first: Russian President, the Iranian foreign minister, Chinese authorities, French paper workers.
                        if (ModifiersFirst && RoleAfter(it.End) is { } role)
                            AddRole(it.Start, role.End, role.Entry.Role!, e.Country, null, "actors/demonym+role");
                        else
                            AddDemonym(it);
                        break;
                    case ActorKind.Ethnic:
                        ComposeEthnic(it);
                        break;
                    case ActorKind.Country or ActorKind.Capital or ActorKind.Institution:
                        // Country first: US officials, White House spokesman, Turkey's army.
                        if (ModifiersFirst && ItemAt(it.End) is { Entry.Kind: ActorKind.Role } r1)
                            AddRole(it.Start, r1.End, r1.Entry.Role!, e.Country, e.Actor, "actors/name+role");
                        else if (ModifiersFirst && Cue(WordCues.Possessive, it.End) && RoleAfter(it.End + 1) is { } r2)
                            AddRole(it.Start, r2.End, r2.Entry.Role!, e.Country, e.Actor, "actors/possessive+role");
                        else
                            AddName(it);
                        break;
                    default:
                        AddName(it);
                        break;
                }
            }
        }

        /// <summary>What a role is attached to: a country or an institution, through another role or not.</summary>
        private sealed record Target(int End, CountryInfo? Country, NamedActor? Institution, RoleInfo? Via, string Rule);

        /// <summary>
        /// The country or institution a role belongs to: French role + demonym (+ portfolio), role +
        /// de/of + country or institution, or through another role ("le porte-parole du ministère
        /// russe", "le chef de l'armée turque" → the inner role's code).
        /// </summary>
        private Target? RoleTarget(Item role)
        {
            if (!ModifiersFirst && ItemAt(role.End) is { Entry.Kind: ActorKind.Demonym } dem)
                return new Target(Portfolio(dem.End), dem.Entry.Country, null, null, "actors/role+demonym");
            // "a court in Guyana", "dissidents from Egypt": a body or group that stays where it is
            // based (not troops, which are sent: "withdrew its troops from Ukraine").
            // A city or region says the country too: "demonstrators in Baghdad", "opposition groups in southern Nepal".
            if ((Cue(WordCues.BasedRole, role.End - 1) && Cue(WordCues.BasedIn, role.End) || Cue(WordCues.LocatedRole, role.End - 1) && Cue(WordCues.LocatedIn, LocatedIn(role.End)))
                && PlaceAfter(LocatedIn(role.End) + 1) is var (inEnd, inCountry))
                return new Target(inEnd, inCountry, null, null, "actors/role+in");
            if (!Cue(WordCues.Of, role.End)) return null;
            // "inhabitants of Hebron", "residents of northern Iraq": people of a place.
            if (role.Entry.Role!.Kind == RoleKind.Group && ItemAt(role.End + 1) is null or { Entry.Kind: ActorKind.Place }
                && PlaceAfter(role.End + 1) is var (ofEnd, ofCountry))
                return new Target(ofEnd, ofCountry, null, null, "actors/role+of-place");
            int t = role.End + 1;
            if (Cue(WordCues.Det, t) && Tok(role.End)!.Expansion is null) t++;   // de la Russie, of the UN
            switch (ItemAt(t))
            {
                case { Entry.Kind: ActorKind.Country or ActorKind.Capital or ActorKind.Institution } x:
                    return new Target(x.End, x.Entry.Country, x.Entry.Actor, null, "actors/role+of");
                case { Entry.Kind: ActorKind.Role } inner when RoleTarget(inner) is { } chained:
                    return chained with { Via = chained.Via ?? inner.Entry.Role, Rule = "actors/role+of+role" };
            }
            // "le ministre des Affaires étrangères russe": the portfolio sits between role and demonym.
            int p = Portfolio(role.End);
            if (!ModifiersFirst && p > role.End && ItemAt(p) is { Entry.Kind: ActorKind.Demonym } d2)
                return new Target(d2.End, d2.Entry.Country, null, null, "actors/role+demonym");
            return null;
        }

        private void ComposeRole(Item role)
        {
            var info = role.Entry.Role!;
            // "les rebelles touaregs", "des agriculteurs kurdes": the community's country, not a state's.
            if (!ModifiersFirst && ItemAt(role.End) is { Entry.Kind: ActorKind.Ethnic, Compound: false } people)
            {
                AddCommunity(role.Start, people.End, people.Entry.Ethnic!.NameEn, people.Entry.Ethnic.NameEn, info, people.Entry.Ethnic.Home);
                return;
            }
            if (RoleTarget(role) is { } target)
            {
                AddRole(role.Start, target.End, info, target.Country, target.Institution, target.Rule, target.Via);
                // "des réfugiés sierra-léonais et libériens": the second nationality shares the role.
                if (!ModifiersFirst && info.Kind != RoleKind.Person && target.Rule == "actors/role+demonym" && Cue(WordCues.Coord, target.End)
                    && ItemAt(target.End + 1) is { Entry.Kind: ActorKind.Demonym } other && !Used(other.Start))
                    AddRole(other.Start, other.End, info, other.Entry.Country, null, "actors/shared-role+demonym");
                return;
            }
            // "le président du pays", "the army of the country": the role of the country last named.
            int anaphor = MayStart(WordCues.CountryAnaphorStart, role.End) ? _lex.MatchCountryAnaphor(lang, _tokens, role.End, sentence.EndToken) : 0;
            if (anaphor == 0 && Cue(WordCues.Of, role.End) && MayStart(WordCues.CountryAnaphorStart, role.End + 1))
                anaphor = _lex.MatchCountryAnaphor(lang, _tokens, role.End + 1, sentence.EndToken) is > 0 and var a ? a + 1 : 0;
            if (anaphor > 0)
            {
                var type = info.Kind switch { RoleKind.Person => EntityTypes.Person, RoleKind.Group => EntityTypes.Group, _ => EntityTypes.Organisation };
                Use(role.Start, role.End + anaphor);
                _drafts.Add(new Draft { First = role.Start, End = role.End + anaphor, Type = type, Rule = "coref/role-of-country", Role = info.Label, RoleCode = info.Code, NeedsAntecedent = true });
                return;
            }
            if (info.Kind == RoleKind.Person)
            {
                // A bare person role: with a name after it, it is that person; alone, a short mention.
                var draft = new Draft { First = role.Start, End = role.End, Type = EntityTypes.Person, Rule = "coref/role", Role = info.Label, NeedsAntecedent = true };
                if (AttachName(draft, role.End)) return;
                var before = Tok(role.Start - 1);
                if (before is not null && (Cue(WordCues.Det, role.Start - 1) || before.Expansion is not null) && !Cue(WordCues.Former, role.Start - 1))
                {
                    Use(role.Start, role.End);
                    _drafts.Add(draft);
                }
            }
        }

        /// <summary>
        /// End of a portfolio after a role ("des Transports", "de la Défense", "de l'Économie et des
        /// Finances"), or <paramref name="t"/> when none. One capitalised word per department, so
        /// that a following name stays a name ("de la Défense Sadio Keita").
        /// </summary>
        private int Portfolio(int t)
        {
            int end = t;
            while (Cue(WordCues.Of, end))
            {
                int j = end + 1;
                if (Cue(WordCues.Det, j)) j++;
                if (Tok(j) is not { IsWord: true, IsCapitalized: true } || ItemAt(j) is { Entry.Kind: not ActorKind.Role } || Cue(WordCues.NotName, j)) break;
                end = j + 1;
                if (Cue(WordCues.Coord, end) && Cue(WordCues.Of, end + 1)) end++;
                else break;
            }
            return end;
        }

        private void AddRole(int first, int end, RoleInfo role, CountryInfo? country, NamedActor? institution, string rule, RoleInfo? via = null)
        {
            string? code, iso, name;
            if (institution is not null)
            {
                (code, iso) = Resolve(institution, doc.Date);
                name = $"{institution.NameEn} {role.Label}";
            }
            else
            {
                iso = country!.Iso3;
                code = iso + (via ?? role).Code;
                name = $"{country.DemonymEn ?? country.NameEn} {role.Label}";
            }
            // "l'ancien président américain", "former Russian President": the role is no longer held,
            // so the person counts for the country alone; the word joins the span.
            int former = first - 1;
            string? label = role.Label;
            if (Cue(WordCues.Former, former) && !Used(former))
            {
                first = former;
                code = iso;
                name = "former " + name;
                label = null;   // a later "le président" is not this one
            }
            var type = role.Kind switch { RoleKind.Person => EntityTypes.Person, RoleKind.Group => EntityTypes.Group, _ => EntityTypes.Organisation };
            var draft = new Draft { First = first, End = end, Type = type, Code = code, Country = iso, Name = name, Rule = rule, Role = label };
            // "le ministère russe de la Défense": a later "le ministère" is this one.
            if (type == EntityTypes.Organisation && (_facts[first] & WordCues.OrgHead) != 0) draft.OrgHead = _tokens[first].Fold;
            if (role.Kind == RoleKind.Person && AttachName(draft, end)) return;
            Use(first, end);
            _drafts.Add(draft);
        }

        /// <summary>
        /// "le président russe Vladimir Poutine", "le porte-parole John Kirby": a person name right
        /// after a role makes one mention of that person. A role with a country or institution
        /// gives its code (the text says what the person is); a bare role takes the person's own.
        /// </summary>
        private bool AttachName(Draft role, int t)
        {
            if (ItemAt(t) is { Entry.Kind: ActorKind.Person or ActorKind.Surname } p)
            {
                var (code, iso) = Resolve(p.Entry.Actor!, doc.Date);
                var d = new Draft
                {
                    First = role.First, End = p.End, Type = EntityTypes.Person, Name = p.Entry.Actor!.NameEn, Actor = p.Entry.Actor,
                    Code = role.Code ?? code, Country = role.Country ?? iso, Rule = "actors/role+person", Role = role.Role,
                    ShortName = p.Entry.Kind == ActorKind.Surname,
                };
                Use(d.First, d.End);
                _drafts.Add(d);
                return true;
            }
            int end = ReadName(t);
            if (end == t) return false;
            var u = new Draft
            {
                First = role.First, End = end, Type = EntityTypes.Person, Name = NameText(t, end),
                Code = role.Code, Country = role.Country, Rule = "actors/role+name", Role = role.Role,
            };
            Use(u.First, u.End);
            _drafts.Add(u);
            return true;
        }

        /// <summary>End of an unknown person name starting at <paramref name="t"/>: capitalised words, inner particles (da, von der).</summary>
        private int ReadName(int t)
        {
            int end = t, words = 0;
            while (words < MaxNameTokens && Tok(end) is { } tok && !Used(end) && !HasItem(end))
            {
                if (tok.IsWord && tok.IsCapitalized && !Cue(WordCues.NotName, end) && HasLower(end)) { end++; words++; continue; }
                if (words > 0 && Cue(WordCues.Particle, end) && Tok(end + 1) is { IsCapitalized: true }) { end++; continue; }
                break;
            }
            while (end > t && !Tok(end - 1)!.IsCapitalized) end--;   // no trailing particle
            // "General Motors", "Adam Air Flight": a word of organisations or places is no person's name.
            for (int k = t; k < end; k++) if (Cue(WordCues.NotPerson, k)) return t;
            return end;
        }

        private string NameText(int first, int end) =>
            doc.Text[_tokens[first].Span.Start.._tokens[end - 1].Span.End];

        /// <summary>
        /// A role right after <paramref name="t"/>, or after one lower-case modifier that is no
        /// function word ("French paper workers", "Ibo traditional elders"); English order only.
        /// </summary>
        private Item? RoleAfter(int t)
        {
            if (Tok(t) is { IsWord: true, IsCapitalized: false } && !HasItem(t) && !Cue(WordCues.NotName, t) && !Cue(WordCues.Of, t) && !Cue(WordCues.Det, t) && !Cue(WordCues.Coord, t)
                && ItemAt(t + 1) is { Entry.Kind: ActorKind.Role } after)
                return NamesOrganisation(after) ? null : after;
            return ItemAt(t) is { Entry.Kind: ActorKind.Role } role && (role.Entry.Role!.Kind != RoleKind.Group || !NamesOrganisation(role)) ? role : null;
        }

        /// <summary>"the Serbian Workers' Union": a capitalised group word before an organisation head or a possessive starts a name.</summary>
        private bool NamesOrganisation(Item role) =>
            _tokens[role.End - 1].IsCapitalized && (Cue(WordCues.Possessive, role.End) || SuffixHead(role.End) || SuffixHead(role.End + 1));

        /// <summary>"guerrillas operating in", "a group based in": the token after such a participle, else <paramref name="t"/>.</summary>
        private int LocatedIn(int t) => Cue(WordCues.LocatedParticiple, t) ? t + 1 : t;

        /// <summary>
        /// The end and country of a place starting at <paramref name="t"/>, across an article and a
        /// compass word: a country, a capital or a gazetteer place ("the Ivory Coast", "southern
        /// Serbia", "Baghdad"), a place glossed by an occupier ("the Israeli-occupied West Bank"),
        /// or a name after a demonym ("the Syrian Golan Heights"); null when none.
        /// </summary>
        private (int End, CountryInfo Country)? PlaceAfter(int t)
        {
            if (Cue(WordCues.Det, t)) t++;
            // "au sud de la Serbie", "the north of Ghana", "the town of Basra": a place word and of/de before the place.
            if (Cue(WordCues.PlaceIntro, t) && Cue(WordCues.Of, t + 1) && !HasItem(t))
            {
                t += 2;
                if (Cue(WordCues.Det, t)) t++;
            }
            else if (Cue(WordCues.Direction, t)) t++;
            if (ItemAt(t) is { Compound: true } && ItemAt(t + 1) is { Entry.Kind: ActorKind.Country or ActorKind.Place }) t++;
            switch (ItemAt(t))
            {
                case { Compound: false, Entry.Kind: ActorKind.Country or ActorKind.Capital } x:
                    return (x.End, x.Entry.Country!);
                case { Entry.Kind: ActorKind.Place } p when _lex.Countries.TryGetValue(p.Entry.Place!.Country, out var pc):
                    return (p.End, pc);
                case { Compound: false, Entry.Kind: ActorKind.Demonym } d when ReadCapitalised(d.End) is var end && end > d.End:
                    return (end, d.Entry.Country!);
            }
            return null;
        }

        /// <summary>End of the capitalised words from <paramref name="t"/> that no other mention takes (at most <see cref="MaxNameTokens"/>).</summary>
        private int ReadCapitalised(int t)
        {
            int end = t;
            while (end - t < MaxNameTokens && Tok(end) is { IsWord: true, IsCapitalized: true } && HasLower(end) && !HasItem(end) && !Cue(WordCues.NotName, end)) end++;
            return end;
        }

        /// <summary>
        /// A nationality naming a community rather than its state: "Iraqi Kurds", "Bosnian Serbs"
        /// (the first nationality is the country they live in), "ethnic Albanians" and "Albanais de
        /// souche" (the place they are in decides, not the nationality), "the Albanians of Serbia"
        /// (a noun of a place). True when it made the mention.
        /// </summary>
        private bool Community(Item it)
        {
            var c = it.Entry.Country!;
            bool adjective = _syntax.DemonymNounsArePlural && !_tokens[it.Start].Fold.EndsWith('s');
            if (adjective && ItemAt(it.End) is { Compound: false, Entry.Kind: ActorKind.Demonym or ActorKind.Ethnic } people)
            {
                var role = RoleAfter(people.End);
                AddCommunity(it.Start, role?.End ?? people.End, NameText(it.Start, people.End), null, role?.Entry.Role, c);
                return true;
            }
            if (Cue(WordCues.Ethnic, it.Start - 1) && !Used(it.Start - 1))
            {
                var role = RoleAfter(it.End);
                AddCommunity(it.Start - 1, role?.End ?? it.End, NameText(it.Start - 1, it.End), "ethnic " + c.Iso3, role?.Entry.Role, null);
                return true;
            }
            if (Cue(WordCues.Of, it.End) && Cue(WordCues.EthnicAfter, it.End + 1))
            {
                AddCommunity(it.Start, it.End + 2, NameText(it.Start, it.End + 2), "ethnic " + c.Iso3, null, null);
                return true;
            }
            bool noun = _syntax.DemonymNounsArePlural ? !adjective && it.End - it.Start == 1 : _tokens[it.Start].IsCapitalized;
            if (noun && Cue(WordCues.Of, it.End) && PlaceAfter(it.End + 1) is var (end, place) && place != c)
            {
                AddCommunity(it.Start, end, NameText(it.Start, it.End), "ethnic " + c.Iso3, null, place);
                return true;
            }
            return false;
        }

        /// <summary>
        /// A community named by its own name ("the Kurds", "Ibo elders", "Tamil refugees", "les
        /// Kurdes irakiens"): the country of the nationality after it (French), else its home, else
        /// the place the text puts it in. An adjective alone ("the Kurdish question") is no actor.
        /// </summary>
        private void ComposeEthnic(Item it)
        {
            var e = it.Entry;
            var role = ModifiersFirst ? RoleAfter(it.End) : null;
            if (role is null && (!e.EthnicNoun || GivenName(it.Start))) return;
            // "in Hausa": the language.
            if (role is null && Cue(WordCues.Language, it.Start - 1)) return;
            int end = role?.End ?? it.End;
            var country = e.Ethnic!.Home;
            if (!ModifiersFirst && ItemAt(end) is { Compound: false, Entry.Kind: ActorKind.Demonym } dem)
            {
                country = dem.Entry.Country;
                end = dem.End;
            }
            AddCommunity(it.Start, end, NameText(it.Start, it.End), e.Ethnic.NameEn, role?.Entry.Role, country);
        }

        /// <summary>
        /// A community over tokens [first, end) with its role, if any. Without a country, the place
        /// right after decides ("operating in Macedonia", "of the Golan"), else the sentence's or the
        /// story's place through coreference.
        /// </summary>
        private void AddCommunity(int first, int end, string name, string? community, RoleInfo? role, CountryInfo? country)
        {
            if (country is null)
            {
                int k = LocatedIn(end);
                if ((Cue(WordCues.LocatedIn, k) || Cue(WordCues.Of, k)) && PlaceAfter(k + 1) is var (placeEnd, place))
                {
                    country = place;
                    end = placeEnd;
                }
            }
            // A community is its country's people (CVL), not its state; its leaders speak for it, not for the government.
            var roleCode = role is { Kind: not RoleKind.Person } ? role.Code : "CVL";
            Use(first, end);
            _drafts.Add(new Draft
            {
                First = first, End = end, Type = EntityTypes.Group, Code = country is null ? null : country.Iso3 + roleCode, Country = country?.Iso3,
                Name = role is null ? name : $"{name} {role.Label}", Rule = "actors/community", RoleCode = roleCode,
                Located = country is null, NeedsAntecedent = country is null, Community = community,
            });
        }

        private void AddDemonym(Item it)
        {
            // "en russe", "in Russian": the language, not the country ("in Israeli hands" is the country).
            if (!it.Compound && Cue(WordCues.Language, it.Start - 1) && !_tokens[it.Start].Fold.EndsWith('s')
                && (!ModifiersFirst || Tok(it.End) is null or { IsWord: false } || Cue(WordCues.Coord, it.End)))
                return;
            var tok = _tokens[it.Start];
            bool noun = _syntax.DemonymNounsArePlural ? tok.Fold.EndsWith('s') && it.End - it.Start == 1 : tok.IsCapitalized && it.Start > sentence.FirstToken;
            var c = it.Entry.Country!;
            if (it.Compound) noun = false;
            Use(it.Start, it.End);
            _drafts.Add(new Draft
            {
                First = it.Start, End = it.End, Type = noun ? EntityTypes.Group : EntityTypes.Country,
                Code = c.Iso3, Country = c.Iso3, Name = c.NameEn, Rule = it.Partners is null ? "actors/demonym" : "actors/demonym-combined", Demonym = true,
                Partners = it.Partners ?? [],
            });
        }

        private void AddName(Item it)
        {
            var e = it.Entry;
            Draft d;
            switch (e.Kind)
            {
                case ActorKind.Country:
                    d = new Draft { Type = EntityTypes.Country, Code = e.Country!.Iso3, Country = e.Country.Iso3, Name = e.Country.NameEn, Rule = "actors/country", Lat = e.Country.Lat, Lon = e.Country.Lon };
                    break;
                case ActorKind.Place:
                    var pl = e.Place!;
                    d = new Draft { Type = EntityTypes.Location, Country = pl.Country, Name = pl.NameEn, Rule = "places/" + pl.Kind, IsPlace = true, Lat = pl.Lat, Lon = pl.Lon };
                    break;
                case ActorKind.Capital:
                    var c = e.Country!;
                    // "à Moscou", "in Moscow": the city as a place; otherwise Moscow speaks for Russia's government.
                    var cp = _lex.PlaceOf(c.Iso3, e.Form);
                    d = Cue(WordCues.Place, it.Start - 1)
                        ? new Draft { Type = EntityTypes.Location, Country = c.Iso3, Name = cp?.NameEn ?? e.Form, Rule = "actors/capital-place", IsPlace = true, Lat = cp?.Lat, Lon = cp?.Lon }
                        : new Draft { Type = EntityTypes.Country, Code = c.Iso3 + "GOV", Country = c.Iso3, Name = c.NameEn, Rule = "actors/capital" };
                    break;
                case ActorKind.Institution:
                    var (code, iso) = Resolve(e.Actor!, doc.Date);
                    d = new Draft { Type = e.Actor!.Type, Code = code, Country = iso, Name = e.Actor.NameEn, Rule = "actors/institution", Actor = e.Actor };
                    break;
                case ActorKind.Person or ActorKind.Surname:
                    var (pc, pi) = Resolve(e.Actor!, doc.Date);
                    d = new Draft
                    {
                        Type = EntityTypes.Person, Code = pc, Country = pi, Name = e.Actor!.NameEn, Actor = e.Actor,
                        Rule = "actors/person", Role = e.Actor.TermAt(doc.Date)?.Role, ShortName = e.Kind == ActorKind.Surname,
                    };
                    break;
                default:
                    return;
            }
            d.First = it.Start;
            d.End = it.End;
            Use(d.First, d.End);
            _drafts.Add(d);
        }

        /// <summary>
        /// "Le porte-parole du Conseil, John Kirby, a dit" and "Jean Dupont, le ministre iranien des
        /// Transports, a dit": a person and a role separated by a comma are the same actor.
        /// </summary>
        private void Appositions()
        {
            // Most sentences hold no role with a code: no sorted copy for them.
            bool any = false;
            foreach (var d in _drafts) if (IsCodedRole(d)) { any = true; break; }
            if (!any) return;
            var ordered = _drafts.OrderBy(d => d.First).ToList();
            foreach (var role in ordered)
            {
                if (!IsCodedRole(role)) continue;
                // Role , Name
                if (Tok(role.End) is { Text: "," })
                {
                    int t = role.End + 1;
                    var person = _drafts.FirstOrDefault(d => d.First == t && d.Type == EntityTypes.Person && d.Actor is not null);
                    if (person is not null) { GiveRole(person, role); continue; }
                    int end = ReadName(t);
                    if (end - t >= 2)
                    {
                        var d = new Draft { First = t, End = end, Type = EntityTypes.Person, Name = NameText(t, end), Code = role.Code, Country = role.Country, Role = role.Role, Rule = "actors/apposition" };
                        Use(t, end);
                        _drafts.Add(d);
                        continue;
                    }
                }
                // Name , Role
                int comma = role.First - 1;
                if (Cue(WordCues.Det, comma) || Cue(WordCues.Indefinite, comma)) comma--;
                if (Tok(comma) is { Text: "," })
                {
                    var person = _drafts.FirstOrDefault(d => d.End == comma && d.Type == EntityTypes.Person && d.Actor is not null);
                    if (person is not null) { GiveRole(person, role); continue; }
                    int first = comma;
                    while (first - 1 >= sentence.FirstToken && Tok(first - 1) is { IsWord: true, IsCapitalized: true } && !Used(first - 1) && !Cue(WordCues.NotName, first - 1)
                           && comma - first < MaxNameTokens) first--;
                    if (comma - first >= 2 && !Enumerable.Range(first, comma - first).Any(k => Cue(WordCues.NotPerson, k)))
                    {
                        Use(first, comma);
                        _drafts.Add(new Draft { First = first, End = comma, Type = EntityTypes.Person, Name = NameText(first, comma), Code = role.Code, Country = role.Country, Role = role.Role, Rule = "actors/apposition" });
                    }
                }
            }
        }

        private static bool IsCodedRole(Draft d) => d.Role is not null && d.Actor is null && d.Type == EntityTypes.Person && d.Code is not null;

        /// <summary>A known person in apposition with a role: the role's code holds when the person's own term does not.</summary>
        private void GiveRole(Draft person, Draft role)
        {
            if (person.Actor is null || person.Actor.TermAt(doc.Date) is null) { person.Code = role.Code; person.Country = role.Country; }
            person.Role ??= role.Role;
            person.Rule += "+apposition";
        }

        /// <summary>"M. Dupont", "Mr Smith": a civility title makes the next capitalised words a person.</summary>
        private void Titles()
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken - 1; t++)
            {
                if (Used(t) || !MayStart(WordCues.TitleStart, t)) continue;
                var (len, title) = _lex.MatchTitle(lang, _tokens, t, sentence.EndToken);
                if (title is null || Enumerable.Range(t, len).Any(Used)) continue;
                int name = t + len;
                if (ItemAt(name) is { Entry.Kind: ActorKind.Person or ActorKind.Surname }) continue;
                int end = ReadName(name);
                if (end == name)
                {
                    // "le colonel", "the archbishop" alone: the person last named with that title.
                    if (title.Role is not null && Cue(WordCues.Det, t - 1) && !Cue(WordCues.DetPlural, t - 1) && !Cue(WordCues.Of, name))
                    {
                        Use(t, name);
                        _drafts.Add(new Draft { First = t, End = name, Type = EntityTypes.Person, Role = title.Role, Rule = "coref/title", NeedsAntecedent = true });
                    }
                    continue;
                }
                Use(t, end);
                _drafts.Add(new Draft { First = t, End = end, Type = EntityTypes.Person, Name = NameText(name, end), Role = title.Role, Rule = "actors/title+name" });
                t = end - 1;
            }
        }

        /// <summary>
        /// Organisations by their form (data/actors/org-forms.tsv): a head word and its name,
        /// "le ministère de la Santé", "Parti communiste", "Ministry of Health" (prefix heads), or
        /// capitalised words and a head, "Labour Party" (suffix heads). Tokens already taken by the
        /// lexicon stay theirs, so listed names keep their codes.
        /// </summary>
        private void Organisations()
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (Used(t) || !MayStart(WordCues.OrgFormStart, t)) continue;
                int limit = sentence.EndToken;
                while (true)
                {
                    var (len, forms) = _lex.MatchOrgForm(lang, _tokens, t, limit);
                    if (len == 0) break;
                    var form = forms.FirstOrDefault(f => ActorEntry.CaseMatches(f.Case, _tokens, t));
                    if (form is not null && !Enumerable.Range(t, len).Any(Used) && (form.Kind == OrgHeadKind.Prefix ? PrefixOrg(t, len, form) : SuffixOrg(t, len, form)) is { } d)
                    {
                        Use(d.First, d.End);
                        _drafts.Add(d);
                        t = d.End - 1;
                        break;
                    }
                    limit = t + len - 1;   // "Party of" failed: try "Party"
                }
            }
        }

        private Draft? PrefixOrg(int t, int len, OrgForm form)
        {
            int head = t + len;
            // "ministère des Affaires étrangères" is one role phrase: the name goes on after it.
            if (ItemAt(t) is { Entry.Kind: ActorKind.Role } role && role.End > head) head = role.End;
            int end = OrgComplement(head, form.NameFollows);
            if (end == head && head == t + len) return null;
            return new Draft { First = t, End = end, Type = EntityTypes.Organisation, Name = NameText(t, end), Rule = "orgs/prefix", OrgHead = form.Head };
        }

        private Draft? SuffixOrg(int t, int len, OrgForm form)
        {
            int first = t;
            while (first - 1 >= sentence.FirstToken && t - first < MaxNameTokens && FreeCapitalised(first - 1)) first--;
            if (first == t) return null;
            return new Draft { First = first, End = t + len, Type = EntityTypes.Organisation, Name = NameText(first, t + len), Rule = "orgs/suffix", OrgHead = form.Head };
        }

        /// <summary>A capitalised word not taken by another mention, the lexicon or the list of words that start no name.</summary>
        private bool FreeCapitalised(int t) =>
            Tok(t) is { IsWord: true, IsCapitalized: true } && !Used(t) && !Cue(WordCues.NotName, t) && !Cue(WordCues.Det, t)
            && ItemAt(t) is null or { Entry.Kind: ActorKind.Role };

        /// <summary>
        /// End of an organisation's name after its head: capitalised words, French adjectives
        /// (Parti communiste), de/of + capitalised words (de la Santé), chained by et/and. When
        /// <paramref name="named"/> (the head ends with "of"), capitalised words must come first.
        /// </summary>
        private int OrgComplement(int t, bool named)
        {
            const int MaxTokens = 10;
            int end = t;
            if (named)
            {
                int j = Cue(WordCues.Det, t) ? t + 1 : t;
                if (!FreeCapitalised(j)) return t;
                end = j;
            }
            int adjectives = 0;
            while (end - t < MaxTokens)
            {
                // "… de France Roger Cukierman": a given name starts a person, not more of the name.
                if (FreeCapitalised(end) && !(end > t && GivenName(end))) { end++; continue; }
                if (adjectives < 2 && Tok(end) is { } w && !w.IsCapitalized && !Used(end) && OrgAdjective(end)) { end++; adjectives++; continue; }
                int j = end;
                if (Cue(WordCues.Coord, j) && j > t) j++;
                if (!Cue(WordCues.Of, j)) break;
                j++;
                if (Cue(WordCues.Det, j) && Tok(j - 1)!.Expansion is null) j++;
                if (FreeCapitalised(j)) { end = j; continue; }
                // French names go on in lower case when an adjective follows: "Front de libération nationale".
                if (Tok(j) is { IsWord: true, IsCapitalized: false } n && !Used(j) && !Cue(WordCues.NotName, j) && ItemAt(j) is null
                    && Tok(j + 1) is not null && !Used(j + 1) && OrgAdjective(j + 1))
                {
                    end = j + 2;
                    adjectives++;
                    continue;
                }
                break;
            }
            return end;
        }

        /// <summary>"Marie Dubois", "John Smith": a common given name followed by capitalised words is a person.</summary>
        private void GivenNames()
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken - 1; t++)
            {
                if (Used(t) || HasItem(t) || !GivenName(t)) continue;
                int end = ReadName(t);
                if (end - t < 2) continue;
                Use(t, end);
                _drafts.Add(new Draft { First = t, End = end, Type = EntityTypes.Person, Name = NameText(t, end), Rule = "actors/given+surname" });
                t = end - 1;
            }
        }

        /// <summary>
        /// The determiner right before a mention belongs to it: "la Russie", "the White House" —
        /// but not before an adjective ("the Syrian capital": "the" goes with "capital").
        /// </summary>
        private void IncludeDeterminer(Draft d)
        {
            if (d.Demonym && d.Type != EntityTypes.Group) return;
            // "the Kharkiv area": the article goes with the noun after the place.
            if (d.IsPlace && ModifiersFirst && Tok(d.End) is { IsWord: true, IsCapitalized: false }) return;
            if (d.First - 1 >= sentence.FirstToken && !Used(d.First - 1) && Cue(WordCues.Det, d.First - 1))
                d.First--;
        }
    }
}
