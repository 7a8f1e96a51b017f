import Foundation

/// Expected dates, built independently of the readers' own parsing.
enum TestDates {
    /// The UTC date of `year-month-day hour:minute:second` plus `milliseconds`.
    static func utc(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0,
        milliseconds: Int = 0
    ) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components)!.addingTimeInterval(Double(milliseconds) / 1000)
    }

    /// `2017-09-02 21:44:00.002 UTC` (hakyll-convert's golden files) as a date.
    static func golden(_ text: String) -> Date? {
        let numbers = text.split(whereSeparator: { "-: .".contains($0) }).prefix(7).compactMap { Int($0) }
        guard numbers.count >= 6 else { return nil }
        return utc(
            numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5],
            milliseconds: numbers.count > 6 ? numbers[6] : 0
        )
    }
}
