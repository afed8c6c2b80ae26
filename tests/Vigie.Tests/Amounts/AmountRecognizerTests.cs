using Vigie.Core;
using Vigie.Text.Amounts;
using Vigie.Text.Stages;

namespace Vigie.Tests.Amounts;

public class AmountRecognizerTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder()
        .Add(new LanguageStage()).Add(new TokenizeStage()).Add(new AmountStage()).Build();

    internal static List<AmountMention> Amounts(string text, string lang) =>
        Pipeline.Process(Document.FromText("t", text, lang)).Amounts;

    /// <summary>Exactly one amount, with its text (= its span), value, qualifier and unit.</summary>
    private static void AssertOne(string text, string lang, string expectedText, double? value, string qualifier, string? unit)
    {
        var amounts = Amounts(text, lang);
        var a = Assert.Single(amounts);
        Assert.Equal(expectedText, a.Text);
        Assert.Equal(text.IndexOf(expectedText, StringComparison.Ordinal), a.Span.Start);
        Assert.Equal(expectedText.Length, a.Span.Length);
        Assert.Equal(value is null ? null : (decimal?)(decimal)value.Value, a.Value);
        Assert.Equal(qualifier, a.Qualifier);
        Assert.Equal(unit, a.Unit);
    }

    [Theory]
    [InlineData("Les douaniers ont saisi plus de 1 000 caisses au port.", "plus de 1 000 caisses", 1000, "more_than", "caisses")]
    [InlineData("Le budget atteint 221 millions de dollars cette année.", "221 millions de dollars", 221000000, "exact", "dollars")]
    [InlineData("Une centaine de manifestants se sont rassemblés.", "Une centaine de manifestants", 100, "about", "manifestants")]
    [InlineData("L'explosion a blessé près de 300 passants.", "près de 300 passants", 300, "about", "passants")]
    [InlineData("Le séisme a fait au moins 68 victimes.", "au moins 68 victimes", 68, "at_least", "victimes")]
    [InlineData("Le chômage a reculé de 3,5 % sur un an.", "3,5 %", 3.5, "exact", "%")]
    [InlineData("Trois policiers ont été blessés.", "Trois policiers", 3, "exact", "policiers")]
    [InlineData("L'armée a abattu six drones.", "six drones", 6, "exact", "drones")]
    [InlineData("Le pays a acheté vingt-deux hélicoptères.", "vingt-deux hélicoptères", 22, "exact", "hélicoptères")]
    [InlineData("La flotte compte quatre-vingt-dix navires.", "quatre-vingt-dix navires", 90, "exact", "navires")]
    [InlineData("On a recensé trois cents réfugiés.", "trois cents réfugiés", 300, "exact", "réfugiés")]
    [InlineData("L'aide s'élève à 1,5 milliard d'euros.", "1,5 milliard d'euros", 1500000000, "exact", "euros")]
    [InlineData("Il a promis 2 000 tentes.", "2 000 tentes", 2000, "exact", "tentes")]
    [InlineData("La région compte 70 000 habitants.", "70 000 habitants", 70000, "exact", "habitants")]
    [InlineData("La zone couvre 140 km² de désert.", "140 km²", 140, "exact", "km²")]
    [InlineData("Moins de 50 observateurs sont restés.", "Moins de 50 observateurs", 50, "less_than", "observateurs")]
    [InlineData("Le raid a tué jusqu'à 40 combattants.", "jusqu'à 40 combattants", 40, "at_most", "combattants")]
    [InlineData("Ottawa envoie six CF-18 en renfort.", "six CF-18", 6, "exact", "CF-18")]
    [InlineData("Le groupe a commandé 12 Airbus neufs.", "12 Airbus", 12, "exact", "Airbus")]
    [InlineData("Les deux plus grandes villes ont voté.", "deux plus grandes villes", 2, "exact", "villes")]
    [InlineData("Mille soldats ont été déployés.", "Mille soldats", 1000, "exact", "soldats")]
    [InlineData("Les prix ont grimpé de 12 pour cent en un an.", "12 pour cent", 12, "exact", "pour cent")]
    [InlineData("Le billet coûte 50 € désormais.", "50 €", 50, "exact", "€")]
    [InlineData("La crise a déplacé un million de personnes.", "un million de personnes", 1000000, "exact", "personnes")]
    [InlineData("Quelque 500 soldats turcs sont entrés.", "Quelque 500 soldats", 500, "about", "soldats")]
    [InlineData("On compte plus d'une centaine de blessés.", "plus d'une centaine de blessés", 100, "more_than", "blessés")]
    [InlineData("La ville compte cinq mille habitants.", "cinq mille habitants", 5000, "exact", "habitants")]
    [InlineData("L'État a levé deux cent mille réservistes.", "deux cent mille réservistes", 200000, "exact", "réservistes")]
    public void French(string text, string expected, double value, string qualifier, string unit) =>
        AssertOne(text, "fr", expected, value, qualifier, unit);

    [Theory]
    [InlineData("Officials said more than 1,000 troops had arrived.", "more than 1,000 troops", 1000, "more_than", "troops")]
    [InlineData("The deal is worth $1.68 billion over ten years.", "$1.68 billion", 1680000000, "exact", "$")]
    [InlineData("Two dozen protesters were arrested.", "Two dozen protesters", 24, "exact", "protesters")]
    [InlineData("The blast killed at least 12 people.", "at least 12 people", 12, "at_least", "people")]
    [InlineData("Inflation rose to 4.2% in May.", "4.2%", 4.2, "exact", "%")]
    [InlineData("The fund lent £300m to the bank.", "£300m", 300000000, "exact", "£")]
    [InlineData("Nearly 500 refugees crossed the border.", "Nearly 500 refugees", 500, "about", "refugees")]
    [InlineData("They seized three hundred rifles.", "three hundred rifles", 300, "exact", "rifles")]
    [InlineData("The militia freed two hundred and fifty hostages.", "two hundred and fifty hostages", 250, "exact", "hostages")]
    [InlineData("The navy sent five new frigates.", "five new frigates", 5, "exact", "frigates")]
    [InlineData("Some 2,500 American soldiers remain.", "Some 2,500 American soldiers", 2500, "about", "soldiers")]
    [InlineData("Police found a dozen rifles in the car.", "a dozen rifles", 12, "exact", "rifles")]
    [InlineData("Turnout fell by 7.5 per cent this year.", "7.5 per cent", 7.5, "exact", "per cent")]
    [InlineData("Fewer than 200 families returned.", "Fewer than 200 families", 200, "less_than", "families")]
    [InlineData("The bank lent $5bn to the state.", "$5bn", 5000000000, "exact", "$")]
    public void English(string text, string expected, double value, string qualifier, string unit) =>
        AssertOne(text, "en", expected, value, qualifier, unit);

    [Theory]
    [InlineData("Des dizaines de blessés ont été évacués.", "fr", "Des dizaines de blessés", "tens", "blessés")]
    [InlineData("Des milliers de personnes ont fui.", "fr", "Des milliers de personnes", "thousands", "personnes")]
    [InlineData("Hundreds of families lost their homes.", "en", "Hundreds of families", "hundreds", "families")]
    public void VagueAmountsHaveNoValueAndAMagnitude(string text, string lang, string expected, string magnitude, string unit)
    {
        var a = Assert.Single(Amounts(text, lang));
        Assert.Equal(expected, a.Text);
        Assert.Null(a.Value);
        Assert.Equal(AmountQualifiers.Vague, a.Qualifier);
        Assert.Equal(magnitude, a.Magnitude);
        Assert.Equal(unit, a.Unit);
    }

    [Fact]
    public void ARangeGivesTwoAmountsSharingMultiplierAndUnit()
    {
        var amounts = Amounts("Le pays espère attirer 20 à 40 milliards de dollars d'ici 2030.", "fr");
        Assert.Equal(2, amounts.Count);
        Assert.Equal(20_000_000_000m, amounts[0].Value);
        Assert.Equal("20", amounts[0].Text);
        Assert.Equal("dollars", amounts[0].Unit);
        Assert.Equal(40_000_000_000m, amounts[1].Value);
        Assert.Equal("40 milliards de dollars", amounts[1].Text);
    }

    [Fact]
    public void BetweenTwoNumbersBothCountTheNoun()
    {
        var amounts = Amounts("Les frappes ont tué entre 15 et 25 soldats.", "fr");
        Assert.Equal([15m, 25m], amounts.Select(a => a.Value!.Value));
        Assert.All(amounts, a => Assert.Equal("soldats", a.Unit));
    }

    [Fact]
    public void AListOfNumberWordsSharesTheNoun()
    {
        var amounts = Amounts("The convoy was split into two or three groups.", "en");
        Assert.Equal([2m, 3m], amounts.Select(a => a.Value!.Value));
        Assert.All(amounts, a => Assert.Equal("groups", a.Unit));
    }

    [Theory]
    [InlineData("Le sommet s'est tenu le 17 septembre à Genève.", "fr")]
    [InlineData("Il est né en 1956 et a régné dix ans.", "fr")]
    [InlineData("La réunion commence à 15 h 30.", "fr")]
    [InlineData("Le vol est arrivé vers 12 h 30 locales.", "fr")]
    [InlineData("Un accident a eu lieu sur l'A 10 hier.", "fr")]
    [InlineData("Il a passé trois jours en détention.", "fr")]
    [InlineData("Un soldat âgé de 24 ans a été arrêté.", "fr")]
    [InlineData("Le 1er bataillon est arrivé.", "fr")]
    [InlineData("La compagnie a commandé des Boeing 737 et 777.", "fr")]
    [InlineData("Un Airbus A320 s'est posé.", "fr")]
    [InlineData("Les élections auront lieu les 22 et 23 mars.", "fr")]
    [InlineData("The talks resumed on April 4 in Vienna.", "en")]
    [InlineData("He served two terms between 2009 and 2017.", "en")]
    [InlineData("The 45-year-old suspect was charged.", "en")]
    [InlineData("The vote lasted five hours.", "en")]
    [InlineData("Un avion a survolé la ville.", "fr")]
    [InlineData("The firm signed a five-year contract.", "en")]
    [InlineData("Lawmakers missed the April 1 deadline.", "en")]
    [InlineData("Owners of the iPhone 4 complained.", "en")]
    [InlineData("The Standard & Poor's 500 fell sharply.", "en")]
    public void NotAmounts(string text, string lang)
    {
        var amounts = Amounts(text, lang);
        Assert.DoesNotContain(amounts, a => a.Unit is not "terms");
    }
}
