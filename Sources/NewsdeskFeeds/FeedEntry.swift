import Foundation

/// One post or comment in a feed.
public struct FeedEntry: Sendable, Equatable {
    /// The story a post clips, named in every format.
    public struct Source: Sendable, Equatable {
        /// The clipped story's address.
        public var url: String
        /// Its headline.
        public var headline: String
        /// The outlet that published it.
        public var outlet: String

        /// Creates a source.
        public init(url: String, headline: String, outlet: String) {
            self.url = url
            self.headline = headline
            self.outlet = outlet
        }

        /// "Headline -- Outlet", as the blog shows a clip.
        public var line: String {
            outlet.isEmpty ? headline : "\(headline) -- \(outlet)"
        }
    }

    /// A permanent, unique id: the entry's absolute address.
    public var id: String
    /// The title; a comment's is its first words.
    public var title: String
    /// The page the entry is read on, absolute.
    public var url: String
    /// When it was published.
    public var published: Date
    /// When it last changed.
    public var updated: Date
    /// Who wrote it.
    public var authorName: String
    /// The author's web address, when known.
    public var authorURL: String?
    /// The whole content as HTML, or `nil` in a summary feed.
    public var contentHTML: String?
    /// A plain-text summary.
    public var summary: String
    /// Labels.
    public var categories: [String]
    /// The clipped story, for clip posts.
    public var source: Source?
    /// The photo's absolute address, when the post has one.
    public var imageURL: String?

    /// Creates an entry.
    public init(
        id: String, title: String, url: String, published: Date, updated: Date, authorName: String,
        authorURL: String? = nil, contentHTML: String?, summary: String, categories: [String] = [],
        source: Source? = nil, imageURL: String? = nil
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.published = published
        self.updated = updated
        self.authorName = authorName
        self.authorURL = authorURL
        self.contentHTML = contentHTML
        self.summary = summary
        self.categories = categories
        self.source = source
        self.imageURL = imageURL
    }
}
