namespace Triangulate.Extract;

/// <summary>Why a piece of the source was not kept in the article body.</summary>
public enum RemovalReason
{
    Navigation,
    RelatedLinks,
    Share,
    Consent,
    Subscription,
    Comments,
    Footer,
    Advertisement,
    PhotoCredit,
    SeeAlso,
    Copyright,
    Disclaimer,
    Newsletter,
    Promotion,
    RepeatedHeadline,
    Headline,
    Metadata,
    Byline,
    SourceNote,
    MachineDisclosure,
    Boilerplate,
    Empty,
    OverLimit,
    Dateline,
    Credit,
}
