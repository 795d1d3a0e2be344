using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Triangulate.Extract.PlainText;

/// <summary>
/// Reads scraped plain text: the headline and metadata at the head, the body, and the site furniture
/// around it. Rules are strict in the middle of the article and bolder at its head and tail, so body
/// text is not lost to a rule that fits furniture better elsewhere.
/// </summary>
internal sealed class PlainTextArticleExtractor
{
    /// <summary>How many candidate paragraphs the head (headline, metadata, furniture) may span.</summary>
    private const int MaxHeadUnits = 8;

    /// <summary>How many body paragraphs are searched for a dateline (a caption may precede the first).</summary>
    private const int DatelineParagraphs = 2;

    /// <summary>A headline is at most this long.</summary>
    private const int MaxTitleLength = 200;

    /// <summary>A headline has at most this many words.</summary>
    private const int MaxTitleWords = 25;

    /// <summary>A line of this many words or fewer, all capitalised, is more likely a name or a label than a headline.</summary>
    private const int MaxNameWords = 3;

    /// <summary>Furniture lines are short; longer paragraphs skip the whole-line rules (a guard for huge input).</summary>
    private const int MaxFurnitureLength = 1_000;

    /// <summary>A section label above a headline is at most this long and this many words.</summary>
    private const int MaxKickerLength = 20;

    private const int MaxKickerWords = 2;

    /// <summary>A heading under a related-links header is at most this many words.</summary>
    private const int MaxLinkWords = 20;

    private readonly PlainTextRules _rules;

    public PlainTextArticleExtractor()
        : this(PlainTextRules.Default)
    {
    }

    internal PlainTextArticleExtractor(PlainTextRules rules) => _rules = rules;

    public ExtractedContent Extract(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var units = ParagraphSegmenter.Split(text, _rules.Markdown);
        var state = new State(units.Select(u => new Slot(u.Text, u.IsHeading, u.Removed)).ToList());

        cancellationToken.ThrowIfCancellationRequested();
        var bodyStart = ReadHead(state);
        var tailStart = ReadTail(state, bodyStart);
        ReadMiddle(state, bodyStart, tailStart);
        CutInline(state);
        FindDateline(state, bodyStart);
        return state.Build();
    }

    /// <summary>Reads headline, metadata and furniture at the top; returns the index of the first body paragraph.</summary>
    private int ReadHead(State state)
    {
        var slots = state.Slots;
        for (var i = 0; i < slots.Count && i < MaxHeadUnits; i++)
        {
            var slot = slots[i];
            if (slot.IsRemoved)
            {
                continue;
            }

            if (state.Title is null && !slot.IsHeading)
            {
                SplitRunOnTitle(state, slot, i);
            }

            ConsumeLeadingMetadata(state, slot);
            if (slot.Text.Length == 0)
            {
                slot.Drop();
                continue;
            }

            if (TryMetadataLine(state, slot, allowDateOnly: true) || TryLineRule(state, slot, edge: true))
            {
                continue;
            }

            if (state.Title is null && IsKicker(slot, slots, i))
            {
                slot.Remove(RemovalReason.Boilerplate);
            }
            else if (state.Title is null && IsTitleLike(slot) && HasBodyAfter(slots, i))
            {
                state.Title = slot.Text;
                slot.Remove(RemovalReason.Headline);
            }
            else if (state.Title is not null && SameText(slot.Text, state.Title))
            {
                slot.Remove(RemovalReason.RepeatedHeadline);
            }
            else
            {
                return i;
            }
        }

        var first = slots.FindIndex(s => !s.IsRemoved);
        return first < 0 ? slots.Count : first;
    }

    /// <summary>Removes the closing run of furniture; returns the index where it starts.</summary>
    private int ReadTail(State state, int bodyStart)
    {
        var slots = state.Slots;
        var tailStart = slots.Count;
        for (var i = slots.Count - 1; i > bodyStart; i--)
        {
            var slot = slots[i];
            if (!slot.IsRemoved
                && !(state.Title is not null && SameText(slot.Text, state.Title) && slot.Remove(RemovalReason.RepeatedHeadline))
                && !TryMetadataLine(state, slot, allowDateOnly: false)
                && !TryLineRule(state, slot, edge: true))
            {
                break;
            }

            tailStart = i;
        }

        return tailStart;
    }

