using Vigie.Core;
using Vigie.Text.Readers;

namespace Vigie.Tests.Readers;

public class HtmlArticleReaderTests
{
    private static readonly ReaderOptions Options = new();

    private const string EnglishPage = """
        <!DOCTYPE html>
        <html lang="en-GB"><head>
          <title>Ghana and Togo reopen border | Sample Times</title>
          <meta property="og:site_name" content="Sample Times">
          <meta property="article:published_time" content="2024-09-18T07:00:00Z">
          <link rel="canonical" href="https://www.sample-times.com/africa/border">
          <script>var tracking = "Ghana Togo secret script text";</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
          <div class="ad-banner">Advertisement</div>
          <article>
            <h1>Ghana and Togo reopen border</h1>
            <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
            <p>Ghana and Togo reopened their main border crossing on Wednesday after a two-week closure, the two governments said in a joint statement.</p>
            <p>Advertisement</p>
            <p>Read more: <a href="/x">Trade between the neighbours doubled in five years</a></p>
            <p>Traders welcomed the decision, which came after talks between the two foreign ministers in Lomé.</p>
            <ul class="related-links"><li><a href="/y">Ghana's president visits Abuja</a></li></ul>
          </article>
          <footer><p>Copyright Sample Times, all rights reserved, terms and conditions apply to every page.</p></footer>
        </body></html>
        """;

    [Fact]
    public void KeepsTheArticleParagraphsAndDropsThePageFurniture()
    {
        var d = HtmlArticleReader.FromHtml("p.html", "p.html", EnglishPage, Options).Document!;
        Assert.Equal(
            "Ghana and Togo reopened their main border crossing on Wednesday after a two-week closure, the two governments said in a joint statement.\n\n" +
            "Traders welcomed the decision, which came after talks between the two foreign ministers in Lomé.", d.Text);
        foreach (var furniture in new[] { "Advertisement", "Share", "Tweet", "Read more", "Home", "secret script", "Copyright", "Abuja" })
            Assert.DoesNotContain(furniture, d.Text);
    }

    [Fact]
    public void TakesTitleDateUrlLanguageAndOutletFromThePage()
    {
        var d = HtmlArticleReader.FromHtml("p.html", "p.html", EnglishPage, Options).Document!;
        Assert.Equal("Ghana and Togo reopen border", d.Title);
        Assert.Equal(new PartialDate(2024, 9, 18), d.Date);
        Assert.Equal("https://www.sample-times.com/africa/border", d.Url);
        Assert.Equal("en", d.Lang);
        Assert.Equal("Sample Times", d.Source);
    }

    [Fact]
    public void FrenchFurnitureParagraphsAreDropped()
    {
        const string page = """
            <html lang="fr"><body>
              <div id="menu"><a href="/">Accueil</a></div>
              <main>
                <h1>Le Maroc et l'Espagne signent un accord</h1>
                <p>Le Maroc et l'Espagne ont signé lundi à Rabat un accord sur la gestion des ports et des migrations.</p>
                <p>Publicité</p>
                <p>Lire aussi : Les relations entre Rabat et Madrid au beau fixe</p>
                <p>À lire aussi</p>
                <p>Le ministre espagnol des Affaires étrangères a salué « un partenariat exemplaire » entre les deux pays.</p>
                <div class="partage-pub"><p>Partager sur Facebook</p></div>
              </main>
            </body></html>
            """;
        var d = HtmlArticleReader.FromHtml("f.html", "f.html", page, Options).Document!;
        Assert.Equal(2, d.Text.Split("\n\n").Length);
        Assert.DoesNotContain("Publicité", d.Text);
        Assert.DoesNotContain("Lire aussi", d.Text);
        Assert.DoesNotContain("Accueil", d.Text);
        Assert.Equal("fr", d.Lang);
    }

    [Fact]
    public void WithoutArticleOrMainTheDensestBlockOfParagraphsIsChosen()
    {
        const string page = """
            <html><body>
              <div class="top"><p>Short teaser.</p></div>
              <div class="col">
                <div class="texte">
                  <p>Le Parlement du Ghana a adopté mardi une loi sur la transparence des contrats miniers.</p>
                  <p>L'opposition a dénoncé un texte insuffisant et annoncé un recours devant la Cour suprême.</p>
                </div>
                <div class="sidebar"><p>Les articles les plus lus de la semaine dans toutes les rubriques du site.</p></div>
              </div>
            </body></html>
            """;
        var d = HtmlArticleReader.FromHtml("g.html", "g.html", page, Options).Document!;
        Assert.StartsWith("Le Parlement du Ghana", d.Text);
        Assert.EndsWith("Cour suprême.", d.Text);
        Assert.DoesNotContain("plus lus", d.Text);
        Assert.DoesNotContain("teaser", d.Text);
    }

    [Fact]
    public void APageWithNoArticleIsAnError()
    {
        const string page = """
            <html><body><nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav>
            <div class="menu"><p>Menu</p></div><footer>Mentions légales</footer></body></html>
            """;
        var item = HtmlArticleReader.FromHtml("n.html", "n.html", page, Options);
        Assert.True(item.IsError);
        Assert.Contains("no article", item.Error);
    }

    [Fact]
    public void TheDateMayComeFromTheLinkedData()
    {
        const string page = """
            <html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "datePublished": "2025-01-20T10:00:00Z"}]}</script></head>
            <body><article><p>Le Bénin et le Niger ont rouvert leur frontière commune après des mois de fermeture.</p></article></body></html>
            """;
        var d = HtmlArticleReader.FromHtml("ld.html", "ld.html", page, Options).Document!;
        Assert.Equal(new PartialDate(2025, 1, 20), d.Date);
        Assert.DoesNotContain("schema.org", d.Text);
    }

    [Fact]
    public void AnArticleWithoutParagraphElementsIsStillRead()
    {
        const string page = """
            <html><body><nav><a href="/">Home</a></nav>
            <article><h1>Talks resume</h1><div>Uruguay and Paraguay resumed talks on the Paraná waterway on Monday.</div>
            <div class="share">Share</div></article></body></html>
            """;
        var d = HtmlArticleReader.FromHtml("div.html", "div.html", page, Options).Document!;
        Assert.Equal("Uruguay and Paraguay resumed talks on the Paraná waterway on Monday.", d.Text);
    }
}
