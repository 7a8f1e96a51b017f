/// A place in the file, 1-based, for error messages.
struct XMLPosition: Sendable, Equatable {
    var line: Int
    var column: Int

    static let start = XMLPosition(line: 1, column: 1)

    /// An error at this place.
    func error(_ message: String) -> ImportError {
        ImportError(message, line: line, column: column)
    }
}
