import NewsdeskCore

/// Writes a feed as RSS 2.0, for `?alt=rss` and `/rss.xml`.
public enum RSSFeedWriter {
    /// The media type RSS is served with.
    public static let contentType = "application/rss+xml; charset=utf-8"

    /// The RSS document.
    public static func write(_ feed: FeedDocument) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
        xml += "<title>\(XMLEscaping.escape(feed.title))</title>\n"
        xml += "<link>\(XMLEscaping.escape(feed.pageURL))</link>\n"
        xml += "<description>\(XMLEscaping.escape(feed.subtitle.isEmpty ? feed.title : feed.subtitle))</description>\n"
        xml += "<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"\(XMLEscaping.escape(feed.selfURL))\"/>\n"
        if let next = feed.nextURL {
            xml += "<atom:link rel=\"next\" type=\"application/rss+xml\" href=\"\(XMLEscaping.escape(next))\"/>\n"
        }
        xml += "<lastBuildDate>\(InternetDate.format(feed.updated))</lastBuildDate>\n"
        xml += "<generator>Newsdesk</generator>\n"
        for entry in feed.entries { xml += item(entry) }
        return xml + "</channel>\n</rss>\n"
    }

    private static func item(_ entry: FeedEntry) -> String {
        var xml = "<item>\n<title>\(XMLEscaping.escape(entry.title))</title>\n"
        xml += "<link>\(XMLEscaping.escape(entry.url))</link>\n"
        xml += "<guid isPermaLink=\"true\">\(XMLEscaping.escape(entry.id))</guid>\n"
        xml += "<pubDate>\(InternetDate.format(entry.published))</pubDate>\n"
        xml += "<dc:creator>\(XMLEscaping.escape(entry.authorName))</dc:creator>\n"
        for category in entry.categories { xml += "<category>\(XMLEscaping.escape(category))</category>\n" }
        if let source = entry.source {
            xml += "<source url=\"\(XMLEscaping.escape(source.url))\">\(XMLEscaping.escape(source.line))</source>\n"
        }
        let description = entry.contentHTML ?? XMLEscaping.escape(entry.summary)
        xml += "<description>\(XMLEscaping.escape(description))</description>\n"
        return xml + "</item>\n"
    }
}
