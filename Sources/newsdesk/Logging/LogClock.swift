import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The times log lines carry, formatted once per second rather than for every line: with a line per request,
/// formatting the local time (and the time zone file check it makes) was a large share of what a logged
/// request cost (bench/logging).
enum LogClock {
    private struct Second {
        var value = -1
        /// `2026-12-06T21:30:53+0000`, in the local time zone, as swift-log's StreamLogHandler writes it.
        var local = ""
        /// `2026-12-06T21:30:53`, in UTC.
        var utc = ""
    }

    private static let cache = Mutex(Second())

    /// Now to the second in the local time zone: `2026-12-06T21:30:53+0000`.
    static func localSecond() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return second(now.tv_sec).local
    }

    /// Now to the millisecond in UTC: `2026-12-06T05:24:35.123Z`.
    static func utcMilliseconds() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let milliseconds = Int(now.tv_nsec / 1_000_000)
        let padding = milliseconds < 10 ? ".00" : milliseconds < 100 ? ".0" : "."
        return second(now.tv_sec).utc + padding + String(milliseconds) + "Z"
    }

    private static func second(_ seconds: Int) -> Second {
        if let known = cache.withLock({ $0.value == seconds ? $0 : nil }) { return known }
        var made = Second(value: seconds)
        var time = seconds
        var parts = tm()
        localtime_r(&time, &parts)
        made.local = format(parts, "%Y-%m-%dT%H:%M:%S%z")
        gmtime_r(&time, &parts)
        made.utc = format(parts, "%Y-%m-%dT%H:%M:%S")
        cache.withLock { $0 = made }
        return made
    }

    private static func format(_ parts: tm, _ pattern: String) -> String {
        var parts = parts
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, pattern, &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
