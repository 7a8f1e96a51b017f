import Foundation

/// The blog's date wording, always in English and in the blog's time zone, as Blogger writes it.
///
/// Written out by hand from calendar components: a page with hundreds of comments formats hundreds of
/// times, and building a `DateFormatter` for each cost more than the rest of the page (bench/comments).
public struct DateFormatting: Sendable {
    /// The zone dates are shown in.
    public let timeZone: TimeZone
    private let calendar: Calendar

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// A month's English name: 1 → "January".
    public static func monthName(_ month: Int) -> String {
        months[min(max(month, 1), 12) - 1]
    }

    /// Creates a formatter for one blog's time zone.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        self.calendar = Calendar.gregorian(in: timeZone)
    }

    private func parts(_ date: Date) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute, .second], from: date)
    }

    /// The date header over a day's posts: "Monday, January 17, 2011".
    public func dateHeader(_ date: Date) -> String {
        let parts = parts(date)
        return "\(Self.weekdays[(parts.weekday ?? 1) - 1]), \(Self.months[(parts.month ?? 1) - 1]) \(parts.day ?? 1), "
            + "\(parts.year ?? 1970)"
    }

    /// A comment's time: "January 17, 2011 at 11:02 PM".
    public func commentTime(_ date: Date) -> String {
        let parts = parts(date)
        return "\(Self.months[(parts.month ?? 1) - 1]) \(parts.day ?? 1), \(parts.year ?? 1970) at "
            + clockTime(parts)
    }

    /// A post's time in its footer: "9:05 AM".
    public func postTime(_ date: Date) -> String {
        clockTime(parts(date))
    }

    /// A machine-readable time for `<time datetime>`, with the blog's offset: "2011-01-17T09:05:00-05:00".
    public func iso8601(_ date: Date) -> String {
        let parts = parts(date)
        let offset = timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let zone = offset == 0 ? "Z" : "\(sign)\(Self.two(abs(offset) / 3600)):\(Self.two(abs(offset) % 3600 / 60))"
        return "\(Self.four(parts.year ?? 1970))-\(Self.two(parts.month ?? 1))-\(Self.two(parts.day ?? 1))T"
            + "\(Self.two(parts.hour ?? 0)):\(Self.two(parts.minute ?? 0)):\(Self.two(parts.second ?? 0))\(zone)"
    }

    /// The calendar day a date falls on, for grouping posts under one header.
    public func dayKey(_ date: Date) -> String {
        let parts = parts(date)
        return "\(Self.four(parts.year ?? 1970))-\(Self.two(parts.month ?? 1))-\(Self.two(parts.day ?? 1))"
    }

    /// The time as `<input type="datetime-local">` writes it, to the minute: "2011-01-17T09:05" (the admin
    /// shows it with a space for the `T`).
    public func dateTimeLocal(_ date: Date, separator: String = "T") -> String {
        let parts = parts(date)
        return "\(Self.four(parts.year ?? 1970))-\(Self.two(parts.month ?? 1))-\(Self.two(parts.day ?? 1))"
            + "\(separator)\(Self.two(parts.hour ?? 0)):\(Self.two(parts.minute ?? 0))"
    }

    /// The time a `datetime-local` field sent ("2011-01-17T09:05"), read in the blog's zone; `nil` for text
    /// that is not one, or a day the month lacks (31 February).
    public func date(dateTimeLocal text: String) -> Date? {
        let numbers = text.split(whereSeparator: { "-T:".contains($0) }).map { Int($0) }
        guard numbers.count == 5 || numbers.count == 6, numbers.allSatisfy({ $0 != nil }) else { return nil }
        let values = numbers.compactMap { $0 }
        let components = DateComponents(
            year: values[0], month: values[1], day: values[2], hour: values[3], minute: values[4])
        guard let date = calendar.date(from: components), parts(date).day == values[2] else { return nil }
        return date
    }

    private func clockTime(_ parts: DateComponents) -> String {
        let hour = parts.hour ?? 0
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(twelve):\(Self.two(parts.minute ?? 0)) \(hour < 12 ? "AM" : "PM")"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func four(_ value: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value)
    }
}
