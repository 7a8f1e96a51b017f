import Foundation
import NewsdeskCore

extension InMemoryStore: ArchiveStore {
    public func importArchive(
        _ archive: BlogArchive, options: ArchiveImportOptions, progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws -> ArchiveImportResult {
        let (result, reports) = try write(touching: .everything) { state in
            var run = InMemoryArchiveImport(state: state)
            try run.store(archive, options: options)
            state = run.state
            return (run.result, run.progress)
        }
        // Told after the write, not under the lock, where a callback reading the store would wait forever.
        for (done, total) in reports { progress(done, total) }
        return result
    }

    public func exportArchive() async throws -> BlogArchive {
        try read { state in
            BlogArchive(
                blog: state.blog ?? Blog(),
                authors: state.authors.map { Author(displayName: $0.displayName, profileURL: $0.profileURL) },
                posts: state.postsByID.map { Self.archived($0, in: state) },
                comments: state.comments.values.sorted { $0.comment.id < $1.comment.id }.map(\.archived),
                redirects: state.redirects.sorted { $0.key < $1.key }.map { Redirect(from: $0.key, to: $0.value) },
                moderation: state.moderation,
                sources: state.sourceLinks.values.sorted { $0.link.id < $1.link.id }.map {
                    ArchivedSource($0.link, checks: $0.checks, archiveSave: $0.archiveSave)
                })
        }
    }

    /// A stored post as an archive carries it.
    static func archived(_ stored: InMemoryPost, in state: InMemoryState) -> ArchivedPost {
        let post = state.post(stored)
        return ArchivedPost(
            id: stored.id, kind: post.kind, status: post.status, title: post.title, slug: post.slug, path: post.path,
            publishedAt: post.publishedAt, updatedAt: post.updatedAt, author: post.author?.displayName,
            labels: post.labels, image: post.image, clipping: post.clipping, commentary: post.commentary,
            summary: post.summary, bodyHTML: post.bodyHTML, commentMode: post.commentMode,
            sourceKey: stored.sourceKey, format: post.format)
    }

    public func redirects() async throws -> [String: String] {
        try read(\.redirects)
    }

    public func postIDsByPath() async throws -> [String: Int64] {
        try read { state in
            // A post's own path wins over an old address that happens to be the same.
            var ids = state.postIDsByPath
            for (from, to) in state.redirects where ids[from] == nil {
                if let id = state.postIDsByPath[to] { ids[from] = id }
            }
            return ids
        }
    }
}
