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
    /// What the repair pass mended before the file could be read.
    var repairs: [ImportRepair] = []
    /// After a repaired re-read starts: how many posts and comments the caller already has from the first
    /// read, which the second hands over again first, in the same order.
    private var postsToPass = 0
    private var commentsToPass = 0
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
        guard postsToPass == 0 else {
            postsToPass -= 1
            return
        }
        try postHandler(post)
    }

    func deliver(_ comment: ImportedComment) throws {
        commentCount += 1
        guard commentsToPass == 0 else {
            commentsToPass -= 1
            return
        }
        try commentHandler(comment)
    }

    /// Starts the read of the repaired file over: what the first read found is forgotten, except that the
    /// posts and comments already handed over are not handed over twice. The first read stopped at the
    /// first thing the repair mends, so everything before it reads the same and comes in the same order.
    func restart(repairs: [ImportRepair]) {
        postsToPass = postCount
        commentsToPass = commentCount
        postCount = 0
        commentCount = 0
        skipped = []
        blogTitle = nil
        blogDescription = nil
        unknownShortcodes = [:]
        contentNotes = []
        self.repairs = repairs
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
            commentCount: commentCount, skipped: skipped, repairs: repairs
        )
        summary.unknownShortcodes = unknownShortcodes
        summary.contentNotes = contentNotes
        return summary
    }
}
