import Foundation
import NewsdeskCore

/// A `source_links` row with its `source_checks`, as ``InMemoryStore`` keeps them.
struct InMemorySourceLink: Sendable {
    var link: SourceLink
    /// Oldest first, at most ``InMemoryStore/sourceChecksKept``.
    var checks: [SourceCheck] = []
    var recheckRequested = false
    var claimedUntil: Date?
    var archiveSave: ArchiveSave?
}

extension InMemoryState {
    /// The link for `url`, added when missing (`INSERT … ON CONFLICT (url) DO NOTHING`); its id.
    @discardableResult
    mutating func sourceLinkID(for url: String, kind: SourceLink.Kind) -> Int64 {
        if let found = sourceLinkIDsByURL[url] { return found }
        let id = nextSourceLinkID
        nextSourceLinkID += 1
        sourceLinks[id] = InMemorySourceLink(link: SourceLink(id: id, url: url, kind: kind))
        sourceLinkIDsByURL[url] = id
        return id
    }

    /// Published posts citing `url`.
    func citesPublished(_ url: String) -> Bool {
        posts.values.contains { $0.post.status == .published && $0.post.clipping?.sourceURL == url }
    }

    /// The posts whose pages change when what readers see of `url` changes, as `SQLStore.citingPostChanges`.
    func citingPostChanges(of url: String) -> Set<StoreChange> {
        let ids = posts.values.filter { $0.post.clipping?.sourceURL == url }.map(\.id)
        return ids.count > 100 ? [.everything] : Set(ids.map { .post(id: $0) })
    }

    /// The posts citing `url`, newest first by publication (or last change), then by id, as the SQL store
    /// orders them.
    func citingPosts(of url: String) -> [CitingPost] {
        postsByID.filter { $0.post.clipping?.sourceURL == url }
            .sorted { a, b in
                let dateA = a.post.publishedAt ?? a.post.updatedAt
                let dateB = b.post.publishedAt ?? b.post.updatedAt
                return dateA != dateB ? dateA > dateB : a.id < b.id
            }
            .map { CitingPost(id: $0.id, title: $0.post.title, path: $0.post.path, publishedAt: $0.post.publishedAt) }
    }

    /// What readers see of `url`.
    func standing(of url: String) -> SourceStanding? {
        sourceLinkIDsByURL[url].flatMap { sourceLinks[$0]?.link.standing }
    }
}