    private void ReadMiddle(State state, int bodyStart, int tailStart)
    {
        var slots = state.Slots;
        for (var i = bodyStart; i < tailStart; i++)
        {
            var slot = slots[i];
            if (slot.IsRemoved)
            {
                continue;
            }

            if (state.Title is not null && SameText(slot.Text, state.Title))
            {
                slot.Remove(RemovalReason.RepeatedHeadline);
                continue;
            }

            if (TryMetadataLine(state, slot, allowDateOnly: false))
            {
                continue;
            }

            if (!TryLineRule(state, slot, edge: false) || slot.Reason != RemovalReason.RelatedLinks || CountWords(slot.Text) > 5)
            {
                continue;
            }

            // A related-links header: the headlines listed under it go with it.
            while (i + 1 < tailStart && !slots[i + 1].IsRemoved && IsLinkLike(slots[i + 1].Text))
            {
                slots[++i].Remove(RemovalReason.RelatedLinks);
            }
        }
    }

    private void CutInline(State state)
    {
        foreach (var slot in state.Slots.Where(s => !s.IsRemoved))
        {
            foreach (var rule in _rules.InlineRules)
            {
                var match = PlainTextRules.Run(rule.Pattern, slot.Text);
                while (match.Success && match.Length > 0)
                {
                    slot.Cut(match.Index, match.Length, rule.Reason);
                    AddNote(state, rule.Reason, match, match.Value);
                    match = PlainTextRules.Run(rule.Pattern, slot.Text, Math.Min(match.Index, slot.Text.Length));
                }
            }

            if (slot.Text.Length == 0)
            {
                slot.Drop();
            }
        }
    }

    private void FindDateline(State state, int bodyStart)
    {
        var candidates = state.Slots.Skip(bodyStart).Where(s => !s.IsRemoved).Take(DatelineParagraphs);
        foreach (var slot in candidates)
        {
            if (Matching(_rules.DatelineOnly, slot.Text) is { } alone)
            {
                state.Dateline = Place(alone);
                AddAgency(state, alone);
                slot.Remove(RemovalReason.Dateline);
                return;
            }

            foreach (var pattern in _rules.Dateline)
            {
                var match = PlainTextRules.Run(pattern, slot.Text);
                if (!match.Success || match.Length >= slot.Text.Length)
                {
                    continue;
                }

                state.Dateline = Place(match);
                AddAgency(state, match);

                slot.CutPrefix(match.Length, RemovalReason.Dateline);
                return;
            }
        }
    }

    private static string Place(Match match) => match.Groups["place"].Value.Trim().TrimEnd('-', '–', '—', ',', ' ');

    private static void AddAgency(State state, Match match)
    {
        if (match.Groups["agency"].Success)
        {
            state.SourceNotes.Add(match.Groups["agency"].Value.Trim());
        }
    }

    /// <summary>"Headline Posted: Jan 2, 2024 ..." on one line: the part before the label is the headline.</summary>
    private void SplitRunOnTitle(State state, Slot slot, int index)
    {
        foreach (var pattern in _rules.RunOn)
        {
            var match = PlainTextRules.Run(pattern, slot.Text);
            if (!match.Success || match.Index == 0)
            {
                continue;
            }

            var before = slot.Text[..match.Index].Trim();
            if (IsTitleLike(new Slot(before, false)) && HasBodyAfter(state.Slots, index))
            {
                state.Title = before;
                slot.CutPrefix(match.Index, RemovalReason.Headline);
                return;
            }
        }
    }

    /// <summary>Cuts labelled dates ("Published: ...", "date 2023-11-15") off the start of a head line.</summary>
    private void ConsumeLeadingMetadata(State state, Slot slot)
    {
        var progress = true;
        while (progress && slot.Text.Length > 0)
        {
            progress = TryLeadingDate(state, slot, _rules.Published, updated: false)
                || TryLeadingDate(state, slot, _rules.Updated, updated: true);
        }
    }

    private bool TryLeadingDate(State state, Slot slot, ImmutableArray<Regex> patterns, bool updated)
    {
        foreach (var pattern in patterns)
        {
            var match = PlainTextRules.Run(pattern, slot.Text);
            if (!match.Success || !PlainTextRules.Run(_rules.AfterMetadata, slot.Text[match.Length..]).Success)
            {
                continue;
            }

            state.SetDate(match.Groups["date"].Value.Trim(), updated);
            slot.CutPrefix(match.Length, RemovalReason.Metadata);
            slot.TrimStart();
            return true;
        }

        return false;
    }

