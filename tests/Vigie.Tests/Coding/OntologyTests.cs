using Vigie.Coding.Events;
using Vigie.Coding.Ontology;
using Vigie.Core.Data;

namespace Vigie.Tests.Coding;

public class OntologyTests
{
    [Fact]
    public void HasAllCameoCodesWithPloverMappings()
    {
        var o = CameoOntology.Default;
        Assert.Equal(312, o.All.Count);
        Assert.Equal(20, o.All.Count(c => c.Code.Length == 2));
        // PLOVER dropped CAMEO's comments and appeals (01, 02); every other code maps to a type.
        Assert.All(o.All.Where(c => c.Root is not ("01" or "02")), c => Assert.NotNull(c.Plover));
        Assert.All(o.All.Where(c => c.Root is "01" or "02"), c => Assert.Null(c.Plover));
    }

    [Theory]
    [InlineData("072", "AID", 2, 8.3)]
    [InlineData("111", "ACCUSE", 3, -2)]
    [InlineData("163", "COERCE", 4, -8)]
    [InlineData("190", "ASSAULT", 4, -10)]
    [InlineData("042", "CONSULT", 1, 1.9)]
    public void CodesCarryPloverQuadAndGoldstein(string code, string plover, int quad, double goldstein)
    {
        var c = CameoOntology.Default.Find(code)!;
        Assert.Equal(plover, c.Plover);
        Assert.Equal(quad, c.Quad);
        Assert.Equal(goldstein, c.Goldstein);
    }

    [Theory]
    [InlineData("072", "0332")]
    [InlineData("0721", "0332")]
    [InlineData("190", "138")]
    [InlineData("042", "036")]
    [InlineData("036", "036")]
    [InlineData("045", "039")]
    [InlineData("138", "138")]
    public void IntentOfAnActFollowsTheLongestPrefix(string act, string intent) =>
        Assert.Equal(intent, IntentTable.Default.IntentOf(act));

    [Fact]
    public void UnknownCodeInTheTableNamesItsLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigie-ont-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# source: test\n# licence: MIT\ncode\tname\tgoldstein\tquad\tplover\n07\tAid\t7\t2\tAID\n7x\tBad\t0\t2\tAID\n");
        try
        {
            var e = Assert.Throws<DataFileException>(() => CameoOntology.Load(path));
            Assert.Contains($"{path}:5", e.Message);
            Assert.Equal("ONT001", e.Code);
        }
        finally { File.Delete(path); }
    }
}
