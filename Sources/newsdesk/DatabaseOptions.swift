import ArgumentParser
import Foundation
import Logging
import NewsdeskStore

/// Options every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "An SQLite file path, or a postgres:// URL. Default: $NEWSDESK_DATABASE, else ./newsdesk.sqlite.",
            valueName: "path-or-url"))
    var database: String?

    @Option(
        name: .long,
        help:
            "Log level: trace, debug, info, notice, warning, error, critical (default $NEWSDESK_LOG_LEVEL, else info).")
    var logLevel: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How log lines are written to standard error: text, or json (one object per line).",
            discussion: "Default $NEWSDESK_LOG_FORMAT, else text.", valueName: "text|json"))
    var logFormat: String?

    /// The database chosen by flag, then environment, then the default.
    var location: DatabaseLocation {
        if let database { return DatabaseLocation(database) }
        if let fromEnvironment = EnvironmentSettings().text("NEWSDESK_DATABASE") {
            return DatabaseLocation(fromEnvironment)
        }
        return .defaultLocation
    }

    /// A logger at the chosen level.
    func makeLogger(label: String = "newsdesk") throws -> Logger {
        let (name, source) =
            logLevel.map { ($0, "--log-level") }
            ?? EnvironmentSettings().text("NEWSDESK_LOG_LEVEL").map { ($0, "NEWSDESK_LOG_LEVEL") } ?? ("info", "")
        guard let level = Logger.Level(rawValue: name.lowercased()) else {
            throw ValidationError(
                "\(source) must be trace, debug, info, notice, warning, error or critical, not \"\(name)\".")
        }
        let (format, formatSource) =
            logFormat.map { ($0, "--log-format") }
            ?? EnvironmentSettings().text("NEWSDESK_LOG_FORMAT").map { ($0, "NEWSDESK_LOG_FORMAT") } ?? ("text", "")
        var logger: Logger
        switch format.lowercased() {
        case "text": logger = Logger(label: label) { ServerLogHandler(label: $0, format: .text) }
        case "json": logger = Logger(label: label) { ServerLogHandler(label: $0, format: .json) }
        default: throw ValidationError("\(formatSource) must be text or json, not \"\(format)\".")
        }
        logger.logLevel = level
        return logger
    }
}
