import Foundation
import NewsdeskCore
import Testing

@Suite("HTTP dates (IMF-fixdate)")
struct InternetDateTests {
    @Test("a date is written and read back the same")
    func roundTrip() {
        let date = Date(timeIntervalSince1970: 1_295_273_100)
        #expect(InternetDate.format(date) == "Mon, 17 Jan 2011 14:05:00 GMT")
        #expect(InternetDate.parse("Mon, 17 Jan 2011 14:05:00 GMT") == date)
        #expect(InternetDate.parse("Tue, 29 Feb 2028 23:59:59 GMT") != nil)
    }

    @Test(
        "a day or time that does not exist, or another shape, is refused rather than rolled over",
        arguments: [
            "Fri, 31 Feb 2025 25:00:00 GMT", "Mon, 31 Feb 2025 10:00:00 GMT", "Mon, 29 Feb 2025 10:00:00 GMT",
            "Mon, 17 Jan 2011 24:00:00 GMT", "Mon, 17 Jan 2011 14:60:00 GMT", "Mon, 17 Jan 2011 14:05:61 GMT",
            "Mon, 00 Jan 2011 14:05:00 GMT", "Mon, 7 Jan 2011 14:05:00 GMT", "Mon, 17 Jan 2011 14:05:00 UTC",
            "Mon, 17 Jan 2011 14:5:00 GMT", "Mon, 17  Jan 2011 14:05:00 GMT", "Monday, 17-Jan-11 14:05:00 GMT",
            "Mon, 17 Jan 2011 -1:05:00 GMT", "",
        ])
    func refused(text: String) {
        #expect(InternetDate.parse(text) == nil)
    }
}
