import Logging

/// Writes each log entry to standard error as one line, in one system call, with the time formatted once per
/// second (``LogClock``):
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
        switch format {
        case .text: LogOutput.write(textLine(event, fields))
        case .json: LogOutput.write(jsonLine(event, fields))
        }
    }

    private func textLine(_ event: LogEvent, _ fields: [(String, String)]) -> String {
        var line = LogClock.localSecond() + " \(event.level) " + label + ":"
        for (key, value) in fields { line += " " + key + "=" + value }
        return line + " [" + event.source + "] " + event.message.description + "\n"
    }

    private func jsonLine(_ event: LogEvent, _ fields: [(String, String)]) -> String {
        let fixed: [(String, String)] = [
            ("time", LogClock.utcMilliseconds()), ("level", event.level.rawValue), ("label", label),
            ("source", event.source), ("message", event.message.description),
        ]
        let names = Set(fixed.map(\.0))
        var line = "{"
        for (index, (key, value)) in (fixed + fields.filter { !names.contains($0.0) }).enumerated() {
            if index > 0 { line += "," }
            line += JSONText.quoted(key) + ":" + JSONText.quoted(value)
        }
        return line + "}\n"
    }
}
