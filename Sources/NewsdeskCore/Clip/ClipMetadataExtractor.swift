import Foundation

/// Reads a news page's headline, outlet, excerpt, photo and time from its HTML, the way link previews do:
/// the Open Graph and Twitter tags first, then the page's own title and paragraphs.
///
/// - Headline: `og:title`, else `twitter:title`, else `<title>`. A trailing " | Outlet", " - Outlet",
///   " – Outlet" or " — Outlet" is dropped only when it names the outlet exactly (case aside), so a headline
///   that merely contains a dash keeps it.
/// - Outlet: `og:site_name`, else `application-name`, else the source's host without "www.".
/// - Excerpt: `og:description`, else the meta description, else the first non-trivial `<p>` texts of the
///   `<article>` (of the whole page when it has none).
/// - Photo: `og:image` (or its `:url`/`:secure_url`), else `twitter:image`, resolved against `<base href>`
///   and the page's address; only http and https.
/// - Time: `article:published_time`, else a `datePublished` (microdata or JSON-LD), else the first
///   `<time datetime>` in the article.
/// - Source: `<link rel=canonical>`, else `og:url`, when it is an http(s) address; else the page's address.
///
/// Texts come out plain: references decoded, whitespace collapsed, and cut to 300 characters for the
/// headline and 2,000 for each paragraph.
public enum ClipMetadataExtractor {
    /// The longest headline kept.
    public static let headlineLimit = 300
    /// The longest paragraph kept.
    public static let paragraphLimit = 2_000
    /// The most paragraphs an excerpt can have.
    public static let paragraphCountLimit = ClipParagraphCollector.limit

    /// The metadata of the page `html` fetched from `pageURL` (after redirects), with up to `paragraphCount`
    /// paragraphs (at most five) when the excerpt comes from the page's paragraphs.
    public static func extract(html: String, pageURL: URL, paragraphCount: Int = 3) -> ClipMetadata {
        let page = ClipPage(html: html)
        let base = webURL(page.baseHref, relativeTo: pageURL) ?? pageURL
        let source = webURL(page.canonicalHref, relativeTo: base) ?? webURL(page.meta["og:url"], relativeTo: base)
        let sourceURL = source ?? pageURL
        let outlet = capped(
            page.meta["og:site_name"] ?? page.meta["application-name"] ?? hostName(of: sourceURL), limit: headlineLimit)
        let title = page.meta["og:title"] ?? page.meta["twitter:title"] ?? page.title ?? ""
        let images = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"]
        return ClipMetadata(
            sourceURL: source?.absoluteString ?? pageURL.absoluteString,
            headline: capped(withoutOutletSuffix(title, outlet: outlet), limit: headlineLimit),
            outlet: outlet,
            excerptParagraphs: excerpt(of: page, count: paragraphCount),
            imageURL: images.lazy.compactMap { webURL(page.meta[$0], relativeTo: base) }.first?.absoluteString,
            publishedAt: publishedAt(of: page, html: html))
    }

    private static func excerpt(of page: ClipPage, count: Int) -> [String] {
        if let description = page.meta["og:description"] ?? page.meta["description"] {
            return [capped(description, limit: paragraphLimit)]
        }
        let paragraphs = page.paragraphs
        let chosen = paragraphs.articleParagraphs.isEmpty ? paragraphs.pageParagraphs : paragraphs.articleParagraphs
        return chosen.prefix(max(0, min(count, paragraphCountLimit))).map { capped($0, limit: paragraphLimit) }
    }

    private static func publishedAt(of page: ClipPage, html: String) -> Date? {
        let candidates = [
            page.meta["article:published_time"], page.meta["datepublished"], ClipDate.jsonLDDatePublished(in: html),
            page.articleTime,
        ]
        return candidates.lazy.compactMap { $0.flatMap(ClipDate.parse) }.first
    }
}
