using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Entities;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>The actor data: coverage of every UN member state, and loader errors naming file:line.</summary>
public class EntityLexiconTests
{
    private static readonly string CountriesPath = DataDirectory.Path("actors", "countries.tsv");

    private static IEnumerable<DataRow> UnMemberRows() =>
        DataFile.Load(CountriesPath, "iso3", "un_member").Rows.Where(r => r["un_member"] == "yes");

    [Fact]
    public void ThereAre193UnMembersPlusTheFourObserversAndOthers()
    {
        var lex = ActorLexicon.Default;
        Assert.Equal(193, lex.UnMembers.Count);
        foreach (var iso in new[] { "PSE", "XKX", "TWN", "VAT" }) Assert.Contains(iso, lex.Countries.Keys);
    }

    [Fact]
    public void EveryUnMemberIsRecognisedByItsFrenchName()
    {
        var missed = new List<string>();
        foreach (var row in UnMemberRows())
        {
            var name = row["name_fr"];
            var doc = Run($"Hier, {name} a signé la convention.", "fr");
            var m = doc.Entities.FirstOrDefault(e => e.Country == row["iso3"]);
            if (m is null || m.Text != name) missed.Add($"{row["iso3"]} '{name}' → {string.Join(",", doc.Entities.Select(e => e.Text + "=" + e.Code))}");
        }
        Assert.Empty(missed);
    }

    [Fact]
    public void EveryUnMemberIsRecognisedByItsEnglishName()
    {
        var missed = new List<string>();
        foreach (var row in UnMemberRows())
        {
            var name = row["name_en"];
            var doc = Run($"Yesterday {name} signed the convention.", "en");
            var m = doc.Entities.FirstOrDefault(e => e.Country == row["iso3"]);
            if (m is null || !m.Text.EndsWith(name)) missed.Add($"{row["iso3"]} '{name}' → {string.Join(",", doc.Entities.Select(e => e.Text + "=" + e.Code))}");
        }
        Assert.Empty(missed);
    }

    [Fact]
    public void EveryUnMemberHasDemonymsInBothLanguages()
    {
        var rows = DataFile.Load(CountriesPath, "iso3", "un_member", "demonyms_en", "demonyms_fr").Rows.Where(r => r["un_member"] == "yes");
        var missing = rows.Where(r => r.List("demonyms_fr").Length == 0 || r.List("demonyms_en").Length == 0).Select(r => r["iso3"]).ToList();
        // Shared demonyms (congolais for both Congos) are kept by one country only.
        Assert.True(missing.Count <= 3, "without demonyms: " + string.Join(", ", missing));
    }

    [Fact]
    public void FrenchDemonymsComeInEveryGenderAndNumber()
    {
        var forms = new[] { "nord-coréen", "nord-coréenne", "nord-coréens", "nord-coréennes" };
        foreach (var f in forms)
        {
            var doc = Run($"Un rapport {f} est paru.", "fr");
            Assert.Equal("PRK", Find(doc, f).Code);
        }
    }

    // A broken copy of the data folder: EntityDataCopy (EntityPlaceTests.cs) makes it.
    private static string CopyData(Action<string> breakIt) => EntityDataCopy.Make(breakIt);
    private static void Append(string root, string file, string line) => EntityDataCopy.Append(root, file, line);
    private static int LineCount(string root, string file) => EntityDataCopy.LineCount(root, file);

