using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Triangulate.Cli;

/// <summary>Where a command writes: results on stdout, reports on stderr, progress only on a terminal.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, bool interactive, Stream? outputStream = null)
{
    /// <summary>JSON for machines: relaxed escaping keeps non-ASCII text readable; nothing here reaches a page.</summary>
    public static readonly JsonWriterOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public TextWriter Output { get; } = output;

    /// <summary>The bytes behind <see cref="Output"/> when it is the process's stdout: JSON is written straight to it, not built in memory first.</summary>
    public Stream? OutputStream { get; } = outputStream;

    public TextWriter Error { get; } = error;

    /// <summary>True when stderr is a terminal, so progress can be drawn there.</summary>
    public bool Interactive { get; } = interactive;

    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected && !Console.IsOutputRedirected, Console.OpenStandardOutput());

    /// <summary>A Spectre console over stdout for the readable views.</summary>
    public IAnsiConsole CreateAnsiOutput() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Output),
        Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = Interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });

    /// <summary>A Spectre console over stderr for progress.</summary>
    public IAnsiConsole CreateAnsiError() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Ansi = AnsiSupport.Detect,
        Interactive = InteractionSupport.Yes,
    });

    public void ReportSkipped(Triangulate.Ingest.Skipped skipped) =>
        Error.WriteLine($"triangulate: skipped {skipped.Source}: {skipped.Reason}");
}
