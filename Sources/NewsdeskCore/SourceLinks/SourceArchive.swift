import Foundation

/// The web archive that readers are sent to when a clipped story is gone: by default the Wayback Machine,
/// whose `https://web.archive.org/web/<YYYYMMDDhhmmss>/<address>` answers with the copy nearest that time.
public struct SourceArchive: Sendable, Equatable {
    /// The archive's address before the timestamp, ending in `/`; the Wayback Machine's by default.
    public var base: String

    /// The Wayback Machine's address for copies.
    public static let waybackBase = "https://web.archive.org/web/"
    /// The Wayback Machine's address for asking it to save a page.
    public static let waybackSaveBase = "https://web.archive.org/save/"

    /// An archive at `base`; an empty base means "no archive": readers get no archived link.
    public init(base: String = SourceArchive.waybackBase) {
        self.base = base.isEmpty || base.hasSuffix("/") ? base : base + "/"
    }

    /// The archived copy of `url` nearest `date`; `nil` when no archive is set.
    public func copy(of url: String, near date: Date) -> String? {
        guard !base.isEmpty else { return nil }
        return base + Self.timestamp(date) + "/" + url
    }

    /// `YYYYMMDDhhmmss` in UTC, as the Wayback Machine reads it.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        let year = String(parts.year ?? 1970)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + two(parts.month) + two(parts.day)
            + two(parts.hour) + two(parts.minute) + two(parts.second)
    }
}

extension SourceArchive {
    /// The address that asks the archive to save `url` now: a Wayback-style archive's `…/web/` base with
    /// `save/` in place of `web/`; `nil` for an archive without that convention, or none.
    public func saveRequest(for url: String) -> String? {
        guard base.hasSuffix("/web/") else { return nil }
        return String(base.dropLast(4)) + "save/" + url
    }
}
