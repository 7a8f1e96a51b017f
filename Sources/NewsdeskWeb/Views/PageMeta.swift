/// What every page's `<head>` needs: title, description, canonical link, feeds and the Micropub endpoint for
/// autodiscovery, and the
/// OpenGraph, Twitter card and JSON-LD data that search engines and sharing read.
struct PageMeta: Sendable {
    /// A feed announced with `<link rel="alternate">`.
    struct FeedLink: Sendable {
        let title: String
        let type: String
        let href: String
    }

    /// The `<title>`.
    let title: String
    /// The meta description, at most about 160 characters.
    let description: String
    /// The absolute canonical URL.
    let canonicalURL: String
    /// The blog's address, without a trailing slash: where its endpoints are announced from.
    let baseURL: String
    /// The blog's title, for `og:site_name`.
    var siteName = ""
    /// The title shared pages show (the post's own, without the blog's); the page title when empty.
    var shareTitle = ""
    /// `article` for posts, `website` for the rest.
    var ogType = "website"
    /// An absolute image address for sharing.
    var imageURL: String? = nil
    /// JSON-LD for the page, already safe inside `<script>`.
    var jsonLD: String? = nil
    /// Search results are not for search engines.
    var noIndex = false
    /// The feeds this page offers.
    var feeds: [FeedLink] = []

    /// The Twitter card kind: a large image when there is one.
    var twitterCard: String { imageURL == nil ? "summary" : "summary_large_image" }
    /// The Micropub endpoint, announced with `<link rel="micropub">` so posting clients find it.
    var micropubURL: String { baseURL + "/micropub" }
    /// `og:title`.
    var ogTitle: String { shareTitle.isEmpty ? title : shareTitle }

    /// The blog's feeds in the three formats, under `baseURL`.
    static func blogFeeds(title: String, baseURL: String) -> [FeedLink] {
        [
            FeedLink(title: "\(title) - Atom", type: "application/atom+xml", href: baseURL + "/feeds/posts/default"),
            FeedLink(
                title: "\(title) - RSS", type: "application/rss+xml", href: baseURL + "/feeds/posts/default?alt=rss"),
            FeedLink(title: "\(title) - JSON Feed", type: "application/feed+json", href: baseURL + "/feed.json"),
        ]
    }
}
