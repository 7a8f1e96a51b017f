import Foundation
import NewsdeskCore

extension InMemoryStore: DiscoveryStore {
    public func publishedPosts(_ filter: PostFilter, offset: Int, limit: Int) async throws -> [Post] {
        try read { state in
            let matching = Self.publishedPosts(in: state).filter { Self.matches(filter, $0.post) }
            return Self.page(matching, offset: offset, limit: limit).map(state.post)
        }
    }

    /// Published dated posts, newest first: what every listing starts from.
    static func publishedPosts(in state: InMemoryState) -> [InMemoryPost] {
        state.posts.values.filter { $0.post.status == .published && $0.post.kind == .post }
            .sorted { newestFirst(($0.post.publishedAt, $0.id), ($1.post.publishedAt, $1.id)) }
    }

    /// Whether a published post is one `filter` lists.
    static func matches(_ filter: PostFilter, _ post: Post) -> Bool {
        switch filter {
        case .all:
            return true
        case .label(let label):
            return post.labels.contains(label)
        case .period(let start, let end):
            guard let time = post.publishedAt?.millisecondsSince1970 else { return false }
            return time >= start.millisecondsSince1970 && time < end.millisecondsSince1970
        case .outlet(let outlet):
            return post.clipping?.outlet == outlet
        }
    }

    public func labelCounts() async throws -> [LabelCount] {
        try read { state in
            var counts: [String: Int] = [:]
            for stored in Self.publishedPosts(in: state) {
                for label in stored.post.labels { counts[label, default: 0] += 1 }
            }
            return counts.sorted { $0.key < $1.key }.map { LabelCount(label: $0.key, count: $0.value) }
        }
    }

    public func outletCounts() async throws -> [OutletCount] {
        try read { state in
            var counts: [String: Int] = [:]
            for stored in Self.publishedPosts(in: state) {
                if let outlet = stored.post.clipping?.outlet, !outlet.isEmpty { counts[outlet, default: 0] += 1 }
            }
            return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { OutletCount(outlet: $0.key, count: $0.value) }
        }
    }

    public func archiveCalendar(in timeZone: TimeZone) async throws -> ArchiveCalendar {
        try read { state in
            let times = Self.publishedPosts(in: state).compactMap(\.post.publishedAt).sorted()
            return ArchiveCalendar(publishedAt: times, timeZone: timeZone)
        }
    }

    public func publishedPages() async throws -> [Post] {
        try read { state in
            state.posts.values.filter { $0.post.status == .published && $0.post.kind == .page }
                .sorted { ($0.post.title, $0.id) < ($1.post.title, $1.id) }
                .map(state.post)
        }
    }

    public func publishedComments(onPost postID: Int64?, offset: Int, limit: Int) async throws -> [QueuedComment] {
        try read { state in
            let shown = state.comments.values.compactMap { stored -> (InMemoryComment, Post)? in
                guard stored.comment.status == .published, postID.map({ stored.comment.postID == $0 }) ?? true,
                    let post = state.posts[stored.comment.postID]?.post, post.status == .published
                else { return nil }
                return (stored, post)
            }
            let ordered = shown.sorted {
                Self.newestFirst(($0.0.comment.createdAt, $0.0.comment.id), ($1.0.comment.createdAt, $1.0.comment.id))
            }
            return Self.page(ordered, offset: offset, limit: limit).map { stored, post in
                QueuedComment(comment: stored.comment, postPath: post.path, postTitle: post.title, heldReason: nil)
            }
        }
    }

    public func sitemapEntries() async throws -> [SitemapEntry] {
        try read { state in
            state.posts.values.filter { $0.post.status == .published }
                .sorted { Self.newestFirst(($0.post.publishedAt, $0.id), ($1.post.publishedAt, $1.id)) }
                .map { SitemapEntry(path: $0.post.path, updatedAt: $0.post.updatedAt) }
        }
    }

    public func postID(sourceKeySuffix suffix: String) async throws -> Int64? {
        // The SQL store refuses LIKE's wildcards; refused here too, so both answer alike.
        guard !suffix.isEmpty, !suffix.contains(where: { $0 == "%" || $0 == "_" || $0 == "\\" }) else { return nil }
        return try read { state in
            state.postsByID.first { $0.sourceKey?.hasSuffix(suffix) ?? false }?.id
        }
    }
}
