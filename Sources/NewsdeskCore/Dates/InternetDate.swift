import Foundation

/// The Internet's date format, HTTP's IMF-fixdate (RFC 9110), also valid RFC 822 for RSS:
/// "Mon, 17 Jan 2011 14:05:00 GMT", in UTC.
public enum InternetDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()

    /// `date` as an IMF-fixdate.
    public static func format(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(weekdays[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) "
            + "\(parts.year ?? 1970) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) GMT"
    }

    /// Reads an IMF-fixdate; `nil` for anything else, including a day or time that does not exist
    /// ("31 Feb", "25:00"): the obsolete formats and out-of-range fields are not worth a cache miss's risk.
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[5] == "GMT", parts[1].count == 2, parts[3].count == 4,
            let day = Int(parts[1]), let month = months.firstIndex(of: String(parts[2])), let year = Int(parts[3])
        else { return nil }
        let clock = parts[4].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
            let hour = Int(clock[0]), let minute = Int(clock[1]), let second = Int(clock[2]),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let components = DateComponents(
            year: year, month: month + 1, day: day, hour: hour, minute: minute, second: min(second, 59))
        // The calendar rolls 31 Feb over into March; a date whose day comes back different did not exist.
        guard let date = utc.date(from: components), utc.component(.day, from: date) == day else { return nil }
        return date
    }
}