    /// <summary>A head line made only of metadata: a byline, a date, a reading time, alone or joined by "|".</summary>
    private bool TryMetadataLine(State state, Slot slot, bool allowDateOnly)
    {
        if (slot.Text.Length > MaxFurnitureLength)
        {
            return false;
        }

        // A byline may use the separators itself ("By Ruth Anning - Staff Writer").
        var parts = Matching(_rules.Byline, slot.Text) is null ? _rules.Separator.Split(slot.Text) : [slot.Text];
        var found = new List<(string? Byline, string? Date, bool Updated)>();
        foreach (var part in parts)
        {
            if (Matching(_rules.Byline, part) is { } byline)
            {
                found.Add((byline.Groups["byline"].Value.Trim(), null, false));
            }
            else if ((Matching(_rules.Published, part) ?? (allowDateOnly ? Matching(_rules.DateOnly, part) : null)) is { } published && IsWhole(published, part))
            {
                found.Add((null, published.Groups["date"].Value.Trim(), false));
            }
            else if (Matching(_rules.Updated, part) is { } changed && IsWhole(changed, part))
            {
                found.Add((null, changed.Groups["date"].Value.Trim(), true));
            }
            else if (Matching(_rules.Metadata, part) is null)
            {
                return false;
            }
        }

        foreach (var (byline, date, updated) in found)
        {
            if (byline is not null)
            {
                state.Byline ??= byline;
            }

            if (date is not null)
            {
                state.SetDate(date, updated);
            }
        }

        slot.Remove(found.Any(f => f.Byline is not null) ? RemovalReason.Byline : RemovalReason.Metadata);
        return true;
    }

    private static bool IsWhole(Match match, string text) => text[match.Length..].Trim().Length == 0;

    private static Match? Matching(ImmutableArray<Regex> patterns, string text)
    {
        foreach (var pattern in patterns)
        {
            var match = PlainTextRules.Run(pattern, text);
            if (match.Success)
            {
                return match;
            }
        }

        return null;
    }

    private bool TryLineRule(State state, Slot slot, bool edge)
    {
        if (slot.Text.Length > MaxFurnitureLength)
        {
            return false;
        }

        var reportsSpeech = edge && PlainTextRules.Run(_rules.Attribution, slot.Text).Success;
        foreach (var rule in _rules.LineRules)
        {
            if (rule.Scope == RuleScope.Edge && (!edge || reportsSpeech))
            {
                continue;
            }

            var match = PlainTextRules.Run(rule.Pattern, slot.Text);
            if (match.Success)
            {
                AddNote(state, rule.Reason, match, slot.Text);
                slot.Remove(rule.Reason);
                return true;
            }
        }

        return false;
    }

    private static void AddNote(State state, RemovalReason reason, Match match, string text)
    {
        if (reason == RemovalReason.SourceNote)
        {
            var note = match.Groups["note"].Success ? match.Groups["note"].Value : text;
            note = note.Trim().TrimEnd('.').Trim();
            if (note.Length > 0)
            {
                state.SourceNotes.Add(note);
            }
        }
        else if (reason == RemovalReason.MachineDisclosure)
        {
            state.MachineDisclosures.Add(text.Trim());
        }
    }

    private bool IsTitleLike(Slot slot)
    {
        var text = slot.Text;
        if (slot.IsHeading)
        {
            return text.Length is > 0 and <= MaxTitleLength;
        }

        if (text.Length is < 8 or > MaxTitleLength || CountWords(text) is < 2 or > MaxTitleWords)
        {
            return false;
        }

        if (!char.IsLetterOrDigit(text[0]) && text[0] is not ('"' or '“' or '‘' or '\'')
            || char.IsLower(text[0])
            || text[^1] is ',' or ';' or ':' or '-' or '–' or '—'
            || (text[^1] == '.' && !PlainTextRules.Run(_rules.Initialism, text).Success))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxNameWords && words.All(w => char.IsUpper(w[0])))
        {
            return false;
        }

