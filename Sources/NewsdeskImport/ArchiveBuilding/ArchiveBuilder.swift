import Foundation
import NewsdeskCore

/// Turns what a reader found in an export into a ``BlogArchive`` the store can take in one transaction:
/// ids, paths, clips, authors, threads and the redirects that keep old links working.
///
/// It takes posts and comments one at a time as a streaming reader hands them over, so the export is never
/// held in memory twice. Everything is decided from the export alone (plus, for Disqus, which post lives at
/// which path), so the same file always gives the same archive.
public struct ArchiveBuilder: Sendable {
    /// The kind of export being read.
    public var source: ImportSource
    /// The blog's time zone: WordPress posts get `/YYYY/MM/` paths from their local date in it.
    public var timeZone: TimeZone
    /// Recognises clips in post bodies.
    public var clips: ClipRecognizer
    /// For comments that name their post by address (Disqus): the stored post at each path.
    public var storedPostsByPath: [String: Int64]

    private var archive = BlogArchive()
    private var skipped: [SkippedEntry] = []
    private var postIDs: [String: Int64] = [:]
    private var paths = Set<String>()
    private var authors: [String: Author] = [:]
    private var commentIDs: [String: Int64] = [:]
    /// Each comment's parent by key, settled at the end: exports list replies before their parents too.
    private var parentKeys: [String?] = []
    /// The old blog's label addresses (WordPress's `/category/news/`) with their labels, first spelling kept.
    private var labelAddresses: [String: String] = [:]

    /// Creates a builder.
    public init(
        source: ImportSource = .blogger, timeZone: TimeZone, commentaryHeading: String = "My Comment:",
        storedPostsByPath: [String: Int64] = [:]
    ) {
        self.source = source
        self.timeZone = timeZone
        self.clips = ClipRecognizer(commentaryHeading: commentaryHeading)
        self.storedPostsByPath = storedPostsByPath
    }

    /// The archive for a whole `bundle`, and what had to be left out (the reader's skipped entries included).
    public func archive(from bundle: ImportBundle) -> (archive: BlogArchive, skipped: [SkippedEntry]) {
        var builder = self
        builder.source = bundle.source
        for post in bundle.posts { builder.add(post) }
        for comment in bundle.comments { builder.add(comment) }
        return builder.finish(readerSkipped: bundle.skipped)
    }

    /// Adds a post or page.
    public mutating func add(_ imported: ImportedPost) {
        guard postIDs[imported.sourceID] == nil else {
            skipped.append(
                SkippedEntry(kind: imported.kind.rawValue, sourceID: imported.sourceID, reason: "listed twice"))
            return
        }
        let id = Int64(archive.posts.count + 1)
        var post = archivedPost(imported, id: id, source: source)
        // Decided here rather than inside archivedPost: passing the set inout to a method of self copied the
        // whole set for every post (bench/search's 100,000 posts took minutes).
        if paths.contains(post.path) { (post.slug, post.path) = FreePath.beside(post.path, taken: paths) }
        paths.insert(post.path)
        postIDs[imported.sourceID] = id
        archive.posts.append(post)
        archive.redirects += redirects(for: imported, to: post, source: source)
        if post.status == .published {
            labelAddresses.merge(imported.labelAddresses) { first, _ in first }
        }
        if let name = post.author, authors[name] == nil {
            authors[name] = Author(displayName: name, profileURL: imported.authorURL)
        }
    }

