using Vigie.Core;
using Vigie.Text;

namespace Vigie.Tests.Patterns;

/// <summary>
/// A stand-in for the entity stage in pattern tests: a handful of countries (names, seats of power and
/// demonyms, French and English) found by their folded tokens, so that the event patterns can be
/// tested before and apart from the real actor recognition.
/// </summary>
public sealed class StubActorStage : IDocumentStage
{
    public string Name => "stub-actors";
    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Entities;

    // folded form (one or more tokens) → (code, kind: "name" or "demonym")
    private static readonly (string Form, string Code, bool Demonym)[] Table = Build();

    private static (string, string, bool)[] Build()
    {
        var rows = new List<(string, string, bool)>();
        void Add(string code, string names, string demonyms)
        {
            foreach (var n in names.Split('|', StringSplitOptions.RemoveEmptyEntries)) rows.Add((TextNormalizer.Fold(n), code, false));
            foreach (var d in demonyms.Split('|', StringSplitOptions.RemoveEmptyEntries)) rows.Add((TextNormalizer.Fold(d), code, true));
        }
        Add("FRA", "France|Paris", "French|français|française|françaises");
        Add("RUS", "Russia|Russie|Moscow|Moscou|Kremlin", "Russian|Russians|russe|russes");
        Add("UKR", "Ukraine|Kyiv|Kiev", "Ukrainian|Ukrainians|ukrainien|ukrainienne|ukrainiens|ukrainiennes");
        Add("CHN", "China|Chine|Beijing|Pékin", "Chinese|chinois|chinoise|chinoises");
        Add("JPN", "Japan|Japon|Tokyo", "Japanese|japonais|japonaise|japonaises");
        Add("DEU", "Germany|Allemagne|Berlin", "German|Germans|allemand|allemande|allemands");
        Add("IRN", "Iran|Tehran|Téhéran", "Iranian|Iranians|iranien|iranienne|iraniens");
        Add("ISR", "Israel|Israël", "Israeli|Israelis|israélien|israélienne|israéliens");
        Add("SYR", "Syria|Syrie|Damascus|Damas", "Syrian|Syrians|syrien|syrienne|syriens|syriennes");
        Add("TUR", "Turkey|Turquie|Ankara", "Turkish|turc|turque|turcs");
        Add("POL", "Poland|Pologne|Warsaw|Varsovie", "Polish|polonais|polonaise");
        Add("BRA", "Brazil|Brésil", "Brazilian|brésilien|brésilienne");
        Add("ARG", "Argentina|Argentine", "Argentine|Argentinian|argentin|argentine|argentins");
        Add("EGY", "Egypt|Égypte|Cairo|Le Caire", "Egyptian|Egyptians|égyptien|égyptienne|égyptiens");
        Add("MLI", "Mali|Bamako", "Malian|malien|malienne|maliens");
        Add("NGA", "Nigeria|Abuja", "Nigerian|Nigerians|nigérian|nigériane|nigérians");
        Add("IND", "India|Inde|New Delhi", "Indian|Indians|indien|indienne|indiens");
        Add("PAK", "Pakistan|Islamabad", "Pakistani|pakistanais|pakistanaise");
        Add("USA", "United States|États-Unis|Washington", "American|Americans|américain|américaine|américains|américaines");
        Add("GBR", "Britain|United Kingdom|Royaume-Uni|London|Londres", "British|britannique|britanniques");
        Add("CAN", "Canada|Ottawa", "Canadian|canadien|canadienne");
        Add("KEN", "Kenya|Nairobi", "Kenyan|kényan|kényane");
        Add("SEN", "Senegal|Sénégal|Dakar", "Senegalese|sénégalais|sénégalaise");
        Add("CUB", "Cuba|Havana|La Havane", "Cuban|Cubans|cubain|cubaine|cubains");
        Add("PRK", "North Korea|Corée du Nord|Pyongyang", "North Korean|nord-coréen|nord-coréenne|nord-coréens");
        Add("KOR", "South Korea|Corée du Sud|Seoul|Séoul", "South Korean|sud-coréen|sud-coréenne");
        Add("IGOUNO", "United Nations|ONU|Nations unies", "");
        Add("IGOEEU", "European Union|EU|UE|Union européenne|Bruxelles|Brussels", "");
        Add("IGONAT", "NATO|OTAN", "");
        return rows.OrderByDescending(r => r.Item1.Count(c => c == ' ')).ToArray();
    }

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            foreach (var (form, code, demonym) in Table)
            {
                var words = form.Split(' ');
                if (i + words.Length > tokens.Count) continue;
                bool ok = true;
                for (int k = 0; k < words.Length && ok; k++) ok = tokens[i + k].Fold == words[k];
                if (!ok) continue;
                var first = tokens[i];
                var last = tokens[i + words.Length - 1];
                var span = new TextSpan(first.Span.Start, last.Span.End - first.Span.Start);
                document.Entities.Add(new EntityMention(span, i, words.Length, demonym ? EntityTypes.Group : EntityTypes.Country,
                    code, code.StartsWith("IGO") ? null : code, code, document[span]) { Rule = demonym ? "stub-demonym" : "stub-name" });
                i += words.Length - 1;
                break;
            }
        }
    }
}
