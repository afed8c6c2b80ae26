using Vigie.Core;
using Vigie.Core.Data;
using Vigie.Text.Entities;
using static Vigie.Tests.Entities.EntityTestKit;

namespace Vigie.Tests.Entities;

/// <summary>Places beyond the actor lists (data/actors/places.tsv): country, coordinates, and no false places.</summary>
public class EntityPlaceTests
{
    private static EntityMention Place(Document doc, string text)
    {
        var m = Find(doc, text);
        Assert.Equal(EntityTypes.Location, m.Type);
        Assert.True(m.IsPlace, Dump(doc));
        Assert.Null(m.Code);
        return m;
    }

    private static void NoMention(Document doc, string text) =>
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void ACityOfTheCldrListGetsItsCountryAndCoordinatesInBothLanguages()
    {
        var fr = Run("Les négociateurs se sont retrouvés hier à Addis-Abeba pour une nouvelle séance.", "fr");
        var m = Place(fr, "Addis-Abeba");
        Assert.Equal("ETH", m.Country);
        Assert.Equal("Addis Ababa", m.Name);
        Assert.InRange(m.Lat!.Value, 8.9, 9.1);
        Assert.InRange(m.Lon!.Value, 38.6, 38.9);

        var en = Run("The negotiators met again in Addis Ababa on Monday.", "en");
        Assert.Equal("ETH", Place(en, "Addis Ababa").Country);
    }

    [Fact]
    public void ARegionAndACityPlacedThroughItsRegionGetTheirCountry()
    {
        var doc = Run("Des combats ont eu lieu en Bretagne, dans la région de Kharkiv et près de Genève.", "fr");
        Assert.Equal("FRA", Place(doc, "Bretagne").Country);
        Assert.Equal("UKR", Place(doc, "Kharkiv").Country);
        Assert.Equal("CHE", Place(doc, "Genève").Country);
        var en = Run("Shelling resumed in the Kharkiv area while talks went on in Geneva.", "en");
        Assert.Equal("UKR", Place(en, "Kharkiv").Country);
        Assert.Equal("CHE", Place(en, "Geneva").Country);
    }

    [Fact]
    public void ACapitalUsedAsAMetonymStaysAnActorButAfterAPrepositionIsAPlaceWithCoordinates()
    {
        var doc = Run("Nairobi a protesté. Le sommet se tiendra à Nairobi en mars.", "fr");
        var actor = Find(doc, "Nairobi", 0);
        Assert.Equal("KENGOV", actor.Code);
        Assert.False(actor.IsPlace);
        var place = Find(doc, "Nairobi", 1);
        Assert.True(place.IsPlace);
        Assert.Equal(EntityTypes.Location, place.Type);
        Assert.Equal("KEN", place.Country);
        Assert.NotNull(place.Lat);
        Assert.NotNull(place.Lon);

        var en = Run("Nairobi protested. The summit will be held in Nairobi in March.", "en");
        Assert.Equal("KENGOV", Find(en, "Nairobi", 0).Code);
        Assert.True(Find(en, "Nairobi", 1).IsPlace);
        Assert.NotNull(Find(en, "Nairobi", 1).Lat);
    }

    [Fact]
    public void ACapitalTakesTheCoordinatesOfTheTimeZoneNamedAfterItsCountry()
    {
        // mledoze gives no coordinates for capitals; tz's Asia/Qatar is located at Doha.
        var doc = Run("Les délégations se sont retrouvées à Doha pour un cessez-le-feu.", "fr");
        var m = Find(doc, "Doha");
        Assert.True(m.IsPlace);
        Assert.Equal("QAT", m.Country);
        Assert.InRange(m.Lat!.Value, 25.0, 25.5);
        Assert.InRange(m.Lon!.Value, 51.3, 51.7);
    }

    [Fact]
    public void ACityNamedLikeItsRegionIsPlacedInTheRegionsCountry()
    {
        var doc = Run("Des drones ont frappé le port d'Odessa et la ville de Kherson.", "fr");
        Assert.Equal("UKR", Place(doc, "Odessa").Country);
        Assert.Equal("UKR", Place(doc, "Kherson").Country);
    }

    [Fact]
    public void ACountryAfterEnOrInCarriesItsCoordinates()
    {
        var fr = Run("Le ministre s'est rendu en Norvège la semaine dernière.", "fr");
        var m = Find(fr, "Norvège");
        Assert.Equal("NOR", m.Code);
        Assert.NotNull(m.Lat);
        Assert.NotNull(m.Lon);
        var en = Run("The minister travelled in Norway last week.", "en");
        Assert.NotNull(Find(en, "Norway").Lat);
    }

