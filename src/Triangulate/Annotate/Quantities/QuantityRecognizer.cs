using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// Finds figures in text: digits, number words, vague amounts and ranges, with their hedges turned into
/// bounds, and for counts of people or things, what is counted and the event that befell them. Ages,
/// times, dates, addresses, phone numbers and measures are recognised only to be left out.
/// </summary>
internal sealed class QuantityRecognizer
{
    /// <summary>How far after the counted noun an event verb may stand ("were later taken to hospital and died").</summary>
    private const int EventWindowAfter = 8;

    /// <summary>How far before a number an event word may stand ("killing at least", "a death toll exceeding").</summary>
    private const int EventWindowBefore = 4;

    private static readonly FrozenSet<string> Auxiliaries = Lexicon.Words("quantities/word-classes.tsv", "auxiliaries").ToFrozenSet();

    private static readonly FrozenSet<string> Stops = Lexicon.Words("quantities/word-classes.tsv", "stops").ToFrozenSet();

    private static readonly FrozenSet<string> ClauseBreaks = Lexicon.Words("quantities/word-classes.tsv", "clause-breaks").ToFrozenSet();

    private static readonly FrozenSet<string> Determiners = Lexicon.Words("quantities/word-classes.tsv", "determiners").ToFrozenSet();

    private static readonly FrozenSet<string> TransitiveEvents = Lexicon.Words("quantities/word-classes.tsv", "transitive-events").ToFrozenSet();

    private static readonly FrozenSet<string> CareVerbs = Lexicon.Words("quantities/word-classes.tsv", "care-verbs").ToFrozenSet();

    private static readonly FrozenSet<string> Weekdays = Lexicon.Words("quantities/word-classes.tsv", "weekdays").ToFrozenSet();

    private static readonly FrozenSet<string> FamilyNouns = Lexicon.Words("quantities/word-classes.tsv", "family-nouns").ToFrozenSet();

    private static readonly FrozenSet<string> SingularSubjects = Lexicon.Words("quantities/word-classes.tsv", "singular-subjects").ToFrozenSet();

    private static readonly FrozenSet<string> EventModifiers = Lexicon.Words("quantities/word-classes.tsv", "event-modifiers").ToFrozenSet();

    private static readonly FrozenSet<string> MultipleKilled = Lexicon.Words("quantities/word-classes.tsv", "multiple-killed").ToFrozenSet();

    private static readonly FrozenSet<string> MultipleShot = Lexicon.Words("quantities/word-classes.tsv", "multiple-shot").ToFrozenSet();

    private static readonly FrozenSet<string> TwoDeaths = Lexicon.Words("quantities/word-classes.tsv", "two-deaths").ToFrozenSet();

    private static readonly FrozenDictionary<string, double> Multiples =
        Lexicon.Rows("quantities/multiples.tsv").ToFrozenDictionary(r => r[0], r => double.Parse(r[1], CultureInfo.InvariantCulture));

    private static readonly FrozenSet<string> PlaceWords = Lexicon.Words("quantities/word-classes.tsv", "place-words").ToFrozenSet();

    private static readonly FrozenSet<string> NotVictims = Lexicon.Entries("quantities/not-victims.tsv").ToFrozenSet();

    /// <summary>Aggregate cues by first word; "#" in a cue stands for any number.</summary>
    private static readonly FrozenDictionary<string, string[][]> AggregateCues = Lexicon.Entries("quantities/aggregate-cues.tsv")
        .Select(cue => cue.Split(' '))
        .GroupBy(words => words[0])
        .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    private static readonly FrozenSet<string> Perpetrators = Lexicon.Words("quantities/word-classes.tsv", "perpetrators").ToFrozenSet();

    /// <summary>Nouns naming several events, which no ranking makes one: "shootings", "incidents".</summary>
    private static readonly FrozenSet<string> PluralEvents = Lexicon.Words("quantities/word-classes.tsv", "plural-events").ToFrozenSet();

    private static readonly FrozenSet<string> WoundVerbs = Lexicon.Words("quantities/word-classes.tsv", "wound-verbs").ToFrozenSet();

    private static readonly FrozenSet<string> WoundCauses = Lexicon.Words("quantities/word-classes.tsv", "wound-causes").ToFrozenSet();

    private static readonly FrozenSet<string> Modals = Lexicon.Words("quantities/word-classes.tsv", "modals").ToFrozenSet();

    private static readonly FrozenSet<string> Ordinals = Lexicon.Words("quantities/word-classes.tsv", "ordinals").ToFrozenSet();

    private static readonly string[] EventPriority = Lexicon.Words("quantities/word-classes.tsv", "event-priority");

    private readonly QuantityLexicon _lexicon;

    public QuantityRecognizer(QuantityLexicon? lexicon = null) => _lexicon = lexicon ?? QuantityLexicon.Shared;

    /// <summary>The quantities in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, in text order.</summary>
    public ImmutableArray<Quantity> Recognize(string text, int start, int end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var tokens = QuantityToken.Scan(text, start, end);
        var found = new List<Quantity>();
        var eventTokensUsed = new HashSet<int>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (TryNumber(text, tokens, i, out var number))
            {
                var quantity = Classify(text, tokens, number, eventTokensUsed);
                if (quantity is { } q)
                {
                    found.Add(q);
                }

                i = Math.Max(i + 1, number.Last + 1);
                continue;
            }

            i++;
        }

        AddSingularVictims(text, tokens, found, eventTokensUsed);
        AddObjectVictims(text, tokens, found);
        AddDeathsOf(text, tokens, found);
        AddMultiples(text, tokens, found);
        if (tokens.Exists(t => t.Lower == "and"))
        {
            AddCoordinatedVictims(text, tokens, found, eventTokensUsed);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        found = ShotLessKilled(text, SurvivorsAreInjured(text, start, end, ShotToDeath(tokens, found)));
        found = VictimsAndShooter(text, found);
        found = OneByOne(text, start, found);
        found = OthersShot(tokens, found);
        if (found.Any(q => q.Event is not null) && HasAggregateCue(tokens))
        {
            return [.. found.Select(q => q.Event is null ? q : q with { Scope = QuantityScope.Aggregate })];
        }

        return [.. found];
    }

    /// <summary>A number as read from the tokens: its value or bounds, and the tokens it spans.</summary>
    private readonly record struct NumberRead(int First, int Last, double? Value, double? Low, double? High, bool IsRange, bool IsWord);

    private bool TryNumber(string text, List<QuantityToken> tokens, int i, out NumberRead number)
    {
        number = default;
        var t = tokens[i];
        if (t.IsNumber)
        {
            if (!TryParseDigits(t.Lower, out var value))
            {
                return false;
            }

            var last = i;
            (value, last) = ApplyScales(tokens, last, value);
            // Ranges: "200-240", "200 to 240".
            var afterBetween = i > 0 && tokens[i - 1].Lower == "between";
            if (last + 2 < tokens.Count && (tokens[last + 1].Lower is "-" or "–" or "to" || (afterBetween && tokens[last + 1].Lower == "and"))
                && tokens[last + 2].IsNumber && TryParseDigits(tokens[last + 2].Lower, out var high))
            {
                var (scaledHigh, highLast) = ApplyScales(tokens, last + 2, high);
                if (scaledHigh > value && !LooksLikePhone(tokens[i], tokens[last + 2]))
                {
                    number = new NumberRead(i, highLast, value, value, scaledHigh, true, false);
                    return true;
                }
            }

            number = new NumberRead(i, last, value, value, value, false, false);
            return true;
        }

        if (!t.IsWord)
        {
            return false;
        }

        foreach (var (words, low, high) in _lexicon.Vague)
        {
            if (Matches(tokens, i, words))
            {
                var last = i + words.Length - 1;
                if (last + 1 < tokens.Count && tokens[last + 1].Lower == "of")
                {
                    last++;
                }

                number = new NumberRead(i, last, null, low, high, true, true);
                return true;
            }
        }

        if (t.Lower is "a" or "an" && i + 1 < tokens.Count && _lexicon.Scales.TryGetValue(tokens[i + 1].Lower, out var scale))
        {
            var (value, last) = ApplyScales(tokens, i, 1);
            number = new NumberRead(i, last, value, value, value, false, true);
            return scale > 0;
        }

        if (t.Lower is "no" or "nobody" && i + 1 < tokens.Count)
        {
            var next = tokens[i + 1].Lower;
            if (t.Lower == "nobody" || next == "one" || _lexicon.Events.ContainsKey(next) || (next is "other" or "further" or "more" && i + 2 < tokens.Count && _lexicon.Events.ContainsKey(tokens[i + 2].Lower)))
            {
                number = new NumberRead(i, t.Lower == "nobody" || next != "one" ? i : i + 1, 0, 0, 0, false, true);
                return true;
            }

            return false;
        }

        // "this one", "the one who": a pronoun, not a count.
        if (t.Lower == "one" && i > 0 && tokens[i - 1].Lower is "this" or "that" or "the" or "each" or "any" or "which" or "every" or "no")
        {
            return false;
        }

        if (TryNumberWords(tokens, i, out var wordValue, out var wordLast))
        {
            if (wordLast + 2 < tokens.Count && tokens[wordLast + 1].Lower is "to" or "or"
                && TryNumberWords(tokens, wordLast + 2, out var wordHigh, out var highLast) && wordHigh > wordValue)
            {
                number = new NumberRead(i, highLast, wordValue, wordValue, wordHigh, true, true);
                return true;
            }

            number = new NumberRead(i, wordLast, wordValue, wordValue, wordValue, false, true);
            return true;
        }

        return false;
    }