    /// Adds a comment; its post must have been added before (readers hand posts over first).
    public mutating func add(_ imported: ImportedComment) {
        guard let post = postID(for: imported) else {
            skipped.append(
                SkippedEntry(
                    kind: "comment", sourceID: imported.sourceID, reason: "no post at \(imported.postSourceID)"))
            return
        }
        let key = Self.commentKey(imported.sourceID, post: imported.postSourceID, source: source)
        guard commentIDs[key] == nil else {
            skipped.append(SkippedEntry(kind: "comment", sourceID: imported.sourceID, reason: "listed twice"))
            return
        }
        let id = Int64(archive.comments.count + 1)
        commentIDs[key] = id
        parentKeys.append(
            imported.parentSourceID.map { Self.commentKey($0, post: imported.postSourceID, source: source) })
        archive.comments.append(
            ArchivedComment(
                id: id, post: post, authorName: imported.authorName, authorURL: imported.authorURL,
                authorEmail: imported.authorEmail, isEditor: imported.isBlogAuthor,
                body: CommentBodyText.fromHTML(imported.bodyHTML), createdAt: imported.createdAt,
                status: imported.status, legacyAnchor: Self.legacyAnchor(imported, source: source),
                sourceKey: "\(Self.sourcePrefix(source)):\(key)"
            ))
    }

    /// The archive, with replies linked to their parents and posts numbered by date; `readerSkipped` is what
    /// the reader left out.
    public func finish(readerSkipped: [SkippedEntry] = []) -> (archive: BlogArchive, skipped: [SkippedEntry]) {
        var archive = self.archive
        for index in archive.comments.indices {
            archive.comments[index].parent = parentKeys[index].flatMap { commentIDs[$0] }
        }
        archive.authors = authors.values.sorted { $0.displayName < $1.displayName }
        archive.redirects += blogRedirects()
        if source != .disqus { Self.numberedByDate(&archive) }
        return (archive, readerSkipped + skipped)
    }

    /// Old addresses of the blog as a whole: WordPress's label pages and their feeds, and its feeds, which
    /// answer at Blogger's addresses here.
    private func blogRedirects() -> [Redirect] {
        guard source == .wordpress, !archive.posts.isEmpty else { return [] }
        var redirects = [
            Redirect(from: "/feed/", to: "/feeds/posts/default"),
            Redirect(from: "/comments/feed/", to: "/feeds/comments/default"),
        ]
        for (path, label) in labelAddresses.sorted(by: { $0.key < $1.key }) {
            redirects.append(Redirect(from: path, to: PathSegment.labelPage(label)))
            redirects.append(Redirect(from: path + "feed/", to: PathSegment.labelFeed(label)))
        }
        return redirects
    }

    /// The post a comment belongs to: one of the export's, or for Disqus the stored post at the thread's path.
    private func postID(for comment: ImportedComment) -> Int64? {
        if source != .disqus { return postIDs[comment.postSourceID] }
        guard let path = OldURL.path(of: comment.postSourceID) else { return nil }
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        return storedPostsByPath[path] ?? storedPostsByPath[bare]
    }

    /// The name source keys start with; Blogger's two formats share entry ids, so they share it.
    static func sourcePrefix(_ source: ImportSource) -> String {
        switch source {
        case .blogger, .bloggerTakeout: "blogger"
        case .wordpress: "wordpress"
        case .disqus: "disqus"
        }
    }

    /// A comment's id within the export. WordPress numbers comments per post in some exports (the Isso
    /// fixture reuses 11), so there the post's id is part of it.
    static func commentKey(_ id: String, post: String, source: ImportSource) -> String {
        source == .wordpress ? "\(post)/\(id)" : id
    }

    /// The anchor old links used: Blogger's `#c<number>`, WordPress's `#comment-<id>`.
    static func legacyAnchor(_ comment: ImportedComment, source: ImportSource) -> String? {
        switch source {
        case .blogger, .bloggerTakeout:
            let number =
                comment.sourceID.range(of: ".post-", options: .backwards)
                .map { String(comment.sourceID[$0.upperBound...]) } ?? comment.sourceID
            return !number.isEmpty && number.allSatisfy(\.isNumber) ? "c\(number)" : nil
        case .wordpress:
            return comment.sourceID.allSatisfy(\.isNumber) ? "comment-\(comment.sourceID)" : nil
        case .disqus:
            return nil
        }
    }
}
