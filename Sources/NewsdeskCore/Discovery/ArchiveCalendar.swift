import Foundation

/// The blog archive by year and month, with post counts, as Blogger's archive widget shows it.
public struct ArchiveCalendar: Sendable, Equatable {
    /// One month with posts.
    public struct Month: Sendable, Equatable {
        /// The year.
        public var year: Int
        /// The month, 1–12.
        public var month: Int
        /// Published posts that month.
        public var count: Int

        /// Creates a month.
        public init(year: Int, month: Int, count: Int) {
            self.year = year
            self.month = month
            self.count = count
        }

        /// The month's English name: "January".
        public var name: String { DateFormatting.monthName(month) }
        /// The month's archive address, `/2011/01/`.
        public var path: String { "/\(year)/\(month < 10 ? "0" : "")\(month)/" }
    }

    /// One year with posts, its months newest first.
    public struct Year: Sendable, Equatable {
        /// The year.
        public var year: Int
        /// Published posts that year.
        public var count: Int
        /// Months with posts, newest first.
        public var months: [Month]

        /// The year's archive address, `/2011/`.
        public var path: String { "/\(year)/" }
    }

    /// Years with posts, newest first.
    public let years: [Year]

    /// Groups publication times by year and month in `timeZone`. Fastest with the dates in order.
    public init(publishedAt dates: [Date], timeZone: TimeZone) {
        let calendar = Calendar.gregorian(in: timeZone)
        var counts: [Int: Int] = [:]
        // The month of the last date, as `year * 100 + month`, and the instants it spans. In ordered dates most
        // fall in the month before them, so the calendar is asked once a month rather than once a post.
        var current: (key: Int, start: Date, end: Date)? = nil
        for date in dates {
            if let month = current, month.start <= date, date < month.end {
                counts[month.key, default: 0] += 1
                continue
            }
            let parts = calendar.dateComponents([.year, .month], from: date)
            let key = (parts.year ?? 1970) * 100 + (parts.month ?? 1)
            counts[key, default: 0] += 1
            current = calendar.dateInterval(of: .month, for: date).map { (key, $0.start, $0.end) }
        }
        self.init(months: counts.map { Month(year: $0.key / 100, month: $0.key % 100, count: $0.value) })
    }

    /// The archive of these months (those with no posts are left out), in any order.
    public init(months: [Month]) {
        let shown = months.filter { $0.count > 0 }.sorted { ($0.year, $0.month) > ($1.year, $1.month) }
        years = Dictionary(grouping: shown, by: \.year).keys.sorted(by: >).map { year in
            let inYear = shown.filter { $0.year == year }
            return Year(year: year, count: inYear.reduce(0) { $0 + $1.count }, months: inYear)
        }
    }

    /// Every month in `timeZone` from the one holding `first` to the one holding `last`, oldest first, each with
    /// the instants it spans, `[start, end)`: what a store counts posts in.
    public static func months(from first: Date, to last: Date, timeZone: TimeZone) -> [(
        year: Int, month: Int, start: Date, end: Date
    )] {
        let calendar = Calendar.gregorian(in: timeZone)
        var months: [(year: Int, month: Int, start: Date, end: Date)] = []
        var next = calendar.dateInterval(of: .month, for: first)
        while let span = next, span.start <= last {
            let parts = calendar.dateComponents([.year, .month], from: span.start)
            months.append((parts.year ?? 1970, parts.month ?? 1, span.start, span.end))
            next = calendar.dateInterval(of: .month, for: span.end)
        }
        return months
    }

    /// The instants a year (month `nil`) or a month spans in `timeZone`: `[start, end)`; `nil` for no such month.
    public static func period(year: Int, month: Int?, timeZone: TimeZone) -> (start: Date, end: Date)? {
        guard (1...9999).contains(year), month.map({ (1...12).contains($0) }) ?? true else { return nil }
        let calendar = Calendar.gregorian(in: timeZone)
        guard let start = calendar.date(from: DateComponents(year: year, month: month ?? 1, day: 1)),
            let end = calendar.date(byAdding: month == nil ? .year : .month, value: 1, to: start)
        else { return nil }
        return (start, end)
    }
}
