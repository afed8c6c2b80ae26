using Vigie.Coding.Quotes;
using Vigie.Core;
using Vigie.Text.Stages;

namespace Vigie.Tests.Quotes;

public class QuoteRecognizerTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder()
        .Add(new LanguageStage()).Add(new TokenizeStage()).Add(new QuoteStage()).Build();

    private static List<QuoteMention> Quotes(string text, string lang) =>
        Pipeline.Process(Document.FromText("t", text, lang)).Quotes;

    /// <summary>The quote's span is exactly <paramref name="inner"/> in the text, without the marks.</summary>
    private static void AssertSpan(string text, QuoteMention q, string inner)
    {
        Assert.Equal(inner, q.Text);
        Assert.Equal(text.IndexOf(inner, StringComparison.Ordinal), q.Span.Start);
        Assert.Equal(inner.Length, q.Span.Length);
    }

    [Fact]
    public void FrenchSpeakerBeforeAColon()
    {
        var text = "Le ministre Paul Durand a déclaré : « Nous ne céderons pas devant la menace. »";
        var q = Assert.Single(Quotes(text, "fr"));
        AssertSpan(text, q, "Nous ne céderons pas devant la menace.");
        Assert.Equal("Paul Durand", q.Speaker);
        Assert.Equal("déclarer", q.Verb);
        Assert.Equal("direct", q.Kind);
    }

    [Fact]
    public void FrenchSpeakerAfterTheQuote()
    {
        var text = "« La frontière restera fermée jusqu'à nouvel ordre », a affirmé Marie Lefèvre.";
        var q = Assert.Single(Quotes(text, "fr"));
        AssertSpan(text, q, "La frontière restera fermée jusqu'à nouvel ordre");
        Assert.Equal("Marie Lefèvre", q.Speaker);
        Assert.Equal("affirmer", q.Verb);
    }

    [Fact]
    public void FrenchQuoteBrokenByAnIncise()
    {
        var text = "Jean Moreau a pris la parole mardi. « Nous avons fait notre part », a-t-il ajouté, « mais le reste dépend de Paris ».";
        var quotes = Quotes(text, "fr");
        Assert.Equal(2, quotes.Count);
        AssertSpan(text, quotes[0], "Nous avons fait notre part");
        AssertSpan(text, quotes[1], "mais le reste dépend de Paris");
        Assert.All(quotes, q => Assert.Equal("Jean Moreau", q.Speaker));
        Assert.Equal("ajouter", quotes[0].Verb);
    }

    [Fact]
    public void FrenchPronounAfterTheQuoteIsTheLastPerson()
    {
        var text = "Sophie Girard a visité le camp jeudi. « La situation humanitaire est catastrophique », a-t-elle déclaré.";
        var q = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("Sophie Girard", q.Speaker);
        Assert.Equal("déclarer", q.Verb);
    }

    [Fact]
    public void FrenchSelonAfterTheQuote()
    {
        var text = "« Les négociations reprendront la semaine prochaine », selon Hélène Martin.";
        var q = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("Hélène Martin", q.Speaker);
        Assert.Equal("selon", q.Verb);
    }

    [Fact]
    public void FrenchDApresBeforeTheQuote()
    {
        var text = "D'après Karim Benali, « aucun accord ne sera signé avant l'été ».";
        var q = Assert.Single(Quotes(text, "fr"));
        AssertSpan(text, q, "aucun accord ne sera signé avant l'été");
        Assert.Equal("Karim Benali", q.Speaker);
        Assert.Equal("d'après", q.Verb);
    }

    [Fact]
    public void FrenchIndirectQuote()
    {
        var text = "Le président Marc Lambert a affirmé que les troupes quitteraient la région.";
        var q = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("indirect", q.Kind);
        AssertSpan(text, q, "les troupes quitteraient la région");
        Assert.Equal("Marc Lambert", q.Speaker);
        Assert.Equal("affirmer", q.Verb);
    }

    [Fact]
    public void IndirectQuotesCanBeLeftOut()
    {
        var pipeline = new PipelineBuilder().Add(new LanguageStage()).Add(new TokenizeStage()).Add(new QuoteStage { Indirect = false }).Build();
        var doc = pipeline.Process(Document.FromText("t", "Le président Marc Lambert a affirmé que les troupes quitteraient la région.", "fr"));
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("Les combattants de l'« État islamique » ont reculé vers le sud.", "fr")]
    [InlineData("L'opération, baptisée « Aube rouge », a commencé à l'aube.", "fr")]
    [InlineData("Le ministre dénonce « la colère » des manifestants.", "fr")]
    [InlineData("Analysts call it the \"Asian miracle\" in their reports.", "en")]
    [InlineData("La chaîne diffusera ce soir l'émission « Les secrets de la vieille forêt du nord ».", "fr")]
    [InlineData("L'armée a lancé une offensive baptisée « Tempête sur les monts du Sud ».", "fr")]
    [InlineData("The group released a documentary titled \"A long road to the northern sea\" on Monday.", "en")]
    public void ShortTermsInQuotationMarksAreNotQuotes(string text, string lang) =>
        Assert.DoesNotContain(Quotes(text, lang), q => q.Kind == "direct");

    [Fact]
    public void ShortQuoteIntroducedByAColonIsAQuote()
    {
        var text = "Le général Omar Diallo a répondu : « Jamais. »";
        var q = Assert.Single(Quotes(text, "fr"));
        AssertSpan(text, q, "Jamais.");
        Assert.Equal("Omar Diallo", q.Speaker);
        Assert.Equal("répondre", q.Verb);
    }

    [Fact]
    public void FrenchRelativePronounPointsToTheSpeaker()
    {
        var text = "Les journalistes ont interrogé l'ambassadeur Pierre Roux, qui a déclaré : « Notre pays ne reconnaîtra jamais ce vote. »";
        var q = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("Pierre Roux", q.Speaker);
    }

    [Fact]
    public void FrenchDescribedSpeakerResolvesThroughAnApposition()
    {
        var text = "Anne Dubois, la ministre de la Santé, a visité l'hôpital lundi. La ministre a déclaré : « Les vaccins arriveront avant la fin du mois. »";
        var q = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("Anne Dubois", q.Speaker);
    }

    [Fact]
    public void FrenchDescribedSpeakerTakesTheLatestNameOfThatNoun()
    {
        var text = "Le quotidien belge Le Matin a publié une enquête. Le quotidien suisse Tribune Libre doute. Pour Le Matin, rien n'est joué. "
                 + "Le quotidien note ensuite que « les preuves restent fragiles malgré tout ».";
        var q = Assert.Single(Quotes(text, "fr"), q => q.Kind == "direct");
        Assert.EndsWith("Matin", q.Speaker);
        Assert.Equal("noter", q.Verb);
    }

    [Fact]
    public void FrenchStraightQuotes()
    {
        var text = "Le porte-parole Luc Petit a déclaré : \"Nous condamnons fermement cette attaque contre les civils.\"";
        var q = Assert.Single(Quotes(text, "fr"));
        AssertSpan(text, q, "Nous condamnons fermement cette attaque contre les civils.");
        Assert.Equal("Luc Petit", q.Speaker);
    }

    [Fact]
    public void FrenchUnattributedLongQuoteFallsBackToTheLastPerson()
    {
        var text = "Le Premier ministre Ahmed Kader a présenté son plan. L'objectif est de « reconstruire les écoles et les hôpitaux du pays ».";
        var q = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("Ahmed Kader", q.Speaker);
        Assert.Null(q.Verb);
    }

    [Fact]
    public void FrenchQuoteOfTwoSentences()
    {
        var text = "« Nous partirons demain. Rien ne nous retiendra », a déclaré Léa Blanc.";
        var q = Assert.Single(Quotes(text, "fr"));
        AssertSpan(text, q, "Nous partirons demain. Rien ne nous retiendra");
        Assert.Equal("Léa Blanc", q.Speaker);
    }

    [Fact]
    public void QuotationMarksDoNotPairAcrossParagraphs()
    {
        var text = "Il a dit « bonjour à tous les délégués présents\n\nLa séance est ouverte » plus tard.";
        Assert.DoesNotContain(Quotes(text, "fr"), q => q.Kind == "direct");
    }

    [Fact]
    public void SpeakerFromTheEntityLayerCarriesFullNameAndCode()
    {
        var text = "John Kirby s'est exprimé. Kirby a déclaré : « Nous suivons la situation de très près. »";
        var doc = Document.FromText("t", text, "fr");
        new LanguageStage().Process(doc);
        new TokenizeStage().Process(doc);
        int Tok(string word, int from = 0) => doc.Tokens.FindIndex(from, t => t.Text == word);
        var full = new EntityMention(new TextSpan(0, 10), Tok("John"), 2, EntityTypes.Person, "USAGOV", "USA", "John Kirby", "John Kirby");
        int k = Tok("Kirby", Tok("exprimé"));
        var shortForm = new EntityMention(doc.Tokens[k].Span, k, 1, EntityTypes.Person, "USAGOV", "USA", "Kirby", "Kirby") { Antecedent = full };
        doc.Entities.AddRange([full, shortForm]);
        new QuoteStage().Process(doc);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("John Kirby", q.Speaker);
        Assert.Equal("USAGOV", q.SpeakerCode);
        Assert.Same(shortForm, q.SpeakerMention);
    }

    [Fact]
    public void EnglishSaidAfterTheQuote()
    {
        var text = "\"We will not negotiate with terrorists,\" said John Smith, the interior minister.";
        var q = Assert.Single(Quotes(text, "en"));
        AssertSpan(text, q, "We will not negotiate with terrorists,");
        Assert.Equal("John Smith", q.Speaker);
        Assert.Equal("say", q.Verb);
    }

    [Fact]
    public void EnglishSubjectThenSaidAfterTheQuote()
    {
        var text = "Robert Smith met the press. \u201cIt is a sad day for this country,\u201d Smith said.";
        var q = Assert.Single(Quotes(text, "en"));
        AssertSpan(text, q, "It is a sad day for this country,");
        Assert.Equal("Smith", q.Speaker);
        Assert.Equal("say", q.Verb);
    }

    [Fact]
    public void EnglishPronounBeforeAColon()
    {
        var text = "Maria Lopez presented the report. She said: \"The results speak for themselves.\"";
        var q = Assert.Single(Quotes(text, "en"));
        Assert.Equal("Maria Lopez", q.Speaker);
    }

    [Fact]
    public void EnglishAccordingTo()
    {
        var text = "According to Ahmed Hassan, \"the ceasefire was broken twice overnight.\"";
        var q = Assert.Single(Quotes(text, "en"));
        Assert.Equal("Ahmed Hassan", q.Speaker);
        Assert.Equal("according to", q.Verb);
    }

    [Fact]
    public void EnglishIndirectQuote()
    {
        var text = "Prime Minister Tom Reed said that the troops would withdraw by June.";
        var q = Assert.Single(Quotes(text, "en"));
        Assert.Equal("indirect", q.Kind);
        AssertSpan(text, q, "the troops would withdraw by June");
        Assert.EndsWith("Tom Reed", q.Speaker);
    }

    [Fact]
    public void EnglishQuoteBrokenByAnIncise()
    {
        var text = "Judge Paul King spoke to reporters. \"Nobody is above the law,\" he added, \"not even the president of the republic.\"";
        var quotes = Quotes(text, "en");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.EndsWith("Paul King", q.Speaker));
        Assert.Equal("add", quotes[0].Verb);
    }

    [Fact]
    public void EnglishDescribedSpeakerUsesTheLastNounOfTheDescription()
    {
        var text = "Laura Chen, the central bank chief, opened the meeting. Later the bank chief said: \"Rates will stay where they are for now.\"";
        var q = Assert.Single(Quotes(text, "en"));
        Assert.Equal("Laura Chen", q.Speaker);
    }

    [Fact]
    public void AnEventTitleInQuotationMarksIsNotAQuote()
    {
        var text = "Apple held its \"Back to the Future Tour\" event in Paris on Monday.";
        Assert.Empty(Quotes(text, "en"));
    }

    [Fact]
    public void IndirectSpeechOfANamelessSubjectIsNotAQuote()
    {
        // "Les rapports" names nobody: no reported speech, even after a named person.
        var text = "Jean Roux est arrivé à Kiev. Les rapports disponibles suggèrent que les combats ont repris.";
        Assert.Empty(Quotes(text, "fr"));
    }

    /// <summary>Runs the stages before entities, lets the test add entity mentions by their words, then finds quotes.</summary>
    private static Document WithEntities(string text, params (string Words, int Occurrence, string Type, string Code, string Country, string Name)[] entities)
    {
        var doc = Document.FromText("t", text, "fr");
        new LanguageStage().Process(doc);
        new TokenizeStage().Process(doc);
        foreach (var (words, occurrence, type, code, country, name) in entities)
        {
            int at = -1;
            for (int n = 0; n <= occurrence; n++) at = text.IndexOf(words, at + 1, StringComparison.Ordinal);
            int first = doc.Tokens.FindIndex(t => t.Span.Start == at);
            int last = doc.Tokens.FindIndex(t => t.Span.End == at + words.Length);
            doc.Entities.Add(new EntityMention(new TextSpan(at, words.Length), first, last - first + 1, type, code, country, name, words));
        }
        new QuoteStage().Process(doc);
        return doc;
    }

    [Fact]
    public void AnEntityThatOnlyDescribesAPersonResolvesThroughTheApposition()
    {
        var doc = WithEntities(
            "Anna Berg, la ministre suédoise de la Défense, est arrivée à Riga. La ministre suédoise a déclaré : « Nous resterons aux côtés de nos voisins baltes. »",
            ("Anna Berg", 0, EntityTypes.Person, "SWEGOV", "SWE", "Anna Berg"),
            ("La ministre suédoise", 0, EntityTypes.Person, "SWEGOV", "SWE", "Swedish minister"));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Anna Berg", q.Speaker);
        Assert.Equal("SWEGOV", q.SpeakerCode);
    }

    [Fact]
    public void AnEntityThatOnlyDescribesAPersonFallsBackToTheLastPersonOfItsCountry()
    {
        var doc = WithEntities(
            "Le président Joe Walker a reçu Ivan Petrov mardi. Le dirigeant américain a ensuite déclaré : « Les discussions ont été franches et utiles. »",
            ("Joe Walker", 0, EntityTypes.Person, "USAGOV", "USA", "Joe Walker"),
            ("Ivan Petrov", 0, EntityTypes.Person, "RUSGOV", "RUS", "Ivan Petrov"),
            ("Le dirigeant américain", 0, EntityTypes.Person, "USAGOV", "USA", "American leader"));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Joe Walker", q.Speaker);
        Assert.Equal("USAGOV", q.SpeakerCode);
    }

    [Fact]
    public void IndirectQuoteWithWordsBeforeQue()
    {
        var text = "Le ministre Paul Durand a annoncé jeudi que les écoles rouvriraient lundi.";
        var q = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("indirect", q.Kind);
        AssertSpan(text, q, "les écoles rouvriraient lundi");
        Assert.Equal("Paul Durand", q.Speaker);
        Assert.Equal("annoncer", q.Verb);
    }

    [Theory]
    [InlineData("« Nous ne signerons rien sous la menace », a indiqué M. Garnier.", "fr", "Garnier")]
    [InlineData("\"We expect a decision within weeks,\" said Mrs. Patel.", "en", "Patel")]
    public void CivilityTitlesAreLeftOutOfTheSpeaker(string text, string lang, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(text, lang)).Speaker);

    [Fact]
    public void FrenchPourOpeningTheSentenceNamesWhoseViewTheQuoteGives()
    {
        var text = "Pour Nadia Karimi, « cette réforme arrive beaucoup trop tard ».";
        var q = Assert.Single(Quotes(text, "fr"));
        AssertSpan(text, q, "cette réforme arrive beaucoup trop tard");
        Assert.Equal("Nadia Karimi", q.Speaker);
        Assert.Equal("pour", q.Verb);
    }

    [Fact]
    public void FrenchDayBetweenVerbAndSpeaker()
    {
        var text = "« Le cessez-le-feu doit être respecté par tous », a estimé mardi Claire Vidal.";
        var q = Assert.Single(Quotes(text, "fr"));
        Assert.Equal("Claire Vidal", q.Speaker);
        Assert.Equal("estimer", q.Verb);
    }

    [Theory]
    [InlineData("")]
    [InlineData("« »")]
    [InlineData("« Il a dit")]
    [InlineData("»« \" \" “")]
    [InlineData("a déclaré : «")]
    public void DegenerateTextGivesNoQuoteAndNoError(string text)
    {
        Assert.Empty(Quotes(text, "fr"));
        Assert.Empty(Amounts.AmountRecognizerTests.Amounts(text, "fr"));
    }
}
