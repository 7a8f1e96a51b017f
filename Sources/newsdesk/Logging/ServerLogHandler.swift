import Logging
import NewsdeskWeb

/// Writes each log entry to standard error as one line (``LogOutput``: request lines in batches, `notice` and
/// above at once), with the time formatted once per second (``LogClock``):
/// - `text` (the default): swift-log's `StreamLogHandler` lines, `time level label: key=value … [source]
///   message`, in the local time zone;
/// - `json` (`--log-format json`, for log collectors): one JSON object per line, `time` (UTC, milliseconds),
///   `level`, `label`, `source`, `message`, then the metadata as string fields (a metadata key never replaces
///   one of those five).
struct ServerLogHandler: LogHandler {
    enum Format {
        case text, json
    }

    let label: String
    let format: Format
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let explicit = event.metadata { merged.merge(explicit) { $1 } }
        if let error = event.error {
            merged["error.message"] = "\(error)"
            merged["error.type"] = "\(String(reflecting: type(of: error)))"
        }
        let fields = merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value.description) }
        write(level: event.level, source: event.source, message: event.message.description, fields: fields)
    }

    /// Writes a request's line as ``log(event:)`` would write it from the same fields as metadata, without a
    /// dictionary to build, merge and sort (``RequestLogLine``). Only for a handler with no metadata of its own.
    func write(_ line: RequestLogLine) {
        guard format == .text else {
            return write(level: line.level, source: RequestLogLine.source, message: line.message, fields: line.fields)
        }
        // The text line appended piece by piece to the output's own bytes, with no string of its own; its numbers
        // and time are made before the output's lock is taken.
        let (time, bytesSent, duration, status) =
            (LogClock.localSecond(), line.bytes.map { String($0) } ?? "-", line.duration, String(line.status))
        LogOutput.standardError.write(urgent: line.level >= .notice) { bytes in
            func append(_ text: String) { bytes.appendUTF8(text) }
            func append(_ text: StaticString) {
                bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
            }
            append(time)
            append(" ")
            append(line.level.rawValue)
            append(" ")
            append(label)
            append(": bytes=")
            append(bytesSent)
            append(" client=")
            append(line.client)
            append(" duration_ms=")
            append(duration)
            append(" hb.request.id=")
            append(line.requestID)
            append(" method=")
            append(line.method)
            append(" route=")
            append(line.route)
            append(" status=")
            append(status)
            append(" [")
            append(RequestLogLine.source)
            append("] ")
            // `line.message`, written in its parts.
            append(line.method)
            append(" ")
            append(line.path)
            append(" ")
            append(status)
            append("\n")
        }
    }

    private func write(level: Logger.Level, source: String, message: String, fields: [(String, String)]) {
        let line =
            switch format {
            case .text: textLine(level, source, message, fields)
            case .json: jsonLine(level, source, message, fields)
            }
        LogOutput.standardError.write(line, urgent: level >= .notice)
    }

    private func textLine(_ level: Logger.Level, _ source: String, _ message: String, _ fields: [(String, String)])
        -> String
    {
        var line = LogClock.localSecond() + " \(level) " + label + ":"
        for (key, value) in fields { line += " " + key + "=" + value }
        return line + " [" + source + "] " + message + "\n"
    }

    /// The keys every JSON line starts with; a metadata key never replaces one of them.
    private static let fixedKeys: Set<String> = ["time", "level", "label", "source", "message"]

    private func jsonLine(_ level: Logger.Level, _ source: String, _ message: String, _ fields: [(String, String)])
        -> String
    {
        let fixed: [(String, String)] = [
            ("time", LogClock.utcMilliseconds()), ("level", level.rawValue), ("label", label), ("source", source),
            ("message", message),
        ]
        var line = "{"
        for (index, (key, value)) in fixed.enumerated() {
            if index > 0 { line += "," }
            line += JSONText.quoted(key) + ":" + JSONText.quoted(value)
        }
        for (key, value) in fields where !Self.fixedKeys.contains(key) {
            line += "," + JSONText.quoted(key) + ":" + JSONText.quoted(value)
        }
        return line + "}\n"
    }
}
