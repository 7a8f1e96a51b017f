import Foundation
import NewsdeskCore
import Testing

@Suite("The archive by year and month")
struct ArchiveCalendarTests {
    let newYork = TimeZone(identifier: "America/New_York")!

    @Test("posts are counted by month in the blog's time zone, newest first")
    func grouping() throws {
        let dates = try [
            "2011-01-01T04:30:00Z",  // still December 31 in New York
            "2011-01-10T14:00:00Z", "2011-01-20T12:00:00Z", "2011-02-05T08:00:00Z",
        ].map { try Date($0, strategy: .iso8601) }
        let calendar = ArchiveCalendar(publishedAt: dates, timeZone: newYork)
        #expect(calendar.years.map(\.year) == [2011, 2010])
        #expect(calendar.years[0].count == 3)
        #expect(calendar.years[0].months.map(\.name) == ["February", "January"])
        #expect(calendar.years[0].months.map(\.count) == [1, 2])
        #expect(calendar.years[1].months.map(\.path) == ["/2010/12/"])
        #expect(calendar.years[1].path == "/2010/")
    }

    @Test("a period spans the month or year in the blog's time zone; impossible dates have none")
    func periods() throws {
        let january = try #require(ArchiveCalendar.period(year: 2011, month: 1, timeZone: newYork))
        #expect(january.start == (try Date("2011-01-01T05:00:00Z", strategy: .iso8601)))
        #expect(january.end == (try Date("2011-02-01T05:00:00Z", strategy: .iso8601)))
        let year = try #require(ArchiveCalendar.period(year: 2011, month: nil, timeZone: newYork))
        #expect(year.end == (try Date("2012-01-01T05:00:00Z", strategy: .iso8601)))
        #expect(ArchiveCalendar.period(year: 2011, month: 13, timeZone: newYork) == nil)
        #expect(ArchiveCalendar.period(year: 0, month: 1, timeZone: newYork) == nil)
    }

    @Test("in order or not, across month ends and clock changes, each post counts in its own month")
    func manyDates() {
        // Every 7 hours 13 minutes for three years: posts at every hour of the day, around every month's end
        // and both clock changes of each year.
        let start = Date(timeIntervalSince1970: 1_293_840_000)  // 2011-01-01T00:00:00Z
        let dates = (0..<3_700).map { start.addingTimeInterval(Double($0) * 26_000) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = newYork
        var expected: [String: Int] = [:]
        for date in dates {
            let parts = calendar.dateComponents([.year, .month], from: date)
            expected["\(parts.year!)-\(parts.month!)", default: 0] += 1
        }
        for input in [dates, dates.reversed(), dates.shuffled()] {
            let archive = ArchiveCalendar(publishedAt: input, timeZone: newYork)
            let counted = archive.years.flatMap(\.months).map { ("\($0.year)-\($0.month)", $0.count) }
            #expect(Dictionary(uniqueKeysWithValues: counted) == expected)
        }
    }
}
