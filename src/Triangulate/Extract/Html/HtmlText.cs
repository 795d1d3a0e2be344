using System.Text;

namespace Triangulate.Extract.Html;

/// <summary>Text helpers over the light tree: whitespace collapsing and subtree text, all without recursion.</summary>
internal static class HtmlText
{
    /// <summary>The live or whole text of a subtree, whitespace collapsed, cut at <paramref name="maxChars"/>.</summary>
    public static string Of(HtmlNode node, int maxChars = int.MaxValue, bool includeDead = true)
    {
        var builder = new StringBuilder();
        var stack = new Stack<object>();
        stack.Push(node);
        while (stack.Count > 0 && builder.Length < maxChars)
        {
            switch (stack.Pop())
            {
                case string text:
                    AppendCollapsed(builder, text);
                    break;
                case HtmlNode element when includeDead || !element.Dead || ReferenceEquals(element, node):
                    var isBlock = HtmlTree.BlockTags.Contains(element.Name);
                    if (isBlock)
                    {
                        AppendCollapsed(builder, " ");
                    }

                    for (var i = element.Children.Count - 1; i >= 0; i--)
                    {
                        stack.Push(element.Children[i]);
                    }

                    break;
            }
        }

        var result = builder.ToString().Trim();
        return result.Length > maxChars ? result[..maxChars] : result;
    }

    /// <summary>Appends text with every run of whitespace turned into one space and none at the start.</summary>
    public static int AppendCollapsed(StringBuilder builder, string text)
    {
        var added = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
                added++;
            }
        }

        return added;
    }

    /// <summary>Collapses whitespace and trims.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        AppendCollapsed(builder, text);
        return builder.ToString().Trim();
    }
}