    [Fact]
    public void ABadPersonDateIsReportedWithFileAndLine()
    {
        var root = CopyData(r => Append(r, "people.tsv", "Jane Roe\tJane Roe\t\tUSAGOV\tUSA\tpresident\t2020-13-01\t"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.EndsWith("people.tsv", ex.Path);
        Assert.Equal(LineCount(root, "people.tsv"), ex.Line);
        Assert.Contains("people.tsv:" + ex.Line + ":", ex.Message);
        Assert.Contains("2020-13-01", ex.Message);
    }

    [Fact]
    public void AnUnknownCountryInInstitutionsIsReported()
    {
        var root = CopyData(r => Append(r, "institutions.tsv", "Foo Council\tFoo Council\tXYZGOV\tXYZ\tORG\t\t\t"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.EndsWith("institutions.tsv", ex.Path);
        Assert.Equal(LineCount(root, "institutions.tsv"), ex.Line);
        Assert.Equal("ACT006", ex.Code);
    }

    [Fact]
    public void ABadRoleKindIsReported()
    {
        var root = CopyData(r => Append(r, "roles.tsv", "fr\tgarde-chasse\tCOP\tanimal\tgamekeeper"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(LineCount(root, "roles.tsv"), ex.Line);
        Assert.Contains("animal", ex.Message);
    }

    [Fact]
    public void ASettingRoleThatNamesNoRoleIsReported()
    {
        var root = CopyData(r => Append(r, "setting-roles.tsv", "fr\tgamekeepers\tno such role"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(LineCount(root, "setting-roles.tsv"), ex.Line);
        Assert.Equal("ACT015", ex.Code);
    }

    [Fact]
    public void AnEthnicGroupOfAnUnknownCountryOrWithoutNounsIsReported()
    {
        var root = CopyData(r => Append(r, "ethnic-groups.tsv", "en\tAtlanteans\tAtlantean\tXXX\tAtlanteans"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(LineCount(root, "ethnic-groups.tsv"), ex.Line);
        Assert.Equal("ACT006", ex.Code);
        root = CopyData(r => Append(r, "ethnic-groups.tsv", "en\t\tAtlantean\t\tAtlanteans"));
        ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(LineCount(root, "ethnic-groups.tsv"), ex.Line);
        Assert.Equal("ACT007", ex.Code);
    }

    [Fact]
    public void AnUnknownCueKindIsReported()
    {
        var root = CopyData(r => Append(r, "cues.tsv", "en	weather	sunny"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(LineCount(root, "cues.tsv"), ex.Line);
        Assert.Equal("ACT017", ex.Code);
        Assert.Contains("weather", ex.Message);
    }

    [Fact]
    public void ACombiningFormOfAnUnknownCountryIsReported()
    {
        var root = CopyData(r => Append(r, "combining-forms.tsv", "fr\tatlanto\tXXX"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(LineCount(root, "combining-forms.tsv"), ex.Line);
        Assert.Equal("ACT016", ex.Code);
    }

    [Fact]
    public void ADuplicateCountryIsReported()
    {
        var root = CopyData(r => Append(r, "countries.tsv", "FRA\tno\tFrance\tFrance\tla France\tla France\tFrench\tfrançais\tParis\tParis"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(LineCount(root, "countries.tsv"), ex.Line);
        Assert.Equal("ACT003", ex.Code);
    }

    [Fact]
    public void AMissingColumnIsReported()
    {
        var root = CopyData(r =>
        {
            var path = Path.Combine(r, "actors", "roles.tsv");
            File.WriteAllText(path, File.ReadAllText(path).Replace("lang\tforms\tcode\tkind\tname_en", "lang\tforms\tcode\tname_en"));
        });
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal("DATA004", ex.Code);
        Assert.Contains("kind", ex.Message);
    }

    [Fact]
    public void EveryActorFileNamesItsSourceAndLicence()
    {
        foreach (var f in Directory.GetFiles(DataDirectory.Path("actors"), "*.tsv"))
        {
            var file = DataFile.Load(f);
            Assert.False(string.IsNullOrWhiteSpace(file.Metadata["source"]), f);
            Assert.False(string.IsNullOrWhiteSpace(file.Metadata["licence"]), f);
        }
    }

    [Fact]
    public void ThePeopleListCoversAtLeastSixtyPeople()
    {
        var people = DataFile.Load(DataDirectory.Path("actors", "people.tsv"), "name_en").Rows.Select(r => r["name_en"]).Distinct().Count();
        Assert.True(people >= 60, $"{people} people");
    }
}
