import Foundation
import NewsdeskCore

/// The outside links in a post's HTML, for `newsdesk sources check --all-links`: every `<a href>` that is an
/// absolute http or https address on another site, once each, in order.
public enum CommentaryLinks {
    /// The most links taken from one post; a post with more is a link list, not commentary citing stories.
    public static let perPostLimit = 50

    /// The links in `html` that are not the blog's own (`blogHost`, without `www.`) and not in `excluding`
    /// (the post's own source, registered as such).
    public static func addresses(in html: String, blogHost: String?, excluding: Set<String> = []) -> [String] {
        var tokenizer = HTMLTokenizer(html)
        var seen = excluding
        var links: [String] = []
        while links.count < perPostLimit, let token = tokenizer.next() {
            guard case .start("a", let attributes, _) = token,
                let href = attributes["href"]?.trimmingCharacters(in: .whitespacesAndNewlines),
                let address = StoryAddress(href), href.utf8.count <= 2_000,
                address.host != blogHost, !seen.contains(href)
            else { continue }
            seen.insert(href)
            links.append(href)
        }
        return links
    }

    /// A blog address's host as `StoryAddress` compares hosts; `nil` when the address is not set.
    public static func host(ofBlog baseURL: String) -> String? {
        StoryAddress(baseURL)?.host
    }
}
