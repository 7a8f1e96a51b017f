/// SipHash-2-4 (Aumasson and Bernstein): a fast keyed MAC for short messages, with a 128-bit key and 64-bit tag.
///
/// Form tokens are signed with it because one is made for every post page served: HMAC-SHA256 cost a third of
/// the page's serving time, SipHash a few hundred nanoseconds.
struct SipHash: Sendable {
    private let key0: UInt64
    private let key1: UInt64

    /// A MAC keyed with the first 16 bytes of `key` (little-endian words, as in the reference code).
    init(key: [UInt8]) {
        precondition(key.count >= 16, "SipHash needs a 16-byte key")
        var words: (UInt64, UInt64) = (0, 0)
        for index in 0..<8 {
            words.0 |= UInt64(key[index]) << (8 * UInt64(index))
            words.1 |= UInt64(key[8 + index]) << (8 * UInt64(index))
        }
        (key0, key1) = words
    }

    /// The 64-bit tag of `message`.
    func tag<Bytes: Collection<UInt8>>(_ message: Bytes) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575 ^ key0
        var v1: UInt64 = 0x646f_7261_6e64_6f6d ^ key1
        var v2: UInt64 = 0x6c79_6765_6e65_7261 ^ key0
        var v3: UInt64 = 0x7465_6462_7974_6573 ^ key1
        func round() {
            v0 &+= v1
            v1 = v1.rotatedLeft(13)
            v1 ^= v0
            v0 = v0.rotatedLeft(32)
            v2 &+= v3
            v3 = v3.rotatedLeft(16)
            v3 ^= v2
            v0 &+= v3
            v3 = v3.rotatedLeft(21)
            v3 ^= v0
            v2 &+= v1
            v1 = v1.rotatedLeft(17)
            v1 ^= v2
            v2 = v2.rotatedLeft(32)
        }
        var word: UInt64 = 0
        var filled: UInt64 = 0
        for byte in message {
            word |= UInt64(byte) << (8 * filled)
            filled += 1
            if filled == 8 {
                v3 ^= word
                round()
                round()
                v0 ^= word
                word = 0
                filled = 0
            }
        }
        word |= UInt64(truncatingIfNeeded: message.count) << 56
        v3 ^= word
        round()
        round()
        v0 ^= word
        v2 ^= 0xff
        round()
        round()
        round()
        round()
        return v0 ^ v1 ^ v2 ^ v3
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
