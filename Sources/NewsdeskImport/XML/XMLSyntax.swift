/// Words for the parser's (libxml2's) error codes, so a refused file says what is wrong with it.
enum XMLSyntax {
    /// libxml2's warnings (`XML_WAR_*`): the parser goes on after them, and so do we.
    static func isWarning(_ code: Int) -> Bool {
        [93, 97, 98, 99, 100, 102, 106, 107].contains(code)
    }

    static func reason(code: Int, rootIsOpen: Bool) -> String {
        switch code {
        case 4: "the document is empty"
        case 5:
            rootIsOpen
                ? "the file ends in the middle of the document (is it cut off?)"
                : "there is more after the end of the document"
        case 9: "a character that XML does not allow"
        case 26, 27: "an undeclared entity (HTML's &nbsp; and the like are not XML)"
        case 38: "a '<' inside an attribute value"
        case 39, 40, 41: "a malformed attribute"
        case 42: "an attribute given twice"
        case 62: "']]>' outside a CDATA section (a CDATA section nested in another?)"
        case 63: "a CDATA section that is never closed"
        case 68: "a name is missing where a tag or entity should be"
        case 73: "a tag without its closing '>'"
        case 76: "a closing tag that does not match the open element"
        case 77: "an element that is never closed"
        case 81: "text that is not in the declared encoding"
        case 85: "the elements are not properly nested"
        case 89: "an entity that refers to itself"
        case 201, 202, 203: "a namespace prefix that is never declared"
        default: "XML error \(code)"
        }
    }
}
