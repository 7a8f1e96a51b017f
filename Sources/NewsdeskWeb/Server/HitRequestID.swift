import NewsdeskCore
import Synchronization

/// Request ids for cache hits answered before the router, in the shape of Hummingbird's `RequestID` (a random
/// hexadecimal prefix drawn at launch, then a 16-digit hexadecimal counter), made in one buffer: formatting
/// Hummingbird's was 2.4% of a cache hit in `perf` (bench/pages). Its own prefix keeps its ids apart from the
/// router's.
enum HitRequestID {
    private static let prefix = Array(String(UInt64.random(in: .min ... .max), radix: 16).utf8)
    private static let counter = Atomic<UInt64>(UInt64.random(in: .min ... .max))

    /// A fresh id.
    static func next() -> String {
        let value = counter.wrappingAdd(1, ordering: .relaxed).oldValue
        return String(unsafeUninitializedCapacity: prefix.count + 16) { buffer in
            for (index, byte) in prefix.enumerated() { buffer[index] = byte }
            for digit in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * digit)) & 0x0f
                buffer[prefix.count + digit] = HexText.digit(nibble)
            }
            return prefix.count + 16
        }
    }
}
