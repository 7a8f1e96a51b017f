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

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    /// The database chosen by flag, then environment, then the default.
    var location: DatabaseLocation {
        if let database { return DatabaseLocation(database) }
        if let fromEnvironment = ProcessInfo.processInfo.environment["NEWSDESK_DATABASE"], !fromEnvironment.isEmpty {
            return DatabaseLocation(fromEnvironment)
        }
        return .defaultLocation
    }

    /// A logger at the chosen level.
    func makeLogger(label: String = "newsdesk") throws -> Logger {
        guard let level = Logger.Level(rawValue: logLevel.lowercased()) else {
            throw ValidationError("Unknown log level '\(logLevel)'.")
        }
        var logger = Logger(label: label)
        logger.logLevel = level
        return logger
    }
}
