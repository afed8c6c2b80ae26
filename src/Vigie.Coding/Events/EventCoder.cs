using Vigie.Core.Data;
using Vigie.Coding.Lexicon;
using Vigie.Coding.Ontology;
using Vigie.Core;
using Vigie.Text;
using Vigie.Text.Entities;

namespace Vigie.Coding.Events;

/// <summary>
/// Codes a document's events, clause by clause, like TABARI and PETRARCH but without a parser:
/// 1. predicates: verb forms (any tense, mood and voice, from the verb lexicon) and event nouns
///    that have patterns in data/lang/xx/events.tsv;
/// 2. the clause around each predicate: bounded by subordinators, relatives, ';' and ':';
/// 3. arguments: the subject actor before the predicate (not inside a prepositional phrase) is
///    the source; the direct object or an actor after an allowed preposition is the target;
///    passives swap them ("par X", "by X");
/// 4. modality: negation drops the event, the hearsay conditional and "selon X" mark it alleged,
///    future and intent verbs turn it into an intent (03x, 13x), "X a annoncé que …" and quotes
///    give reported_by;
/// 5. date: the time expression of the clause, else the publication date.
/// The coder is stateless per document and thread-safe.
/// </summary>
public sealed class EventCoder
{
    private readonly Grammar _grammar;
    private readonly VerbLexicon _verbs;
    private readonly NounLexicon _nouns;
    private readonly EventLexicon _patterns;
    private readonly IntentTable _intents;
    private readonly IntentTable _refusals;
    private readonly HashSet<string> _speechVerbs;
    private readonly string[] _defaultPrepositions;

    public string Lang { get; }
    /// <summary>The language's grammar facts (syntax.tsv): its plural marks, for object words.</summary>
    internal LanguageSyntax Syntax { get; }

    private EventCoder(string lang)
    {
        Lang = lang;
        Syntax = LanguageSyntax.For(lang);
        _grammar = Grammar.For(lang);
        _verbs = VerbLexicon.For(lang);
        _nouns = NounLexicon.For(lang);
        _patterns = EventLexicon.For(lang);
        _intents = IntentTable.Default;
        _refusals = IntentTable.Refusal;
        // The speech verbs of the quotation lexicon (quote-verbs.tsv) make the clause they govern reported.
        _speechVerbs = Quotes.QuoteLexicon.For(lang).Verbs;
        foreach (var lemma in _patterns.VerbLemmas) _verbs.Register(lemma);
        foreach (var lemma in _speechVerbs) _verbs.Register(lemma);
        // Verbs the grammar names (intent, denial, auxiliaries) must be recognisable in every form.
        foreach (var cls in new[] { WordClass.Intent, WordClass.Wish, WordClass.Persuade, WordClass.Deny, WordClass.Auxiliary, WordClass.PassiveAuxiliary, WordClass.FutureAuxiliary, WordClass.Aspect })
            foreach (var lemma in _grammar.Entries(cls)) _verbs.Register(lemma);
        _defaultPrepositions = DefaultTargetPrepositions.For(lang);
    }

    private static readonly LanguageCache<EventCoder> _cache = new(lang => new EventCoder(lang));

    public static EventCoder For(string lang) => _cache.For(lang);

    public void Code(Document doc)
    {
        var view = new DocumentView(doc, this);
        var found = new List<Event>();
        foreach (var sentence in doc.Sentences) CodeSentence(view, sentence, found);
        doc.Events.Clear();
        doc.Events.AddRange(Merge(found));
    }

    // ------------------------------------------------------------------ per sentence

    private void CodeSentence(DocumentView view, Sentence sentence, List<Event> found)
    {
        var tokens = view.Doc.Tokens;
        for (int p = sentence.FirstToken; p < sentence.EndToken; p++)
        {
            var token = tokens[p];
            // A word of a time expression is no predicate: "last March" is no march.
            if (!token.IsWord || view.EntityAt(p) is not null || view.InTimex(p)) continue;
            // "X said that Y must …": a reported obligation is a demand from X to Y.
            if (view.Is(p, DocumentView.C.Obligation) && view.ReportedObligation(sentence, p) is { } demand)
            {
                found.AddRange(Build(view, sentence, p, ObligationPattern(token), demand.Modality, demand.Sources, demand.Targets, view.ClauseOf(sentence, p)) ?? []);
                continue;
            }
            var verbForms = view.VerbForms(p);
            // "would not provide support": a base form in the object of a coded verb is that object, a
            // noun; not after an infinitive marker and before its own object ("carried out strikes to
            // support Syrian forces"; "bowed to pressure from X" stays a noun).
            if (verbForms.Count > 0 && view.ConsumedBy(p) is not null && verbForms.All(f => f.Tense is VerbTense.Base or VerbTense.Present)
                && !(p > sentence.FirstToken && _grammar.Is(tokens[p - 1], WordClass.InfinitiveMarker) && verbForms.Any(f => f.Tense == VerbTense.Base)
                     && (view.ArticleObjectFollows(p, sentence.EndToken) || view.EntityAt(p + 1) is not null))) verbForms = [];
            if (verbForms.Count > 0)
            {
                bool coded = false;
                for (int k = 0; k < verbForms.Count; k++)
                {
                    var form = verbForms[k];
                    var patterns = _patterns.ForVerb(form.Lemma);
                    if (patterns.Count == 0) continue;
                    var ev = CodeVerb(view, sentence, p, form, patterns, found);
                    if (ev is not null) { found.AddRange(ev); coded = true; break; }
                }
                // A word that is also a noun ("attaque", "aide", "visite", "attack") may still be an event noun.
                if (coded || !view.CouldBeNoun(p)) continue;
            }
            // The word's event-noun patterns: looked up once per word (see WordFacts).
            var nounPatterns = view.FactsAt(p).NounPatterns;
            // A noun that is the object of a coded verb of another kind ("lift the sanctions",
            // "bans on travel") is an argument of that event, not an event of its own; of the same
            // kind ("launched an air strike") it may make the code more specific.
            if (nounPatterns.Count > 0 && view.ConsumedBy(p) is { } root && !AnyCodeUnder(nounPatterns, root)) continue;
            if (nounPatterns.Count > 0) found.AddRange(CodeNoun(view, sentence, p, nounPatterns));
        }
    }

