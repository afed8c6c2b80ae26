using Vigie.Core;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>
/// Groups named by a common noun, a nationality or a community (data/actors/roles.tsv,
/// data/actors/ethnic-groups.tsv): they act for the country they are of or in.
/// </summary>
public class EntityCommunityTests
{
    [Theory]
    // A group noun and the place it is in: a country, a capital, a region, a compass word between.
    [InlineData("Opposition parties in Kenya called a strike.", "Opposition parties in Kenya", "KENOPP")]
    [InlineData("Students in Tehran marched on Monday.", "Students in Tehran", "IRNEDU")]
    [InlineData("Villagers in northern Ghana fled the fighting.", "Villagers in northern Ghana", "GHACVL")]
    [InlineData("The inhabitants of Basra fled.", "The inhabitants of Basra", "IRQCVL")]
    [InlineData("Residents of the town of Basra fled.", "Residents of the town of Basra", "IRQCVL")]
    [InlineData("Villagers in the north of Ghana fled.", "Villagers in the north of Ghana", "GHACVL")]
    // A nationality, with or without one modifier, before a group noun.
    [InlineData("Angry Greek farmers blocked the road.", "Greek farmers", "GRCAGR")]
    [InlineData("Spanish dock workers went on strike.", "Spanish dock workers", "ESPLAB")]
    [InlineData("Chilean students occupied the campus.", "Chilean students", "CHLEDU")]
    [InlineData("Liberian riot police fired tear gas.", "Liberian riot police", "LBRCOP")]
    // A community with one home country.
    [InlineData("Tamil rebels attacked an army camp.", "Tamil rebels", "LKAREB")]
    [InlineData("Thousands of Chechen refugees fled.", "Chechen refugees", "RUSREF")]
    [InlineData("Yoruba traditional elders met on Sunday.", "Yoruba traditional elders", "NGACVL")]
    // The first nationality is the country the community lives in.
    [InlineData("Iraqi Kurds fled to the mountains.", "Iraqi Kurds", "IRQCVL")]
    [InlineData("Bosnian Serbs shelled the town.", "Bosnian Serbs", "BIHCVL")]
    [InlineData("Croatian Serb refugees went home.", "Croatian Serb refugees", "HRVREF")]
    // "ethnic X", a community without one home, a nationality "of" a place: the place decides.
    [InlineData("Some 2,000 ethnic Hungarians demonstrated on Sunday in Romania.", "ethnic Hungarians", "ROUCVL")]
    [InlineData("Ethnic Serb militias operating in Kosovo attacked a village.", "Ethnic Serb militias operating in Kosovo", "XKXREB")]
    [InlineData("The Kurds of Syria accused Turkey.", "The Kurds of Syria", "SYRCVL")]
    [InlineData("The Hungarians of southern Slovakia want autonomy.", "The Hungarians of southern Slovakia", "SVKCVL")]
    [InlineData("Turkish police detained Kurdish activists.", "Kurdish activists", "TURCVL")]
    public void EnglishGroups(string text, string span, string code) =>
        AssertActor(Run(text, "en"), span, code, code[..3], type: span.Contains("police") ? EntityTypes.Organisation : EntityTypes.Group);

    [Theory]
    [InlineData("Des groupes d'opposition au Kenya ont appelé à la grève.", "groupes d'opposition au Kenya", "KENOPP")]
    [InlineData("Des manifestants à Caracas ont bloqué une route.", "manifestants à Caracas", "VENCVL")]
    [InlineData("Des agriculteurs grecs ont bloqué la route.", "agriculteurs grecs", "GRCAGR")]
    [InlineData("Les étudiants chiliens ont occupé le campus.", "Les étudiants chiliens", "CHLEDU")]
    [InlineData("Les Kurdes irakiens ont fui vers les montagnes.", "Les Kurdes irakiens", "IRQCVL")]
    [InlineData("Les rebelles tamouls ont attaqué un camp.", "Les rebelles tamouls", "LKAREB")]
    [InlineData("Des Hongrois de souche ont manifesté dimanche en Roumanie.", "Hongrois de souche", "ROUCVL")]
    [InlineData("Les Kurdes de Syrie accusent la Turquie.", "Les Kurdes de Syrie", "SYRCVL")]
    [InlineData("Les Albanais du sud de la Serbie réclament l'autonomie.", "Les Albanais du sud de la Serbie", "SRBCVL")]
    [InlineData("Des manifestants dans la ville de Hébron ont bloqué une route.", "manifestants dans la ville de Hébron", "PSECVL")]
    [InlineData("Les rebelles touaregs ont attaqué une base au Mali.", "Les rebelles touaregs", "MLIREB")]
    [InlineData("La police turque a arrêté des militants kurdes.", "militants kurdes", "TURCVL")]
    public void FrenchGroups(string text, string span, string code) =>
        AssertActor(Run(text, "fr"), span, code, code[..3], type: EntityTypes.Group);

