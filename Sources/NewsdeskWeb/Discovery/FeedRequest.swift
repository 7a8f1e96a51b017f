import Hummingbird
import NewsdeskFeeds

/// A feed address's query, as Blogger reads it: `alt=atom|rss|json`, `max-results`, `start-index` (from 1).
struct FeedRequest: Sendable {
    enum Format: String, Sendable {
        case atom, rss, json

        var contentType: String {
            switch self {
            case .atom: return AtomFeedWriter.contentType
            case .rss: return RSSFeedWriter.contentType
            case .json: return JSONFeedWriter.contentType
            }
        }

        func write(_ feed: FeedDocument) -> String {
            switch self {
            case .atom: return AtomFeedWriter.write(feed)
            case .rss: return RSSFeedWriter.write(feed)
            case .json: return JSONFeedWriter.write(feed)
            }
        }
    }

    /// Entries per page without `max-results`, and the most one page may ask for.
    static let defaultCount = 25
    static let maxCount = 500

    let format: Format
    /// The format of the address without `alt` (`/rss.xml` is RSS).
    let defaultFormat: Format
    let count: Int
    /// How many entries come before this page.
    let offset: Int

    /// Reads the query; a value out of range is a 400 that says which.
    init(_ request: Request, defaultFormat: Format = .atom) throws {
        self.defaultFormat = defaultFormat
        let query = request.uri.queryParameters
        if let alt = query["alt"] {
            guard let format = Format(rawValue: String(alt)) else {
                throw HTTPError(.badRequest, message: "alt must be atom, rss or json.")
            }
            self.format = format
        } else {
            format = defaultFormat
        }
        count =
            try Self.number(query["max-results"], name: "max-results", range: 1...Self.maxCount) ?? Self.defaultCount
        offset = (try Self.number(query["start-index"], name: "start-index", range: 1...1_000_000) ?? 1) - 1
    }

    private static func number(_ text: Substring?, name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let text else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw HTTPError(
                .badRequest, message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return value
    }

    /// The address of the page `offset` entries in, with this request's format and count.
    func pageURL(_ baseURL: String, path: String, offset: Int) -> String {
        var parameters: [String] = []
        if format != defaultFormat { parameters.append("alt=\(format.rawValue)") }
        if offset > 0 { parameters.append("start-index=\(offset + 1)") }
        if count != Self.defaultCount { parameters.append("max-results=\(count)") }
        return baseURL + path + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
    }
}
