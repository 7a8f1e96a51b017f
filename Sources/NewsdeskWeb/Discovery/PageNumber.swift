import Hummingbird

/// A page number from a query string (`?page=N`, `?commentPage=N`): a whole number from 1 to a bound, so
/// that arithmetic on it (offsets, `page + 1`) cannot overflow. Anything else is a 404: junk addresses are
/// neither cached nor crawled.
enum PageNumber {
    /// The highest page any listing has: 100,000 pages of 50 posts, the most a page shows.
    static let maximum = 100_000

    /// The number under `name` in `request`'s query, 1 when it is absent.
    static func of(_ request: Request, _ name: String = "page", maximum: Int = Self.maximum) throws -> Int {
        try parse(request.uri.queryParameters[Substring(name)].map(String.init), maximum: maximum) ?? 1
    }

    /// `text` as a page number; `nil` when absent, a 404 when not a whole number from 1 to `maximum`.
    static func parse(_ text: String?, maximum: Int = Self.maximum) throws -> Int? {
        guard let text else { return nil }
        guard text.utf8.count <= 10, let number = Int(text), (1...maximum).contains(number) else {
            throw HTTPError(.notFound)
        }
        return number
    }
}
