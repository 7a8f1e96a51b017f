/// What can go wrong in the store, with messages fit for an operator.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// The database settings cannot work (a bad URL, say).
    case invalidConfiguration(String)
    /// A row that must exist does not.
    case notFound(String)
    /// The database schema is newer than this binary knows.
    case schemaTooNew(found: Int, known: Int)

    public var description: String {
        switch self {
        case .invalidConfiguration(let message): return message
        case .notFound(let what): return "\(what) was not found"
        case .schemaTooNew(let found, let known):
            return
                "The database has schema version \(found), but this newsdesk knows only up to \(known); upgrade newsdesk."
        }
    }
}
