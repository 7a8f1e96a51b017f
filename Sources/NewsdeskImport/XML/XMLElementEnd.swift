/// An end tag with the text of the element, as handed to a reader.
struct XMLElementEnd {
    /// The element's namespace and local name.
    var name: XMLName
    /// The text since the last start tag: the whole content of an element without children.
    var text: ElementCharacterData
    /// 1 for the root element.
    var depth: Int
    /// Where the end tag ends in the file.
    var position: XMLPosition
}