    /// <paramref name="earlier"/>: the events found before this predicate in the document, if known.
    private List<Event>? CodeVerb(DocumentView view, Sentence sentence, int p, VerbForm form, IReadOnlyList<EventPattern> patterns, IReadOnlyList<Event>? earlier = null)
    {
        var tokens = view.Doc.Tokens;
        var clause = view.ClauseOf(sentence, p);
        int groupStart = view.VerbGroupStart(p, clause.Start);
        bool reflexive = groupStart > clause.Start && _grammar.Is(tokens[groupStart - 1], WordClass.Reflexive)
                         || groupStart - 2 >= clause.Start && _grammar.Is(tokens[groupStart - 2], WordClass.Reflexive) && _grammar.Is(tokens[groupStart - 1], WordClass.Negation);
        bool passive = form.Tense == VerbTense.PastParticiple && !reflexive && view.HasPassiveAuxiliary(groupStart, p);
        bool adjectivalParticiple = form.Tense == VerbTense.PastParticiple && groupStart == p && !reflexive;
        // "demanded an apology by Moscow": a bare participle takes no article-led object; read as a past tense.
        if (adjectivalParticiple && view.ArticleObjectFollows(p, clause.End)) return null;
        // "a été rejetée par X et écartée par Y": a bare participle coordinated with a passive
        // verb group is passive too, and shares its subject.
        bool coordinatedPassive = adjectivalParticiple && clause.Opener == ClauseOpener.Coordination && clause.OpenerToken == groupStart - 1 && view.FollowsPassive(sentence, clause.OpenerToken);
        if (coordinatedPassive) (adjectivalParticiple, passive) = (false, true);
        // "a adressé un avertissement à X et demandé …": after an active compound verb, it shares the auxiliary and is active.
        if (adjectivalParticiple && clause.Opener == ClauseOpener.Coordination && clause.OpenerToken == groupStart - 1 && view.FollowsActiveCompound(sentence, clause.OpenerToken))
            adjectivalParticiple = false;

        var candidates = MatchingPatterns(view, patterns, p, clause, reflexive, passive || adjectivalParticiple, view.ComplementEnd(sentence, clause));
        if (candidates.Count == 0) return null;
        var first = candidates[0];
        // Its object belongs to this predicate even when the event is dropped below (negated, a purpose).
        view.ConsumeObjectsOf(p, sentence, first.Cameo[..2]);
        // "promet de livrer", "pledged to expel": the complement is the event (coded as an intent)
        // when one of its patterns matches; "threatened to cut off electricity" is the threat itself.
        // A threat verb codes the threat itself when its complement is no event with a target
        // ("threatened to cut off electricity to X": no blockade of X, but a threat to X).
        if (_grammar.IsLemma(form.Lemma, WordClass.Intent)
            && view.InfinitiveComplement(p, clause.End) is var complement && complement >= 0 && IsCodedPredicate(view, sentence, complement)
            && (!_grammar.IsLemma(form.Lemma, WordClass.Threat) || CodesEvent(view, sentence, complement)))
            return null;

        // "Obama wants Putin to attack Switzerland": the wish is an appeal to Putin (020), not Putin's act.
        if (view.WishAddressee(groupStart, clause.Start) is { } wish)
        {
            var wishClause = view.ClauseOf(sentence, wish.Verb);
            int wishGroup = view.VerbGroupStart(wish.Verb, wishClause.Start);
            var wishModality = view.Modality(sentence, wishClause, wishGroup, wish.Verb, view.VerbForms(wish.Verb)[0]);
            if (wishModality.Negated) return null;
            return Build(view, sentence, wish.Verb, WishPattern(view.VerbForms(wish.Verb).First(f => _grammar.IsLemma(f.Lemma, WordClass.Wish)).Lemma), wishModality,
                view.Subjects(wishClause, wishGroup, wishModality), wish.Addressee, wishClause);
        }
        var modality = view.Modality(sentence, clause, groupStart, p, form);
        // "a convaincu les Américains de retirer leur soutien à X", "persuaded Germany to deliver arms
        // to Y": the one persuaded does the act, with the modality of the persuasion (an appeal, coded at its verb).
        var persuaded = view.PersuadedActor(groupStart, clause.Start);
        // Who does the act when it is not the clause's subject: the one persuaded, the author of the force whose aim it is.
        List<ActorRef>? doers = persuaded?.Addressee;
        if (persuaded is { } pers)
        {
            var persClause = view.ClauseOf(sentence, pers.Verb);
            modality = view.Modality(sentence, persClause, view.VerbGroupStart(pers.Verb, persClause.Start), pers.Verb, view.VerbForms(pers.Verb)[0]);
            // "wants to convince Germany to deliver": the persuasion has not happened, nor has the act.
            if (modality.Negated || modality.Intent || modality.Value == Modalities.Hypothetical) return null;
        }
        // "a dit regretter les pertes", "a déclaré rejeter le plan": an act done by saying it, announced by a speech verb, is done.
        bool said = modality.Intent && !modality.Negated && CameoCodeSet.Spoken.Contains(first.Cameo) && view.SaidInfinitive(groupStart, clause.Start);
        if (said)
            modality = modality with { Intent = false, Value = modality.ReportedBy is null ? Modalities.Asserted : Modalities.Reported };
        // "X will not release them", "said it would not meet Y": an announced refusal (12x); a negated fact is no event.
        if (modality.Negated && !modality.Intent) return null;
        // A bare infinitive that no intent, speech or aspect verb governs states a purpose or a
        // pressure ("sent troops to negotiate", "pressured to help"), not an event; but force or
        // support as the aim of an act of force ("a lancé une offensive pour reprendre X à Y",
        // "frappes pour soutenir X") is done by that act, with its modality (aim-of-force.tsv).
        if (view.IsPurposeInfinitive(groupStart, clause.Start) && !modality.Intent && !said && persuaded is null)
        {
            if (!CameoCodeSet.AimOfForce.Contains(first.Cameo) || ForceBeforePurpose(view, sentence, clause, groupStart) is not { } aimed) return null;
            modality = aimed.Modality;
            if (modality.Negated) return null;
            // The aim is the act's subject's, not its object's ("frappent l'EI pour soutenir leurs alliés").
            if (aimed.Verb >= 0) doers = view.Subjects(clause, view.VerbGroupStart(aimed.Verb, clause.Start), modality);
        }
        // "firms accused of supplying drones to X": the gerund is the act of what the participle
        // qualifies, not of the clause's subject; with no actor there, no event.
        if (form.Tense != VerbTense.SimplePast && view.CompletesParticiple(p, out var participleDoer))
        {
            if (participleDoer is null) return null;
            doers = [DocumentView.Ref(participleDoer)];
        }
        // "X said the US must be ready to mediate": the obligation is X's demand, coded at the modal.
        if (modality.Intent && view.UnderObligation(groupStart, clause.Start)) return null;
        // "Iraq must cooperate with the inspectors": what a subject must do is demanded of it, not done.
        if (view.ObligedInGroup(groupStart, p)) return null;
        // "a resolution that aims to impose a blockade": what a thing is for is no one's act.
        if (view.IsPurposeOfThing(sentence, groupStart)) return null;
        // "demanded that the US cancel the sale": what is demanded is not done.
        if (IsAskedFor(view, clause)) return null;

        // The first matching pattern whose arguments are found gives the event ("protester
        // auprès de X" is 114; "protester" with no one addressed, 141).
        for (int c = 0; c < candidates.Count; c++)
        {
            var pattern = candidates[c];
            List<ActorRef> sources, targets;
            if (passive || adjectivalParticiple)
            {
                // "Des armes ont été livrées à X par Y": the agent acts; the target is the passive
                // subject when it is an actor, else the recipient after the verb.
                sources = view.AgentAfter(p, clause);
                targets = adjectivalParticiple ? view.NearestActorBefore(p, sentence.FirstToken) : view.Subjects(clause, groupStart, modality);
                // "soutenue par X mais refusée par Y" with no actor as subject: as a bare participle, the actor before.
                if (targets.Count == 0 && coordinatedPassive) targets = view.NearestActorBefore(p, sentence.FirstToken);
                if (targets.Count == 0 && !adjectivalParticiple && !pattern.NoTarget) targets = view.Targets(p + 1, clause.End, pattern, sources, directObject: false);
                // "Sanctions against Iran were imposed by X": the target is named inside the passive subject.
                if (targets.Count == 0 && !adjectivalParticiple && !pattern.NoTarget) targets = view.Targets(clause.Start, groupStart, pattern, sources, directObject: false);
                // A bare participle needs its agent ("les armes livrées par X"), unless it is violence
                // in a named place on the actor it qualifies ("ten soldiers killed in X"); with an
                // object after it, the -ed form is a simple past ("the army shelled villages in X").
                if (adjectivalParticiple && sources.Count == 0
                    && !(CameoCodeSet.PlaceSource.Contains(pattern.Cameo) && EndsBefore(targets, tokens, p) && !view.HasDirectObject(p, clause.End))) continue;
            }
            else if (pattern.ObjectActs)
            {
                // "Le conflit oppose l'armée aux séparatistes": the object fights the one after "à".
                sources = view.Targets(p + 1, clause.End, pattern with { Prepositions = ["-"] }, []);
                targets = sources.Count == 0 ? [] : view.Targets(p + 1, clause.End, pattern, sources, directObject: false);
            }
            else
            {
                sources = doers ?? view.Subjects(clause, groupStart, modality);
                targets = pattern.NoTarget ? [] : view.Targets(p + 1, clause.End, pattern, sources);
                // "les rebelles qu'elle soutient": the antecedent of an object relative is the direct object.
                if (!pattern.NoTarget && view.ObjectRelativeAntecedent(clause) is { } antecedent && pattern.TakesDirectObject)
                    targets = [DocumentView.Ref(antecedent)];
                // "refused to meet King Abdullah": the one refused cooperation is the object of the
                // refused act; refusing a hostile act ("refused to condemn Russia") rejects no one.
                if (targets.Count == 0 && !pattern.NoTarget && _grammar.IsLemma(form.Lemma, WordClass.Deny) && view.InfinitiveComplement(p, clause.End) is var refused && refused >= 0
                    && IsCooperativePredicate(view, sentence, refused))
                {
                    targets = view.Targets(refused + 1, clause.End, pattern, sources);
                    // "refused to deploy peacekeepers in Iraq": else the foreign country where it would happen.
                    if (targets.Count == 0) targets = view.ForeignPlaceAfter(clause, refused, sources);
                }
                // "rejected a call for its forces to be deployed in East Timor": a rejection whose object
                // states an act falls on the foreign country where that act would happen.
                if (targets.Count == 0 && !pattern.NoTarget && pattern.Cameo.StartsWith("12", StringComparison.Ordinal) && view.InfinitiveInObject(p, clause.End) is var rejected && rejected >= 0)
                    targets = view.ForeignPlaceAfter(clause, rejected, sources);
                // "X demanded that Y withdraw", "exige que Y …": the one addressed is the complement's subject.
                if (targets.Count == 0 && !pattern.NoTarget && CameoCodeSet.ComplementTarget.Contains(pattern.Cameo))
                    targets = view.ComplementSubject(sentence, clause, sources);
                // "a averti le gouvernement italien et demandé des économies", "warned Japan and demanded
                // an apology": a coordinated predicate of the same subject acts on the one named before.
                // Not violence, which falls on those where it happens ("kidnapped X and exploded bombs in Kabul").
                if (targets.Count == 0 && !pattern.NoTarget && string.CompareOrdinal(pattern.Cameo, "18") < 0 && clause.Opener == ClauseOpener.Coordination && clause.OpenerToken == groupStart - 1 && earlier is not null
                    && _grammar.Is(tokens[clause.OpenerToken], WordClass.Coordination))
                    targets = CoordinatedTarget(view, earlier, sentence, clause, sources);
            }
            if (pattern.Reverse) (sources, targets) = (targets, sources);
            var events = Build(view, sentence, p, pattern, modality, sources, targets, clause);
            if (events is { Count: > 0 })
            {
                // The words of its object condition belong to this event: "advised against travel to X" is no visit.
                if (pattern.Objects.Count > 0) view.ConsumeObjectWords(pattern.Objects, p + 1, clause.End, p, first.Cameo[..2]);
                return events;
            }
        }
        return null;
    }

