/// The photo at the top of a post, with its caption (the seed's DOD photo).
public struct PostImage: Sendable, Equatable, Codable {
    /// Where the image is served from.
    public var url: String
    /// The caption shown under the image.
    public var caption: String
    /// Alternative text for readers who cannot see the image.
    public var altText: String

    /// Creates an image reference.
    public init(url: String, caption: String = "", altText: String = "") {
        self.url = url
        self.caption = caption
        self.altText = altText
    }
}
