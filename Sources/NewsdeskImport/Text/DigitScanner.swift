/// Reads the numeric parts of a date string, byte by byte.
struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether only whitespace is left (surrounding whitespace is layout, not part of the date).
    var isAtEnd: Bool {
        bytes[index...].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    /// `YYYY-MM-DD<separator>hh:mm[:ss]` as days since 1970 and seconds into the day.
    mutating func dateAndTime(separators: [Character]) -> (days: Int, seconds: Int)? {
        while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x09) {
            index += 1
        }
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2),
            let days = Self.days(year: year, month: month, day: day)
        else { return nil }
        guard index < bytes.count, separators.contains(Character(Unicode.Scalar(bytes[index]))) else {
            return nil
        }
        index += 1
        guard let hour = number(2), skip(":"), let minute = number(2), hour < 24, minute < 60 else { return nil }
        var second = 0
        if skip(":") {
            guard let value = number(2), value <= 60 else { return nil }
            second = value
        }
        return (days, hour * 3600 + minute * 60 + second)
    }

    /// `.002` as 0.002; 0 when there is no fraction.
    mutating func fraction() -> Double {
        guard skip(".") || skip(",") else { return 0 }
        // Digits as one integer over one power of ten: `.002` is exactly 2 / 1000, as close as a Double gets.
        var numerator = 0
        var denominator = 1
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            if denominator < 1_000_000_000 {
                numerator = numerator * 10 + Int(bytes[index] - 0x30)
                denominator *= 10
            }
            index += 1
        }
        return Double(numerator) / Double(denominator)
    }

    /// `Z`, `+hh:mm`, `-hhmm` or nothing (UTC) as seconds east of UTC.
    mutating func zoneOffset() -> Int? {
        if isAtEnd || skip("Z") || skip("z") { return 0 }
        let sign: Int
        if skip("+") {
            sign = 1
        } else if skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(2) else { return nil }
        _ = skip(":")
        let minutes = number(2) ?? 0
        guard hours < 24, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    private mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    private mutating func number(_ digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date; nil for an impossible one (WordPress's 0000-00-00).
    static func days(year: Int, month: Int, day: Int) -> Int? {
        guard year > 0, (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) else {
            return nil
        }
        // Howard Hinnant's days_from_civil.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
