import Foundation
import NewsdeskCore

/// Writes a feed as JSON Feed 1.1, for `/feed.json` and `?alt=json`.
public enum JSONFeedWriter {
    /// The media type JSON Feed is served with.
    public static let contentType = "application/feed+json; charset=utf-8"

    struct Document: Encodable {
        let version = "https://jsonfeed.org/version/1.1"
        let title: String
        let homePageURL: String
        let feedURL: String
        let description: String?
        let nextURL: String?
        let authors: [Author]
        let items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, title, description, authors, items
            case homePageURL = "home_page_url"
            case feedURL = "feed_url"
            case nextURL = "next_url"
        }
    }

    struct Author: Encodable {
        let name: String
        let url: String?
    }

    struct Item: Encodable {
        let id: String
        let url: String
        let externalURL: String?
        let title: String
        let contentHTML: String?
        let contentText: String?
        let summary: String?
        let image: String?
        let datePublished: String
        let dateModified: String
        let authors: [Author]
        let tags: [String]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, image, authors, tags
            case externalURL = "external_url"
            case contentHTML = "content_html"
            case contentText = "content_text"
            case datePublished = "date_published"
            case dateModified = "date_modified"
        }
    }

    /// The JSON document.
    public static func write(_ feed: FeedDocument) -> String {
        let dates = DateFormatting(timeZone: feed.timeZone)
        let document = Document(
            title: feed.title, homePageURL: feed.pageURL, feedURL: feed.selfURL,
            description: feed.subtitle.isEmpty ? nil : feed.subtitle, nextURL: feed.nextURL,
            authors: [Author(name: feed.authorName, url: nil)],
            items: feed.entries.map { entry in
                Item(
                    id: entry.id, url: entry.url, externalURL: entry.source?.url, title: entry.title,
                    contentHTML: entry.contentHTML, contentText: entry.contentHTML == nil ? entry.summary : nil,
                    summary: entry.summary.isEmpty ? nil : entry.summary, image: entry.imageURL,
                    datePublished: dates.iso8601(entry.published), dateModified: dates.iso8601(entry.updated),
                    authors: [Author(name: entry.authorName, url: entry.authorURL)],
                    tags: entry.categories.isEmpty ? nil : entry.categories)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and arrays cannot fail.
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
