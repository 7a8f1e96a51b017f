import NIOCore
import NewsdeskCore

/// A fast, stable, non-cryptographic hash for ETags (stable across servers, unlike `Hasher`).
enum ContentHash {
    /// FNV-1a over the readable bytes of `parts` one after another, taken eight bytes at a time and rotated after
    /// each step so every bit reaches every other; as 16 hex digits. A byte at a time it was a fiftieth of a
    /// search page's time (37 KB, bench/search).
    ///
    /// Each step is one-to-one in the hash so far, so two texts that differ in one word never hash alike.
    static func hex(_ parts: ByteBuffer...) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            part.withUnsafeReadableBytes { bytes in
                var offset = 0
                while offset + 8 <= bytes.count {
                    hash = step(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                }
                while offset < bytes.count {
                    hash = step(hash, UInt64(bytes[offset]))
                    offset += 1
                }
            }
        }
        return HexText.encode(hash)
    }

    private static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x100_0000_01b3
        return mixed << 29 | mixed >> 35
    }
}
