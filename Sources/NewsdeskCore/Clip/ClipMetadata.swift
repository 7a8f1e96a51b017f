import Foundation

/// What a news page says about itself, read by `ClipMetadataExtractor`: the makings of a `Clipping` plus the
/// story's photo and time, for the editor to check before saving.
public struct ClipMetadata: Sendable, Equatable {
    /// The story's address: the page's canonical link when it gives one, else the address fetched.
    public var sourceURL: String
    /// The headline, plain text, at most 300 characters; empty when the page names none.
    public var headline: String
    /// The outlet's name ("Stars and Stripes"), else the page's host without "www.".
    public var outlet: String
    /// Up to five plain-text paragraphs of at most 2,000 characters each; empty when the page has none.
    public var excerptParagraphs: [String]
    /// The story's photo as an absolute http(s) address.
    public var imageURL: String?
    /// When the outlet published the story.
    public var publishedAt: Date?

    /// Creates metadata.
    public init(
        sourceURL: String, headline: String, outlet: String, excerptParagraphs: [String], imageURL: String? = nil,
        publishedAt: Date? = nil
    ) {
        self.sourceURL = sourceURL
        self.headline = headline
        self.outlet = outlet
        self.excerptParagraphs = excerptParagraphs
        self.imageURL = imageURL
        self.publishedAt = publishedAt
    }

    /// The clipping a post stores: headline linked to the source, outlet and excerpt.
    public var clipping: Clipping {
        Clipping(sourceURL: sourceURL, headline: headline, outlet: outlet, excerptParagraphs: excerptParagraphs)
    }
}
