import Foundation

/// A post's address, `/YYYY/MM/slug.html`, dated in the blog's time zone.
public struct Permalink: Sendable, Equatable, Hashable {
    /// The year of publication in the blog's time zone.
    public var year: Int
    /// The month of publication (1–12) in the blog's time zone.
    public var month: Int
    /// The slug, unique within that month.
    public var slug: String

    /// Creates a permalink from its parts.
    public init(year: Int, month: Int, slug: String) {
        self.year = year
        self.month = month
        self.slug = slug
    }

    /// The permalink of a post published at `date`, as seen in `timeZone`.
    public init(date: Date, timeZone: TimeZone, slug: String) {
        let parts = Calendar.gregorian(in: timeZone).dateComponents([.year, .month], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, slug: slug)
    }

    /// Parses `/YYYY/MM/slug.html`; anything else is `nil`.
    public init?(path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].isEmpty, parts[1].count == 4, parts[2].count == 2,
            let year = Int(parts[1]), let month = Int(parts[2]), (1...12).contains(month),
            parts[3].hasSuffix(".html"), parts[3].count > 5
        else { return nil }
        self.init(year: year, month: month, slug: String(parts[3].dropLast(5)))
    }

    /// The path part of the address.
    public var path: String {
        "/\(year)/\(month < 10 ? "0" : "")\(month)/\(slug).html"
    }

    /// The `/YYYY/MM/` prefix that slugs must be unique within.
    public var monthPrefix: String {
        "/\(year)/\(month < 10 ? "0" : "")\(month)/"
    }
}

extension Calendar {
    /// A Gregorian calendar fixed to `timeZone`, so results never depend on the server's zone.
    static func gregorian(in timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }
}
