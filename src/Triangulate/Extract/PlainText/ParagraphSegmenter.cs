using System.Text;

namespace Triangulate.Extract.PlainText;

/// <summary>
/// Splits plain text into candidate paragraphs. Texts come one paragraph a line, or in blank-line
/// separated blocks that may be hard-wrapped; the segmenter tells which from the lines themselves.
/// </summary>
internal static class ParagraphSegmenter
{
    /// <summary>Hard-wrapped text rarely runs wider than this; longer lines mean one paragraph a line.</summary>
    private const int MaxWrapWidth = 120;

    /// <summary>Fewer wrapped-looking lines than this cannot show a convention.</summary>
    private const int MinWrapEvidence = 3;

    /// <summary>Longest line a setext underline can make a heading of.</summary>
    private const int MaxHeadingLength = 120;

    /// <summary>A wrapped line fills at least this share of the wrap width; shorter lines end a paragraph.</summary>
    private const double FullLineShare = 0.6;

    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

    /// <summary>The candidate paragraphs of <paramref name="text"/>, in order; lines that were only markup come already removed.</summary>
    public static List<TextUnit> Split(string text, MarkdownRules markdown)
    {
        var blocks = ReadBlocks(text, markdown);
        var width = WrapWidth(blocks);
        var units = new List<TextUnit>();
        foreach (var block in blocks)
        {
            if (width is null || block is [{ Removed: not null }])
            {
                units.AddRange(block);
                continue;
            }

            var paragraph = new StringBuilder();
            TextUnit? previous = null;
            foreach (var line in block)
            {
                var continues = previous is { } p
                    && !p.IsHeading
                    && !line.IsHeading
                    && p.Text.Length >= width.Value * FullLineShare;
                if (!continues && paragraph.Length > 0)
                {
                    units.Add(new TextUnit(paragraph.ToString(), previous!.Value.IsHeading));
                    paragraph.Clear();
                }

                Append(paragraph, line.Text);
                previous = line;
            }

            if (paragraph.Length > 0)
            {
                units.Add(new TextUnit(paragraph.ToString(), previous!.Value.IsHeading));
            }
        }

        return units;
    }

    private static void Append(StringBuilder paragraph, string line)
    {
        if (paragraph.Length == 0)
        {
            paragraph.Append(line);
            return;
        }

        // A word broken at the margin ("flood-" / "waters") keeps its hyphen and loses the space.
        var last = paragraph[^1];
        if (last == '-' && paragraph.Length > 1 && char.IsLetter(paragraph[^2]))
        {
            paragraph.Append(line);
        }
        else
        {
            paragraph.Append(' ').Append(line);
        }
    }

    private static List<List<TextUnit>> ReadBlocks(string text, MarkdownRules markdown)
    {
        var blocks = new List<List<TextUnit>>();
        var block = new List<TextUnit>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Clean(raw);
            if (line.Length == 0)
            {
                if (block.Count > 0)
                {
                    blocks.Add(block);
                    block = [];
                }

                continue;
            }

            if (MarkdownRules.Any(markdown.Underline, line) && block.Count > 0 && CanBeHeading(block[^1]))
            {
                // A setext underline makes the line above a heading.
                block[^1] = block[^1] with { IsHeading = true };
                continue;
            }

            var unit = Unmark(line, markdown);
            if (unit.Text.Length == 0)
            {
                // An image alone: its own block, so it neither joins nor splits the text around it.
                if (block.Count > 0)
                {
                    blocks.Add(block);
                    block = [];
                }

                blocks.Add([new TextUnit(line, false, RemovalReason.PhotoCredit)]);
                continue;
            }

            block.Add(unit);
        }

        if (block.Count > 0)
        {
            blocks.Add(block);
        }

        return blocks;
    }

    private static string Clean(string raw)
    {
        var line = raw;
        if (line.AsSpan().IndexOfAny(Invisible) >= 0)
        {
            foreach (var c in Invisible)
            {
                line = line.Replace(c.ToString(), string.Empty, StringComparison.Ordinal);
            }
        }

        return line.Replace('\t', ' ').Trim();
    }

    private static TextUnit Unmark(string line, MarkdownRules markdown)
    {
        if (!line.Any(char.IsLetterOrDigit))
        {
            return new TextUnit(line, false);
        }

        var heading = false;
        foreach (var pattern in markdown.Heading)
        {
            var match = PlainTextRules.Run(pattern, line);
            if (match.Success)
            {
                line = match.Groups["text"].Value;
                heading = true;
                break;
            }
        }

        line = MarkdownRules.Replace(markdown.Quote, line);
        line = MarkdownRules.Replace(markdown.Bullet, line);
        line = MarkdownRules.Replace(markdown.Image, line);
        line = MarkdownRules.Replace(markdown.Unwrap, line);
        return new TextUnit(line.Trim(), heading);
    }

    /// <summary>The wrap width when the text is hard-wrapped, else null.</summary>
    private static int? WrapWidth(List<List<TextUnit>> blocks)
    {
        var lines = blocks.SelectMany(b => b).Where(l => !l.IsHeading && l.Removed is null).Select(l => l.Text).ToList();
        var overlong = lines.Count(l => l.Length > MaxWrapWidth);
        if (lines.Count == 0 || overlong * 20 > lines.Count)
        {
            return null;
        }

        var width = lines.Where(l => l.Length <= MaxWrapWidth).DefaultIfEmpty(string.Empty).Max(l => l.Length);

        // Lines that continue inside a block: wrapped text fills them and breaks them mid-sentence.
        var inner = blocks.Where(b => b.Count > 1)
            .SelectMany(b => b.Take(b.Count - 1))
            .Where(l => !l.IsHeading)
            .Select(l => l.Text)
            .ToList();
        if (inner.Count < MinWrapEvidence)
        {
            return null;
        }

        var full = inner.Count(l => l.Length >= width * FullLineShare);
        var open = inner.Count(l => !EndsSentence(l));
        return full * 2 >= inner.Count && open * 2 >= inner.Count ? width : null;
    }

    /// <summary>A setext underline only makes a heading of a short line; under a paragraph it is a separator.</summary>
    private static bool CanBeHeading(TextUnit line) =>
        !line.IsHeading && line.Text.Length <= MaxHeadingLength && !EndsSentence(line.Text);

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ':' or ')';
}
