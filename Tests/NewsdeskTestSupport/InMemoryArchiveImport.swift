import Foundation
import NewsdeskCore

/// Stores an archive into an in-memory state as `ArchiveWriter` stores one into a database: an archive post with
/// id `n` becomes `highest stored id + n` (so a restore into an empty blog keeps its ids), entries whose source key
/// is stored are skipped, and a post whose path is taken moves beside it.
struct InMemoryArchiveImport {
    var state: InMemoryState
    var result = ArchiveImportResult()
    /// The progress reports, `(done, total)`, told once the import is in place rather than under the store's lock.
    var progress: [(Int, Int)] = []

    /// Entries per progress report: the SQL store reports once per INSERT of this many rows.
    static let batchSize = 200

    mutating func store(_ archive: BlogArchive, options: ArchiveImportOptions) throws {
        if options.requiresEmptyBlog, !state.posts.isEmpty || !state.comments.isEmpty {
            throw ArchiveImportError.blogNotEmpty(posts: state.posts.count, comments: state.comments.count)
        }
        storeSettings(archive.blog, options: options)
        let total = archive.posts.count + archive.comments.count
        let authorIDs = storeAuthors(archive)
        let postIDs = try storePosts(archive.posts, authorIDs: authorIDs, total: total)
        let commentIDs = try storeComments(archive.comments, postIDs: postIDs, done: archive.posts.count, total: total)
        // The moderation log of the comments just added (a comment imported before keeps the log it got then).
        for record in archive.moderation {
            guard let id = commentIDs[record.commentID] else { continue }
            var stored = record
            (stored.commentID, stored.at) = (id, record.at.storedPrecision)
            state.moderation.append(stored)
        }
        for redirect in archive.redirects where redirect.staysOnTheBlog && state.redirects[redirect.from] == nil {
            state.redirects[redirect.from] = redirect.to
            result.redirectsAdded += 1
        }
        // An address the blog already checks keeps its own record, as `ArchiveWriter.storeSources` leaves it.
        for source in archive.sources where state.sourceLinkIDsByURL[source.url] == nil {
            let id = state.sourceLinkID(for: source.url, kind: source.kind)
            var link = InMemorySourceLink(link: source.link(id: id))
            link.link.lastCheckedAt = source.lastCheckedAt?.storedPrecision
            link.link.brokenSince = source.brokenSince?.storedPrecision
            link.checks = source.checks.map {
                var check = $0
                check.checkedAt = $0.checkedAt.storedPrecision
                return check
            }
            link.archiveSave = source.archiveSavedAt.map {
                ArchiveSave(at: $0.storedPrecision, status: source.archiveSaveStatus ?? 0)
            }
            state.sourceLinks[id] = link
        }
    }

    /// The archive's settings replace the blog's; an export from elsewhere only brings title and description.
    private mutating func storeSettings(_ blog: Blog?, options: ArchiveImportOptions) {
        if let blog {
            state.blog = blog
        } else if options.blogTitle != nil || options.blogDescription != nil {
            var current = state.blog ?? Blog()
            if let title = options.blogTitle, !title.isEmpty { current.title = title }
            if let description = options.blogDescription { current.description = description }
            state.blog = current
        }
    }

    /// Every author the archive names, found or added in the archive's order; their ids by name.
    private mutating func storeAuthors(_ archive: BlogArchive) -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for author in ArchiveImportPlan.authors(in: archive) where ids[author.displayName] == nil {
            ids[author.displayName] = state.authorID(named: author.displayName, profileURL: author.profileURL)
        }
        return ids
    }

    /// Adds the posts not stored yet; returns every archive post id's stored id.
    private mutating func storePosts(_ posts: [ArchivedPost], authorIDs: [String: Int64], total: Int) throws
        -> [Int64: Int64]
    {
        let plan = ArchiveImportPlan.posts(
            posts, base: state.posts.keys.max() ?? 0, storedIDs: state.postIDsBySourceKey,
            takenPaths: Set(state.postIDsByPath.keys))
        result.postsAlreadyThere += plan.alreadyThere
        result.renamedPaths += plan.renamedPaths
        for (id, post) in plan.fresh {
            try state.insert(Self.stored(post, id: id, authorID: post.author.flatMap { authorIDs[$0] }))
        }
        // One report per batch the SQL store would insert, with the numbers it reports.
        for batch in stride(from: 0, to: plan.fresh.count, by: Self.batchSize) {
            progress.append((min(posts.count, batch + Self.batchSize), total))
        }
        result.postsAdded = plan.fresh.count
        return plan.ids
    }

    /// An archived post as a row.
    static func stored(_ post: ArchivedPost, id: Int64, authorID: Int64?) -> InMemoryPost {
        let content = Post(
            id: id, kind: post.kind, title: post.title, slug: post.slug, path: post.path, status: post.status,
            publishedAt: post.publishedAt, updatedAt: post.updatedAt, labels: post.labels, image: post.image,
            clipping: post.clipping, commentary: post.commentary, summary: post.summary, bodyHTML: post.bodyHTML,
            commentMode: post.commentMode, format: post.format ?? .plain)
        return InMemoryPost(id: id, post: content, authorID: authorID, sourceKey: post.sourceKey)
    }
}
