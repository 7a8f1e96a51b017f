/// Windows-1252, the encoding of Western Windows text, byte by byte. ISO-8859-1 files are read with it too:
/// the bytes where the two differ (0x80–0x9F) are curly quotes, dashes and the euro sign in real files.
enum Windows1252 {
    /// The characters of bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined stay the control
    /// character of the same number, as browsers read them.
    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The character `byte` stands for.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(high[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }
}
