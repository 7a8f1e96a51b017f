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

    /// Creates a clipping.
    public init(sourceURL: String, headline: String, outlet: String, excerptParagraphs: [String]) {
        self.sourceURL = sourceURL
        self.headline = headline
        self.outlet = outlet
        self.excerptParagraphs = excerptParagraphs
    }
}
