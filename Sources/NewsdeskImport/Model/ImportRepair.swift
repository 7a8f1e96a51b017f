/// Something the export got wrong that the import read the way the exporter's own importer would, rather than
/// refusing the file: a bare `&`, an HTML entity XML does not define, a namespace prefix or root namespace the
/// file forgot to declare. Listed in the import report so that nothing is changed silently.
public struct ImportRepair: Sendable, Equatable, CustomStringConvertible {
    /// The kinds of repair, for grouping in a report.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A `&` that starts no valid reference, read as `&amp;`.
        case bareAmpersand
        /// An HTML named reference (`&nbsp;`, `&eacute;`), read as its character.
        case htmlEntity
        /// A well-formed reference to an entity neither XML nor HTML defines, read as its text.
        case unknownEntity
        /// A prefix of one of the format's namespaces used without its declaration.
        case undeclaredPrefix
        /// A root element without the format's namespace.
        case rootNamespace
    }

    /// What kind of repair.
    public var kind: Kind
    /// The line in the file, counting from 1.
    public var line: Int
    /// The column in that line (in bytes), counting from 1.
    public var column: Int
    /// What was read and how, in words.
    public var message: String
    /// How many places this stands for: 1, or more for the summary of those beyond the listed ones (then
    /// `line` and `column` are the first of them).
    public var count: Int

    /// Creates a record of a repair.
    public init(kind: Kind, line: Int, column: Int, message: String, count: Int = 1) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
        self.count = count
    }

    /// "line L, column C: message".
    public var description: String {
        "line \(line), column \(column): \(message)"
    }
}
