using System.Text;
using Triangulate.Cli;
using Triangulate.Pipeline;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    return new Commands(CliConsole.FromProcess(), () => TriangulateEngine.Create()).Run(args, cancellation.Token);
}
#pragma warning disable CA1031 // The one top-level handler: any unexpected failure becomes one line and exit 3.
catch (Exception ex)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"triangulate: internal error: {ex.GetType().Name}: {ex.Message}");
    return ExitCodes.InternalError;
}
