/// A fast, stable, non-cryptographic hash for ETags (stable across servers, unlike `Hasher`).
enum ContentHash {
    /// FNV-1a over two byte sequences, as 16 hex digits.
    static func fnv1a64Hex<First: Sequence<UInt8>, Second: Sequence<UInt8>>(_ first: First, _ second: Second) -> String
    {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in first {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        for byte in second {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
