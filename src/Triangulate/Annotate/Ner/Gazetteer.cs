using Triangulate.Extract;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Ner;

/// <summary>The gazetteer lists a phrase appears in.</summary>
[Flags]
internal enum GazetteerList
{
    None = 0,
    Country = 1,
    Place = 2,
    Demonym = 4,
    Organization = 8,
    OrgWord = 16,
    Title = 32,
    FirstName = 64,
    LocWord = 128,
    MiscWord = 256,
}

/// <summary>
/// Phrase lists from Resources/gazetteers, matched case-insensitively over tokens (longest match first).
/// Loaded once; thread-safe.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Longest phrase, in tokens, that is looked up.</summary>
    public const int MaxPhraseTokens = 6;

    private static readonly Lazy<Gazetteer> Instance = new(Load);

    private readonly Dictionary<ulong, GazetteerList> _phrases;

    private Gazetteer(Dictionary<ulong, GazetteerList> phrases) => _phrases = phrases;

    /// <summary>The shared instance.</summary>
    public static Gazetteer Default => Instance.Value;

    /// <summary>The lists holding the phrase made of <paramref name="tokenHashes"/> (see <see cref="TokenKey"/>).</summary>
    public GazetteerList Lookup(ReadOnlySpan<ulong> tokenHashes) =>
        _phrases.TryGetValue(PhraseKey(tokenHashes), out var lists) ? lists : GazetteerList.None;

    /// <summary>True when any phrase starts with these tokens (used to stop longest-match early).</summary>
    public bool HasPrefix(ReadOnlySpan<ulong> tokenHashes) => _phrases.ContainsKey(PhraseKey(tokenHashes) ^ PrefixMark);

    /// <summary>The lookup key of one token: its normalised lower-case form.</summary>
    public static ulong TokenKey(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[Math.Min(token.Length, 64)];
        var length = Normalize(token[..buffer.Length], buffer);
        return FeatureHash.Of(buffer[..length]);
    }

    /// <summary>Lower-cases, maps digits to 0 and curly quotes and dashes to ASCII; returns the length written.</summary>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> output)
    {
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            output[k] = c switch
            {
                >= '0' and <= '9' => '0',
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }

        return token.Length;
    }

    private const ulong PrefixMark = 0x5A5A5A5A5A5A5A5AUL;

    private static ulong PhraseKey(ReadOnlySpan<ulong> tokenHashes)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var t in tokenHashes)
        {
            h = (h ^ t) * 0x100000001B3UL;
            h ^= h >> 29;
        }

        return h;
    }

    private static Gazetteer Load()
    {
        var phrases = new Dictionary<ulong, GazetteerList>();
        Add(phrases, "gazetteers/countries.txt", GazetteerList.Country);
        Add(phrases, "gazetteers/places.txt", GazetteerList.Place);
        Add(phrases, "gazetteers/demonyms.txt", GazetteerList.Demonym);
        Add(phrases, "gazetteers/organizations.txt", GazetteerList.Organization);
        Add(phrases, "gazetteers/org-words.txt", GazetteerList.OrgWord);
        Add(phrases, "gazetteers/titles.txt", GazetteerList.Title);
        Add(phrases, "gazetteers/first-names.txt", GazetteerList.FirstName);
        Add(phrases, "gazetteers/loc-words.txt", GazetteerList.LocWord);
        Add(phrases, "gazetteers/misc-words.txt", GazetteerList.MiscWord);
        return new Gazetteer(phrases);
    }

    private static void Add(Dictionary<ulong, GazetteerList> phrases, string resource, GazetteerList list)
    {
        foreach (var line in Resource.Lines(resource))
        {
            var tokens = Tokenizer.Tokenize(line);
            if (tokens.Count is 0 or > MaxPhraseTokens)
            {
                continue;
            }

            var keys = tokens.Select(t => TokenKey(t.Of(line))).ToArray();
            var key = PhraseKey(keys);
            phrases[key] = phrases.GetValueOrDefault(key) | list;
            for (var n = 1; n < keys.Length; n++)
            {
                var prefix = PhraseKey(keys.AsSpan(0, n)) ^ PrefixMark;
                phrases.TryAdd(prefix, GazetteerList.None);
            }
        }
    }

    /// <summary>Marks, for each token, the lists of the longest phrase covering it and its position in that phrase.</summary>
    public void Match(ReadOnlySpan<ulong> tokenKeys, ReadOnlySpan<bool> capitalized, Span<GazetteerList> lists, Span<byte> positions)
    {
        lists.Clear();
        positions.Clear();
        var i = 0;
        while (i < tokenKeys.Length)
        {
            var bestLength = 0;
            var best = GazetteerList.None;
            var max = Math.Min(MaxPhraseTokens, tokenKeys.Length - i);
            for (var n = 1; n <= max; n++)
            {
                var window = tokenKeys.Slice(i, n);
                var found = Lookup(window);
                if (found != GazetteerList.None)
                {
                    // Names must start capitalised; titles may be written in lower case ("the president").
                    var allowed = capitalized[i] ? found : found & GazetteerList.Title;
                    if (allowed != GazetteerList.None)
                    {
                        bestLength = n;
                        best = allowed;
                    }
                }

                if (n < max && !HasPrefix(window))
                {
                    break;
                }
            }

            if (bestLength == 0)
            {
                i++;
                continue;
            }

            for (var k = 0; k < bestLength; k++)
            {
                lists[i + k] = best;
                positions[i + k] = (byte)(bestLength == 1 ? 3 : k == 0 ? 0 : k == bestLength - 1 ? 2 : 1);
            }

            i += bestLength;
        }
    }
}
