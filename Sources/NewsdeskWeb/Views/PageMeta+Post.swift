import NewsdeskCore

extension PageMeta {
    /// The head of a post page: its feeds, and what search engines and sharing read.
    static func post(_ post: Post, blog: Blog, baseURL: String) -> PageMeta {
        var meta = PageMeta(
            title: post.title.isEmpty ? blog.title : "\(blog.title): \(post.title)",
            description: TextSummary.of(post),
            canonicalURL: baseURL + post.path, baseURL: baseURL)
        meta.siteName = blog.title
        meta.shareTitle = post.title
        meta.ogType = "article"
        meta.imageURL = post.image.map { $0.url.hasPrefix("/") ? baseURL + $0.url : $0.url }
        meta.jsonLD = StructuredData.blogPosting(post, blog: blog, baseURL: baseURL)
        meta.feeds = blogFeeds(title: blog.title, baseURL: baseURL)
        if post.commentMode != .hidden, let id = post.id {
            meta.feeds.append(
                FeedLink(
                    title: "\(blog.title) - Comments on this post", type: "application/atom+xml",
                    href: baseURL + "/feeds/\(id)/comments/default"))
        }
        return meta
    }
}
