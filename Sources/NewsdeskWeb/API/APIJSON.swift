import Foundation
import Hummingbird

/// How the API writes JSON: keys sorted, so the same data always gives the same bytes and so the same ETag;
/// slashes unescaped; times in UTC ISO 8601 to the second (`2011-01-17T14:05:00Z`).
enum APIJSON {
    /// The media type of every API answer but a problem.
    static let contentType = "application/json"

    /// `value` as JSON text.
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(time(date))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `date` in UTC ISO 8601, as every time in the API is written.
    static func time(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// `value` as a page for the page cache (or for one response): JSON, with the API's CORS headers, and
    /// `no-cache` as pages have, so clients may keep it but ask again, cheaply with its ETag.
    static func page(_ value: some Encodable, renderedAt: Date = Date(), subject: PageSubject = .blogWide) throws
        -> CachedPage
    {
        var page = CachedPage(
            text: try text(value), contentType: contentType, renderedAt: renderedAt, extraHeaders: APICORS.headers)
        page.subject = subject
        return page
    }

    /// `value` as an `application/json` response that no cache keeps: the Admin API's answers, which depend on
    /// the token.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: contentType, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: try text(value))))
    }
}
