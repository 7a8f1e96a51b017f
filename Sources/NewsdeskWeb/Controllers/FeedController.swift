import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskFeeds

/// Feeds at Blogger's addresses, so an imported blog keeps its subscribers: `/feeds/posts/default` (Atom;
/// `?alt=rss`, `?alt=json`), `/feeds/posts/summary`, `/feeds/posts/default/-/<Label>`,
/// `/feeds/comments/default`, `/feeds/<postId>/comments/default`, plus `/atom.xml`, `/rss.xml`, `/feed.json`
/// and `/feeds/sources/<outlet>`. Paged with `max-results` and `start-index`; cached like pages, with ETag and
/// Last-Modified.
struct FeedController<Context: RequestContext>: Sendable {
    let discovery: any DiscoveryStore
    let cache: PageCache
    let feeds: FeedBuilder

    func addRoutes(to router: Router<Context>) {
        for (path, format) in [("/atom.xml", FeedRequest.Format.atom), ("/rss.xml", .rss), ("/feed.json", .json)] {
            router.get(RouterPath(path)) { request, _ in
                try await self.feed(request, .posts(.all, summaryOnly: false), defaultFormat: format)
            }
        }
        router.get("/feeds/posts/:style") { request, context in
            try await self.feed(request, .posts(.all, summaryOnly: try Self.summaryOnly(context)))
        }
        router.get("/feeds/posts/:style/-/:label") { request, context in
            guard let label = context.parameters.get("label").flatMap(URLPath.decoded) else {
                throw HTTPError(.notFound)
            }
            return try await self.feed(request, .posts(.label(label), summaryOnly: try Self.summaryOnly(context)))
        }
        router.get("/feeds/sources/:outlet") { request, context in
            guard let outlet = context.parameters.get("outlet").flatMap(URLPath.decoded) else {
                throw HTTPError(.notFound)
            }
            return try await self.feed(request, .posts(.outlet(outlet), summaryOnly: false))
        }
        router.get("/feeds/comments/:style") { request, context in
            _ = try Self.summaryOnly(context)
            return try await self.feed(request, .comments(postID: nil))
        }
        router.get("/feeds/:post/comments/:style") { request, context in
            _ = try Self.summaryOnly(context)
            let postID = try await self.postID(context.parameters.get("post") ?? "")
            return try await self.feed(request, .comments(postID: postID))
        }
    }

    /// `default` is the whole content, `summary` a summary; anything else is not a feed.
    static func summaryOnly(_ context: Context) throws -> Bool {
        switch context.parameters.get("style") {
        case "default": return false
        case "summary": return true
        default: throw HTTPError(.notFound)
        }
    }

    /// A post's id from its feed address: ours, or the Blogger post id of an imported post.
    func postID(_ text: String) async throws -> Int64 {
        guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), text.count <= 20 else {
            throw HTTPError(.notFound)
        }
        if let id = Int64(text), text.count < 12 { return id }
        guard let id = try await discovery.postID(sourceKeySuffix: ".post-" + text) else { throw HTTPError(.notFound) }
        return id
    }

    func feed(_ request: Request, _ subject: FeedSubject, defaultFormat: FeedRequest.Format = .atom) async throws
        -> Response
    {
        let parameters = try FeedRequest(request, defaultFormat: defaultFormat)
        // The feed's own links and its cache key name it one way, whatever the request's spelling and extras.
        let path = PageKey.canonicalPath(request.uri.path)
        let key = parameters.pageURL("", path: path, offset: parameters.offset)
        return try await cache.page(key) {
            let started = Date()
            let feed = try await feeds.feed(subject, parameters, path: path)
            var page = CachedPage(
                text: parameters.format.write(feed), contentType: parameters.format.contentType, renderedAt: started,
                lastModified: started, cacheControl: "public, max-age=300")
            if case .comments(let postID?) = subject { page.subject = .post(postID) }
            return page
        }.response(to: request)
    }
}
