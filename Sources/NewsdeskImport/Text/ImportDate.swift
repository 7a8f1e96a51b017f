import Foundation

/// The date formats exports use, parsed by hand: exact (milliseconds and zones kept), fast, and free of
/// shared `DateFormatter`s.
enum ImportDate {
    /// RFC 3339 / ISO 8601 as Blogger and Disqus write it: `2017-09-02T14:44:00.002-07:00`,
    /// `2008-05-16T19:40:23Z`. Without a zone the time is taken as UTC.
    static func iso8601(_ text: String) -> Date? {
        var scanner = DigitScanner(text)
        guard let (days, seconds) = scanner.dateAndTime(separators: ["T", "t", " "]) else { return nil }
        let fraction = scanner.fraction()
        guard let offset = scanner.zoneOffset(), scanner.isAtEnd else { return nil }
        return Date(timeIntervalSince1970: Double(days * 86_400 + seconds - offset) + fraction)
    }

    /// WordPress's `2010-10-16 20:53:18` in `timeZone`; nil for WordPress's empty `0000-00-00 00:00:00`.
    static func wordpress(_ text: String, in timeZone: TimeZone) -> Date? {
        var scanner = DigitScanner(text)
        guard let (days, seconds) = scanner.dateAndTime(separators: [" ", "T"]), scanner.isAtEnd else { return nil }
        let wallClock = Date(timeIntervalSince1970: Double(days * 86_400 + seconds))
        // The offset at the wall-clock time, then again at the result, which settles daylight-saving edges.
        let first = wallClock.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: wallClock)))
        return wallClock.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: first)))
    }

    /// RFC 822 as RSS writes it: `Sat, 16 Oct 2010 20:53:18 +0000` (the weekday is optional and ignored).
    static func rfc822(_ text: String) -> Date? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = parts.first, first.first?.isLetter == true { parts.removeFirst() }
        guard parts.count >= 4, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4,
            let month = months.firstIndex(of: parts[1].prefix(3).lowercased()).map({ $0 + 1 })
        else { return nil }
        let time = parts[3].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2, let days = DigitScanner.days(year: year, month: month, day: day),
            time[0] < 24, time[1] < 60, time.count < 3 || time[2] <= 60
        else { return nil }
        let seconds = time[0] * 3600 + time[1] * 60 + (time.count > 2 ? time[2] : 0)
        let offset = parts.count > 4 ? rfc822Offset(parts[4]) : 0
        guard let offset else { return nil }
        return Date(timeIntervalSince1970: Double(days * 86_400 + seconds - offset))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func rfc822Offset(_ zone: String) -> Int? {
        switch zone.uppercased() {
        case "GMT", "UT", "UTC", "Z": return 0
        case "EST": return -5 * 3600
        case "EDT": return -4 * 3600
        case "CST": return -6 * 3600
        case "CDT": return -5 * 3600
        case "MST": return -7 * 3600
        case "MDT": return -6 * 3600
        case "PST": return -8 * 3600
        case "PDT": return -7 * 3600
        default:
            var scanner = DigitScanner(zone)
            guard let offset = scanner.zoneOffset(), scanner.isAtEnd else { return nil }
            return offset
        }
    }
}
