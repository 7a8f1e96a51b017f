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
        var logger = Logger(label: label)
        logger.logLevel = level
        return logger
    }
}
