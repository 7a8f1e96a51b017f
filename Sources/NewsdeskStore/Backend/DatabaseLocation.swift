import Foundation

/// Where the data lives: a file path means SQLite, a `postgres://` URL means PostgreSQL.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite database file (created if missing).
    case sqlite(path: String)
    /// A PostgreSQL server, as a `postgres://user:password@host:port/database` URL.
    case postgres(url: String)

    /// The default: `./newsdesk.sqlite`.
    public static let defaultLocation = DatabaseLocation.sqlite(path: "./newsdesk.sqlite")

    /// Reads `--database` or `NEWSDESK_DATABASE`: `postgres://` and `postgresql://` URLs mean PostgreSQL.
    public init(_ text: String) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if lowered.hasPrefix("sqlite://") {
            self = .sqlite(path: String(text.dropFirst("sqlite://".count)))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// A description safe for logs: a PostgreSQL password is masked.
    public var description: String {
        switch self {
        case .sqlite(let path):
            return "SQLite at \(path)"
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "PostgreSQL" }
            if parts.password != nil { parts.password = "***" }
            return "PostgreSQL at \(parts.string ?? "?")"
        }
    }
}
