/// One piece of HTML as `HTMLTokenizer` reads it.
public enum HTMLToken: Equatable, Sendable {
    /// Text, character references decoded.
    case text(String)
    /// A start tag: lower-cased name, attributes (names lower-cased, values decoded), and whether it ended `/>`.
    case start(String, [String: String], selfClosing: Bool)
    /// An end tag's lower-cased name.
    case end(String)
}
