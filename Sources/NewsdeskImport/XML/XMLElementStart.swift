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

/// An end tag with the text of the element, as handed to a reader.
struct XMLElementEnd {
    /// The element's namespace and local name.
    var name: XMLName
    /// The text since the last start tag: the whole content of an element without children.
    var text: XMLText
    /// 1 for the root element.
    var depth: Int
    /// Where the end tag ends in the file.
    var position: XMLPosition
}

/// What a reader does with the parser's events. Throwing stops the parse; the error (an `ImportError`, or
/// whatever a caller's `onPost`/`onComment` threw) comes out of the read unchanged.
protocol XMLEventHandler: AnyObject {
    func didStart(_ element: XMLElementStart) throws
    func didEnd(_ element: XMLElementEnd) throws
}
