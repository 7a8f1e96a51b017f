import Foundation
import NewsdeskCore

extension InMemoryStore: EditorialStore {
    public func editorialPosts(_ filter: EditorialFilter, offset: Int, limit: Int) async throws -> [Post] {
        try read { state in
            let matching = state.posts.values.filter { stored in
                // Without a state, everything but the trash.
                let status = stored.post.status
                return (filter.status.map { status == $0 } ?? (status != .trashed))
                    && (filter.authorID.map { stored.authorID == $0 } ?? true)
            }
            let ordered = matching.sorted { Self.newestFirst(($0.post.updatedAt, $0.id), ($1.post.updatedAt, $1.id)) }
            return Self.page(ordered, offset: offset, limit: limit).map(state.post)
        }
    }

    public func editorialCounts(authorID: Int64?) async throws -> [PostStatus: Int] {
        try read { state in
            var counts: [PostStatus: Int] = [:]
            for stored in state.posts.values where authorID.map({ stored.authorID == $0 }) ?? true {
                counts[stored.post.status, default: 0] += 1
            }
            return counts
        }
    }

    public func updatePost(_ post: Post, timeZone: TimeZoneIdentifier) async throws -> Post {
        guard let id = post.id else { throw InMemoryStoreError.constraint("a post to update needs its id") }
        let zone = TimeZone(identifier: timeZone) ?? .gmt
        var authorID = post.author?.id
        if authorID == nil, let name = post.author?.displayName { authorID = try await author(named: name).id }
        let finalAuthorID = authorID
        return try write(touching: .post(id: id)) { state in
            guard var stored = state.posts[id] else { throw InMemoryStoreError.noSuchPost(id) }
            let current = stored.post
            var post = post
            (post.slug, post.path) = Self.placeEdited(post, current: current, zone: zone, in: state)
            // A published post that moves leaves its old address behind, as a redirect to the new one.
            if post.path != current.path, current.status == .published { state.redirects[current.path] = post.path }
            stored.replace(with: post)
            stored.authorID = finalAuthorID
            try state.replace(stored)
            return state.post(stored)
        }
    }

    /// The slug and path an edited post gets: a published post keeps its path unless its slug was changed;
    /// otherwise the path follows the slug and date, the slug made unique within its month (`SQLStore.placed`).
    static func placeEdited(_ post: Post, current: Post, zone: TimeZone, in state: InMemoryState)
        -> (slug: String, path: String)
    {
        let base = post.slug.isEmpty ? Slug.make(from: post.title) : Slug.make(from: post.slug)
        if current.status == .published, base == current.slug { return (current.slug, current.path) }
        if post.kind == .page {
            let path = "/p/\(base).html"
            let taken = state.posts.values.contains { $0.post.path == path && $0.id != post.id }
            return taken ? (current.slug, current.path) : (base, path)
        }
        return placeInMonth(base, post: post, zone: zone, in: state)
    }

    public func trashPost(id: Int64) async throws -> Bool {
        try write { state in
            guard var stored = state.posts[id], stored.post.status != .trashed else { return (false, []) }
            stored.statusBeforeTrash = stored.post.status
            stored.setStatus(.trashed)
            state.posts[id] = stored
            return (true, [.post(id: id)])
        }
    }

    public func restorePost(id: Int64) async throws -> Bool {
        try write { state in
            guard var stored = state.posts[id], stored.post.status == .trashed else { return (false, []) }
            stored.setStatus(stored.statusBeforeTrash ?? .draft)
            stored.statusBeforeTrash = nil
            state.posts[id] = stored
            return (true, [.post(id: id)])
        }
    }

    public func publishDuePosts(at now: Date) async throws -> [Int64] {
        try write { state in
            // Claimed under the lock, so each due post is published by one caller only. No write is recorded
            // when nothing is due, so idle polls leave the change counter alone.
            let due = state.posts.values.filter { stored in
                stored.post.status == .scheduled
                    && (stored.post.publishedAt.map { $0.millisecondsSince1970 <= now.millisecondsSince1970 } ?? false)
            }.map(\.id).sorted()
            for id in due { state.posts[id]?.setStatus(.published) }
            return (due, Set(due.map { .post(id: $0) }))
        }
    }
}
