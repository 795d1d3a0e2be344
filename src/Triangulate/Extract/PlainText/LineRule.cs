using System.Text.RegularExpressions;

namespace Triangulate.Extract.PlainText;

/// <summary>Where in an article a furniture rule may remove text.</summary>
internal enum RuleScope
{
    /// <summary>A whole line that is never body text, wherever it stands.</summary>
    Any,

    /// <summary>A whole line removed only at the head or in the closing run of furniture.</summary>
    Edge,

    /// <summary>A part of a paragraph cut out wherever it stands.</summary>
    Inline,
}

/// <summary>One furniture rule from <c>furniture.rules</c>: what it removes, where, and why.</summary>
internal sealed record LineRule(RemovalReason Reason, RuleScope Scope, Regex Pattern);
