using Vigie.Cli.Output;
using Vigie.Text.Readers;

namespace Vigie.Cli.Commands;

/// <summary>
/// <c>vigie code</c>: reads documents, analyses them and writes one result per input, in input
/// order. Each unreadable input gives one line on <paramref name="stderr"/> and an error record;
/// the exit status is 1 when any input failed, else 0.
/// </summary>
public static class CodeCommand
{
    public static int Run(IReadOnlyList<string> inputs, ReaderOptions options, string format, Stream stdout, TextWriter stderr, Stream? stdin = null)
    {
        int failed = 0;
        using (var writer = ResultWriter.Create(format, stdout))
        {
            var items = DocumentAnalyzer.Default.Analyze(DocumentSource.Read(inputs, options, stdin));
            foreach (var item in items)
            {
                if (item.Warning is not null) stderr.WriteLine($"vigie: {item.Where}: warning: {item.Warning}");
                if (item.IsError)
                {
                    failed++;
                    stderr.WriteLine($"vigie: {item.Message}");
                }
                writer.Write(item);
            }
        }
        if (failed > 0) stderr.WriteLine($"vigie: {failed} input(s) could not be read");
        return failed > 0 ? 1 : 0;
    }
}