    [Theory]
    [InlineData("en", "Police arrested Sierra Leonean and Liberian refugees.", "Sierra Leonean", "SLEREF")]
    [InlineData("en", "Police arrested Sierra Leonean and Liberian refugees.", "Liberian refugees", "LBRREF")]
    [InlineData("fr", "La police a arrêté des réfugiés sierra-léonais et libériens.", "libériens", "LBRREF")]
    [InlineData("en", "A Ukrainian protester was arrested.", "Ukrainian protester", "UKRCVL")]
    [InlineData("fr", "Un manifestant ukrainien a été arrêté.", "manifestant ukrainien", "UKRCVL")]
    public void CoordinatedNationalitiesShareTheirGroupNoun(string lang, string text, string span, string code) =>
        AssertActor(Run(text, lang), span, code, code[..3]);

    [Fact]
    public void AnEarlierMentionGivesACommunityItsCountry()
    {
        var doc = Run("The Kurds of Iraq voted. Turkey and Iran condemned the vote, and Kurdish militias answered.", "en");
        AssertActor(doc, "Kurdish militias", "IRQREB", "IRQ");
    }

    [Theory]
    // A nationality before a state's body keeps its state; a group noun does not swallow it.
    [InlineData("Albanian officials met Greek officials.", "Albanian officials", "ALBGOV")]
    [InlineData("Turkish police detained Kurdish activists.", "Turkish police", "TURCOP")]
    [InlineData("Albanian rebels in Macedonia laid down their arms.", "Albanian rebels", "ALBREB")]
    // Refugees and workers sent from a place are not of it.
    [InlineData("Romanian refugees in Hungary went home.", "Romanian refugees", "ROUREF")]
    public void NationalityKeepsItsCountry(string text, string span, string code) =>
        AssertActor(Run(text, "en"), span, code, code[..3]);

    [Theory]
    [InlineData("en", "The UN withdrew its aid workers from Iraq.", "workers")]
    [InlineData("en", "The Kurdish question divides the region.", "Kurdish")]
    [InlineData("en", "Karen Smith said the talks failed.", "Karen")]
    [InlineData("en", "The broadcast was in Hausa.", "Hausa")]
    [InlineData("en", "Kurds marched in the streets.", "Kurds")]
    [InlineData("en", "The army prepared an offensive against ethnic Albanian guerrillas.", "Albanian")]
    [InlineData("fr", "Des Albanais de souche ont manifesté.", "Albanais")]
    [InlineData("en", "The Serbian Workers' Union called a strike.", "Workers")]
    [InlineData("fr", "Le Kenya a déployé des policiers en Haïti.", "policiers")]
    public void NoCommunityActor(string lang, string text, string word)
    {
        var doc = Run(text, lang);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains(word) && e.Type == EntityTypes.Group && e.Code is not null);
    }

    [Theory]
    [InlineData("en", "A terror group based in Pakistan threatened India.", "terror group based in Pakistan", "PAKREB")]
    [InlineData("fr", "Un groupe terroriste basé au Mali a frappé.", "groupe terroriste basé au Mali", "MLIREB")]
    [InlineData("en", "Fighting resumed in Western Cambodia.", "Cambodia", "KHM")]
    [InlineData("en", "Israel's high court rejected the appeal.", "Israel's high court", "ISRJUD")]
    [InlineData("en", "Kenya's National Assembly approved the budget.", "Kenya's National Assembly", "KENLEG")]
    [InlineData("en", "The Montenegro Assembly rejected the law.", "The Montenegro Assembly", "MNELEG")]
    public void AGroupBasedInACountryAndACompassWordBeforeOne(string lang, string text, string span, string code) =>
        AssertActor(Run(text, lang), span, code, code[..3]);

    [Fact]
    public void TheWestBankIsNoWesternPower()
    {
        var doc = Run("Israel reimposed blockades in the West Bank.", "en");
        Assert.DoesNotContain(doc.Entities, e => e.Code == "WST");
        Assert.Contains(doc.Entities, e => e.Country == "PSE");
    }
}
