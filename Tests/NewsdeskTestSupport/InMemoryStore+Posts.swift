import Foundation
import NewsdeskCore

extension InMemoryStore: PostStore {
    public func post(atPath path: String) async throws -> Post? {
        try read { state in state.postIDsByPath[path].flatMap { state.posts[$0] }.map(state.post) }
    }

    public func post(id: Int64) async throws -> Post? {
        try read { state in state.posts[id].map(state.post) }
    }

    public func postCount() async throws -> Int {
        try read(\.posts.count)
    }

    public func setCommentMode(postID: Int64, _ mode: CommentMode) async throws {
        // Recorded even for a missing post, as the SQL store's UPDATE of no row is.
        try write(touching: .post(id: postID)) { state in state.posts[postID]?.setCommentMode(mode) }
    }

    public func createPost(_ post: Post, timeZone: TimeZoneIdentifier) async throws -> Post {
        let zone = TimeZone(identifier: timeZone) ?? .gmt
        // The author is found or added first, in a write of its own, as the SQL store does.
        var authorID = post.author?.id
        if authorID == nil, let name = post.author?.displayName { authorID = try await author(named: name).id }
        let finalAuthorID = authorID
        return try write { state -> (Post, Set<StoreChange>) in
            var post = post
            let base = post.slug.isEmpty ? Slug.make(from: post.title) : post.slug
            if post.kind == .page {
                // Pages live outside the calendar, at Blogger's `/p/<slug>.html`.
                let taken = state.posts.values.filter { $0.post.path.hasPrefix("/p/") }.map(\.post.slug)
                post.slug = Slug.uniquePage(base, taken: Set(taken))
                post.path = "/p/\(post.slug).html"
            } else {
                (post.slug, post.path) = Self.placeInMonth(base, post: post, zone: zone, in: state)
            }
            let stored = InMemoryPost(id: state.nextPostID, post: post, authorID: finalAuthorID)
            try state.insert(stored)
            return (state.post(stored), [.post(id: stored.id)])
        }
    }

    /// The slug made unique within the month of the post's date in `zone` (other than the post's own), and the
    /// permalink it gives.
    static func placeInMonth(_ base: String, post: Post, zone: TimeZone, in state: InMemoryState)
        -> (slug: String, path: String)
    {
        let date = post.publishedAt ?? post.updatedAt
        let month = Permalink(date: date, timeZone: zone, slug: base)
        let taken = state.posts.values.filter { $0.post.path.hasPrefix(month.monthPrefix) && $0.id != post.id }
            .map(\.post.slug)
        let day = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date).day ?? 1
        let slug = Slug.unique(base, day: day, taken: Set(taken))
        return (slug, Permalink(year: month.year, month: month.month, slug: slug).path)
    }
}
