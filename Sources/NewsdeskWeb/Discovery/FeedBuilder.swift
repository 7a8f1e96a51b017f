import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskFeeds
import NewsdeskMarkdown

/// What a feed follows.
enum FeedSubject: Sendable {
    /// Published posts matching a filter, whole or as summaries.
    case posts(PostFilter, summaryOnly: Bool)
    /// Published comments, on one post or the whole blog.
    case comments(postID: Int64?)
}

/// Reads a feed's entries from the store and describes the feed.
struct FeedBuilder: Sendable {
    let reader: SiteReader
    let store: any DiscoveryStore & PostStore & ChangeTracking
    let markdown: MarkdownRenderer

    func feed(_ subject: FeedSubject, _ request: FeedRequest, path: String) async throws -> FeedDocument {
        let blog = try await reader.blog()
        let baseURL = reader.baseURL(for: blog)
        let entries: [FeedEntry]
        let title: String
        var pageURL = baseURL + "/"
        switch subject {
        case .posts(let filter, let summaryOnly):
            let posts = try await store.publishedPosts(filter, offset: request.offset, limit: request.count + 1)
            // A label or outlet without posts has no feed; past the last page of one that has, the feed is
            // empty, as Blogger's is.
            if posts.isEmpty, filter != .all {
                guard request.offset > 0 else { throw HTTPError(.notFound) }
                let first = try await store.publishedPosts(filter, offset: 0, limit: 1)
                if first.isEmpty { throw HTTPError(.notFound) }
            }
            entries = posts.map {
                FeedEntry(post: $0, blog: blog, baseURL: baseURL, summaryOnly: summaryOnly, rendering: markdown)
            }
            switch filter {
            case .label(let label):
                title = "\(blog.title): \(label)"
                pageURL = baseURL + Listing.label(label).path
            case .outlet(let outlet):
                title = "\(blog.title): \(outlet)"
                pageURL = baseURL + Listing.outlet(outlet).path
            case .all, .period:
                title = blog.title
            }
        case .comments(let postID):
            if let postID {
                guard let post = try await store.post(id: postID), post.status == .published,
                    post.commentMode != .hidden
                else { throw HTTPError(.notFound) }
                title =
                    "\(blog.title): Comments on \(post.title.isEmpty ? TextSummary.of(post, limit: 60) : post.title)"
                pageURL = baseURL + post.path
            } else {
                title = "\(blog.title): Comments"
            }
            let comments = try await store.publishedComments(
                onPost: postID, offset: request.offset, limit: request.count + 1)
            entries = comments.map { FeedEntry(comment: $0, blog: blog, baseURL: baseURL) }
        }
        let shown = Array(entries.prefix(request.count))
        // An empty feed changed when the blog last did, not in 1970.
        var updated = shown.map(\.updated).max()
        if updated == nil { updated = try await store.lastChangeTime() }
        return FeedDocument(
            title: title, subtitle: blog.description, pageURL: pageURL,
            selfURL: request.pageURL(baseURL, path: path, offset: request.offset),
            nextURL: entries.count > request.count
                ? request.pageURL(baseURL, path: path, offset: request.offset + request.count) : nil,
            previousURL: request.offset > 0
                ? request.pageURL(baseURL, path: path, offset: max(0, request.offset - request.count)) : nil,
            updated: updated ?? Date(timeIntervalSince1970: 0), authorName: blog.editorName,
            entries: shown, timeZone: blog.timeZone)
    }
}
