/// A story clipped from a news outlet: headline linked to the source, "-- Outlet", excerpt.
public struct Clipping: Sendable, Equatable, Codable {
    /// The story's address; the headline and "Read more" link to it.
    public var sourceURL: String
    /// The story's headline as the outlet wrote it.
    public var headline: String
    /// The outlet's name ("Stars And Stripes").
    public var outlet: String
    /// The quoted paragraphs, in order.
    public var excerptParagraphs: [String]
    /// What the source checker found, when readers should see it: filled in when a post is read, never stored
    /// with the post (the checks are kept per address).
    public var standing: SourceStanding?

    /// Creates a clipping.
    public init(
        sourceURL: String, headline: String, outlet: String, excerptParagraphs: [String],
        standing: SourceStanding? = nil
    ) {
        self.sourceURL = sourceURL
        self.headline = headline
        self.outlet = outlet
        self.excerptParagraphs = excerptParagraphs
        self.standing = standing
    }

    enum CodingKeys: String, CodingKey {
        case sourceURL, headline, outlet, excerptParagraphs
    }
}
