import Foundation

/// The blog's date wording, always in English and in the blog's time zone, as Blogger writes it.
public struct DateFormatting: Sendable {
    /// The zone dates are shown in.
    public let timeZone: TimeZone

    /// Creates a formatter for one blog's time zone.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// The date header over a day's posts: "Monday, January 17, 2011".
    public func dateHeader(_ date: Date) -> String {
        format(date, "EEEE, MMMM d, yyyy")
    }

    /// A comment's time: "January 17, 2011 at 11:02 PM".
    public func commentTime(_ date: Date) -> String {
        format(date, "MMMM d, yyyy 'at' h:mm a")
    }

    /// A post's time in its footer: "9:05 AM".
    public func postTime(_ date: Date) -> String {
        format(date, "h:mm a")
    }

    /// A machine-readable time for `<time datetime>`, with the blog's offset.
    public func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The calendar day a date falls on, for grouping posts under one header.
    public func dayKey(_ date: Date) -> String {
        format(date, "yyyy-MM-dd")
    }

    private func format(_ date: Date, _ pattern: String) -> String {
        // NB: DateFormatter is not Sendable and cheap enough to build per call; pages are rendered once.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar.gregorian(in: timeZone)
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
