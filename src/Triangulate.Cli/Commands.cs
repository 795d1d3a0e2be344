using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Triangulate.Extract;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Render;

namespace Triangulate.Cli;

/// <summary>The <c>triangulate</c> command line: one parser, one top-level error handler, documented exit codes.</summary>
internal sealed class Commands(CliConsole console, Func<TriangulateEngine> createEngine)
{
    public RootCommand Build()
    {
        var root = new RootCommand("Triangulate cross-checks the news: it reads many articles about the same events and shows what holds.");
        root.Subcommands.Add(ExtractCommand());
        root.Subcommands.Add(AnnotateCommand());
        root.Subcommands.Add(AnalyzeCommand());
        return root;
    }

    /// <summary>Parses and runs; usage errors exit 2 with the parser's message on stderr.</summary>
    public int Run(string[] args, CancellationToken cancellationToken)
    {
        var parsed = Build().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"triangulate: {error.Message}");
            }

            console.Error.WriteLine("Try 'triangulate --help'.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error });
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("triangulate: cancelled");
            return ExitCodes.InternalError;
        }
    }

    private static Argument<string[]> PathsArgument() => new("paths")
    {
        Description = "Files, folders (walked recursively) or - for standard input: .txt, .md, .html, .htm, .gz, .jsonl",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Option<string> FormatOption(params OutputFormat[] allowed)
    {
        var names = allowed.Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    private static OutputFormat ParseFormat(string? name) =>
        Enum.Parse<OutputFormat>(name ?? "text", ignoreCase: true);

    private Command ExtractCommand()
    {
        var paths = PathsArgument();
        var format = FormatOption(OutputFormat.Text, OutputFormat.Jsonl, OutputFormat.Json);
        var command = new Command("extract", "Read articles and print each one's text and metadata, with what was removed and why.") { paths, format };
        command.SetAction((parse, token) => Task.FromResult(Extract(parse.GetValue(paths)!, ParseFormat(parse.GetValue(format)), token)));
        return command;
    }

    private Command AnnotateCommand()
    {
        var paths = PathsArgument();
        var format = FormatOption(OutputFormat.Text, OutputFormat.Jsonl);
        var command = new Command("annotate", "Read articles and print their sentences, entities, figures, quotes and attributions.") { paths, format };
        command.SetAction((parse, token) => Task.FromResult(Annotate(parse.GetValue(paths)!, ParseFormat(parse.GetValue(format)), token)));
        return command;
    }

    private Command AnalyzeCommand()
    {
        var paths = PathsArgument();
        var format = FormatOption(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Html);
        var command = new Command("analyze", "Read articles and cross-check them: the story brief (text for a terminal, json, markdown or a self-contained html page).") { paths, format };
        command.SetAction((parse, token) => Task.FromResult(Analyze(parse.GetValue(paths)!, ParseFormat(parse.GetValue(format)), token)));
        return command;
    }

    private int Extract(string[] paths, OutputFormat format, CancellationToken cancellationToken)
    {
        var engine = createEngine();
        var skipped = 0;
        var articles = 0;
        var ansi = format == OutputFormat.Text ? console.CreateAnsiOutput() : null;
        var collected = format == OutputFormat.Json ? new List<ArticleOutcome>() : null;
        foreach (var outcome in engine.Extract(paths, cancellationToken))
        {
            if (outcome.Skipped is { } skip)
            {
                skipped++;
                console.ReportSkipped(skip);
                collected?.Add(outcome);
                continue;
            }

            articles++;
            switch (format)
            {
                case OutputFormat.Jsonl:
                    WriteJsonLine(outcome.Article!);
                    break;
                case OutputFormat.Json:
                    collected!.Add(outcome);
                    break;
                default:
                    ansi!.Write(ArticleTextView.Article(outcome.Article!));
                    break;
            }
        }

        if (collected is not null)
        {
            WriteDocument([.. collected.Select(o => o.Article).OfType<Article>()], [.. collected.Select(o => o.Skipped).OfType<Skipped>()]);
        }

        return Finish(articles, skipped);
    }

    private int Annotate(string[] paths, OutputFormat format, CancellationToken cancellationToken)
    {
        var engine = createEngine();
        var skipped = 0;
        var articles = 0;
        var ansi = format == OutputFormat.Text ? console.CreateAnsiOutput() : null;
        foreach (var outcome in engine.Read(paths, cancellationToken))
        {
            if (outcome.Skipped is { } skip)
            {
                skipped++;
                console.ReportSkipped(skip);
                continue;
            }

            articles++;
            if (format == OutputFormat.Jsonl)
            {
                WriteJson(writer => AnnotationJson.Write(writer, outcome.Annotated!), indented: false);
            }
            else
            {
                ansi!.Write(AnnotationTextView.Annotated(outcome.Annotated!));
            }
        }

        return Finish(articles, skipped);
    }

    private int Finish(int articles, int skipped)
    {
        if (articles == 0 && skipped == 0)
        {
            console.Error.WriteLine("triangulate: no articles found");
            return ExitCodes.SomeSkipped;
        }

        return skipped > 0 ? ExitCodes.SomeSkipped : ExitCodes.Success;
    }

    private int Analyze(string[] paths, OutputFormat format, CancellationToken cancellationToken)
    {
        var engine = createEngine();
        AnalysisResult result;
        if (format == OutputFormat.Text && console.Interactive)
        {
            AnalysisResult? analyzed = null;
            console.CreateAnsiError().Status().Start("Reading articles...", context =>
            {
                // Clustering takes each article as it is read, so the count shown is what has been read and placed.
                IEnumerable<ArticleOutcome> Counted()
                {
                    int read = 0, skippedSoFar = 0;
                    foreach (var outcome in engine.Read(paths, cancellationToken))
                    {
                        if (outcome.Article is null)
                        {
                            skippedSoFar++;
                        }
                        else
                        {
                            read++;
                        }

                        context.Status($"Reading and grouping articles... {read} read, {skippedSoFar} skipped");
                        yield return outcome;
                    }

                    context.Status($"Cross-checking {read} articles...");
                }

                analyzed = engine.Analyze(Counted(), cancellationToken);
            });
            result = analyzed!;
        }
        else
        {
            result = engine.Analyze(engine.Read(paths, cancellationToken), cancellationToken);
        }

        foreach (var skip in result.Skipped)
        {
            console.ReportSkipped(skip);
        }

        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(writer => AnalysisJson.Write(writer, result), indented: true);
                break;
            case OutputFormat.Markdown:
                BriefMarkdown.Write(console.Output, result);
                break;
            case OutputFormat.Html:
                BriefHtml.Write(console.Output, result);
                break;
            default:
                console.CreateAnsiOutput().Write(BriefTextView.Briefs(result));
                break;
        }

        return Finish(result.Articles.Length, result.Skipped.Length);
    }

    private void WriteJsonLine(Article article) => WriteJson(writer => ArticleJson.Write(writer, article), indented: false);

    private void WriteDocument(IReadOnlyList<Article> articles, IReadOnlyList<Skipped> skipped) =>
        WriteJson(writer => ArticleJson.WriteDocument(writer, articles, skipped), indented: true);

    private void WriteJson(Action<Utf8JsonWriter> write, bool indented)
    {
        if (console.OutputStream is { } stream)
        {
            console.Output.Flush();
            using (var direct = new Utf8JsonWriter(stream, CliConsole.JsonOptions with { Indented = indented }))
            {
                write(direct);
            }

            stream.WriteByte((byte)'\n');
            stream.Flush();
            return;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CliConsole.JsonOptions with { Indented = indented }))
        {
            write(writer);
        }

        console.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        console.Output.Write('\n');
    }
}
