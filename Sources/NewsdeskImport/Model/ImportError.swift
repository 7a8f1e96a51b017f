/// Why a file was refused: not well-formed, truncated, of another format, unsafe, or missing what the format
/// requires. `line` and `column` (1-based) point at the place in the file; 0 when the problem has no place.
public struct ImportError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, in words for the person importing.
    public var message: String
    /// The line in the file, counting from 1.
    public var line: Int
    /// The column in that line, counting from 1.
    public var column: Int

    /// Creates an error at a place in the file.
    public init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// "line L, column C: message"; just the message for a problem without a place.
    public var description: String {
        line == 0 ? message : "line \(line), column \(column): \(message)"
    }
}
