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

    /// Sixteen digits, most significant first.
    public static func encode(_ value: UInt64) -> String {
        encode(withUnsafeBytes(of: value.bigEndian) { Array($0) })
    }
}
