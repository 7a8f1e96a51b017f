import Foundation
import NewsdeskCore

/// Writes `sitemap.xml` (sitemaps.org 0.9): one `<url>` per public address, with when it last changed.
public enum SitemapWriter {
    /// The most addresses one sitemap may list.
    public static let maxURLs = 50_000

    /// A sitemap of `entries` (paths) under `baseURL`.
    public static func urlSet(_ entries: [SitemapEntry], baseURL: String) -> String {
        let utc = DateFormatting(timeZone: TimeZone(secondsFromGMT: 0)!)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.prefix(maxURLs) {
            xml += "<url><loc>\(XMLEscaping.escape(baseURL + entry.path))</loc>"
            xml += "<lastmod>\(utc.iso8601(entry.updatedAt))</lastmod></url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// A sitemap index naming `pageCount` sitemaps at `baseURL/sitemap.xml?page=N`, for blogs past ``maxURLs``.
    public static func index(pageCount: Int, baseURL: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in 1...max(1, pageCount) {
            xml += "<sitemap><loc>\(XMLEscaping.escape(baseURL))/sitemap.xml?page=\(page)</loc></sitemap>\n"
        }
        return xml + "</sitemapindex>\n"
    }
}
