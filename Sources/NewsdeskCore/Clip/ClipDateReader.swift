/// Reads the digits and signs of an ISO 8601 time, left to right, for `ClipDate`.
struct ClipDateReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether everything has been read.
    var isAtEnd: Bool { index == bytes.count }

    /// Reads `ascii` when it comes next.
    mutating func skip(_ ascii: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: ascii) else { return false }
        index += 1
        return true
    }

    /// Reads exactly `count` digits as a number.
    mutating func number(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + count] {
            guard let digit = digit(byte) else { return nil }
            value = value * 10 + digit
        }
        index += count
        return value
    }

    /// Reads the digits after a decimal point as a fraction of a second.
    mutating func fraction() -> Double {
        var value = 0.0
        var scale = 0.1
        while index < bytes.count, let digit = digit(bytes[index]) {
            value += Double(digit) * scale
            scale /= 10
            index += 1
        }
        return value
    }

    /// Reads a zone, `Z`, `+hh:mm`, `+hhmm` or `+hh`, as seconds east of UTC; 0 at the end (no zone), nil for
    /// anything else.
    mutating func zoneOffset() -> Int? {
        if isAtEnd || skip("Z") || skip("z") { return 0 }
        let sign = skip("+") ? 1 : skip("-") ? -1 : 0
        guard sign != 0, let hours = number(2), hours <= 23 else { return nil }
        let minutes = skip(":") ? number(2) : isAtEnd ? 0 : number(2)
        guard let minutes, minutes <= 59 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    private func digit(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }
}
