import NewsdeskCore

/// Writes a feed as Atom 1.0 (RFC 4287), the format of Blogger's `/feeds/…` addresses.
public enum AtomFeedWriter {
    /// The media type Atom is served with.
    public static let contentType = "application/atom+xml; charset=utf-8"

    /// The Atom document.
    public static func write(_ feed: FeedDocument) -> String {
        let dates = DateFormatting(timeZone: feed.timeZone)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "<id>\(XMLEscaping.escape(feed.selfURL))</id>\n"
        xml += "<title type=\"text\">\(XMLEscaping.escape(feed.title))</title>\n"
        if !feed.subtitle.isEmpty { xml += "<subtitle type=\"text\">\(XMLEscaping.escape(feed.subtitle))</subtitle>\n" }
        xml += "<updated>\(dates.iso8601(feed.updated))</updated>\n"
        xml += link("self", feed.selfURL, type: "application/atom+xml")
        xml += link("alternate", feed.pageURL, type: "text/html")
        if let next = feed.nextURL { xml += link("next", next, type: "application/atom+xml") }
        if let previous = feed.previousURL { xml += link("previous", previous, type: "application/atom+xml") }
        xml += "<author><name>\(XMLEscaping.escape(feed.authorName))</name></author>\n"
        xml += "<generator>Newsdesk</generator>\n"
        for entry in feed.entries { xml += self.entry(entry, dates: dates) }
        return xml + "</feed>\n"
    }

    private static func entry(_ entry: FeedEntry, dates: DateFormatting) -> String {
        var xml = "<entry>\n<id>\(XMLEscaping.escape(entry.id))</id>\n"
        xml += "<title type=\"text\">\(XMLEscaping.escape(entry.title))</title>\n"
        xml += "<published>\(dates.iso8601(entry.published))</published>\n"
        xml += "<updated>\(dates.iso8601(entry.updated))</updated>\n"
        xml += "<author><name>\(XMLEscaping.escape(entry.authorName))</name>"
        if let url = entry.authorURL { xml += "<uri>\(XMLEscaping.escape(url))</uri>" }
        xml += "</author>\n"
        xml += link("alternate", entry.url, type: "text/html")
        if let source = entry.source {
            xml += "<link rel=\"related\" type=\"text/html\" href=\"\(XMLEscaping.escape(source.url))\" "
            xml += "title=\"\(XMLEscaping.escape(source.line))\"/>\n"
        }
        for category in entry.categories {
            xml += "<category scheme=\"http://www.blogger.com/atom/ns#\" term=\"\(XMLEscaping.escape(category))\"/>\n"
        }
        if !entry.summary.isEmpty { xml += "<summary type=\"text\">\(XMLEscaping.escape(entry.summary))</summary>\n" }
        if let html = entry.contentHTML { xml += "<content type=\"html\">\(XMLEscaping.escape(html))</content>\n" }
        return xml + "</entry>\n"
    }

    private static func link(_ rel: String, _ href: String, type: String) -> String {
        "<link rel=\"\(rel)\" type=\"\(type)\" href=\"\(XMLEscaping.escape(href))\"/>\n"
    }
}
