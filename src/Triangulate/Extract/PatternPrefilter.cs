using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Triangulate.Extract;

/// <summary>
/// A cheap test, read from a pattern's own text, that rules out most texts a pattern cannot match before the
/// pattern runs: the characters a match anchored at the start (<c>^</c>, no multiline) can begin with, and the
/// words one of which every match contains ("contributed", "newsletter", any wire agency's name). Most furniture
/// rules name a word, and most paragraphs contain none of them: looking for a handful of words with a vectorised
/// search costs far less than running the backtracking matcher. The reading is conservative: a class, a shorthand
/// (<c>\s</c>, <c>\p{L}</c>), <c>.</c>, an optional part, a negative lookaround or any construct it does not know
/// gives no constraint, so the filter only ever passes over texts the pattern cannot match.
/// </summary>
internal sealed class PatternPrefilter
{
    /// <summary>Shorter required words rule out too little to be worth a search.</summary>
    private const int MinRequiredLength = 3;

    /// <summary>
    /// Characters that case-insensitive matching may equate with an ASCII letter although an ordinal
    /// case-insensitive search does not (the Kelvin sign with "k", the long s with "s", the dotted and dotless i):
    /// a text holding one is always matched in full.
    /// </summary>
    private static readonly SearchValues<char> CaseFoldExceptions = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>The prefilter of each registered pattern whose text gives one.</summary>
    private static readonly ConditionalWeakTable<Regex, PatternPrefilter> Registered = [];

    private readonly HashSet<char>? _leading;
    private readonly SearchValues<string>? _required;

    private PatternPrefilter(HashSet<char>? leading, SearchValues<string>? required)
    {
        _leading = leading;
        _required = required;
    }

    /// <summary>The leading characters, lower-cased; null when any character may begin a match.</summary>
    public IReadOnlySet<char>? Leading => _leading;

    /// <summary>Whether the filter knows words every match contains.</summary>
    public bool HasRequiredWords => _required is not null;

    /// <summary>Reads and keeps the prefilter of <paramref name="regex"/> (when its text and options give one); returns the regex.</summary>
    public static Regex Register(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if ((regex.Options & (RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) == 0 && Of(regex.ToString()) is { } prefilter)
        {
            Registered.AddOrUpdate(regex, prefilter);
        }

        return regex;
    }

    /// <summary>Whether <paramref name="regex"/> has a registered prefilter.</summary>
    public static bool IsRegistered(Regex regex) => Registered.TryGetValue(regex, out _);

    /// <summary>False only when the registered prefilter of <paramref name="regex"/> rules <paramref name="text"/> out.</summary>
    public static bool MayMatch(Regex regex, string text, int start = 0) =>
        !Registered.TryGetValue(regex, out var prefilter) || prefilter.MayMatch(text, start);

    /// <summary>The filter of <paramref name="pattern"/>, or null when its text gives no constraint.</summary>
    public static PatternPrefilter? Of(string pattern)
    {
        var reader = new Reader(pattern);
        var whole = reader.Alternation(top: true);
        if (!reader.AtEnd || reader.Failed)
        {
            return null;
        }

        // Only a pattern every branch of which is anchored ("^abc|^xyz", not "^abc|xyz") begins at the first character.
        var leading = reader.EveryBranchAnchored && !whole.Nullable ? whole.Leading : null;
        var required = whole.Required is { } words ? SearchValues.Create([.. words], StringComparison.OrdinalIgnoreCase) : null;
        return leading is null && required is null ? null : new PatternPrefilter(leading, required);
    }

    /// <summary>False only when the pattern cannot match <paramref name="text"/> from <paramref name="start"/>.</summary>
    public bool MayMatch(string text, int start)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(CaseFoldExceptions))
        {
            return true;
        }

        if (_leading is not null && start == 0 && span.Length > 0 && span[0] <= 0x7F && !_leading.Contains(char.ToLowerInvariant(span[0])))
        {
            return false;
        }

