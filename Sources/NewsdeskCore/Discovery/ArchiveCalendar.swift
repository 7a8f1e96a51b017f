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

    /// Groups publication times by year and month in `timeZone`.
    public init(publishedAt dates: [Date], timeZone: TimeZone) {
        let calendar = Calendar.gregorian(in: timeZone)
        var counts: [Int: Int] = [:]
        for date in dates {
            let parts = calendar.dateComponents([.year, .month], from: date)
            counts[(parts.year ?? 1970) * 100 + (parts.month ?? 1), default: 0] += 1
        }
        let months = counts.keys.sorted(by: >).map { Month(year: $0 / 100, month: $0 % 100, count: counts[$0] ?? 0) }
        years = Dictionary(grouping: months, by: \.year).keys.sorted(by: >).map { year in
            let inYear = months.filter { $0.year == year }
            return Year(year: year, count: inYear.reduce(0) { $0 + $1.count }, months: inYear)
        }
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
