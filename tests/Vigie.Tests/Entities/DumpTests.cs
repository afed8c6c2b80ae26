namespace Vigie.Tests.Entities;

public class DumpTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("fr", "Le ministre iranien des Transports a rencontré à Moscou le président russe Vladimir Poutine. L'armée turque et les autorités chinoises ont réagi. Le Premier ministre du Canada, Jean Tremblay, a appelé l'ONU. Selon le Kremlin, les pays occidentaux ont livré des armes nord-coréennes. Poutine a dit que le pays restait fort. Le porte-parole a ajouté que Tremblay viendrait.")]
    [InlineData("en", "Russian President Vladimir Putin met the Iranian foreign minister in Moscow. Turkey's army and Chinese authorities reacted. The Prime Minister of Canada, Jane Smith, called the UN. White House spokesman John Kirby said Western countries sent Russian troops. Smith said the country was ready.")]
    public void Dump(string lang, string text)
    {
        var doc = EntityTestKit.Run(text, lang);
        output.WriteLine(EntityTestKit.Dump(doc));
        File.AppendAllText("/tmp/actors-dump.txt", EntityTestKit.Dump(doc) + "\n----\n");
    }
}