        // A lookbehind may read before the start, so the whole text is searched.
        return _required is null || span.ContainsAny(_required);
    }

    /// <summary>What one construct tells: its leading characters (null: any), whether it can match nothing, and the words every match of it contains (null: none known).</summary>
    private readonly record struct Facts(HashSet<char>? Leading, bool Nullable, HashSet<string>? Required)
    {
        public static Facts Unknown => new(null, false, null);

        public static Facts ZeroWidth => new([], true, null);
    }

    /// <summary>A recursive reading of the pattern's text, construct by construct.</summary>
    private sealed class Reader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        /// <summary>Set when the reader met a construct it does not know: the pattern then gives no constraint.</summary>
        public bool Failed { get; private set; }

        /// <summary>Whether every top-level branch of the pattern starts with <c>^</c>.</summary>
        public bool EveryBranchAnchored { get; private set; } = true;

        /// <summary>Branches separated by <c>|</c>, up to the end or a closing parenthesis.</summary>
        public Facts Alternation(bool top = false)
        {
            EveryBranchAnchored &= !top || (!AtEnd && pattern[_at] == '^');
            var facts = Sequence();
            while (!AtEnd && pattern[_at] == '|')
            {
                _at++;
                EveryBranchAnchored &= !top || (!AtEnd && pattern[_at] == '^');
                var branch = Sequence();
                facts = new Facts(
                    Union(facts.Leading, branch.Leading),
                    facts.Nullable || branch.Nullable,
                    facts.Required is { } a && branch.Required is { } b ? [.. a, .. b] : null);
            }

            return facts;
        }

        private Facts Sequence()
        {
            HashSet<char>? leading = [];
            var nullable = true;
            HashSet<string>? best = null;
            var run = new System.Text.StringBuilder();
            while (!AtEnd && pattern[_at] is not ('|' or ')'))
            {
                var (atom, literal, lookahead) = Atom();
                var (facts, quantified) = Quantified(atom);
                if (literal is { } c && !quantified)
                {
                    run.Append(c);
                }
                else
                {
                    best = Better(best, Run(run));
                    best = Better(best, facts.Required);
                }

                if (lookahead)
                {
                    continue;
                }

                if (nullable)
                {
                    // Only what can come first counts: every construct before this one may match nothing.
                    leading = Union(leading, facts.Leading);
                    nullable = facts.Nullable;
                }
            }

            best = Better(best, Run(run));
            return new Facts(leading, nullable, best);
        }

        /// <summary>One construct; a single character standing for itself is also given as a literal.</summary>
        private (Facts Facts, char? Literal, bool Lookaround) Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '^' or '$':
                    return (Facts.ZeroWidth, null, false);
                case '(':
                    return Group();
                case '[':
                    SkipClass();
                    return (Facts.Unknown, null, false);
                case '.':
                    return (Facts.Unknown, null, false);
                case '\\':
                    return Escape();
                default:
                    return (new Facts([char.ToLowerInvariant(c)], false, null), c, false);
            }
        }

        private (Facts Facts, char? Literal, bool Lookaround) Group()
        {
            var lookaround = false;
            var negative = false;
            if (!AtEnd && pattern[_at] == '?')
            {
                _at++;
                var rest = pattern.AsSpan(_at);
                if (rest.StartsWith("=") || rest.StartsWith("!"))
                {
                    (lookaround, negative) = (true, rest[0] == '!');
                    _at++;
                }
                else if (rest.StartsWith("<=") || rest.StartsWith("<!"))
                {
                    (lookaround, negative) = (true, rest[1] == '!');
                    _at += 2;
                }
                else if (rest.StartsWith("<") || rest.StartsWith("'"))
                {
                    // A named group: (?<name>...) or (?'name'...).
                    var close = rest[1..].IndexOf(rest[0] == '<' ? '>' : '\'');
                    if (close < 0)
                    {
                        return Abandon();
                    }

                    _at += close + 2;
                }
                else
                {
                    // Non-capturing or inline options: (?:...), (?-i:...), (?i:...). Anything else is not read, nor is
                    // (?x:...), in which spaces are not literal.
                    var colon = rest.IndexOf(':');
                    if (colon < 0 || rest[..colon].ContainsAnyExcept("imsn-"))
                    {
                        return Abandon();
                    }

                    _at += colon + 1;
                }
            }

            var inner = Alternation();
            if (AtEnd || pattern[_at] != ')')
            {
                return Abandon();
            }

            _at++;
            // A lookaround consumes nothing, but the words a positive one needs are in the text all the same.
            return lookaround
                ? (Facts.ZeroWidth with { Required = negative ? null : inner.Required }, null, true)
                : (inner, null, false);
        }

        private (Facts Facts, char? Literal, bool Lookaround) Abandon()
        {
            _at = pattern.Length;
            Failed = true;
            return (Facts.Unknown, null, false);
        }

        private (Facts Facts, char? Literal, bool Lookaround) Escape()
        {
            if (AtEnd)
            {
                return Abandon();
            }

            var c = pattern[_at++];
            if (c is 'b' or 'B' or 'A' or 'G' or 'z' or 'Z')
            {
                return (Facts.ZeroWidth, null, false);
            }

            if (c is 'p' or 'P' && !AtEnd && pattern[_at] == '{')
            {
                var close = pattern.IndexOf('}', _at);
                if (close < 0)
                {
                    return Abandon();
                }

                _at = close + 1;
                return (Facts.Unknown, null, false);
            }

            if (c is 'd' or 'D' or 's' or 'S' or 'w' or 'W')
            {
                return (Facts.Unknown, null, false);
            }

            // Other letters and digits are codes with arguments (\x41, \u0041, \cJ, \041), characters (\t) or
            // backreferences (\1, \k<name>), as are "\<" and "\'": not read. Other punctuation stands for itself.
            return char.IsAsciiLetterOrDigit(c) || c is '<' or '\''
                ? Abandon()
                : (new Facts([char.ToLowerInvariant(c)], false, null), c, false);
        }

        private void SkipClass()
        {
            // A ']' first (after an optional '^') is a literal; an escape is skipped with the character it escapes.
            if (!AtEnd && pattern[_at] == '^')
            {
                _at++;
            }

            if (!AtEnd && pattern[_at] == ']')
            {
                _at++;
            }

            while (!AtEnd && pattern[_at] != ']')
            {
                // A subtraction ("[a-z-[aeiou]]") nests a class: not read.
                Failed |= pattern[_at] == '-' && _at + 1 < pattern.Length && pattern[_at + 1] == '[';
                _at += pattern[_at] == '\\' ? 2 : 1;
            }

            Failed |= AtEnd;
            _at++;
        }

        /// <summary>Applies a quantifier after a construct, if there is one.</summary>
        private (Facts Facts, bool Quantified) Quantified(Facts facts)
        {
            if (AtEnd)
            {
                return (facts, false);
            }

            var optional = false;
            switch (pattern[_at])
            {
                case '?' or '*':
                    _at++;
                    optional = true;
                    break;
                case '+':
                    _at++;
                    break;
                case '{' when pattern.IndexOf('}', _at) is var close and > 0 && IsCount(pattern.AsSpan(_at + 1, close - _at - 1)):
                    optional = pattern[_at + 1] is '0' or ',';
                    _at = close + 1;
                    break;
                default:
                    return (facts, false);
            }

            if (!AtEnd && pattern[_at] == '?')
            {
                _at++; // lazy
            }

            return (optional ? facts with { Nullable = true, Required = null } : facts, true);
        }

        private static bool IsCount(ReadOnlySpan<char> body) => body.Length > 0 && !body.ContainsAnyExcept("0123456789,");

        private static HashSet<string>? Run(System.Text.StringBuilder run)
        {
            var text = run.ToString();
            run.Clear();
            return text.Length == 0 ? null : [text];
        }

        /// <summary>The more telling of two sets of required words: the one whose shortest word is longer.</summary>
        private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
        {
            static int Shortest(HashSet<string>? words) =>
                words is null || words.Any(w => !System.Text.Ascii.IsValid(w)) ? 0 : words.Min(w => w.Trim().Length);

            var (scoreA, scoreB) = (Shortest(a), Shortest(b));
            var best = scoreB > scoreA ? b : a;
            return Shortest(best) >= MinRequiredLength ? best : null;
        }

        private static HashSet<char>? Union(HashSet<char>? a, HashSet<char>? b)
        {
            if (a is null || b is null)
            {
                return null;
            }

            a.UnionWith(b);
            return a;
        }
    }
}