    /// <summary>Number words: "three", "twenty-six", "two hundred and fifty", "two dozen".</summary>
    private bool TryNumberWords(List<QuantityToken> tokens, int i, out double value, out int last)
    {
        value = 0;
        last = i - 1;
        double total = 0, current = 0;
        var any = false;
        for (var k = i; k < tokens.Count; k++)
        {
            var word = tokens[k].Lower;
            if (TryUnitWord(word, out var unit))
            {
                if (any && current > 0 && unit >= 10 && current % 10 != 0 && current < 100)
                {
                    break; // "five ten" is two numbers, not one
                }

                current += unit;
                any = true;
                last = k;
                continue;
            }

            if (any && _lexicon.Scales.TryGetValue(word, out var scale))
            {
                if (scale >= 1000)
                {
                    total += Math.Max(current, 1) * scale;
                    current = 0;
                }
                else
                {
                    current = Math.Max(current, 1) * scale;
                }

                last = k;
                continue;
            }

            if (any && word == "and" && k + 1 < tokens.Count && TryUnitWord(tokens[k + 1].Lower, out _) && current >= 100)
            {
                continue;
            }

            break;
        }

        value = total + current;
        return any;
    }

    private bool TryUnitWord(string word, out double value)
    {
        if (_lexicon.Units.TryGetValue(word, out value))
        {
            return true;
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && _lexicon.Units.TryGetValue(word[..dash], out var tens) && _lexicon.Units.TryGetValue(word[(dash + 1)..], out var ones)
            && tens >= 20 && ones < 10)
        {
            value = tens + ones;
            return true;
        }

        return false;
    }

    private (double Value, int Last) ApplyScales(List<QuantityToken> tokens, int last, double value)
    {
        while (last + 1 < tokens.Count && _lexicon.Scales.TryGetValue(tokens[last + 1].Lower, out var scale))
        {
            value *= scale;
            last++;
        }

        return (value, last);
    }

    private Quantity? Classify(string text, List<QuantityToken> tokens, NumberRead number, HashSet<int> eventTokensUsed)
    {
        var first = tokens[number.First];
        var before = number.First > 0 ? tokens[number.First - 1] : default;
        var hasBefore = number.First > 0;

        // Money: "$5", "£3 million".
        if (hasBefore && before.Lower is "$" or "£" or "€" or "¥")
        {
            return Make(text, tokens, number.First - 1, number.Last, number, Hedge.None, QuantityKind.Money, CurrencyOf(before.Lower), null, null);
        }

        if (!number.IsWord && IsNotACount(text, tokens, number))
        {
            return null;
        }

        // A number that refers back to a group already counted: "one of the six"; a family's size: "a father of two".
        var f = number.First;
        if (f >= 2 && tokens[f - 1].Lower == "of" && FamilyNouns.Contains(tokens[f - 2].Lower))
        {
            return null;
        }

        // Unless a participle says what befell the whole group: "one of the five people shot and killed Friday".
        if (f >= 3 && tokens[f - 1].Lower == "the" && tokens[f - 2].Lower == "of" && (tokens[f - 3].IsNumber || tokens[f - 3].Lower is "one" or "two" or "three" or "each" or "all" or "both" or "none")
            && !GroupParticiple(tokens, number.Last + 1))
        {
            return null;
        }

        if (!number.IsWord && hasBefore && (_lexicon.NotCountsBefore.ContainsKey(before.Lower)
            || (before.Lower == "." && number.First >= 2 && _lexicon.NotCountsBefore.ContainsKey(tokens[number.First - 2].Lower + "."))))
        {
            return null;
        }

        var after = number.Last + 1;
        var unit = UnitAfter(text, tokens, after);
        if (unit is { Kind: "percent" })
        {
            return Make(text, tokens, HedgeStart(tokens, number.First, out var pHedge), unit.Value.Last, number, pHedge, QuantityKind.Percent, "percent", null, null);
        }

        if (unit is not null)
        {
            return null;
        }

        var hedgeStart = HedgeStart(tokens, number.First, out var hedge);
        if (hedgeStart > 0 && tokens[hedgeStart - 1].Lower == "between" && number.IsRange)
        {
            hedgeStart--;
        }

        var afterHedge = HedgeAfter(tokens, after, out var trailingHedge);
        var numberLast = number.Last;
        if (trailingHedge != Hedge.None)
        {
            hedge = hedge == Hedge.None ? trailingHedge : hedge;
            after = afterHedge;
            numberLast = afterHedge - 1;
        }

        // A year on its own ("in 2014") is not a count.
        if (!number.IsWord && !number.IsRange && first.Length == 4 && number.Value is >= 1800 and <= 2100 && hedge == Hedge.None
            && !first.Lower.Contains(',', StringComparison.Ordinal) && !(NextIsPlural(tokens, after) && LooksPlural(tokens[after].Lower)))
        {
            return null;
        }

        // Bare number words that count nothing ("one of the reasons", "at one point") stay out unless an event attaches.
        var (counted, countedEvent, countedLast) = CountedAfter(text, tokens, after);
        // The object of an active verb takes that verb's event: "killed three people and wounded two others".
        var eventName = ObjectOfEvent(tokens, hedgeStart - 1, eventTokensUsed) ?? countedEvent;
        if (eventName is null && after < tokens.Count && tokens[after].Lower is "fatally" or "mortally")
        {
            eventName = "killed";
            countedLast = after;
        }

        if (eventName is null)
        {
            eventName = EventAfter(tokens, countedLast + 1, eventTokensUsed, countedLast >= after);
        }

        eventName ??= EventBefore(tokens, hedgeStart - 1, eventTokensUsed);
        // "There should have been five people dead": what would have happened befell no one.
        for (var m = hedgeStart - 1; m >= 0 && m >= hedgeStart - 3; m--)
        {
            if (tokens[m].IsWord && Modals.Contains(tokens[m].Lower))
            {
                eventName = null;
                break;
            }
        }

        // "three separate shootings", "15 rounds were shot": things counted are no victims.
        if (counted is not null && eventName is "killed" or "injured" or "shot" or "casualties" && NotVictims.Contains(counted.ToLowerInvariant()))
        {
            eventName = null;
        }
        if (number.IsWord && counted is null && eventName is null)
        {
            return null;
        }

        // A bare figure that counts nothing and to which nothing happened ("on Nov. 3", "one of the reasons") says nothing checkable.
        if (eventName is null && (counted is null || (number.IsWord && first.Lower == "one" && after < tokens.Count && tokens[after].Lower == "of")))
        {
            return null;
        }

        var last = Math.Max(numberLast, countedLast >= after ? countedLast : numberLast);
        return Make(text, tokens, hedgeStart, last, number, hedge, QuantityKind.Count, null, counted, eventName);
    }

    private Quantity Make(string text, List<QuantityToken> tokens, int firstToken, int lastToken, NumberRead number, Hedge hedge, QuantityKind kind, string? unit, string? counted, string? eventName)
    {
        var start = tokens[firstToken].Start;
        var end = tokens[lastToken].End;
        var (low, high) = Bounds(number, hedge);
        return new Quantity(start, end - start, text[start..end], kind, number.IsRange && !number.IsWord ? number.Low : number.Value, low, high, hedge, unit, counted, eventName);
    }

    /// <summary>Turns a value and its hedge into an interval; null is unbounded.</summary>
    internal static (double? Low, double? High) Bounds(double? low, double? high, Hedge hedge) => hedge switch
    {
        Hedge.MoreThan or Hedge.AtLeast => (low, null),
        Hedge.About => (low * 0.9, high * 1.1),
        Hedge.Nearly => (low * 0.9, high),
        Hedge.UpTo or Hedge.FewerThan => (0, high),
        _ => (low, high),
    };

    private static (double? Low, double? High) Bounds(NumberRead number, Hedge hedge) => Bounds(number.Low, number.High, hedge);

    private int HedgeStart(List<QuantityToken> tokens, int first, out Hedge hedge)
    {
        foreach (var (words, h) in _lexicon.HedgesBefore)
        {
            var from = first - words.Length;
            if (from >= 0 && Matches(tokens, from, words))
            {
                hedge = h;
                return from;
            }
        }

        hedge = Hedge.None;
        return first;
    }

    private int HedgeAfter(List<QuantityToken> tokens, int after, out Hedge hedge)
    {
        foreach (var (words, h) in _lexicon.HedgesAfter)
        {
            if (Matches(tokens, after, words) && (words[0] is not ("-plus" or "plus" or "+") || tokens[after].Start == tokens[after - 1].End))
            {
                hedge = h;
                return after + words.Length;
            }

            if (words[0] == "-plus" && after + 1 < tokens.Count && tokens[after].Lower == "-" && tokens[after + 1].Lower == "plus")
            {
                hedge = h;
                return after + 2;
            }
        }

        hedge = Hedge.None;
        return after;
    }

    /// <summary>The noun phrase after a number: "teenage boys" counts boys; "dead" or "hostages" also names the event.</summary>
    private (string? Counted, string? Event, int Last) CountedAfter(string text, List<QuantityToken> tokens, int after)
    {
        var k = after;
        // "200 of the hostages", "two of them"
        if (k + 1 < tokens.Count && tokens[k].Lower == "of" && tokens[k + 1].Lower is "the" or "them" or "those" or "whom" or "its" or "their")
        {
            k += tokens[k + 1].Lower is "them" or "whom" ? 1 : 2;
            if (tokens[k - 1].Lower is "them" or "whom")
            {
                return (null, null, k);
            }
        }
        else if (k < tokens.Count && tokens[k].Lower == "other")
        {
            k++;
        }

        string? counted = null;
        string? eventName = null;
        var last = after - 1;
        for (var n = 0; n < 4 && k < tokens.Count; n++, k++)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                if (token.Lower is "-" && n == 0)
                {
                    continue;
                }

                break;
            }

