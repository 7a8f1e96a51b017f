import Foundation
import NewsdeskCore

/// A `posts` row: the post as the SQL store would read it back, with the columns readers never see.
struct InMemoryPost: Sendable {
    let id: Int64
    /// The post without its author (joined in on reading, from ``authorID``).
    private(set) var post: Post
    var authorID: Int64?
    /// Where an imported post came from.
    var sourceKey: String?
    /// The state a trashed post goes back to.
    var statusBeforeTrash: PostStatus?
    /// The post's words for search, made on every write as the SQL index is.
    private(set) var index: InMemorySearchIndex.Document

    init(id: Int64, post: Post, authorID: Int64?, sourceKey: String? = nil) {
        self.id = id
        self.post = Self.asStored(post, id: id)
        self.authorID = authorID
        self.sourceKey = sourceKey
        self.index = InMemorySearchIndex.Document(self.post)
    }

    /// Replaces the post's content (an edit), keeping the row's own columns.
    mutating func replace(with post: Post) {
        self.post = Self.asStored(post, id: id)
        index = InMemorySearchIndex.Document(self.post)
    }

    /// Changes the state alone (trash, restore, scheduled publishing).
    mutating func setStatus(_ status: PostStatus) {
        post.status = status
    }

    /// Changes how comments are taken.
    mutating func setCommentMode(_ mode: CommentMode) {
        post.commentMode = mode
    }

    /// `post` as it comes back from a database: times in whole milliseconds, labels trimmed and each once,
    /// excerpt paragraphs as they read back from the one text they are stored as.
    static func asStored(_ post: Post, id: Int64) -> Post {
        var stored = post
        stored.id = id
        stored.author = nil
        stored.publishedAt = post.publishedAt.map(\.storedPrecision)
        stored.updatedAt = post.updatedAt.storedPrecision
        stored.labels = distinctLabels(post.labels)
        stored.clipping?.excerptParagraphs = Self.paragraphs(
            (post.clipping?.excerptParagraphs ?? []).joined(separator: "\n\n"))
        return stored
    }

    /// Labels trimmed, empty ones dropped, each once (first spelling wins), as `SQLStore` stores them.
    static func distinctLabels(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        return labels.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The trimmed runs of non-blank lines of `text`: how the SQL store reads its excerpt column back (its own
    /// `ExcerptText` is internal to NewsdeskStore). Blank means Unicode white space only, as `UTF8Whitespace`.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var lines: [String] = []
        func close() {
            let paragraph = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            lines.removeAll()
        }
        // Cut at each line feed byte, as the SQL store does: "\r\n" is one `Character`, which a split by
        // characters would not cut.
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = String(decoding: bytes, as: UTF8.self)
            if line.unicodeScalars.allSatisfy(\.properties.isWhitespace) { close() } else { lines.append(line) }
        }
        close()
        return paragraphs
    }
}

extension Date {
    /// The date as a database gives it back: in whole milliseconds.
    var storedPrecision: Date {
        Date(millisecondsSince1970: millisecondsSince1970)
    }

    /// The current time in whole milliseconds, rounded down, for the times the store stamps itself: rounded to the
    /// nearest, as ``storedPrecision`` does, a stamp could lie after a `Date()` read just after the write, which
    /// an in-memory write is quick enough to see.
    static var storedNow: Date {
        Date(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }
}
