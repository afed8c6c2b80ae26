using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Entities;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>Persons after titles and organisations by their form (titles.tsv, org-forms.tsv), and their short forms later.</summary>
public class EntityFormTests
{
    private static EntityMention Org(Document doc, string text, string name)
    {
        var m = Find(doc, text);
        Assert.Equal(EntityTypes.Organisation, m.Type);
        Assert.Equal(name, m.Name);
        return m;
    }

    [Fact]
    public void AMilitaryTitleMakesAPerson()
    {
        var doc = Run("Selon le colonel Pierre Lemaire, les pertes sont lourdes.", "fr");
        var m = Find(doc, "le colonel Pierre Lemaire");
        Assert.Equal(EntityTypes.Person, m.Type);
        Assert.Equal("Pierre Lemaire", m.Name);
        var en = Run("According to Lieutenant Colonel Sarah Whitfield, losses were heavy.", "en");
        Assert.Equal("Sarah Whitfield", Find(en, "Lieutenant Colonel Sarah Whitfield").Name);
    }

    [Fact]
    public void CivilAndAcademicTitlesMakeAPerson()
    {
        var doc = Run("Mme Odile Fournier et Me Karim Haddad ont plaidé.", "fr");
        Assert.Equal("Odile Fournier", Find(doc, "Mme Odile Fournier").Name);
        Assert.Equal("Karim Haddad", Find(doc, "Me Karim Haddad").Name);
        var en = Run("Dr. Helen Marsh and Sheikh Rashid Kamal spoke first.", "en");
        Assert.Equal("Helen Marsh", Find(en, "Dr. Helen Marsh").Name);
        Assert.Equal("Rashid Kamal", Find(en, "Sheikh Rashid Kamal").Name);
    }

    [Fact]
    public void ALowerCaseWordThatIsATitleWhenCapitalisedIsNoTitle()
    {
        var doc = Run("A major Western Union office closed.", "en");
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityTypes.Person);
    }

    [Fact]
    public void FrenchOrganisationsByTheirHeadWord()
    {
        var doc = Run("Le ministère de la Santé et le Parti socialiste ont répondu au Front de libération nationale.", "fr");
        Org(doc, "Le ministère de la Santé", "ministère de la Santé");
        Org(doc, "le Parti socialiste", "Parti socialiste");
        Org(doc, "Front de libération nationale", "Front de libération nationale");
    }

    [Fact]
    public void AFrenchVerbAfterTheHeadIsNotPartOfTheName()
    {
        var doc = Run("Le Conseil indique que la Commission électorale nationale applique la loi.", "fr");
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("indique"));
        Org(doc, "la Commission électorale nationale", "Commission électorale nationale");
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("applique"));
    }

    [Fact]
    public void EnglishOrganisationsByTheirHeadWord()
    {
        var doc = Run("The Ministry of Water Resources and the Green Party criticised the Fishermen's Union.", "en");
        Org(doc, "The Ministry of Water Resources", "Ministry of Water Resources");
        Org(doc, "the Green Party", "Green Party");
        var dem = Run("The Social Democratic Party of Moldova met.", "en");
        Org(dem, "The Social Democratic Party", "Social Democratic Party");
        Assert.Equal("MDA", Find(dem, "Moldova").Country);
    }

    [Fact]
    public void AListedOrganisationKeepsItsCode()
    {
        var doc = Run("Le ministère des Affaires étrangères russe a protesté.", "fr");
        var m = Find(doc, "Le ministère des Affaires étrangères russe");
        Assert.Equal("RUSGOV", m.Code);
    }

    [Fact]
    public void ALaterSurnameIsTheFullPerson()
    {
        var doc = Run("Le colonel Pierre Lemaire commande la base. Lemaire a refusé de commenter. M. Lemaire est parti.", "fr");
        var full = Find(doc, "Le colonel Pierre Lemaire");
        var later = Find(doc, "Lemaire", 0);
        Assert.Same(full, later.Antecedent);
        Assert.Equal("Pierre Lemaire", later.Name);
        Assert.Equal("Pierre Lemaire", Find(doc, "M. Lemaire").Name);

        var en = Run("Dr. Helen Marsh leads the team. Marsh said the tests were clear.", "en");
        Assert.Equal("Helen Marsh", Find(en, "Marsh").Name);
    }

    [Fact]
    public void ALaterLoneTitleIsThePersonWithThatTitle()
    {
        var doc = Run("Le colonel Pierre Lemaire commande la base. Selon le colonel, la situation est calme.", "fr");
        var later = Find(doc, "le colonel");
        Assert.Equal("Pierre Lemaire", later.Name);
        Assert.Equal("Le colonel Pierre Lemaire", later.Antecedent!.Text);
        var none = Run("Selon le colonel, la situation est calme.", "fr");
        Assert.Empty(none.Entities);
    }

    [Fact]
    public void ALaterLeMinistereIsTheMinistry()
    {
        var doc = Run("Le ministère de la Santé a publié un bilan. Le ministère a ensuite corrigé les chiffres.", "fr");
        var later = Find(doc, "Le ministère", 0);
        Assert.Equal("ministère de la Santé", later.Name);
        Assert.Equal("Le ministère de la Santé", later.Antecedent!.Text);

        var en = Run("The Ministry of Health published figures. The ministry later corrected them.", "en");
        Assert.Equal("Ministry of Health", Find(en, "The ministry").Name);
    }

    [Fact]
    public void ALaterMinistryOfACountryKeepsTheCode()
    {
        var doc = Run("Le ministère russe de la Défense a annoncé des frappes. Le ministère a ajouté que deux sites étaient visés.", "fr");
        var later = Find(doc, "Le ministère", 0);
        Assert.Equal("RUSGOV", later.Code);
        Assert.Equal("Le ministère russe de la Défense", later.Antecedent!.Text);
    }

    [Fact]
    public void APluralOrANewlyNamedHeadDoesNotReferBack()
    {
        var doc = Run("Les Forces patriotiques ont avancé. Les forces gouvernementales ont reculé, et le Conseil national a protesté auprès du conseil de sécurité.", "fr");
        Assert.DoesNotContain(doc.Entities, e => e.Text == "Les forces" || e.Text == "les forces");
        Assert.DoesNotContain(doc.Entities, e => e.Rule == "coref/org");
    }

    [Fact]
    public void AnOrganisationNameStopsBeforeAPersonName()
    {
        var doc = Run("Le président du Comité des fêtes de Vannes Pierre Lemaire a démissionné.", "fr");
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityTypes.Organisation && e.Text.Contains("Pierre"));
    }

    [Fact]
    public void AHeadWordWithoutAnEarlierOrganisationIsNothing()
    {
        var doc = Run("The party will meet on Friday.", "en");
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void ABadOrgFormKindIsReportedWithFileAndLine()
    {
        var root = EntityDataCopy.Make(r => EntityDataCopy.Append(r, "org-forms.tsv", "fr\tmiddle\tTruc"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.EndsWith("org-forms.tsv", ex.Path);
        Assert.Equal(EntityDataCopy.LineCount(root, "org-forms.tsv"), ex.Line);
        Assert.Equal("ACT014", ex.Code);
    }

    [Fact]
    public void AnEmptyTitleListIsReportedWithFileAndLine()
    {
        var root = EntityDataCopy.Make(r => EntityDataCopy.Append(r, "titles.tsv", "fr\t\tofficer"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.EndsWith("titles.tsv", ex.Path);
        Assert.Equal(EntityDataCopy.LineCount(root, "titles.tsv"), ex.Line);
    }
}
