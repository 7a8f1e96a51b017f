/// Where a reader delivers what it reads, as it reads it: the caller's closures (a streaming read) or a
/// bundle being collected. Counts what it hands over and keeps the skipped entries and blog details.
final class ImportSink {
    private let postHandler: (ImportedPost) throws -> Void
    private let commentHandler: (ImportedComment) throws -> Void
    var blogTitle: String?
    var blogDescription: String?
    private(set) var skipped: [SkippedEntry] = []
    private(set) var postCount = 0
    private(set) var commentCount = 0
    /// Shortcode name → posts using it; see `ImportSummary.unknownShortcodes`.
    private(set) var unknownShortcodes: [String: Int] = [:]
    private(set) var contentNotes: [String] = []

    init(
        onPost: @escaping (ImportedPost) throws -> Void,
        onComment: @escaping (ImportedComment) throws -> Void
    ) {
        postHandler = onPost
        commentHandler = onComment
    }

    func deliver(_ post: ImportedPost) throws {
        postCount += 1
        try postHandler(post)
    }

    func deliver(_ comment: ImportedComment) throws {
        commentCount += 1
        try commentHandler(comment)
    }

    func skip(_ entry: SkippedEntry) {
        skipped.append(entry)
    }

    /// Records what converting one post's content found: the unknown shortcodes it uses, and notes.
    func noteContent(unknownShortcodes names: Set<String>, notes: [String]) {
        for name in names { unknownShortcodes[name, default: 0] += 1 }
        contentNotes += notes
    }

    func summary(source: ImportSource) -> ImportSummary {
        var summary = ImportSummary(
            source: source, blogTitle: blogTitle, blogDescription: blogDescription, postCount: postCount,
            commentCount: commentCount, skipped: skipped
        )
        summary.unknownShortcodes = unknownShortcodes
        summary.contentNotes = contentNotes
        return summary
    }
}
