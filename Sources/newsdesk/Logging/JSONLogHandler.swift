import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// Writes each log entry to standard error as one JSON object on one line (`--log-format json`), for log
/// collectors: `time` (UTC, milliseconds), `level`, `label`, `source`, `message`, then the entry's metadata as
/// string fields (a metadata key never replaces one of those five).
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    // The signature is swift-log's.
    // swift-format-ignore: FunctionParameterCount
    func log(
        level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String,
        file: String, function: String, line: UInt
    ) {
        var fields: [(String, String)] = [
            ("time", Self.timestamp()), ("level", level.rawValue), ("label", label), ("source", source),
            ("message", message.description),
        ]
        let merged = explicit.map { metadata.merging($0) { $1 } } ?? metadata
        let fixed = Set(fields.map(\.0))
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) where !fixed.contains(key) {
            fields.append((key, value.description))
        }
        var text = "{"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { text += "," }
            text += JSONText.quoted(key) + ":" + JSONText.quoted(value)
        }
        text += "}\n"
        // One write per line: lines from different threads never interleave.
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// Now, as `2026-12-06T05:24:35.123Z`.
    private static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        let milliseconds = now.tv_nsec / 1_000_000
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), milliseconds)
    }
}
