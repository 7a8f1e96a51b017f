import NewsdeskClipper
import NewsdeskCore
import NewsdeskMarkdown
import NewsdeskStore

/// Registers the outside links of published posts (their commentary and free body, as readers get them) for
/// checking, for `sources check --all-links`. Bounded: the newest `postLimit` posts, at most
/// `CommentaryLinks.perPostLimit` links each.
struct CommentaryLinkScan {
    let store: SQLStore
    /// The blog's own address, whose links are not checked.
    let blogHost: String?
    /// The most posts read, newest first.
    var postLimit = 10_000

    init(store: SQLStore, blogHost baseURL: String) {
        self.store = store
        blogHost = CommentaryLinks.host(ofBlog: baseURL)
    }

    /// Registers the links found, a page of posts at a time; returns how many were found.
    func register() async throws -> Int {
        let pageSize = 200
        var found = 0
        var offset = 0
        while offset < postLimit {
            let posts = try await store.publishedPosts(.all, offset: offset, limit: pageSize)
            var links: [String] = []
            for post in posts {
                // The source is checked as a source; here only the commentary's own links count.
                // Without an archive, so a gone source's archived copy is not taken for a link of the commentary.
                let html = PostHTML.readerHTML(
                    of: post, commentaryHeading: "", archive: SourceArchive(base: ""),
                    rendering: MarkdownRenderer.forPosts)
                let source: Set<String> = post.clipping.map { [$0.sourceURL] } ?? []
                links += CommentaryLinks.addresses(in: html, blogHost: blogHost, excluding: source)
            }
            if !links.isEmpty { try await store.registerLinks(links, kind: .link) }
            found += links.count
            guard posts.count == pageSize else { break }
            offset += pageSize
        }
        return found
    }
}
