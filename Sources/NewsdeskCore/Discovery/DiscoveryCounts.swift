import Foundation

/// A label with the number of published posts carrying it.
public struct LabelCount: Sendable, Equatable {
    /// The label as the editor spelled it.
    public var label: String
    /// Published posts with the label.
    public var count: Int

    /// Creates a count.
    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }
}

/// An outlet the blog has clipped, with the number of published posts clipping it.
public struct OutletCount: Sendable, Equatable {
    /// The outlet's name as written in the clippings ("Stars And Stripes").
    public var outlet: String
    /// Published posts clipping it.
    public var count: Int

    /// Creates a count.
    public init(outlet: String, count: Int) {
        self.outlet = outlet
        self.count = count
    }
}

/// A public address for `sitemap.xml`, with when its content last changed.
public struct SitemapEntry: Sendable, Equatable {
    /// The path, `/2011/01/slug.html`.
    public var path: String
    /// When the post last changed.
    public var updatedAt: Date

    /// Creates an entry.
    public init(path: String, updatedAt: Date) {
        self.path = path
        self.updatedAt = updatedAt
    }
}
