namespace Triangulate.Annotate.Ner;

/// <summary>BILOU tags over the four entity types: O, then B, I, L, U for each type in <see cref="EntityType"/> order.</summary>
internal static class NerTags
{
    /// <summary>The outside tag.</summary>
    public const int Outside = 0;

    /// <summary>Number of tags.</summary>
    public const int Count = 17;

    /// <summary>Position of a token in its entity.</summary>
    public enum Position
    {
        Begin = 0,
        Inside = 1,
        Last = 2,
        Unit = 3,
    }

    /// <summary>The tag for a type and position.</summary>
    public static int Of(EntityType type, Position position) => 1 + (int)type * 4 + (int)position;

    /// <summary>The tag's entity type; undefined for O.</summary>
    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 4);

    /// <summary>The tag's position; undefined for O.</summary>
    public static Position PositionOf(int tag) => (Position)((tag - 1) % 4);

    /// <summary>True when <paramref name="tag"/> may follow <paramref name="previous"/>.</summary>
    public static bool CanFollow(int previous, int tag)
    {
        var previousOpen = previous != Outside && PositionOf(previous) is Position.Begin or Position.Inside;
        var continues = tag != Outside && PositionOf(tag) is Position.Inside or Position.Last;
        if (previousOpen)
        {
            return continues && TypeOf(tag) == TypeOf(previous);
        }

        return !continues;
    }

    /// <summary>True when <paramref name="tag"/> may end a sentence.</summary>
    public static bool CanEnd(int tag) => tag == Outside || PositionOf(tag) is Position.Last or Position.Unit;

    /// <summary>Short name for debugging ("B-PER").</summary>
    public static string Name(int tag) => tag == Outside ? "O" : "BILU"[(int)PositionOf(tag)] + "-" + TypeOf(tag).Label();
}
