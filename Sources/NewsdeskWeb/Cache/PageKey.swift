import Foundation
import Hummingbird
import NewsdeskCore

/// Cache keys. A route keys its page by what it reads, printed one way (`max-results=0500` and `=500` are one
/// key; parameters it does not read are not part of it), so junk query strings cannot each add a page.
enum PageKey {
    /// The request's own address, path and query as sent: what a cache hit is looked up by before any route
    /// runs. Only addresses in their canonical form hit; the rest reach their route, which uses its own key.
    static func of(_ request: Request) -> String {
        guard let query = request.uri.query, !query.isEmpty else { return request.uri.path }
        return request.uri.path + "?" + query
    }

    /// ``of(_:)`` from the request line's target, before Hummingbird has parsed it (``CacheHitHandler``).
    static func of(path target: String) -> String {
        guard let mark = target.firstIndex(of: "?") else { return target }
        return target.index(after: mark) == target.endIndex ? String(target[..<mark]) : target
    }

    /// `path` with each segment decoded and encoded again one way (`/search/label/%49raq` is
    /// `/search/label/Iraq`); a segment that does not decode is kept as sent.
    static func canonicalPath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            guard segment.contains("%") || segment.contains(where: { !Self.isUnreserved($0) }),
                let decoded = String(segment).removingPercentEncoding
            else { return String(segment) }
            return PathSegment.encoded(decoded)
        }.joined(separator: "/")
    }

    private static func isUnreserved(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-._~".contains(character))
    }

    /// The sitemap, or page `number` of its index.
    static func sitemap(page number: Int?) -> String {
        number.map { "/sitemap.xml?page=\($0)" } ?? "/sitemap.xml"
    }

    /// Blogger's "Older Posts" address for posts before `date`, the time printed one way (UTC, with
    /// milliseconds only when it has them).
    static func olderThan(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        if date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) != 0 {
            formatter.formatOptions.insert(.withFractionalSeconds)
        }
        return "/search?updated-max=" + formatter.string(from: date)
    }
}
