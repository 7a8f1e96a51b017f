/// Bytes as lower-case hexadecimal: content hashes, stored token hashes, random secrets.
public enum HexText {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Two digits a byte.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The lower-case digit for `value`, which is below 36: `0`–`9`, then `a`–`z` (hexadecimal's six, and base
    /// 36's beyond).
    @inlinable
    public static func digit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") &+ value : UInt8(ascii: "a") &- 10 &+ value
    }

    /// Sixteen digits, most significant first.
    public static func encode(_ value: UInt64) -> String {
        encode(withUnsafeBytes(of: value.bigEndian) { Array($0) })
    }
}
