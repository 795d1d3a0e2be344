using System.Text;

namespace Triangulate.Extract.Html;

/// <summary>One block of text as the page laid it out: a paragraph, heading or list item.</summary>
internal readonly record struct TextBlock(string Text, string Tag, int Chars, int LinkChars)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}

/// <summary>Turns the live part of chosen containers into blocks of text, one per block-level element.</summary>
internal static class BlockWriter
{
    public static List<TextBlock> Write(IEnumerable<HtmlNode> roots)
    {
        var blocks = new List<TextBlock>();
        var builder = new StringBuilder();
        var chars = 0;
        var linkChars = 0;
        var tag = "p";
        var stack = new Stack<(object Item, bool InLink, string BlockTag, bool Exit)>();
        foreach (var root in roots.Reverse())
        {
            stack.Push((root, false, root.Name, false));
        }

        while (stack.Count > 0)
        {
            var (item, inLink, blockTag, exit) = stack.Pop();
            if (item is string text)
            {
                var added = HtmlText.AppendCollapsed(builder, text);
                chars += added;
                linkChars += inLink ? added : 0;
                tag = blockTag;
                continue;
            }

            var node = (HtmlNode)item;
            var isBlock = HtmlTree.BlockTags.Contains(node.Name);
            if (exit || node.Dead)
            {
                if (isBlock)
                {
                    Flush();
                }

                continue;
            }

            if (isBlock)
            {
                Flush();
                blockTag = node.Name;
                stack.Push((node, inLink, blockTag, true));
            }

            var childInLink = inLink || node.Name == "a";
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((node.Children[i], childInLink, blockTag, false));
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            var text = builder.ToString().Trim();
            if (text.Length > 0)
            {
                blocks.Add(new TextBlock(text, tag, chars, linkChars));
            }

            builder.Clear();
            chars = 0;
            linkChars = 0;
        }
    }
}
