import Foundation
import NewsdeskCore
import Testing

@Suite("Date headers and times")
struct DateFormattingTests {
    let newYork = DateFormatting(timeZone: TimeZone(identifier: "America/New_York")!)
    let tokyo = DateFormatting(timeZone: TimeZone(identifier: "Asia/Tokyo")!)

    @Test("the seed's date header")
    func seedHeader() {
        #expect(newYork.dateHeader(ReferenceBlog.publishedAt) == "Monday, January 17, 2011")
        #expect(newYork.postTime(ReferenceBlog.publishedAt) == "9:05 AM")
    }

    @Test("the same instant falls on different days in different zones")
    func acrossZones() {
        // 2011-01-18 03:00 UTC: Monday evening in New York, Tuesday noon in Tokyo.
        let instant = Date(timeIntervalSince1970: 1_295_319_600)
        #expect(newYork.dateHeader(instant) == "Monday, January 17, 2011")
        #expect(tokyo.dateHeader(instant) == "Tuesday, January 18, 2011")
        #expect(newYork.commentTime(instant) == "January 17, 2011 at 10:00 PM")
        #expect(newYork.dayKey(instant) != tokyo.dayKey(instant))
    }

    @Test("daylight saving: the spring gap and the repeated autumn hour")
    func daylightSaving() {
        // 2011-03-13 06:30 UTC is 1:30 EST; 07:30 UTC is 3:30 EDT (2:00–3:00 does not exist that day).
        #expect(newYork.commentTime(Date(timeIntervalSince1970: 1_299_997_800)) == "March 13, 2011 at 1:30 AM")
        #expect(newYork.commentTime(Date(timeIntervalSince1970: 1_300_001_400)) == "March 13, 2011 at 3:30 AM")
        // 2011-11-06 05:30 and 06:30 UTC are both 1:30 in New York (EDT, then EST): same day, same header.
        let first = Date(timeIntervalSince1970: 1_320_557_400)
        let second = Date(timeIntervalSince1970: 1_320_561_000)
        #expect(newYork.postTime(first) == "1:30 AM")
        #expect(newYork.postTime(second) == "1:30 AM")
        #expect(newYork.dateHeader(first) == "Sunday, November 6, 2011")
        #expect(newYork.iso8601(first) == "2011-11-06T01:30:00-04:00")
        #expect(newYork.iso8601(second) == "2011-11-06T01:30:00-05:00")
    }
}
