/// A start tag, as handed to a reader.
struct XMLElementStart {
    /// The element's namespace and local name.
    var name: XMLName
    /// Its attributes, prefixes resolved.
    var attributes: XMLAttributes
    /// 1 for the root element, 2 for its children, and so on.
    var depth: Int
    /// Where the start tag ends in the file.
    var position: XMLPosition
    /// The namespace URIs declared on this element (`xmlns:blogger="…"`).
    var declaredNamespaces: [String]
}
