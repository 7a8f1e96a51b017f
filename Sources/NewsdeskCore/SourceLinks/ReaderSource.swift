import Foundation

/// Where a clipping's links send readers, and the archived copy offered when the story is gone: the one
/// answer the post page, the feeds and the structured data all give.
public struct ReaderSource: Sendable, Equatable {
    /// Where the headline and "Read more" link: the source, or its new address when it moved.
    public var href: String
    /// Whether the original link no longer works.
    public var isBroken: Bool
    /// The archived copy nearest the post's date, when the story is gone and an archive is set.
    public var archivedCopy: String?

    /// The words added after the headline of a broken source.
    public static let brokenNote = "original link no longer works"
    /// The words of the link to the archived copy.
    public static let archivedCopyLabel = "archived copy"
}

extension Clipping {
    /// Where readers' links go for this clipping in a post published at `publishedAt`, with `archive`.
    public func readerSource(publishedAt: Date?, archive: SourceArchive) -> ReaderSource {
        switch standing {
        case .moved(let address):
            return ReaderSource(href: address, isBroken: false, archivedCopy: nil)
        case .broken:
            let copy = archive.copy(of: sourceURL, near: publishedAt ?? Date())
            return ReaderSource(href: sourceURL, isBroken: true, archivedCopy: copy)
        case nil:
            return ReaderSource(href: sourceURL, isBroken: false, archivedCopy: nil)
        }
    }
}