            if (_lexicon.Events.TryGetValue(token.Lower, out var e) && !_lexicon.PersonPlural.Contains(token.Lower) && token.Lower is not ("shooting" or "killing"))
            {
                // "three dead", "11 wounded", "200 hostages"
                if (token.Lower is "hostages" or "captives" or "refugees" or "casualties" or "fatalities" or "deaths" or "injuries" or "bodies")
                {
                    counted = Original(text, token);
                }

                eventName = e;
                last = k;
                break;
            }

            // A number word starts another figure ("Image 10 of 10 Five shot"), unless it sizes the group referred to ("one of the five people").
            if (Stops.Contains(token.Lower) || IsVerbLike(token.Lower) || (k == after && TryUnitWord(token.Lower, out _)))
            {
                break;
            }

            counted = Original(text, token);
            last = k;
            if (LooksPlural(token.Lower) && !_lexicon.PersonPlural.Contains(token.Lower))
            {
                break;
            }

            if (_lexicon.PersonPlural.Contains(token.Lower) || _lexicon.PersonSingular.Contains(token.Lower))
            {
                // Some people nouns say what befell them: "hostages", "refugees".
                eventName = _lexicon.Events.GetValueOrDefault(token.Lower);
                break;
            }
        }

        return (counted, eventName, last);
    }

    /// <summary>A plural noun ends the counted phrase: "two influential figures" counts figures, not what follows.</summary>
    private static bool LooksPlural(string word) =>
        word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && word is not ("this" or "thus" or "various" or "previous" or "famous" or "serious" or "numerous");

    private static string Original(string text, QuantityToken token)
    {
        var word = text.Substring(token.Start, token.Length);
        return char.IsUpper(word[0]) && !word.All(char.IsUpper) ? word : token.Lower;
    }

    private static bool IsVerbLike(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && word is not ("armed" or "masked" or "unarmed" or "wounded" or "injured" or "displaced" or "detained");

    /// <summary>The event in the verb group after the counted noun ("were shot and killed"), if the counted were its patients.</summary>
    /// <remarks>Only a verb group may stand between: auxiliaries, adverbs, "who", and care verbs with "with" ("taken to hospital with injuries").</remarks>
    private string? EventAfter(List<QuantityToken> tokens, int from, HashSet<int> used, bool hadNoun)
    {
        var sawAuxiliary = false;
        var inCarePhrase = false;
        var commas = 0;
        var examined = 0;
        for (var k = from; k < tokens.Count && examined++ < EventWindowAfter; k++)
        {
            var token = tokens[k];
            if (token.Lower == "," && ++commas <= 2)
            {
                // An aside between the counted and the verb: "four teens, one fatally, were shot",
                // "1.5 million people, or 70% of the population, have fled".
                var close = SkipAside(tokens, k + 1);
                if (close < tokens.Count && close - k <= 10 && tokens[close].Lower == ",")
                {
                    k = close;
                }

                continue;
            }

            // A coordinated count shares the verb: "200 Palestinians and 12 Israelis have died".
            if (token.Lower == "and" && k + 1 < tokens.Count && tokens[k + 1].IsNumber)
            {
                k++;
                while (k + 1 < tokens.Count && tokens[k + 1].IsWord && !Auxiliaries.Contains(tokens[k + 1].Lower) && !_lexicon.Events.ContainsKey(tokens[k + 1].Lower) && !Stops.Contains(tokens[k + 1].Lower))
                {
                    k++;
                }

                continue;
            }

            // An aside between dashes: "Five children – ages 11 to 15 – were shot".
            if (token.Lower is "–" or "—")
            {
                var close = k + 1;
                while (close < tokens.Count && close - k <= 10 && tokens[close].Lower is not ("–" or "—") && !tokens[close].IsBoundary)
                {
                    close++;
                }

                if (close < tokens.Count && close - k <= 10 && tokens[close].Lower is "–" or "—")
                {
                    k = close;
                    continue;
                }
            }

            if (token.IsBoundary || token.IsNumber || !token.IsWord)
            {
                return null;
            }

            var word = token.Lower;
            // Some of the counted named before the verb: "Four people including a 12-year-old and a teen were injured".
            // (Not "ten friends, including the boy who was killed": the verb there is the named one's.)
            if (word == "including" && hadNoun && tokens[k - 1].Lower != ",")
            {
                var verb = k + 1;
                while (verb < tokens.Count && verb - k <= 10 && !tokens[verb].IsBoundary && !Auxiliaries.Contains(tokens[verb].Lower)
                    && tokens[verb].Lower is not ("who" or "that" or "which" or ","))
                {
                    verb++;
                }

                if (verb < tokens.Count && verb - k <= 10 && Auxiliaries.Contains(tokens[verb].Lower))
                {
                    k = verb - 1;
                    continue;
                }
            }

            // "three others are in the hospital with gunshot wounds".
            if (word == "in" && k + 2 < tokens.Count && tokens[k + 1].Lower is "the" or "a" && tokens[k + 2].Lower == "hospital")
            {
                k += 2;
                continue;
            }

            if (WoundVerbs.Contains(word))
            {
                // "Three men suffered gunshot wounds", "two people with gunshot wounds".
                for (var m = k + 1; m < tokens.Count && m <= k + 5; m++)
                {
                    if (WoundVerbBefore(tokens, m) == k)
                    {
                        return "shot";
                    }
                }
            }

            if (_lexicon.Events.ContainsKey(word))
            {
                // Active voice ("two men killed a woman"): the counted did it, it did not befall them.
                if (!sawAuxiliary && TransitiveEvents.Contains(word) && k + 1 < tokens.Count
                    && (Determiners.Contains(tokens[k + 1].Lower) || tokens[k + 1].IsNumber))
                {
                    return null;
                }

                if (!hadNoun && !sawAuxiliary && word is "killing" or "shooting")
                {
                    return null;
                }

                // A noun's modifier, not what befell them: "the Elm Arms and Gear shooting range".
                if (!sawAuxiliary && word is "shooting" && k + 1 < tokens.Count && tokens[k + 1].IsWord && !Stops.Contains(tokens[k + 1].Lower)
                    && !Determiners.Contains(tokens[k + 1].Lower) && !Weekdays.Contains(tokens[k + 1].Lower) && !_lexicon.Events.ContainsKey(tokens[k + 1].Lower)
                    && !tokens[k + 1].Lower.EndsWith("ly", StringComparison.Ordinal) && !tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal))
                {
                    return null;
                }

                return GroupEvent(tokens, k, used);
            }

            if (Auxiliaries.Contains(word))
            {
                sawAuxiliary = true;
                continue;
            }

            if (CareVerbs.Contains(word))
            {
                inCarePhrase = true;
                continue;
            }

            if (inCarePhrase || EventModifiers.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal) || word is "who" or "others" or "people" or "all" or "both" or "each")
            {
                continue;
            }

            return null;
        }

        return null;
    }

    private static int SkipAside(List<QuantityToken> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Lower != "," && !tokens[k].IsBoundary)
        {
            k++;
        }

        return k;
    }

    /// <summary>The event of an active verb just before the number, whose object the number counts: "shot and killed two men".</summary>
    private string? ObjectOfEvent(List<QuantityToken> tokens, int verb, HashSet<int> used)
    {
        if (verb < 0 || !tokens[verb].IsWord || !TransitiveEvents.Contains(tokens[verb].Lower)
            || tokens[verb].Lower is "charged" or "arrested" or "detained" or "released" or "freed")
        {
            return null;
        }

        // Passive ("were killed three days apart") and adjectival uses ("the killed two") are no objects.
        var before = verb - 1;
        while (before >= 0 && tokens[before].IsWord && EventModifiers.Contains(tokens[before].Lower))
        {
            before--;
        }

        if (before >= 0 && tokens[before].IsWord && (Auxiliaries.Contains(tokens[before].Lower) || Determiners.Contains(tokens[before].Lower)))
        {
            return null;
        }

        return GroupEvent(tokens, verb, used);
    }

    /// <summary>A modal with "have" earlier in the verb's clause: "could easily have killed her", "might have hit him and killed him".</summary>
    private static bool IsCounterfactual(List<QuantityToken> tokens, int k)
    {
        for (var m = k - 1; m >= 1 && m >= k - 8; m--)
        {
            if (tokens[m].IsBoundary || tokens[m].Lower is "," or "but" or "when" or "after" or "before")
            {
                return false;
            }

            if (tokens[m].Lower == "have" && Modals.Contains(tokens[m - 1].Lower) || (m >= 2 && tokens[m].Lower == "have" && tokens[m - 1].Lower.EndsWith("ly", StringComparison.Ordinal) && Modals.Contains(tokens[m - 2].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the verb at <paramref name="k"/> is negated or only intended: "not", "never", "to kill".</summary>
    private static bool IsUnrealised(List<QuantityToken> tokens, int k) =>
        k > 0 && tokens[k - 1].Lower is "to" or "not" or "never" or "n't" && tokens[k].Lower is not ("death" or "injury" or "injuries");

    /// <summary>An event word shortly before the number: "killing at least three", "a death toll of 9,200".</summary>
    private string? EventBefore(List<QuantityToken> tokens, int from, HashSet<int> used)
    {
        for (var k = from; k >= 0 && k > from - EventWindowBefore; k--)
        {
            var token = tokens[k];
            // "Two were killed and four others were taken to hospital": "and" begins a new subject.
            if (token.IsBoundary || token.IsNumber || token.Lower is "," or "and" || (token.IsWord && ClauseBreaks.Contains(token.Lower)))
            {
                return null;
            }

            if (token.IsWord && _lexicon.Events.TryGetValue(token.Lower, out var e) && !_lexicon.PersonPlural.Contains(token.Lower))
            {
                if (IsUnrealised(tokens, k))
                {
                    return null;
                }

                used.Add(k);
                return e;
            }
        }

        return null;
    }

    /// <summary>The strongest event in a verb group such as "shot and killed" or "fatally shot".</summary>
    private string? GroupEvent(List<QuantityToken> tokens, int k, HashSet<int> used)
    {
        var events = new List<string>();
        var from = k;
        while (from > 0 && tokens[from - 1].IsWord && EventModifiers.Contains(tokens[from - 1].Lower))
        {
            from--;
        }

        // "was not killed", "tried to kill": what did not happen befell no one.
        if (IsUnrealised(tokens, from))
        {
            return null;
        }

        for (var j = from; j < k; j++)
        {
            if (tokens[j].Lower is "not" or "never")
            {
                return null;
            }
        }

        var hasOr = false;
        for (var j = from; j < tokens.Count && j < k + 4; j++)
        {
            var word = tokens[j].Lower;
            hasOr |= word == "or" && events.Count > 0;
            // "left eight people injured and killed a man": a second verb with its own object is another clause.
            if (j > k && TransitiveEvents.Contains(word) && j + 1 < tokens.Count && (tokens[j + 1].IsNumber || Determiners.Contains(tokens[j + 1].Lower)))
            {
                break;
            }

            if (_lexicon.Events.TryGetValue(word, out var e))
            {
                events.Add(e);
                used.Add(j);
            }
            else if (word is "fatally" or "mortally")
            {
                events.Add("killed");
            }
            else if (!(tokens[j].IsWord && EventModifiers.Contains(word)))
            {
                break;
            }
        }

        // "hurt or killed", "shot or killed": the count covers both, so it is of casualties.
        if (events.Distinct().Count() > 1 && hasOr)
        {
            return "casualties";
        }

        return EventPriority.FirstOrDefault(events.Contains) ?? events.FirstOrDefault();
    }

    /// <summary>A count of one given by a singular subject: "A 14-year-old girl was fatally shot", "she died".</summary>
    private void AddSingularVictims(string text, List<QuantityToken> tokens, List<Quantity> found, HashSet<int> used)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            var word = tokens[k].Lower;
            // "suffered a gunshot wound", "was found with gunshot wounds": the wound says the person was shot.
            var wound = WoundVerbBefore(tokens, k);
            // Only what is said of a person (verbs, "dead"), not nouns such as "casualties".
            if (wound < 0 && (used.Contains(k) || !_lexicon.Events.ContainsKey(word) || !(word.EndsWith("ed", StringComparison.Ordinal) || word is "dead" or "died" or "dies" or "shot" or "hurt" or "slain" or "missing")))
            {
                continue;
            }

            // Walk back over the verb group: adverbs, "and", "was"/"has been".
            var j = (wound >= 0 ? wound : k) - 1;
            var auxiliary = wound >= 0 && tokens[wound].Lower != "with";
            var plural = false;
            while (j >= 0 && tokens[j].IsWord && (EventModifiers.Contains(tokens[j].Lower) || Auxiliaries.Contains(tokens[j].Lower) || _lexicon.Events.ContainsKey(tokens[j].Lower)
                || (tokens[j].Lower.EndsWith("ly", StringComparison.Ordinal) && tokens[j].Lower is not ("family" or "only") && !IsCapitalisedWord(text, tokens[j]))))
            {
                auxiliary |= tokens[j].Lower is "was" or "been" or "is";
                plural |= tokens[j].Lower is "were" or "are" or "have";
                j--;
            }

            // A relative clause: "a 3-year-old girl who was critically injured".
            if (j >= 1 && tokens[j].Lower is "who" or "that")
            {
                j -= tokens[j - 1].Lower == "," ? 2 : 1;
            }

            if (j < 0)
            {
                continue;
            }

            if (plural)
            {
                // "Three men were found with gunshot wounds": the count before the verb group was shot.
                var subjectEnd = tokens[j].End;
                var group = found.FindIndex(q => q.End == subjectEnd && q.Event is null && q.Kind == QuantityKind.Count);
                if (wound >= 0 && group >= 0)
                {
                    found[group] = found[group] with { Event = "shot" };
                }

                continue;
            }

            // Without "was"/"has been" only a reduced clause counts: "a 17-year-old shot and killed by police",
            // "left a 16-year-old boy dead"; "a man killed his wife" has an object, so the man is no victim.
            var reduced = !auxiliary && word is not ("died" or "dies");
            if (reduced && (!IsIndefiniteSubject(tokens, j) || HasObject(text, tokens, k)))
            {
                continue;
            }

            // The age apposition of a name: "Jane Roe, 23, was shot", "Jane Roe, 23 of Springfield, was shot".
            if (tokens[j].Lower == "," && j >= 3 && tokens[j - 1].IsNumber && tokens[j - 2].Lower == ",")
            {
                j -= 3;
            }
            else if (tokens[j].Lower == ",")
            {
                var place = j - 1;
                while (place > j - 4 && place > 0 && IsCapitalisedWord(text, tokens[place]))
                {
                    place--;
                }

                if (place < j - 1 && place >= 3 && tokens[place].Lower == "of" && tokens[place - 1].IsNumber && tokens[place - 2].Lower == ",")
                {
                    j = place - 3;
                }
                else
                {
                    // An apposition: "John Doe, a father of two, was shot".
                    var open = j - 1;
                    while (open > 0 && open > j - 10 && tokens[open].Lower != "," && !tokens[open].IsBoundary)
                    {
                        open--;
                    }

                    if (open > 0 && open < j - 2 && tokens[open].Lower == "," && tokens[open + 1].Lower is "a" or "an" or "the")
                    {
                        j = open - 1;
                    }
                }
            }

            var subject = tokens[j];
            int subjectStart;
            string counted;
            if (subject.IsWord && SingularSubjects.Contains(subject.Lower))
            {
                subjectStart = j;
                counted = "person";
            }
            else if (subject.IsWord && IsPersonHead(subject.Lower))
            {
                subjectStart = j;
                while (subjectStart > 0 && subjectStart > j - 5
                    && ((tokens[subjectStart - 1].IsWord && !Stops.Contains(tokens[subjectStart - 1].Lower)) || tokens[subjectStart - 1].IsNumber || tokens[subjectStart - 1].Lower == "-"))
                {
                    subjectStart--;
                }

                if (subjectStart > 0 && tokens[subjectStart - 1].Lower is "a" or "an" or "the" or "one")
                {
                    subjectStart--;
                }

                counted = subject.Lower is "year-old" or "month-old" ? "person" : subject.Lower;
                // "no other student was injured": it befell no one.
                if (tokens[subjectStart].Lower == "no")
                {
                    continue;
                }
            }
            else if (subject.IsWord && char.IsUpper(text[subject.Start]) && j > 0 && tokens[j - 1].IsWord && char.IsUpper(text[tokens[j - 1].Start]))
            {
                subjectStart = j - 1;
                counted = "person";
            }
            else
            {
                continue;
            }

            if (found.Any(q => q.Start <= subject.Start && subject.Start < q.End))
            {
                continue;
            }

            var eventName = wound >= 0 ? "shot" : GroupEvent(tokens, k, used);
            var start = tokens[subjectStart].Start;
            var end = tokens[j].End;
            found.Add(new Quantity(start, end - start, text[start..end], QuantityKind.Count, 1, 1, 1, Hedge.None, null, counted, eventName));
        }
    }

    /// <summary>
    /// When <paramref name="k"/> is the cause in "a gunshot wound", the index of the verb before it ("suffered",
    /// "with"), across a few modifiers ("suffered a non-life-threatening gunshot wound"); otherwise -1.
    /// </summary>
    private static int WoundVerbBefore(List<QuantityToken> tokens, int k)
    {
        if (!WoundCauses.Contains(tokens[k].Lower) || k + 1 >= tokens.Count || tokens[k + 1].Lower is not ("wound" or "wounds"))
        {
            return -1;
        }

        for (var m = k - 1; m >= 0 && m >= k - 5; m--)
        {
            var token = tokens[m];
            if (token.IsWord && WoundVerbs.Contains(token.Lower))
            {
                return m;
            }

            if (token.IsBoundary || token.Lower == "," || (token.IsWord && Stops.Contains(token.Lower) && token.Lower is not ("a" or "an")))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "shot and killed two people before killing himself": the shooter's death adds to those he killed, as in a
    /// murder-suicide. The sum spans from the victims to the reflexive.
    /// </summary>
    private static List<Quantity> VictimsAndShooter(string text, List<Quantity> found)
    {
        // "killed two people before taking his own life"; "killed two people before he was fatally shot by police";
        // "killed his wife before shooting himself" (after killing others, shooting oneself is a suicide).
        var self = found.FindIndex(q => (q.Event == "killed" && (q.Text is "himself" or "herself" || q.Text.EndsWith(" own life", StringComparison.Ordinal)
            || (IsShooter(q.Text) && text.AsSpan(0, q.Start).TrimEnd().EndsWith("before", StringComparison.OrdinalIgnoreCase))))
            || (q.Event == "shot" && q.Text is "himself" or "herself" && found.Exists(v => v.Event == "killed" && v.End <= q.Start && ThenOrBefore(text, v.End, q.Start))));
        if (self < 0)
        {
            return found;
        }

        // "a murder-suicide" already counts the shooter; "including the gunman, who took his own life" too.
        var victims = found.Where(q => q.Event == "killed" && q.Kind == QuantityKind.Count && q.Value is >= 1 && q.End <= found[self].Start).ToList();
        if (victims.Count == 0 || found.Exists(q => q.Event == "killed" && q.Counted is null && q.Text.Contains("suicide", StringComparison.OrdinalIgnoreCase))
            || text.AsSpan(victims[0].Start, found[self].Start - victims[0].Start).Contains("including", StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }

        var largest = victims.MaxBy(q => q.Value!.Value);
        var from = largest.Start;
        var to = found[self].End;
        var total = largest.Value!.Value + 1;
        found.Add(new Quantity(from, to - from, text[from..to], QuantityKind.Count, total, total, total, Hedge.None, null, largest.Counted, "killed"));
        return found;
    }

    /// <summary>
    /// A people noun then a participle naming an event: "people shot and killed", "men wounded in" (not "men shot died",
    /// where the verb is the one's).
    /// </summary>
    private bool GroupParticiple(List<QuantityToken> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && _lexicon.PersonPlural.Contains(tokens[k].Lower)
        && tokens[k + 1].IsWord && _lexicon.Events.ContainsKey(tokens[k + 1].Lower)
        && (tokens[k + 1].Lower is "shot" or "hurt" or "slain" || tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal))
        && (k + 2 >= tokens.Count || !(_lexicon.Events.ContainsKey(tokens[k + 2].Lower) || Auxiliaries.Contains(tokens[k + 2].Lower)));

    /// <summary>"One man was killed and three others were shot": the others, told apart from the dead, survived.</summary>
    private static List<Quantity> OthersShot(List<QuantityToken> tokens, List<Quantity> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        for (var i = 0; i < found.Count; i++)
        {
            var q = found[i];
            if (q.Event == "shot" && q.Value is > 0 && HasOther(tokens, q) && found.Exists(d => d.Event == "killed" && d.End <= q.Start))
            {
                found[i] = q with { Event = "injured" };
            }
        }

        return found;
    }

    /// <summary>True when the figure's words say "other": "three others", "two other people".</summary>
    private static bool HasOther(List<QuantityToken> tokens, Quantity q)
    {
        foreach (var token in tokens)
        {
            if (token.Start >= q.End)
            {
                break;
            }

            if (token.Start >= q.Start && token.Lower is "other" or "others")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Victims told one clause each in one sentence: "a man was shot in the leg, a woman in the arm, and another man
    /// was hit in the foot" is three shot. Only people introduced as new ("a", "an", "one", "another"), so that no
    /// one is counted twice under two names; not the dead, whom a sentence often names twice ("a man died ... after a man
    /// was found shot").
    /// </summary>
    private static List<Quantity> OneByOne(string text, int sentenceStart, List<Quantity> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        foreach (var eventName in (ReadOnlySpan<string>)["injured", "shot"])
        {
            var ones = found.Where(q => q.Event == eventName && q.Value == 1 && IsIndefinite(q.Text)).ToList();
            if (ones.Count < 2 || found.Exists(q => q.Event == eventName && q.Value >= ones.Count))
            {
                continue;
            }

            // "Hours after a student was shot, another teen was shot": one after another, not one event's victims.
            var from = ones[0].Start;
            var to = ones[^1].End;
            if (text.AsSpan(sentenceStart, to - sentenceStart).Contains("after ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            found.Add(new Quantity(from, to - from, text[from..to], QuantityKind.Count, ones.Count, ones.Count, ones.Count, Hedge.None, null, "person", eventName));
        }

        return found;
    }

    private static bool IsIndefinite(string words)
    {
        var space = words.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && words[..space].ToLowerInvariant() is "a" or "an" or "one" or "another";
    }

    /// <summary>"before" or "then" between two figures: what follows came after ("killed two, then shot himself"; not "died after he shot himself").</summary>
    private static bool ThenOrBefore(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        return between.Contains(" before ", StringComparison.OrdinalIgnoreCase) || between.Contains(" then ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The one who did it, as a later clause names him: "he", "she", "the gunman".</summary>
    private static bool IsShooter(string words)
    {
        var space = words.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? words is "he" or "she"
            : words[..space].Equals("the", StringComparison.OrdinalIgnoreCase) && Perpetrators.Contains(words[(space + 1)..].ToLowerInvariant());
    }

    /// <summary>"Three people were found shot to death", "shot his wife and her mother to death": those shot were killed.</summary>
    private static List<Quantity> ShotToDeath(List<QuantityToken> tokens, List<Quantity> found)
    {
        if (!found.Exists(q => q.Event == "shot"))
        {
            return found;
        }

        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Lower != "to" || tokens[k + 1].Lower != "death")
            {
                continue;
            }

            // The "shot" this "to death" completes, a few words before it.
            var shot = -1;
            for (var j = k - 1; j >= 0 && j >= k - 10 && !tokens[j].IsBoundary; j--)
            {
                if (tokens[j].Lower is "shot" or "shooting")
                {
                    shot = j;
                    break;
                }
            }

            if (shot < 0)
            {
                continue;
            }

            // The subject before "shot" ("three people were found shot") or the object between ("shot two men").
            var from = shot > 8 ? tokens[shot - 8].Start : 0;
            var to = tokens[k].Start;
            for (var q = 0; q < found.Count; q++)
            {
                if (found[q].Event == "shot" && found[q].Start >= from && found[q].End <= to)
                {
                    found[q] = found[q] with { Event = "killed" };
                }
            }
        }

        return found;
    }

    /// <summary>
    /// "Shot" counts the killed and the wounded together; when the same text says the people shot survived
    /// ("in stable condition", "in the leg") and names no death, they are counted as injured.
    /// </summary>
    private List<Quantity> SurvivorsAreInjured(string text, int start, int end, List<Quantity> found)
    {
        if (!found.Any(q => q.Event == "shot"))
        {
            return found;
        }

        var sentence = text.Substring(start, end - start);
        var survived = _lexicon.SurvivalCues.Any(cue => sentence.Contains(cue, StringComparison.OrdinalIgnoreCase));
        var died = found.Any(q => q.Event == "killed")
            || DeathWords.Any(word => sentence.Contains(word, StringComparison.OrdinalIgnoreCase));
        return survived && !died ? [.. found.Select(q => q.Event == "shot" ? q with { Event = "injured" } : q)] : found;
    }

    /// <summary>
    /// True when the sentence sums many events or a period ("in separate shootings", "so far this year"), unless the
    /// phrase only ranks one event ("the deadliest shooting this year", "the city's 30th homicide this year").
    /// </summary>
    private bool HasAggregateCue(List<QuantityToken> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsWord || !AggregateCues.TryGetValue(tokens[k].Lower, out var cues))
            {
                continue;
            }

            foreach (var cue in cues)
            {
                // "the deadliest shooting this year" ranks one event; "the first of the five shootings" is still one of many.
                if (MatchesCue(tokens, k, cue) && (PluralEvents.Contains(cue[^1]) || !AfterRanking(tokens, k)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool MatchesCue(List<QuantityToken> tokens, int from, string[] cue)
    {
        if (from + cue.Length > tokens.Count)
        {
            return false;
        }

        for (var w = 0; w < cue.Length; w++)
        {
            var token = tokens[from + w];
            var matches = cue[w] switch
            {
                "#" => token.IsNumber || (token.IsWord && TryUnitWord(token.Lower, out _)),
                "*" => token.IsWord,
                _ => string.Equals(token.Lower, cue[w], StringComparison.Ordinal),
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A superlative or ordinal shortly before: "the deadliest shooting in the city this year".</summary>
    private static bool AfterRanking(List<QuantityToken> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 5; j--)
        {
            var word = tokens[j].Lower;
            if (tokens[j].IsBoundary || word == ",")
            {
                return false;
            }

            if (word.EndsWith("est", StringComparison.Ordinal) || Ordinals.Contains(word)
                || (word is "st" or "nd" or "rd" or "th" && j > 0 && tokens[j - 1].IsNumber && tokens[j - 1].End == tokens[j].Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Four people were shot, one fatally": those shot less those killed in the same sentence were wounded. The
    /// figure is read from the whole phrase, which it spans.
    /// </summary>
    private static List<Quantity> ShotLessKilled(string text, List<Quantity> found)
    {
        var shot = found.Where(q => q.Event == "shot" && q.Kind == QuantityKind.Count && q.Value is > 1).ToList();
        if (shot.Count != 1 || found.Any(q => q.Event == "injured"))
        {
            return found;
        }

        // The shooter's own death ("before turning the gun on himself", "before he was killed by police") is not among those he shot.
        var killed = found.Where(q => q.Event == "killed" && q.Kind == QuantityKind.Count && q.Value is not null && q.Start > shot[0].Start
            && q.Text is not ("himself" or "herself") && !q.Text.EndsWith(" own life", StringComparison.Ordinal)
            && !(IsShooter(q.Text) && text.AsSpan(0, q.Start).TrimEnd().EndsWith("before", StringComparison.OrdinalIgnoreCase))).ToList();
        var dead = killed.Sum(q => q.Value!.Value);
        if (killed.Count == 0 || dead >= shot[0].Value!.Value)
        {
            return found;
        }

        var from = shot[0].Start;
        var to = killed.Max(q => q.End);
        var wounded = shot[0].Value!.Value - dead;
        found.Add(new Quantity(from, to - from, text[from..to], QuantityKind.Count, wounded, wounded, wounded, Hedge.None, null, shot[0].Counted, "injured"));
        return found;
    }

    private static readonly string[] DeathWords = Lexicon.Words("quantities/word-classes.tsv", "death-words");

    /// <summary>The one person an act befell, named as its object: "shot and killed his 13-year-old brother".</summary>
    private void AddObjectVictims(string text, List<QuantityToken> tokens, List<Quantity> found)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            // "before taking his own life": the one who acted died.
            if (tokens[k].Lower is "took" or "taking" or "take" && k + 3 < tokens.Count && tokens[k + 1].Lower is "his" or "her"
                && tokens[k + 2].Lower == "own" && tokens[k + 3].Lower == "life")
            {
                var life = tokens[k + 1].Start;
                var lifeEnd = tokens[k + 3].End;
                found.Add(new Quantity(life, lifeEnd - life, text[life..lifeEnd], QuantityKind.Count, 1, 1, 1, Hedge.None, null, "person", "killed"));
                continue;
            }

            // "before turning the gun on himself": a suicide, as news tells it.
            if (tokens[k].Lower is "turned" or "turning" or "turns" && k + 4 < tokens.Count && tokens[k + 1].Lower == "the"
                && tokens[k + 2].Lower is "gun" or "weapon" && tokens[k + 3].Lower == "on" && tokens[k + 4].Lower is "himself" or "herself")
            {
                var self = tokens[k + 4];
                found.Add(new Quantity(self.Start, self.Length, text.Substring(self.Start, self.Length), QuantityKind.Count, 1, 1, 1, Hedge.None, null, "person", "killed"));
                continue;
            }

            if (tokens[k].Lower is not ("killed" or "shot" or "wounded" or "injured" or "murdered" or "stabbed" or "killing" or "shooting" or "wounding" or "injuring"))
            {
                continue;
            }

            // "the shooting a week ago" is a noun; "shooting his wife" and "critically wounding his father" are verbs.
            if (tokens[k].Lower.EndsWith("ing", StringComparison.Ordinal) && k > 0 && Determiners.Contains(tokens[k - 1].Lower))
            {
                continue;
            }

            // "it could easily have killed her", "tried to kill her": nothing befell her.
            if (IsUnrealised(tokens, k) || IsCounterfactual(tokens, k))
            {
                continue;
            }

            // "accidentally shot himself": the one who acted is the one it befell.
            if (tokens[k + 1].Lower is "himself" or "herself" && !found.Any(q => q.Start <= tokens[k + 1].Start && tokens[k + 1].Start < q.End))
            {
                var reflexiveEvent = GroupEvent(tokens, k, []);
                if (reflexiveEvent is not null)
                {
                    var self = tokens[k + 1];
                    found.Add(new Quantity(self.Start, self.Length, text.Substring(self.Start, self.Length), QuantityKind.Count, 1, 1, 1, Hedge.None, null, "person", reflexiveEvent));
                }

                continue;
            }

            // "was killed the day before" is no object; "killed the man" and "had shot his daughter" are.
            if (k > 0 && Auxiliaries.Contains(tokens[k - 1].Lower) && tokens[k - 1].Lower is not ("had" or "has" or "have"))
            {
                continue;
            }

            // A pronoun object: "someone shot him", "shot her in the leg".
            var next = tokens[k + 1];
            if ((next.Lower == "him" || (next.Lower == "her" && (!tokens[k + 2].IsWord || Stops.Contains(tokens[k + 2].Lower) || tokens[k + 2].Lower.EndsWith("ly", StringComparison.Ordinal))))
                && !found.Any(q => q.Start <= next.Start && next.Start < q.End))
            {
                var pronounEvent = GroupEvent(tokens, k, []);
                if (pronounEvent is not null)
                {
                    found.Add(new Quantity(next.Start, next.Length, text.Substring(next.Start, next.Length), QuantityKind.Count, 1, 1, 1, Hedge.None, null, "person", pronounEvent));
                }

                continue;
            }

            if (next.Lower is not ("a" or "an" or "his" or "her" or "their" or "the"))
            {
                continue;
            }

            var head = -1;
            for (var h = k + 2; h < tokens.Count && h <= k + 6; h++)
            {
                if (tokens[h].IsWord && IsPersonHead(tokens[h].Lower) && tokens[h].Lower is not ("year-old" or "month-old"))
                {
                    head = h;
                    break;
                }

                if (!(tokens[h].IsWord || tokens[h].IsNumber || tokens[h].Lower == "-") || Stops.Contains(tokens[h].Lower))
                {
                    break;
                }
            }

            if (head < 0 || found.Any(q => q.Start <= tokens[k + 1].Start && tokens[k + 1].Start < q.End))
            {
                continue;
            }

            var eventName = GroupEvent(tokens, k, []);
            var from = tokens[k + 1].Start;
            var to = tokens[head].End;
            found.Add(new Quantity(from, to - from, text[from..to], QuantityKind.Count, 1, 1, 1, Hedge.None, null, tokens[head].Lower, eventName));
        }
    }

    /// <summary>"the death of a Houston man", "the killing of Jane Roe": a count of one killed.</summary>
    private void AddDeathsOf(string text, List<QuantityToken> tokens, List<Quantity> found)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Lower is not ("death" or "killing" or "slaying" or "murder") || tokens[k + 1].Lower != "of")
            {
                continue;
            }

            var start = k + 2;
            var end = -1;
            if (tokens[start].Lower is "a" or "an" or "the" or "his" or "her" or "their")
            {
                for (var h = start + 1; h < tokens.Count && h <= start + 4; h++)
                {
                    if (tokens[h].IsWord && IsPersonHead(tokens[h].Lower))
                    {
                        end = h;
                        break;
                    }
                }
            }
            else if (start + 1 < tokens.Count && IsCapitalisedWord(text, tokens[start]) && IsCapitalisedWord(text, tokens[start + 1]))
            {
                end = start + 1;
            }

            if (end < 0 || found.Any(q => q.Start <= tokens[start].Start && tokens[start].Start < q.End))
            {
                continue;
            }

            var from = tokens[start].Start;
            var to = tokens[end].End;
            found.Add(new Quantity(from, to - from, text[from..to], QuantityKind.Count, 1, 1, 1, Hedge.None, null, IsPersonHead(tokens[end].Lower) && tokens[end].Lower is not ("year-old" or "month-old") ? tokens[end].Lower : "person", "killed"));
        }
    }

    /// <summary>"a double homicide", "a triple-shooting", "a murder-suicide": the noun says how many it befell.</summary>
    private static void AddMultiples(string text, List<QuantityToken> tokens, List<Quantity> found)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (!token.IsWord)
            {
                continue;
            }

            double value;
            string noun;
            var last = k;
            var dash = token.Lower.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && (TwoDeaths.Contains(token.Lower) || (token.Lower.EndsWith('s') && TwoDeaths.Contains(token.Lower[..^1]))))
            {
                (value, noun) = (2, "homicide");
            }
            else if (dash > 0 && Multiples.TryGetValue(token.Lower[..dash], out value))
            {
                noun = token.Lower[(dash + 1)..];
            }
            else if (Multiples.TryGetValue(token.Lower, out value) && k + 1 < tokens.Count)
            {
                noun = tokens[k + 1].Lower;
                last = k + 1;
            }
            else
            {
                continue;
            }

            noun = noun.EndsWith('s') ? noun[..^1] : noun;
            var eventName = MultipleKilled.Contains(noun) || TwoDeaths.Contains(token.Lower) ? "killed" : MultipleShot.Contains(noun) ? "shot" : null;
            if (eventName is null || (k > 0 && tokens[k - 1].Lower == "attempted") || found.Any(q => q.Start <= token.Start && token.Start < q.End))
            {
                continue;
            }

            var start = token.Start;
            var end = tokens[last].End;
            found.Add(new Quantity(start, end - start, text[start..end], QuantityKind.Count, value, value, value, Hedge.None, null, null, eventName));
        }
    }

    /// <summary>
    /// People named one by one and joined by "and" share what befell them: "a man and a woman were found dead",
    /// "killed two men and a teenager", "Jane Roe and John Doe, 20, died". The count is their sum.
    /// </summary>
    private void AddCoordinatedVictims(string text, List<QuantityToken> tokens, List<Quantity> found, HashSet<int> used)
    {
        // A list ends in "and" and a person; only the few words before such an "and" can begin one.
        var lastStart = -1;
        var candidates = new bool[tokens.Count];
        for (var a = 1; a + 1 < tokens.Count; a++)
        {
            if (tokens[a].Lower == "and" && (TryPersonPhrase(text, tokens, a + 1, out _, out _) || TryBarePerson(tokens, a + 1, out _, out _)))
            {
                for (var c = Math.Max(lastStart + 1, a - 16); c < a; c++)
                {
                    candidates[c] = true;
                }

                lastStart = a - 1;
            }
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (!candidates[k] || !TryPersonPhrase(text, tokens, k, out var total, out var last))
            {
                continue;
            }

            // Part of a group already counted, not a group of its own: "two people, including the suspect, and six others";
            // "six people, three men and three women, were shot".
            if (k > 0 && (tokens[k - 1].Lower == "including"
                || (k > 1 && tokens[k - 1].Lower == "," && tokens[k - 2].IsWord && _lexicon.PersonPlural.Contains(tokens[k - 2].Lower)
                    && found.Exists(q => q.End == tokens[k - 2].End && q.Value > 1))))
            {
                continue;
            }

            var firstCount = total;
            var phrases = 1;
            var sawAnd = false;
            while (last + 2 < tokens.Count && tokens[last + 1].Lower is "," or "and")
            {
                var next = last + 2;
                var and = tokens[last + 1].Lower == "and";
                if (!and && tokens[next].Lower == "and")
                {
                    next++;
                    and = true;
                }

                if (!TryPersonPhrase(text, tokens, next, out var value, out var phraseLast) && !TryBarePerson(tokens, next, out value, out phraseLast))
                {
                    break;
                }

                total += value;
                phrases++;
                last = phraseLast;
                sawAnd |= and;
                if (and)
                {
                    break;
                }
            }

            // A relative clause belongs to the last phrase only: "Jane Roe and the man who died".
            var relative = last + 1 < tokens.Count && (tokens[last + 1].Lower is "who" or "that" or "which"
                || (tokens[last + 1].Lower == "," && last + 2 < tokens.Count && tokens[last + 2].Lower is "who" or "which"));
            // A group then its parts: "six people, three men and three women" counts six, not twelve.
            if (phrases < 2 || !sawAnd || relative || (phrases > 2 && firstCount > 1 && total == 2 * firstCount))
            {
                continue;
            }

            // What befell them: the verb group after ("were found dead"), or the verb or noun whose object they are.
            var eventName = EventAfter(tokens, last + 1, used, true);
            if (eventName is null && k > 0)
            {
                eventName = ObjectOfEvent(tokens, k - 1, used);
                if (eventName is null && k > 1 && tokens[k - 1].Lower == "of" && tokens[k - 2].IsWord && MultipleKilled.Contains(tokens[k - 2].Lower.TrimEnd('s')))
                {
                    eventName = "killed";
                }

                if (eventName is null && k > 1 && tokens[k - 1].Lower == "of" && tokens[k - 2].Lower is "death" or "deaths")
                {
                    eventName = "killed";
                }
            }

            if (eventName is null)
            {
                continue;
            }

            var start = tokens[k].Start;
            var end = tokens[last].End;
            found.Add(new Quantity(start, end - start, text[start..end], QuantityKind.Count, total, total, total, Hedge.None, null, "person", eventName));
            k = last;
        }
    }

    /// <summary>One phrase naming people: "a 44-year-old man", "her daughter", "two children", "Jane Roe, 23".</summary>
    private bool TryPersonPhrase(string text, List<QuantityToken> tokens, int k, out double count, out int last)
    {
        count = 0;
        last = k;
        if (k >= tokens.Count || !(tokens[k].IsWord || tokens[k].IsNumber))
        {
            return false;
        }

        // "his two sons", "the three men": the number counts.
        if (tokens[k].Lower is "the" or "his" or "her" or "their" && k + 1 < tokens.Count
            && (tokens[k + 1].IsNumber || (tokens[k + 1].IsWord && TryUnitWord(tokens[k + 1].Lower, out _))))
        {
            k++;
        }

        var first = tokens[k];
        int head;
        if (first.Lower is "a" or "an" or "one" or "the" or "his" or "her" or "their" or "another")
        {
            count = 1;
            head = FindHead(tokens, k + 1, plural: false);
        }
        else if ((first.IsNumber && TryParseDigits(first.Lower, out var digits) && digits is > 0 and < 1000) || (first.IsWord && TryNumberWords(tokens, k, out digits, out _) && digits > 0))
        {
            count = digits;
            var afterNumber = k + 1;
            while (afterNumber < tokens.Count && tokens[afterNumber].IsWord && _lexicon.Scales.ContainsKey(tokens[afterNumber].Lower))
            {
                return false;
            }

            head = FindHead(tokens, afterNumber, plural: count > 1);
        }
        else if (IsCapitalisedWord(text, first) && !Stops.Contains(first.Lower) && !Determiners.Contains(first.Lower) && !Weekdays.Contains(first.Lower) && !_lexicon.NotCountsBefore.ContainsKey(first.Lower))
        {
            count = 1;
            head = k;
            while (head + 1 < tokens.Count && head < k + 2 && IsCapitalisedWord(text, tokens[head + 1]) && !Stops.Contains(tokens[head + 1].Lower))
            {
                head++;
            }

            // "Lincoln Park and Jackson County" name places, not people; a name starts at its first capital.
            if ((head + 1 < tokens.Count && IsCapitalisedWord(text, tokens[head + 1])) || (k > 0 && IsCapitalisedWord(text, tokens[k - 1])))
            {
                return false;
            }

            for (var w = k; w <= head; w++)
            {
                if (PlaceWords.Contains(tokens[w].Lower) || _lexicon.StreetSuffixes.Contains(tokens[w].Lower))
                {
                    return false;
                }
            }
        }
        else
        {
            return false;
        }

        if (head < 0)
        {
            return false;
        }

        last = head;
        // An age in apposition: "Jane Roe, 23," or "a man, 41,".
        if (last + 3 < tokens.Count && tokens[last + 1].Lower == "," && tokens[last + 2].IsNumber && tokens[last + 3].Lower == ",")
        {
            last += 2;
        }

        return true;
    }

    /// <summary>A later conjunct without its article: "a man, woman and 6-year-old boy".</summary>
    private bool TryBarePerson(List<QuantityToken> tokens, int k, out double count, out int last)
    {
        count = 1;
        // "killed three people and himself".
        if (tokens[k].Lower is "himself" or "herself")
        {
            last = k;
            return true;
        }

        last = FindHead(tokens, k, plural: false);
        // "a boy, and son of an officer" is an apposition, not a second person.
        return last >= 0 && last - k <= 3 && (last + 1 >= tokens.Count || tokens[last + 1].Lower != "of");
    }

    /// <summary>The person noun that ends a phrase begun before <paramref name="from"/>, within a few modifiers; -1 if none.</summary>
    private int FindHead(List<QuantityToken> tokens, int from, bool plural)
    {
        for (var h = from; h < tokens.Count && h < from + 4; h++)
        {
            var token = tokens[h];
            if (token.IsWord && (plural ? _lexicon.PersonPlural.Contains(token.Lower) : IsPersonHead(token.Lower)))
            {
                // "a 52-year-old man": the age is a head only when no noun follows it.
                return h + 1 < tokens.Count && tokens[h + 1].IsWord && (plural ? _lexicon.PersonPlural.Contains(tokens[h + 1].Lower) : IsPersonHead(tokens[h + 1].Lower)) ? h + 1 : h;
            }

            if (!(token.IsWord || token.IsNumber || token.Lower == "-") || Stops.Contains(token.Lower) || _lexicon.Events.ContainsKey(token.Lower))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsPersonHead(string word) => _lexicon.PersonSingular.Contains(word) || word is "year-old" or "month-old";

    private static bool IsAllCaps(string text, QuantityToken token)
    {
        foreach (var c in text.AsSpan(token.Start, token.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalisedWord(string text, QuantityToken token) => token.IsWord && char.IsUpper(text[token.Start]);

    /// <summary>A subject introduced as new: "a man", "a 17-year-old", "an off-duty officer".</summary>
    private bool IsIndefiniteSubject(List<QuantityToken> tokens, int head)
    {
        if (!tokens[head].IsWord || !IsPersonHead(tokens[head].Lower))
        {
            return false;
        }

        for (var k = head - 1; k >= 0 && k >= head - 4; k--)
        {
            if (tokens[k].Lower is "a" or "an")
            {
                return true;
            }

            if (!(tokens[k].IsWord || tokens[k].IsNumber || tokens[k].Lower == "-"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the verb group ending near <paramref name="k"/> is followed by an object, so its subject acted.</summary>
    private bool HasObject(string text, List<QuantityToken> tokens, int k)
    {
        var next = k + 1;
        while (next < tokens.Count && tokens[next].IsWord && (_lexicon.Events.ContainsKey(tokens[next].Lower) || tokens[next].Lower is "and" or "or"))
        {
            next++;
        }

        if (next >= tokens.Count)
        {
            return false;
        }

        var token = tokens[next];
        return token.IsNumber || (token.IsWord && (Determiners.Contains(token.Lower) || (IsCapitalisedWord(text, token) && !Weekdays.Contains(token.Lower))));
    }

    private (string Kind, int Last)? UnitAfter(string text, List<QuantityToken> tokens, int after)
    {
        var k = after;
        if (k < tokens.Count && tokens[k].Lower is "-" && k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End)
        {
            k++;
        }

        if (k < tokens.Count && tokens[k].Lower == "%")
        {
            return ("percent", k);
        }

        foreach (var (words, kind) in _lexicon.UnitsAfter)
        {
            if (Matches(tokens, k, words))
            {
                return (kind, k + words.Length - 1);
            }

            // "12-year-old" arrives as one hyphenated word.
            if (k < tokens.Count && words.Length == 1 && tokens[k].Lower.StartsWith(words[0] + "-", StringComparison.Ordinal) && words[0] is "year" or "month" or "week" or "day")
            {
                return ("age", k);
            }
        }

        // Ordinals glued to the digits: "27th", "1st".
        if (k == after && k < tokens.Count && tokens[k].IsWord && tokens[k].Start == tokens[k - 1].End && tokens[k].Lower is "st" or "nd" or "rd" or "th")
        {
            return ("ordinal", k);
        }

        return null;
    }

    /// <summary>Times, ages in apposition, addresses, phone numbers and measures glued to digits.</summary>
    private bool IsNotACount(string text, List<QuantityToken> tokens, NumberRead number)
    {
        var first = number.First;
        var after = number.Last + 1;
        // The minutes of a time: "at 1:14".
        if (first >= 2 && tokens[first - 1].Lower == ":" && tokens[first - 2].IsNumber)
        {
            return true;
        }

        // "11:13", "9.30pm" style times.
        if (after + 1 < tokens.Count && tokens[after].Lower == ":" && tokens[after + 1].IsNumber)
        {
            return true;
        }

        // Letters glued to digits: "9mm", "5pm", "10K" (ordinals are handled as units).
        if (after < tokens.Count && tokens[after].IsWord && tokens[after].Start == tokens[number.Last].End && tokens[after].Lower is not ("st" or "nd" or "rd" or "th"))
        {
            return true;
        }

        // Age in apposition: "Jane Roe, 23, of Springfield".
        if (first >= 2 && tokens[first - 1].Lower == "," && tokens[first - 2].IsWord && char.IsUpper(text[tokens[first - 2].Start])
            && after < tokens.Count && (tokens[after].Lower is "," or "and" or ")" || (tokens[after].Lower == "of" && after + 1 < tokens.Count && IsCapitalisedWord(text, tokens[after + 1])))
            && !number.IsRange)
        {
            return true;
        }

        // An age in apposition with "also": "Another teen, also 15, was shot".
        if (first >= 2 && tokens[first - 1].Lower == "also" && tokens[first - 2].Lower == "," && after < tokens.Count && tokens[after].Lower == "," && number.Value < 120)
        {
            return true;
        }

        // An age closing a name's apposition without its second comma: "Jane Roe, 64 were found", "and John Doe, 31 all died"
        // (but not a place or a day: "In Los Angeles, 12 were shot", "Last Sunday, 3 died").
        if (first >= 3 && tokens[first - 1].Lower == "," && IsCapitalisedWord(text, tokens[first - 2]) && IsCapitalisedWord(text, tokens[first - 3])
            && number.Value < 120 && !number.IsRange && after < tokens.Count && tokens[after].Lower is "were" or "was" or "all" or "both" or "died" or "are" or "is"
            && (first < 4 || !Stops.Contains(tokens[first - 4].Lower) || tokens[first - 4].Lower is "and" or "," or ";")
            && !Weekdays.Contains(tokens[first - 2].Lower) && !Weekdays.Contains(tokens[first - 3].Lower)
            && !_lexicon.NotCountsBefore.ContainsKey(tokens[first - 2].Lower) && !_lexicon.NotCountsBefore.ContainsKey(tokens[first - 3].Lower))
        {
            return true;
        }

        // Ages sharing one unit: "his 12- and 10-year-old sons".
        if (after + 1 < tokens.Count && tokens[after].Lower == "-" && tokens[after + 1].Lower is "and" or "or" or ",")
        {
            return true;
        }

        // Ages listed after the people they belong to: "the other two boys, 12 and 16, were".
        if (IsAgeList(text, tokens, first))
        {
            return true;
        }

        // An age after a name without its first comma: "John Doe 21, was found".
        if (first >= 2 && IsCapitalisedWord(text, tokens[first - 1]) && IsCapitalisedWord(text, tokens[first - 2]) && number.Value < 120
            && after + 1 < tokens.Count && tokens[after].Lower == "," && tokens[after + 1].Lower is "was" or "is" or "of" or "who" or "and" or "had" or "has")
        {
            return true;
        }

        // Shared ages: "Jane Roe and John Doe, both 21, were".
        if (first >= 2 && tokens[first - 1].Lower is "both" or "all" or "each" && tokens[first - 2].Lower == ","
            && after < tokens.Count && tokens[after].Lower is "," or "." && !number.IsRange)
        {
            return true;
        }

        // Ages given as a bound: "all younger than 45", "children under 18".
        if (first >= 2 && ((tokens[first - 1].Lower == "than" && tokens[first - 2].Lower is "younger" or "older")
            || (tokens[first - 1].Lower is "under" or "over" && tokens[first - 2].IsWord && (IsPersonHead(tokens[first - 2].Lower) || _lexicon.PersonPlural.Contains(tokens[first - 2].Lower)))))
        {
            return true;
        }

        // A name ending in a number: "Club 108 at", "Studio 54 on" (but "in Chicago 12 people were shot" counts people).
        if (first >= 2 && IsCapitalisedWord(text, tokens[first - 1]) && !tokens[first - 2].IsBoundary && !Weekdays.Contains(tokens[first - 1].Lower)
            && !Stops.Contains(tokens[first - 1].Lower) && !_lexicon.Events.ContainsKey(tokens[first - 1].Lower) && HedgeEndingAt(tokens, first - 1) == Hedge.None
            && after < tokens.Count && !(tokens[after].IsWord && (_lexicon.PersonPlural.Contains(tokens[after].Lower) || _lexicon.PersonSingular.Contains(tokens[after].Lower) || _lexicon.Events.ContainsKey(tokens[after].Lower))))
        {
            return true;
        }

        // An age at death: "died at 96".
        if (first >= 2 && tokens[first - 1].Lower == "at" && tokens[first - 2].Lower is "died" or "dies" or "dead")
        {
            return true;
        }

        // A station's name: "FOX 4 reported" (not in a sentence set all in capitals).
        if (first >= 1 && tokens[first - 1].IsWord && tokens[first - 1].Length >= 2 && IsAllCaps(text, tokens[first - 1])
            && after < tokens.Count && tokens[after].IsWord && !IsAllCaps(text, tokens[after]))
        {
            return true;
        }

        // Road and model names: "I-20", "AR-15".
        if (first >= 2 && tokens[first - 1].Lower == "-" && tokens[first - 1].End == tokens[first].Start && tokens[first - 2].End == tokens[first - 1].Start
            && tokens[first - 2].IsWord && tokens[first - 2].Length <= 3 && char.IsUpper(text[tokens[first - 2].Start]))
        {
            return true;
        }

        // Age in apposition after an abbreviated name: "John Doe Jr., 38, had".
        if (first >= 3 && tokens[first - 1].Lower == "," && tokens[first - 2].Lower == "." && IsCapitalisedWord(text, tokens[first - 3])
            && after < tokens.Count && tokens[after].Lower == "," && !number.IsRange)
        {
            return true;
        }

        // Page and picture numbers, dates with slashes: "1 of / 44", "24/7".
        if ((first >= 1 && tokens[first - 1].Lower == "/") || (after < tokens.Count && tokens[after].Lower == "/"))
        {
            return true;
        }

        // A house number before a numbered street: "9330 59th Ave."
        if (after + 1 < tokens.Count && tokens[after].IsNumber && tokens[after + 1].Lower is "st" or "nd" or "rd" or "th" && tokens[after + 1].Start == tokens[after].End)
        {
            return true;
        }

        // Ages given as a list: "16 and 17 years old".
        if (after + 2 < tokens.Count && tokens[after].Lower is "and" or "," or "or" && tokens[after + 1].IsNumber && UnitAfter(text, tokens, after + 2) is { Kind: "age" })
        {
            return true;
        }

        // "(23)" after a name, "[21]" citation marks.
        if (first >= 1 && tokens[first - 1].Lower is "(" or "[" && after < tokens.Count && tokens[after].Lower is ")" or "]")
        {
            return true;
        }

        // "between the ages of 11 and 15", "ages 25 and 26": every number in the list is an age.
        for (var k = first - 1; k >= 0 && k >= first - 6; k--)
        {
            var word = tokens[k].Lower;
            if (word is "age" or "ages" or "aged" || (word is "were" or "are" && k > 0 && tokens[k - 1].Lower == "ages"))
            {
                return true;
            }

            if (!(tokens[k].IsNumber || word is "," or "and" or "of" or "between" or "to"))
            {
                break;
            }
        }

        // Family size, not a count of victims: "a father of three".
        if (first >= 2 && tokens[first - 1].Lower == "of" && FamilyNouns.Contains(tokens[first - 2].Lower))
        {
            return true;
        }

        // Age in apposition after a noun: "One victim, 23, was", "Another, 25, was".
        if (first >= 2 && tokens[first - 1].Lower == "," && after < tokens.Count && tokens[after].Lower == ","
            && tokens[first - 2].IsWord && (IsPersonHead(tokens[first - 2].Lower) || tokens[first - 2].Lower is "another" or "other" or "one"))
        {
            return true;
        }

        // Digits before a capitalised name that is no plural: "next door to 533 Prouty", "Club 108".
        if (after < tokens.Count && tokens[after].IsWord && char.IsUpper(text[tokens[after].Start]) && !tokens[after].Lower.EndsWith('s')
            && (after + 1 >= tokens.Count || !tokens[after + 1].IsWord || char.IsUpper(text[tokens[after + 1].Start]) || Stops.Contains(tokens[after + 1].Lower)))
        {
            return true;
        }

        // Addresses: "345 Burning Tree Dr", "1200 W. Main St".
        for (var k = after; k < tokens.Count && k <= after + 4; k++)
        {
            var token = tokens[k];
            if (!token.IsWord && token.Lower != ".")
            {
                break;
            }

            if (token.IsWord && _lexicon.StreetSuffixes.Contains(token.Lower) && k > after && char.IsUpper(text[token.Start]))
            {
                return true;
            }

            if (token.IsWord && !char.IsUpper(text[token.Start]))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>True when the number at <paramref name="first"/> is one of a list of ages after people: "boys, 12 and 16,".</summary>
    private bool IsAgeList(string text, List<QuantityToken> tokens, int first)
    {
        var start = first;
        while (start >= 2 && tokens[start - 1].Lower is "and" or "," && tokens[start - 2].IsNumber)
        {
            start -= 2;
        }

        var end = first;
        while (end + 2 < tokens.Count && tokens[end + 1].Lower is "and" or "," && tokens[end + 2].IsNumber)
        {
            end += 2;
        }

        if (start == end || start < 2 || tokens[start - 1].Lower != "," || end + 1 >= tokens.Count || tokens[end + 1].Lower is not ("," or "." or "were" or "are"))
        {
            return false;
        }

        var owner = tokens[start - 2];
        return owner.IsWord && (IsPersonHead(owner.Lower) || _lexicon.PersonPlural.Contains(owner.Lower) || IsCapitalisedWord(text, owner));
    }

    /// <summary>The hedge whose last word is at <paramref name="last"/>, if any.</summary>
    private Hedge HedgeEndingAt(List<QuantityToken> tokens, int last)
    {
        HedgeStart(tokens, last + 1, out var hedge);
        return hedge;
    }

    private static bool LooksLikePhone(QuantityToken a, QuantityToken b) =>
        (a.Length == 3 && b.Length == 4 && b.Start == a.End + 1) || a.Lower.StartsWith('0');

    private bool NextIsPlural(List<QuantityToken> tokens, int after) =>
        after < tokens.Count && tokens[after].IsWord && (_lexicon.PersonPlural.Contains(tokens[after].Lower) || _lexicon.Events.ContainsKey(tokens[after].Lower));

    private static bool Matches(List<QuantityToken> tokens, int from, string[] words)
    {
        if (from < 0 || from + words.Length > tokens.Count)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (!string.Equals(tokens[from + w].Lower, words[w], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseDigits(string digits, out double value)
    {
        // Thousands separators must group by three; "1,5" is not fifteen.
        var parts = digits.Split('.');
        var integer = parts[0];
        if (integer.Contains(',', StringComparison.Ordinal))
        {
            var groups = integer.Split(',');
            if (groups.Skip(1).Any(g => g.Length != 3) || groups[0].Length is 0 or > 3)
            {
                value = 0;
                return false;
            }
        }

        return double.TryParse(digits.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && parts.Length <= 2;
    }

    private static string CurrencyOf(string symbol) => symbol switch
    {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        _ => "JPY",
    };
}
