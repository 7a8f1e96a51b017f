import Foundation

/// The publication times news pages write: ISO 8601 as `article:published_time`, `<time datetime>` and
/// JSON-LD use it, `2024-05-01T14:05:09.123+02:00`. Pages are loose about it, so seconds, the fraction and
/// the zone may be missing (no zone is taken as UTC), the zone may lack its colon, and a date alone is
/// midnight UTC.
enum ClipDate {
    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()

    /// The time `text` gives, or nil when it is not ISO 8601.
    static func parse(_ text: String) -> Date? {
        var reader = ClipDateReader(text.trimmingCharacters(in: .whitespaces))
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
            let day = reader.number(2)
        else { return nil }
        var parts = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var fraction = 0.0
        if reader.skip("T") || reader.skip("t") || reader.skip(" ") {
            guard let hour = reader.number(2), reader.skip(":"), let minute = reader.number(2) else { return nil }
            parts.hour = hour
            parts.minute = minute
            if reader.skip(":") {
                guard let second = reader.number(2) else { return nil }
                parts.second = second
                if reader.skip(".") || reader.skip(",") { fraction = reader.fraction() }
            }
        }
        guard let offset = reader.zoneOffset(), reader.isAtEnd, (1...12).contains(month), (1...31).contains(day),
            (0...23).contains(parts.hour ?? 0), (0...59).contains(parts.minute ?? 0),
            (0...60).contains(parts.second ?? 0), let date = utc.date(from: parts)
        else { return nil }
        return date.addingTimeInterval(fraction - Double(offset))
    }

    /// The first JSON-LD `"datePublished": "…"` value in `html`. A text search rather than a JSON parse: the
    /// tokenizer drops scripts, and a page's structured data is often invalid JSON anyway.
    static func jsonLDDatePublished(in html: String) -> String? {
        guard let key = html.range(of: "\"datePublished\"") else { return nil }
        let rest = html[key.upperBound...].drop { $0.isWhitespace || $0 == ":" }
        guard rest.first == "\"" else { return nil }
        let value = rest.dropFirst().prefix { $0 != "\"" && $0 != "\n" }
        return value.count <= 40 ? String(value) : nil
    }
}
