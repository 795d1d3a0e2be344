namespace Triangulate.Ingest;

/// <summary>What ingestion yields for one input: a document, or the reason it was skipped.</summary>
public readonly record struct IngestItem
{
    private IngestItem(RawDocument? document, Skipped? skipped)
    {
        Document = document;
        Skipped = skipped;
    }

    public RawDocument? Document { get; }

    public Skipped? Skipped { get; }

    public static IngestItem Of(RawDocument document) => new(document, null);

    public static IngestItem Skip(string source, string reason) => new(null, new Skipped(source, reason));
}
