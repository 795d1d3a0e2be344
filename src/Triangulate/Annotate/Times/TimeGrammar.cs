using System.Globalization;
using static Triangulate.Annotate.Times.TimexValues;

namespace Triangulate.Annotate.Times;

/// <summary>
/// The time grammar over one text's tokens: at each token it tries optional prefixes (hedges such as
/// "about", parts such as "late" or "the end of", "the") and then each kind of core expression, and
/// keeps the first that matches. One instance serves one slice of one call; it is not shared.
/// </summary>
internal sealed partial class TimeGrammar
{
    private const int CueWindow = 8;

    // The largest count of units that "N units ago" resolves to a calendar value.
    private const int MaxShift = 1000;

    // How far back, in tokens, a quarter named in the text stays the period that "a year earlier" compares with.
    private const int FocusWindow = 80;

    private readonly string _text;
    private readonly List<TimeToken> _tokens;
    private readonly DateOnly? _reference;
    private readonly string _noReference;
    private int _focusToken = int.MinValue;
    private int _focusYear;
    private int _focusQuarter;

    public TimeGrammar(string text, List<TimeToken> tokens, DateOnly? reference, string noReference)
    {
        _text = text;
        _tokens = tokens;
        _reference = reference;
        _noReference = noReference;
    }

    /// <summary>Adds the expressions among this grammar's tokens to <paramref name="found"/>.</summary>
    public void Match(List<TimeExpression> found, CancellationToken cancellationToken)
    {
        var i = 0;
        while (i < _tokens.Count)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = _tokens[i];
            if ((token.Word is { CanStart: true } || token.Kind == TimeTokenKind.Number) && TryAt(i, out var start, out var hit))
            {
                var first = _tokens[start];
                var last = _tokens[hit.End - 1];
                var length = last.End - first.Start;
                found.Add(new TimeExpression(first.Start, length, _text.Substring(first.Start, length), hit.Type, hit.Value, hit.Reason));
                NoteFocus(hit);
                i = hit.End;
                continue;
            }

            i++;
        }
    }

    // A quarter named in the text ("the third quarter") becomes the period in focus: company reports
    // compare it with the same quarter a year before when they say "a year earlier" or "year-ago".
    private void NoteFocus(Hit hit)
    {
        var value = hit.Value;
        if (hit.NamesQuarter && value.Length == 7 && value[4] == '-' && value[5] == 'Q' && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            _focusToken = hit.End;
            _focusYear = year;
            _focusQuarter = value[6] - '0';
        }
    }

    private bool HasFocus(int at) => at - _focusToken is >= 0 and <= FocusWindow;

    // ---- prefixes -------------------------------------------------------------------------------

    private bool TryAt(int i, out int start, out Hit hit)
    {
        start = i;
        var j = i;
        var the = false;
        var part = false;
        var approx = false;
        for (var guard = 0; guard < 4 && j < _tokens.Count; guard++)
        {
            if (Is(j, "the"))
            {
                the = true;
                j++;
            }
            else if (TryRole(j, CueRole.Approx, out var end) && (Is(j, "some") ? IsQuantityStart(end) : IsApproxTarget(end)))
            {
                approx = true;
                j = end;
            }
            else if (TryRole(j, CueRole.Part, out end))
            {
                part = true;
                j = Is(end, "-") && Attached(end) ? end + 1 : end;
            }
            else
            {
                break;
            }
        }

        var prefix = new Prefix(i, the, part, approx);
        if (TryCore(j, prefix, out hit))
        {
            // "quarter-to-quarter", "year-to-year": comparisons, not times.
            if (Is(hit.End, "-") && Attached(hit.End) && Is(hit.End + 1, "to"))
            {
                return false;
            }

            // A bare "the" before a name ("the Friday meeting") is not part of the time.
            if (hit.DropsThe && the && !part && !approx && j == i + 1)
            {
                start = j;
            }

            return true;
        }

        return false;
    }

    private bool TryCore(int j, Prefix prefix, out Hit hit)
    {
        // Every core starts at a number or at a word the lexicons know.
        if (!Has(j) || (_tokens[j].Word is null && _tokens[j].Kind != TimeTokenKind.Number))
        {
            hit = default;
            return false;
        }

        return TryClockTime(j, out hit)
        || TryNumericDate(j, out hit)
        || TryEvery(j, out hit)
        || TryCount(j, prefix, out hit)
        || TryDeterminer(j, prefix, out hit)
        || TryYearEarlier(j, out hit)
        || TryOrdinalPeriod(j, out hit)
        || TryWeekday(j, prefix, out hit)
        || TryMonth(j, prefix, out hit)
        || TryDayMonth(j, prefix, out hit)
        || TryYear(j, prefix, out hit)
        || TrySeason(j, prefix, out hit)
        || TryRelative(j, prefix, out hit)
        || TryHoliday(j, prefix, out hit)
        || TryBareUnit(j, prefix, out hit)
        || TrySetWord(j, prefix, out hit);
    }

    // ---- token helpers --------------------------------------------------------------------------

    private bool Has(int j) => j < _tokens.Count;

    private ReadOnlySpan<char> Span(int j) => _text.AsSpan(_tokens[j].Start, _tokens[j].Length);

    private bool Is(int j, string word) =>
        j < _tokens.Count && _tokens[j].Length == word.Length && Span(j).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool Attached(int j) => j < _tokens.Count && !_tokens[j].SpaceBefore;

    private TimeWord? W(int j) => j < _tokens.Count ? _tokens[j].Word : null;

    private bool Capitalized(int j) => char.IsUpper(_text[_tokens[j].Start]);

    private bool TryRole(int j, CueRole role, out int end)
    {
        end = j;
        if (W(j) is not { } word)
        {
            return false;
        }

        foreach (var phrase in word.Phrases)
        {
            if (phrase.Role == role && PhraseEnd(j, phrase) is var phraseEnd and > 0)
            {
                end = phraseEnd;
                return true;
            }
        }

        return false;
    }

    private int PhraseEnd(int j, TimePhrase phrase)
    {
        for (var w = 0; w < phrase.Words.Length; w++)
        {
            if (!Is(j + w, phrase.Words[w]))
            {
                return -1;
            }
        }

        return j + phrase.Words.Length;
    }

    private readonly record struct Prefix(int Start, bool The, bool Part, bool Approx);

    private readonly record struct Hit(int End, TimeExpressionType Type, string Value, string? Reason = null, DateOnly? Day = null)
    {
        /// <summary>Whether a lone "the" before this expression stays outside its span.</summary>
        public bool DropsThe { get; init; }

        /// <summary>Whether the text names this quarter itself, rather than one derived from another ("a year earlier").</summary>
        public bool NamesQuarter { get; init; }
    }
}
