/// What can go wrong in the store, with messages fit for an operator.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The database settings cannot work (a bad URL, say).
    case invalidConfiguration(String)
    /// A row that must exist does not.
    case notFound(String)
    /// The database schema is newer than this binary knows.
    case schemaTooNew(found: Int, known: Int)
    /// The database did not answer in time (stopped, unreachable, or locked by another process).
    case unavailable(String)

    /// Whether the database did not answer (the request may succeed if tried again), as opposed to a fault.
    public var isUnavailable: Bool {
        if case .unavailable = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .invalidConfiguration(let message): return message
        case .notFound(let what): return "\(what) was not found"
        case .unavailable(let reason): return "The database is unavailable: \(reason)."
        case .schemaTooNew(let found, let known):
            return
                "The database has schema version \(found), but this newsdesk knows only up to \(known); upgrade newsdesk."
        }
    }
}