        return !PlainTextRules.Run(_rules.SentenceBreak, text).Success
            && Matching(_rules.NotTitle, text) is null
            && !IsFurniture(text)
            && !_rules.InlineRules.Any(r => PlainTextRules.Run(r.Pattern, text).Success)
            && Matching(_rules.Byline, text) is null
            && Matching(_rules.Dateline, text) is null
            && Matching(_rules.DatelineOnly, text) is null;
    }

    /// <summary>A section label above the headline ("World", "Local news"): a few words, then a headline.</summary>
    private bool IsKicker(Slot slot, List<Slot> slots, int index)
    {
        var text = slot.Text;
        if (slot.IsHeading || text.Length > MaxKickerLength || CountWords(text) > MaxKickerWords || !char.IsLetter(text[^1]))
        {
            return false;
        }

        var next = slots.Skip(index + 1).FirstOrDefault(s => !s.IsRemoved);
        return next is not null && IsTitleLike(next) && HasBodyAfter(slots, index + 1);
    }

    private bool IsLinkLike(string text) =>
        IsFurniture(text) || (CountWords(text) <= MaxLinkWords && IsTitleLike(new Slot(text, false)));

    private bool IsFurniture(string text) =>
        text.Length <= MaxFurnitureLength && _rules.LineRules.Any(r => PlainTextRules.Run(r.Pattern, text).Success);

    private static bool HasBodyAfter(List<Slot> slots, int index)
    {
        for (var i = index + 1; i < slots.Count; i++)
        {
            if (!slots[i].IsRemoved && slots[i].Text.Length > 0 && !SameText(slots[i].Text, slots[index].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Same words in the same order, ignoring case, punctuation and spacing.</summary>
    internal static bool SameText(string a, string b) =>
        a.Length > 0 && b.Length > 0 && Normalize(a).SequenceEqual(Normalize(b));

    private static IEnumerable<char> Normalize(string text)
    {
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space)
                {
                    yield return ' ';
                    space = false;
                }

                yield return char.ToLowerInvariant(c);
            }
            else if (c is not '\'' and not '’')
            {
                space = true;
            }
        }
    }

    private static int CountWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A candidate paragraph and what became of it.</summary>
    private sealed class Slot(string text, bool isHeading, RemovalReason? reason = null)
    {
        public string Text { get; private set; } = text;

        public bool IsHeading { get; } = isHeading;

        public RemovalReason? Reason { get; private set; } = reason;

        public bool IsDropped { get; private set; }

        public bool IsRemoved => Reason is not null || IsDropped;

        /// <summary>Pieces cut out of this paragraph, in the order they were cut.</summary>
        public List<RemovedText> Cuts { get; } = [];

        public bool Remove(RemovalReason reason)
        {
            Reason = reason;
            return true;
        }

        public void Drop() => IsDropped = true;

        public void Cut(int start, int length, RemovalReason reason)
        {
            var piece = Text.Substring(start, length).Trim();
            if (piece.Length > 0)
            {
                Cuts.Add(new RemovedText(piece, reason));
            }

            Text = (Text[..start].TrimEnd() + " " + Text[(start + length)..].TrimStart()).Trim();
        }

        public void CutPrefix(int length, RemovalReason reason)
        {
            var piece = Text[..length].Trim();
            if (piece.Length > 0)
            {
                Cuts.Add(new RemovedText(piece, reason));
            }

            Text = Text[length..].Trim();
        }

        public void TrimStart() => Text = Text.TrimStart(' ', '|', '·', '•', ',', ';').Trim();
    }

    /// <summary>What the extraction has found so far.</summary>
    private sealed class State(List<Slot> slots)
    {
        private string? _updated;

        public List<Slot> Slots { get; } = slots;

        public List<string> SourceNotes { get; } = [];

        public List<string> MachineDisclosures { get; } = [];

        public string? Title { get; set; }

        public string? Published { get; private set; }

        public string? Byline { get; set; }

        public string? Dateline { get; set; }

        public void SetDate(string date, bool updated)
        {
            if (updated)
            {
                _updated ??= date;
            }
            else
            {
                Published ??= date;
            }
        }

        public ExtractedContent Build()
        {
            var paragraphs = new List<string>();
            var removed = ImmutableArray.CreateBuilder<RemovedText>();
            foreach (var slot in Slots)
            {
                removed.AddRange(slot.Cuts);
                if (slot.Reason is { } reason)
                {
                    removed.Add(new RemovedText(slot.Text, reason));
                }
                else if (!slot.IsDropped && slot.Text.Length > 0)
                {
                    paragraphs.Add(slot.Text);
                }
            }

            return new ExtractedContent
            {
                Paragraphs = paragraphs,
                Title = Title,
                Published = Published ?? _updated,
                Byline = Byline,
                Dateline = Dateline,
                Removed = removed.ToImmutable(),
                SourceNotes = [.. SourceNotes.Distinct(StringComparer.OrdinalIgnoreCase)],
                MachineDisclosures = [.. MachineDisclosures],
            };
        }
    }
}
