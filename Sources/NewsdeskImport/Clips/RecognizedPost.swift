import NewsdeskCore

/// A post body recognised as a news clip: the clipped story, the editor's commentary and the photo.
public struct RecognizedPost: Sendable, Equatable {
    /// The story: headline, link, outlet and excerpt paragraphs.
    public var clipping: Clipping
    /// The editor's commentary as plain text, paragraphs separated by blank lines, the heading removed.
    public var commentary: String
    /// The photo above the clip with its caption, if there is one.
    public var image: PostImage?

    /// Creates a recognised post.
    public init(clipping: Clipping, commentary: String, image: PostImage? = nil) {
        self.clipping = clipping
        self.commentary = commentary
        self.image = image
    }
}