    [Fact]
    public void APlaceNameThatIsAGivenNameNeedsAPreposition()
    {
        // Victoria is the capital of the Seychelles and a given name; Brittany a region and a given name.
        var person = Run("Yesterday Brittany told reporters she would stay.", "en");
        NoMention(person, "Brittany");
        var place = Run("Farmers protested yesterday in Brittany.", "en");
        Assert.Equal("FRA", Place(place, "Brittany").Country);
    }

    [Fact]
    public void APlaceNameThatIsACommonWordDoesNotFireWithoutACue()
    {
        // "Corse" is also an adjective; "Littoral" a common word and a region of Cameroon.
        var start = Run("Corse et tendue, la réunion a duré trois heures.", "fr");
        NoMention(start, "Corse");
        var cued = Run("Le président s'est rendu en Corse lundi.", "fr");
        Assert.Equal("FRA", Place(cued, "Corse").Country);
        var lower = Run("Le littoral a été touché par la tempête.", "fr");
        Assert.DoesNotContain(lower.Entities, e => e.IsPlace);
    }

    [Fact]
    public void APlaceInsideALongerNameIsNotAPlace()
    {
        var doc = Run("Fighters of the Arakan Army attacked a base.", "en");
        Assert.DoesNotContain(doc.Entities, e => e.IsPlace);
        var fr = Run("Le journaliste Marc Kharkiv a été entendu.", "fr");
        Assert.DoesNotContain(fr.Entities, e => e.IsPlace);
    }

    [Fact]
    public void LowerCaseWordsAreNeverPlaces()
    {
        var doc = Run("the mobile reading of the split vote was nice, said the orange party.", "en");
        Assert.DoesNotContain(doc.Entities, e => e.IsPlace);
    }

    [Fact]
    public void APlaceWithABadCoordinateIsReportedWithFileAndLine()
    {
        var root = EntityDataCopy.Make(r => EntityDataCopy.Append(r, "places.tsv", "city\tFRA\t123\t2\tNowhere\tNowhere\t\t"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.EndsWith("places.tsv", ex.Path);
        Assert.Equal(EntityDataCopy.LineCount(root, "places.tsv"), ex.Line);
        Assert.Equal("ACT012", ex.Code);
        Assert.Contains("places.tsv:" + ex.Line + ":", ex.Message);
    }

    [Fact]
    public void APlaceOfAnUnknownCountryIsReported()
    {
        var root = EntityDataCopy.Make(r => EntityDataCopy.Append(r, "places.tsv", "city\tXYZ\t\t\tNowhere\tNowhere\t\t"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(EntityDataCopy.LineCount(root, "places.tsv"), ex.Line);
        Assert.Equal("ACT006", ex.Code);
    }

    [Fact]
    public void APlaceOfAnUnknownKindIsReported()
    {
        var root = EntityDataCopy.Make(r => EntityDataCopy.Append(r, "places.tsv", "village\tFRA\t\t\tNowhere\tNowhere\t\t"));
        var ex = Assert.Throws<DataFileException>(() => ActorLexicon.Load(root));
        Assert.Equal(EntityDataCopy.LineCount(root, "places.tsv"), ex.Line);
        Assert.Equal("ACT013", ex.Code);
    }
}

/// <summary>A throw-away copy of the data folder, broken on purpose, for loader error tests.</summary>
internal static class EntityDataCopy
{
    public static string Make(Action<string> breakIt)
    {
        var root = Path.Combine(Path.GetTempPath(), "vigie-actors-" + Guid.NewGuid().ToString("N"));
        foreach (var dir in new[] { "actors", "lang/fr", "lang/en" })
        {
            Directory.CreateDirectory(Path.Combine(root, dir));
            foreach (var f in Directory.GetFiles(DataDirectory.Path(dir.Split('/'))))
                File.Copy(f, Path.Combine(root, dir, Path.GetFileName(f)));
        }
        breakIt(root);
        return root;
    }

    public static void Append(string root, string file, string line) =>
        File.AppendAllText(Path.Combine(root, "actors", file), line + "\n");

    public static int LineCount(string root, string file) => File.ReadAllLines(Path.Combine(root, "actors", file)).Length;
}
