namespace Triangulate.Cli;

/// <summary>The command's documented exit codes (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and analysed.</summary>
    public const int Success = 0;

    /// <summary>Some input was reported and skipped; the rest was processed.</summary>
    public const int SomeSkipped = 1;

    /// <summary>The command line was wrong; nothing was processed.</summary>
    public const int UsageError = 2;

    /// <summary>An unexpected failure stopped the run.</summary>
    public const int InternalError = 3;
}