    /// <summary>True when some pattern of the trigger is pronominal ("se retirer").</summary>
    private static bool AnyPronominal(IReadOnlyList<EventPattern> patterns)
    {
        for (int k = 0; k < patterns.Count; k++)
            if (patterns[k].Pronominal) return true;
        return false;
    }

    /// <summary>True when a pattern's code lies under the root (a lambda here would make every call of the caller allocate).</summary>
    private static bool AnyCodeUnder(IReadOnlyList<EventPattern> patterns, string root)
    {
        for (int k = 0; k < patterns.Count; k++)
            if (patterns[k].Cameo.StartsWith(root, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when an actor ends where token <paramref name="p"/> - 1 ends (a lambda here would make every CodeVerb call allocate).</summary>
    private static bool EndsBefore(List<ActorRef> actors, List<Token> tokens, int p)
    {
        foreach (var t in actors)
            if (t.Span.End == tokens[p - 1].Span.End) return true;
        return false;
    }

    /// <summary>How far before a that-clause the demand or appeal governing it may stand ("reiterated its demand today that").</summary>
    private const int AskingWordReach = 4;

    /// <summary>
    /// True when <paramref name="clause"/> is the that-clause of a demand or an appeal, verb or noun
    /// ("demanded that Israel ease …", "its demand today that …", "a exigé que …"): it states what
    /// is asked (unrealised-complement.tsv), not an event.
    /// </summary>
    private bool IsAskedFor(DocumentView view, Clause clause)
    {
        if (clause.Opener != ClauseOpener.Subordinator || clause.OpenerToken < 1 || !_grammar.Is(view.Doc.Tokens[clause.OpenerToken], WordClass.Complementizer)) return false;
        var tokens = view.Doc.Tokens;
        int sentence = tokens[clause.OpenerToken].Sentence;
        for (int i = clause.OpenerToken - 1; i >= 0 && clause.OpenerToken - i <= AskingWordReach && tokens[i].Sentence == sentence && tokens[i].IsWord; i--)
        {
            var forms = view.VerbForms(i);
            for (int k = 0; k < forms.Count; k++)
                if (_patterns.ForVerb(forms[k].Lemma).Any(x => CameoCodeSet.UnrealisedComplement.Contains(x.Cameo))) return true;
            if (_patterns.ForNoun(TextNormalizer.Fold(_nouns.Singular(tokens[i].Norm))).Any(x => CameoCodeSet.UnrealisedComplement.Contains(x.Cameo))) return true;
        }
        return false;
    }

    /// <summary>True when token <paramref name="i"/> is a verb form with a pattern whose object conditions hold.</summary>
    private bool IsCodedPredicate(DocumentView view, Sentence sentence, int i)
    {
        var clause = view.ClauseOf(sentence, i);
        var forms = view.VerbForms(i);
        for (int k = 0; k < forms.Count; k++)
            if (AnyMatchingPattern(view, _patterns.ForVerb(forms[k].Lemma), i, clause)) return true;
        return false;
    }

    /// <summary>
    /// For a purpose infinitive, the modality of the act of force (CAMEO 19) it is the aim of, named
    /// just before its purpose word ("launched an offensive to …", "bombarde la ville pour …"), and
    /// the verb that states that act (-1 when none); null when there is no such act.
    /// </summary>
    private (Modality Modality, int Verb)? ForceBeforePurpose(DocumentView view, Sentence sentence, Clause clause, int groupStart)
    {
        int before = view.BeforePurpose(groupStart, clause.Start);
        for (int k = before; k >= clause.Start && before - k <= 4; k--)
        {
            if (!view.Doc.Tokens[k].IsWord) break;
            bool verb = view.VerbForms(k).Count > 0;
            bool force = verb
                ? view.VerbForms(k).Any(f => MatchingPatterns(view, _patterns.ForVerb(f.Lemma), k, clause, reflexive: false, lookBefore: false).FirstOrDefault() is { } x && x.Cameo.StartsWith("19", StringComparison.Ordinal))
                : _patterns.ForNoun(TextNormalizer.Fold(_nouns.Singular(view.Doc.Tokens[k].Norm))).Any(x => x.Cameo.StartsWith("19", StringComparison.Ordinal));
            if (!force) continue;
            // The noun's verb: "a lancé une offensive", "n'a pas lancé d'offensive" (a partitive "d'" is no preposition here).
            int governor = k;
            while (!verb && governor > clause.Start && k - governor <= 3) verb = view.VerbForms(--governor).Count > 0;
            if (!verb) return (new Modality(Modalities.Asserted, false, false, null), -1);
            return (view.Modality(sentence, clause, view.VerbGroupStart(governor, clause.Start), governor, view.VerbForms(governor)[0]), governor);
        }
        return null;
    }

    /// <summary>
    /// The target of the last event of the clause just before the coordination that opens
    /// <paramref name="clause"/>, when its source is one of <paramref name="sources"/> and the target
    /// is that predicate's object, not an owner ("the right of X"); empty when none.
    /// </summary>
    private static List<ActorRef> CoordinatedTarget(DocumentView view, IReadOnlyList<Event> earlier, Sentence sentence, Clause clause, List<ActorRef> sources)
    {
        var previous = view.ClauseOf(sentence, Math.Max(sentence.FirstToken, clause.OpenerToken - 1));
        int previousStart = view.Doc.Tokens[previous.Start].Span.Start;
        for (int k = earlier.Count - 1; k >= 0; k--)
        {
            var e = earlier[k];
            if (e.Mentions[0].Sentence != sentence.Index || e.Mentions[0].Trigger.Start < previousStart) break;
            if (e.Target is { } target && !e.Rule.Contains("+mutual") && sources.Any(s => Key(s) == Key(e.Source)) && !sources.Any(s => Key(s) == Key(target))
                && !view.AfterGenitive(target))
                return [target];
        }
        return [];
    }

    /// <summary>True when the verb at token <paramref name="i"/> codes an event (arguments found).</summary>
    private bool CodesEvent(DocumentView view, Sentence sentence, int i)
    {
        var forms = view.VerbForms(i);
        for (int k = 0; k < forms.Count; k++)
            if (_patterns.ForVerb(forms[k].Lemma) is { Count: > 0 } patterns && CodeVerb(view, sentence, i, forms[k], patterns) is { Count: > 0 }) return true;
        return false;
    }

    /// <summary>True when token <paramref name="i"/> is a verb whose matching pattern codes cooperation (roots 02–08).</summary>
    private bool IsCooperativePredicate(DocumentView view, Sentence sentence, int i)
    {
        var clause = view.ClauseOf(sentence, i);
        return view.VerbForms(i).Any(f => MatchingPatterns(view, _patterns.ForVerb(f.Lemma), i, clause, reflexive: false, lookBefore: false)
            .FirstOrDefault() is { } x && string.CompareOrdinal(x.Cameo[..2], "02") >= 0 && string.CompareOrdinal(x.Cameo[..2], "08") <= 0);
    }

    private List<Event> CodeNoun(DocumentView view, Sentence sentence, int p, IReadOnlyList<EventPattern> patterns)
    {
        var clause = view.ClauseOf(sentence, p);
        var pattern = MatchingPatterns(view, patterns, p, clause, reflexive: false, lookBefore: false).FirstOrDefault();
        if (pattern is null) return [];
        if (view.IsPurposeOfThing(sentence, p) || IsAskedFor(view, clause)) return [];
        var (sources, afterSource) = view.NounSources(p, clause);
        // The verb that governs the noun ("a lancé une offensive", "would not provide support")
        // lends it its subject when the noun names no actor, and its modality.
        int governor = view.GoverningVerb(p, clause.Start);
        Modality? governorModality = governor < 0 ? null
            : view.Modality(sentence, clause, view.VerbGroupStart(governor, clause.Start), governor, view.VerbForms(governor)[0]);
        if (governorModality is { Negated: true, Intent: false }) return [];
        // "deployed to oversee a ceasefire": the object of a purpose infinitive is no event either.
        if (governorModality is { Intent: false } && view.IsPurposeInfinitive(view.VerbGroupStart(governor, clause.Start), clause.Start)) return [];
        if (sources.Count == 0)
        {
            // "X et Y représentent …, leur ratification est …": a possessive names the subject of the verb before.
            if (governor < 0 && p > 0 && Grammar.Is(view.Doc.Tokens[p - 1], WordClass.Possessive)) sources = view.SubjectsBefore(sentence, p);
            else if (governor >= 0) sources = view.Subjects(clause, view.VerbGroupStart(governor, clause.Start), governorModality);
            if (sources.Count == 0) return [];
        }
        // "l'accord russo-américain": a compound demonym names all the parties; they act on each other.
        bool partiesNamed = view.NamedByOneWord(sources);
        var targets = pattern.NoTarget || partiesNamed ? [] : view.Targets(Math.Max(p + 1, afterSource), clause.End, pattern, sources, directObject: false);
        // "X intervient avec le soutien de Y": Y supports the clause's subject.
        if (targets.Count == 0 && !pattern.NoTarget && view.IsBacked(p, clause)) targets = view.ClauseSubjects(clause, p, sources);
        // "reiterated its demand that Israel ease …": the one addressed is the complement's subject.
        if (targets.Count == 0 && !pattern.NoTarget && CameoCodeSet.ComplementTarget.Contains(pattern.Cameo)) targets = view.ComplementSubject(sentence, clause, sources);
        var modality = view.Modality(sentence, clause, p, p, null);
        if (modality.Negated) return [];
        if (governorModality is { } gm && (gm.Negated || gm.Value != Modalities.Asserted && modality.Value == Modalities.Asserted)) modality = gm;
        return Build(view, sentence, p, pattern, modality, sources, targets, clause) ?? [];
    }

    /// <summary>The demand (CAMEO 100) stated by a reported obligation; its rule names the grammar entry.</summary>
    private EventPattern ObligationPattern(Token token) => new()
    {
        Id = $"{Lang}/100/grammar-obligation-{token.Norm}",
        Lemma = token.Norm,
        Kind = TriggerKind.Verb,
        Cameo = "100",
        File = "grammar.tsv",
        Line = 0,
    };

    /// <summary>The appeal (CAMEO 020) stated by a wish verb with an object and an infinitive; its rule names the grammar entry.</summary>
    private EventPattern WishPattern(string lemma) => new()
    {
        Id = $"{Lang}/020/grammar-wish-{lemma}",
        Lemma = lemma,
        Kind = TriggerKind.Verb,
        Cameo = "020",
        File = "grammar.tsv",
        Line = 0,
    };

    /// <summary>The patterns of a trigger whose conditions hold here, most specific first.</summary>
    /// <paramref name="complementEnd"/>: where the that-clause after the clause ends; the objects of an
    /// appeal, demand, accusation or threat may stand there ("demanded that Israel halt the offensive").
    private static IReadOnlyList<EventPattern> MatchingPatterns(DocumentView view, IReadOnlyList<EventPattern> patterns, int p, Clause clause, bool reflexive, bool lookBefore, int complementEnd = -1)
    {
        bool anyPronominal = AnyPronominal(patterns);
        // Most predicates match no pattern or one: no list, and no object distance, for them.
        EventPattern? single = null;
        int singleFrom = 0, singleEnd = 0;
        List<(EventPattern Pattern, int Distance, int Order)>? matching = null;
        for (int k = 0; k < patterns.Count; k++)
        {
            var pattern = patterns[k];
            if (!Holds(view, pattern, p, clause, reflexive, lookBefore, complementEnd, anyPronominal, out int from, out int objectEnd)) continue;
            if (single is null && matching is null) { (single, singleFrom, singleEnd) = (pattern, from, objectEnd); continue; }
            if (matching is null)
            {
                matching = [(single!, Distance(single!, singleFrom, singleEnd), 0)];
                single = null;
            }
            matching.Add((pattern, Distance(pattern, from, objectEnd), matching.Count));
        }
        if (matching is null) return single is null ? [] : [single];
        var ordered = new List<EventPattern>(matching.Count);

        int Distance(EventPattern pattern, int from, int objectEnd) =>
            pattern.Objects.Count > 0 ? Math.Abs(view.FirstObjectStart(pattern, from, objectEnd, p) - p) : int.MaxValue;
        // Between roots, the nearest object decides ("halted economic aid … to end the fighting" is
        // a halt of aid, 16, not of fighting, 08); within a root, the file order (most specific first).
        int RootDistance(EventPattern x)
        {
            int min = int.MaxValue;
            foreach (var m in matching)
                if (m.Pattern.Cameo[0] == x.Cameo[0] && m.Pattern.Cameo[1] == x.Cameo[1]) min = Math.Min(min, m.Distance);
            return min;
        }
        var keyed = new (int RootDistance, int Order, EventPattern Pattern)[matching.Count];
        for (int k = 0; k < matching.Count; k++) keyed[k] = (RootDistance(matching[k].Pattern), matching[k].Order, matching[k].Pattern);
        Array.Sort(keyed, (a, b) => a.RootDistance != b.RootDistance ? a.RootDistance.CompareTo(b.RootDistance) : a.Order.CompareTo(b.Order));
        bool phrasalWithObject = false;
        foreach (var k in keyed)
        {
            ordered.Add(k.Pattern);
            if (k.Pattern.Particle is not null && k.Pattern.Objects.Count > 0) phrasalWithObject = true;
        }
        // A phrasal verb whose object is found is another verb: "called off the strike" is no "call a strike".
        if (phrasalWithObject) ordered.RemoveAll(x => x.Particle is null && x.Kind == TriggerKind.Verb);
        return ordered;
    }

    /// <summary>True when some pattern's conditions hold at <paramref name="p"/> (no ranking: cheaper than <see cref="MatchingPatterns"/>).</summary>
    private static bool AnyMatchingPattern(DocumentView view, IReadOnlyList<EventPattern> patterns, int p, Clause clause)
    {
        bool anyPronominal = AnyPronominal(patterns);
        for (int k = 0; k < patterns.Count; k++)
            if (Holds(view, patterns[k], p, clause, reflexive: false, lookBefore: false, complementEnd: -1, anyPronominal, out _, out _)) return true;
        return false;
    }

    /// <summary>Whether a pattern's conditions (pronominal form, particle, object words) hold for the predicate at <paramref name="p"/>.</summary>
    private static bool Holds(DocumentView view, EventPattern pattern, int p, Clause clause, bool reflexive, bool lookBefore, int complementEnd, bool anyPronominal,
        out int from, out int objectEnd)
    {
        from = lookBefore ? clause.Start : p + 1;
        objectEnd = clause.End;
        if (anyPronominal && pattern.Pronominal != reflexive && pattern.Kind == TriggerKind.Verb) return false;
        if (pattern.Particle is not null && !view.HasWordAfter(p, pattern.Particle, 3, clause.End)) return false;
        if (complementEnd > clause.End && CameoCodeSet.ComplementTarget.Contains(pattern.Cameo)) objectEnd = complementEnd;
        return pattern.Objects.Count == 0 || view.HasObjects(pattern, from, objectEnd, p);
    }

    private List<Event>? Build(DocumentView view, Sentence sentence, int p, EventPattern pattern, Modality modality,
        List<ActorRef> sources, List<ActorRef> targets, Clause clause)
    {
        // "Gunmen killed two French tourists in Mali", "Russian soldiers were killed in Ukraine":
        // violence with no named author comes from the country where it happened, even onto its own people.
        bool placeSource = false;
        if (sources.Count == 0 && targets.Count > 0 && CameoCodeSet.PlaceSource.Contains(pattern.Cameo)
            && view.LocationOf(clause, p) is { Country: { } country } place)
            (sources, placeSource) = ([DocumentView.PlaceCountry(place, country)], true);
        if (sources.Count == 0) return null;
        // "Israel and Lebanon renewed talks": coordinated subjects and no target act on each other;
        // not when a verb that takes its target as direct object has another object ("X and Y
        // support different readings of the accord": they support the readings, not each other).
        bool objectNotActor = pattern.Kind == TriggerKind.Verb && pattern.Objects.Count == 0 && pattern.TakesDirectObject && view.ArticleObjectFollows(p, clause.End);
        if (targets.Count == 0 && sources.Count > 1 && !pattern.NoTarget && !modality.Negated && !objectNotActor && CameoCodeSet.Reciprocal.Contains(modality.Intent ? _intents.IntentOf(pattern.Cameo) : pattern.Cameo))
        {
            var reciprocal = new List<Event>();
            foreach (var source in sources)
                reciprocal.AddRange(Build(view, sentence, p, pattern, modality, [source], sources.Where(t => t != source).ToList(), clause) ?? []);
            return reciprocal;
        }
        var clausePlace = view.LocationOf(clause, p);
        var location = clausePlace;
        // "a fourni des drones à l'Iran": the country after "à" is the recipient, not a place; but in
        // "an offensive in Ukraine" the country attacked is both the target and where it happens.
        if (location is { } l && !CameoCodeSet.PlaceTarget.Contains(pattern.Cameo) && targets.Any(t => t.Span.Start < l.Span.End && l.Span.Start < t.Span.End)) location = null;
        // "Russia bombed Odessa": a place as the object of a use of force.
        if (location is null && targets.Count == 0 && CameoCodeSet.PlaceTarget.Contains(pattern.Cameo) && pattern.Kind == TriggerKind.Verb)
            location = view.ObjectPlace(p, clause.End);
        // "Jets bombed villages in northern Syria": a use of force on a place of a country is one on
        // that country. Only for a verb acting on an object: event nouns ("the massacres in …") and
        // bare participles ("soldiers killed in …") too often have their victims elsewhere.
        if (targets.Count == 0 && !pattern.NoTarget && location?.Country is { } placeCountry && CameoCodeSet.PlaceTarget.Contains(pattern.Cameo)
            && pattern.Kind == TriggerKind.Verb && view.HasDirectObject(p, clause.End))
            targets = [DocumentView.PlaceCountry(location, placeCountry)];
        var code = pattern.Cameo;
        string rule = placeSource ? pattern.Id + "+place-source" : pattern.Id;
        if (modality.Negated)
        {
            // Only an announced refusal of a cooperative act reaches here; other negated acts are no events.
            if (_refusals.Lookup(code) is not { } refusal) return null;
            code = refusal;
            rule += "+refusal";
            modality = modality with { Value = modality.ReportedBy is null ? Modalities.Asserted : Modalities.Reported };
        }
        else if (modality.Intent)
        {
            code = _intents.IntentOf(code);
            rule += "+intent";
            // "will withdraw its troops unless …": an announced act made conditional on the other
            // side's compliance is a threat (CAMEO 13), whatever the act; so is any act a threat
            // verb announces ("threatened to deliver devastating blows" is no promise of aid).
            if (!code.StartsWith("13", StringComparison.Ordinal) && (modality.Threat || view.HasWordOfClassAfter(p, sentence.EndToken, WordClass.ThreatCondition)))
            {
                code = "130";
                rule += "+threat";
            }
        }
        if (targets.Count == 0 && !pattern.NoTarget && code.StartsWith("13", StringComparison.Ordinal))
        {
            // "threatened to stop the talks if the United States goes ahead …", "menace de … si
            // Israël …": a threat names the one it is aimed at in its condition.
            targets = view.ConditionSubjects(sentence, p, sources);
            // "threatened to resume attacks in Israel": else the foreign country where the threatened act would happen.
            if (targets.Count == 0) targets = view.ForeignPlaceAfter(clause, p, sources);
        }
        // "said it would not meet demands to release prisoners in Iraq": a refused act falls on the
        // foreign country where it would happen.
        if (targets.Count == 0 && !pattern.NoTarget && modality.Negated) targets = view.ForeignPlaceAfter(clause, p, sources);
        // "imposed a curfew in southeastern Turkey" by Turkish authorities: a verb whose only targets are
        // the source's own country, where the act takes place, states a domestic act ("bans on travel
        // to Canada" by Canada are not one).
        if (targets.Count > 0 && !pattern.NoTarget && pattern.Kind == TriggerKind.Verb && clausePlace?.Country is { } where
            && targets.All(t => t.Country == where && sources.All(s => SameActor(s, t)))
            && sources.Any(x => DomesticTarget(pattern, x, location) is not null))
            targets = [];
        // Protests need no target when a verb states them ("X protested"); a protest noun without one
        // is too often background. Domestic acts fall on the country where they happen.
        if (targets.Count == 0 && !pattern.NoTarget && !(pattern.Kind == TriggerKind.Verb && CameoCodeSet.Targetless.Contains(pattern.Cameo))
            && !sources.Any(x => DomesticTarget(pattern, x, location) is not null)) return null;
        var (date, dateSource) = view.DateOf(clause, p);
        if (location is null && view.DatelineLocation is { } dateline && view.OnTheSpot(date, dateSource)) location = dateline;
        var trigger = view.Doc.Tokens[p];
        var events = new List<Event>();
        foreach (var source in sources)
        {
            IEnumerable<ActorRef?> targetList = targets.Count == 0 ? [DomesticTarget(pattern, source, location)] : targets.Cast<ActorRef?>();
            foreach (var target in targetList)
            {
                // Protesters protest in and against their own country; other self-references are dropped.
                bool domestic = targets.Count == 0 && target is not null;
                if (target is not null && !domestic && !placeSource && SameActor(source, target) && !(code.StartsWith("14", StringComparison.Ordinal) && source.Span != target.Span)) continue;
                // "ten soldiers were killed": violence on an armed force is fighting (armed-target.tsv).
                var eventCode = ArmedTargetTable.Default.CodeOn(code, target?.Code, target?.Country);
                var ev = new Event
                {
                    Source = source,
                    Target = target,
                    Cameo = eventCode,
                    Modality = modality.Value,
                    ReportedBy = modality.ReportedBy,
                    Date = date,
                    DateSource = dateSource,
                    Location = location,
                    Rule = rule + (eventCode != code ? "+armed-target" : "") + (domestic ? "+domestic" : ""),
                };
                ev.Mentions.Add(new EventMention(sentence.Index, trigger.Span, trigger.Text));
                events.Add(ev);
                // "X held talks with Y": the talks are Y's with X too.
                if (target is not null && CameoCodeSet.Mutual.Contains(code))
                {
                    var other = new Event
                    {
                        Source = target, Target = source, Cameo = code, Modality = ev.Modality, ReportedBy = ev.ReportedBy,
                        Date = date, DateSource = dateSource, Location = location, Rule = rule + "+mutual",
                    };
                    other.Mentions.Add(new EventMention(sentence.Index, trigger.Span, trigger.Text));
                    events.Add(other);
                }
            }
        }
        return events;
    }

    /// <summary>
    /// The one an act that names no one falls on (data/ontology/domestic-target.tsv): the country
    /// where the clause places it ("lifted the curfew in the province"), else, for a domestic act, the
    /// actor's own country ("Students demonstrated to demand reforms", "the government lifted the
    /// curfew"). Only verbs state such acts: a bare protest or attack noun is too often background.
    /// </summary>
    private static ActorRef? DomesticTarget(EventPattern pattern, ActorRef source, EventLocation? location)
    {
        if (pattern.NoTarget || pattern.Kind != TriggerKind.Verb) return null;
        // The act decides, whether done or announced ("threatened to impose a curfew").
        foreach (var place in FallsOnTable.Default.FallsOn(pattern.Cameo, source.Code, source.Country))
        {
            if (place == FallsOnTable.Place.Where && location is { Country: { } where })
                return new ActorRef(location.Text, where, where, location.Name, location.Span);
            if (place == FallsOnTable.Place.Own && source.Country is { } own)
                return new ActorRef(source.Text, own, own, ActorLexicon.Default.Countries.TryGetValue(own, out var info) ? info.NameEn : own, source.Span);
        }
        return null;
    }

    /// <summary>
    /// The same actor, or a state and its own bare country ("the Canadian government … travel to
    /// Canada"): such pairs are self-references, not interactions. Two distinct sectors of one
    /// country (government and protesters) do interact, and so do a country and those of its people
    /// who are not the state: rebels, civilians (data/ontology/state-sectors.tsv), or a group based in
    /// the country whose code is no sector of that state (Boko Haram, IMGMOSBKH of Nigeria).
    /// </summary>
    private static bool SameActor(ActorRef a, ActorRef b) =>
        a.Span == b.Span || (a.Code is not null && a.Code == b.Code)
        || (a.Country is { } country && country == b.Country && (a.Code == country || b.Code == country)
            && StateSectors.IsState(a.Code ?? country, country) && StateSectors.IsState(b.Code ?? country, country));

    /// <summary>
    /// Mentions of the same (source, target, code, date) are one event with several mentions.
    /// Within a sentence, a generic code yields to a more specific one of the same root between
    /// the same actors ("launched an air strike": 190 and 195 → 195).
    /// </summary>
    private static IEnumerable<Event> Merge(List<Event> events)
    {
        events = events.Where(e => !events.Any(o => o != e && MoreSpecific(o, e))).ToList();
        var byKey = new Dictionary<string, Event>();
        var order = new List<Event>();
        foreach (var ev in events)
        {
            var key = $"{Key(ev.Source)}|{Key(ev.Target)}|{ev.Cameo}|{ev.Date}";
            if (byKey.TryGetValue(key, out var first))
            {
                foreach (var m in ev.Mentions)
                    if (!first.Mentions.Contains(m)) first.Mentions.Add(m);
                // An asserted mention outweighs an alleged or reported one.
                if (ev.Modality == Modalities.Asserted) first.Modality = Modalities.Asserted;
                continue;
            }
            byKey[key] = ev;
            order.Add(ev);
        }
        return order;
    }

    /// <summary>True when <paramref name="o"/> codes the same interaction as <paramref name="e"/> in the same sentence with a more specific code of the same root.</summary>
    private static bool MoreSpecific(Event o, Event e)
    {
        if (o.Mentions[0].Sentence != e.Mentions[0].Sentence || o.Root != e.Root || o.Cameo == e.Cameo) return false;
        if (Key(o.Source) != Key(e.Source) || Key(o.Target) != Key(e.Target)) return false;
        // 195 beats 19 and 190; 0332 beats 033.
        return o.Cameo.Length > e.Cameo.Length || (o.Cameo.Length == e.Cameo.Length && e.Cameo[^1] == '0' && o.Cameo[^1] != '0');
    }

    private static string Key(ActorRef? a) => a is null ? "-" : a.Code ?? a.Country ?? a.Name ?? a.Text;

    // ------------------------------------------------------------------ shared knowledge for the view

    internal Grammar Grammar => _grammar;
    internal VerbLexicon Verbs => _verbs;
    internal NounLexicon Nouns => _nouns;
    internal HashSet<string> SpeechVerbLemmas => _speechVerbs;
    internal EventLexicon Patterns => _patterns;
    internal string[] DefaultPrepositions => _defaultPrepositions;
}

/// <summary>
/// A clause: tokens [Start, End) and what opened it. A relative clause that closes before the
/// predicate ("les rebelles qu'elle soutient ont pris …") lies inside it as [EmbeddedStart, EmbeddedEnd).
/// </summary>
internal readonly record struct Clause(int Start, int End, ClauseOpener Opener, int OpenerToken, int EmbeddedStart = -1, int EmbeddedEnd = -1);

internal enum ClauseOpener { Sentence, Subordinator, Relative, Coordination, Punctuation, Quote }

/// <summary>The modality of one predicate. <paramref name="Threat"/>: the act is announced by a verb of threat ("threatened to deliver blows").</summary>
internal sealed record Modality(string Value, bool Negated, bool Intent, ActorRef? ReportedBy, bool Threat = false);
