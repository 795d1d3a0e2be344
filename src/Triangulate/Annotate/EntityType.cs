namespace Triangulate.Annotate;

/// <summary>The CoNLL-2003 entity types.</summary>
public enum EntityType
{
    /// <summary>A person (PER).</summary>
    Person,

    /// <summary>An organisation: a company, government body, party, armed group, team (ORG).</summary>
    Organization,

    /// <summary>A place: a country, city, region, geographic feature (LOC).</summary>
    Location,

    /// <summary>Anything else named: nationalities, events, works, products (MISC).</summary>
    Misc,
}

/// <summary>Names of entity types as written in CoNLL data and in output.</summary>
public static class EntityTypes
{
    /// <summary>The CoNLL label: PER, ORG, LOC or MISC.</summary>
    public static string Label(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>Parses a CoNLL label.</summary>
    public static bool TryParse(ReadOnlySpan<char> label, out EntityType type)
    {
        type = label switch
        {
            "PER" => EntityType.Person,
            "ORG" => EntityType.Organization,
            "LOC" => EntityType.Location,
            "MISC" => EntityType.Misc,
            _ => (EntityType)(-1),
        };
        return (int)type >= 0;
    }
}
