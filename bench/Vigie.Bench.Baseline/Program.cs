using Vigie.Core;
using Vigie.Text.Readers;
using Vigie.Text.Stages;

// The baseline of bench/run.sh: the cost every pipeline pays — reading the same inputs with the
// same reader as `vigie code`, then LanguageStage + TokenizeStage, with the same scheduling
// (2 × processors documents in flight, results taken in input order). Prints counts on stdout
// as "key value" lines: documents, errors, sentences, tokens, bytes (UTF-8 of the texts).
if (args.Length == 0 || args.Any(a => a is "-h" or "--help"))
{
    Console.Error.WriteLine("usage: vigie-baseline FILE.jsonl [FILE...]   (reads and tokenises; prints documents, sentences, tokens)");
    return args.Length == 0 ? 2 : 0;
}
foreach (var path in args)
    if (!File.Exists(path) && !Directory.Exists(path))
    {
        Console.Error.WriteLine($"vigie-baseline: {path}: no such file or directory");
        return 2;
    }

var pipeline = new PipelineBuilder().Add(new LanguageStage()).Add(new TokenizeStage()).Build();
int window = Environment.ProcessorCount * 2;
long documents = 0, errors = 0, sentences = 0, tokens = 0, bytes = 0;

void Count(InputItem item)
{
    if (item.Document is not { } d) { errors++; return; }
    documents++;
    sentences += d.Sentences.Count;
    tokens += d.Tokens.Count;
    bytes += System.Text.Encoding.UTF8.GetByteCount(d.Text);
}

var pending = new Queue<Task<InputItem>>();
foreach (var item in DocumentSource.Read(args, new ReaderOptions()))
{
    pending.Enqueue(item.Document is null ? Task.FromResult(item) : Task.Run(() => { pipeline.Process(item.Document); return item; }));
    while (pending.Count >= window) Count(pending.Dequeue().Result);
}
while (pending.Count > 0) Count(pending.Dequeue().Result);

Console.WriteLine($"documents {documents}");
Console.WriteLine($"errors {errors}");
Console.WriteLine($"sentences {sentences}");
Console.WriteLine($"tokens {tokens}");
Console.WriteLine($"bytes {bytes}");
return 0;
