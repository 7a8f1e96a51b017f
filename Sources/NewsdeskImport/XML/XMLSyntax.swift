/// Words for the parser's (libxml2's) error codes, so a refused file says what is wrong with it. Every code
/// gets a sentence: the common ones their own, the rest one for their range. No number reaches the reader.
enum XMLSyntax {
    /// libxml2's warnings (`XML_WAR_*`): the parser goes on after them, and so do we.
    static func isWarning(_ code: Int) -> Bool {
        [93, 97, 98, 99, 100, 102, 106, 107].contains(code)
    }

    /// Errors the repair pass may mend: references (bare `&`, HTML entities, bad character references) and
    /// undeclared namespace prefixes.
    static func isRepairable(_ code: Int) -> Bool {
        [6, 7, 8, 22, 23, 26, 27, 68, 201].contains(code)
    }

    static func reason(code: Int, rootIsOpen: Bool) -> String {
        if let reason = specific(code, rootIsOpen: rootIsOpen) { return reason }
        return general(code)
    }

    private static func specific(_ code: Int, rootIsOpen: Bool) -> String? {
        switch code {
        case 4: "the document is empty"
        case 5:
            rootIsOpen
                ? "the file ends in the middle of the document (is it cut off?)"
                : "there is more after the end of the document"
        case 6, 7, 8: "a character reference (&#…;) that names no character"
        case 9: "a character that XML does not allow"
        case 10, 14, 18: "the file ends in the middle of a reference"
        case 11, 12, 15, 16, 19, 20: "a reference outside the document's root element"
        case 22, 68: "a name is missing where a tag or entity should be"
        case 23: "a reference without its closing ';' (a bare & ?)"
        case 26, 27: "an undeclared entity"
        case 31, 32, 79, 81: "text that is not in the declared encoding, or an encoding the parser does not know"
        case 33, 34, 43, 44: "a quoted value that is not opened or closed"
        case 38: "a '<' inside an attribute value"
        case 39, 40, 41, 75, 84: "a malformed attribute"
        case 42, 203: "an attribute given twice"
        case 45: "a comment that is never closed"
        case 46, 47: "a processing instruction (<?…?>) that is never closed"
        case 56, 57, 96, 108, 109: "a malformed XML declaration (<?xml …?>)"
        case 61: "a DOCTYPE that is never closed"
        case 62: "']]>' outside a CDATA section (a CDATA section nested in another?)"
        case 63: "a CDATA section that is never closed"
        case 64: "a processing instruction named 'xml' that is not the declaration at the very start"
        case 73: "a tag without its closing '>'"
        case 74, 76: "a closing tag that does not match the open element"
        case 77: "an element that is never closed"
        case 80: "'--' inside a comment"
        case 85: "the elements are not properly nested"
        case 86: "there is more after the end of the document"
        case 89: "an entity that refers to itself"
        case 110: "a name longer than the parser allows"
        case 201: "a namespace prefix that is never declared"
        case 202, 205: "a malformed qualified name (a colon in the wrong place)"
        case 204: "an empty namespace name"
        default: nil
        }
    }

    /// One sentence for each of libxml2's ranges of codes.
    private static func general(_ code: Int) -> String {
        switch code {
        case 1...3: "the parser could not go on (internal error or out of memory)"
        case 13, 17, 21, 24, 25, 28...30, 36, 37, 87, 88, 90, 104: "an entity used in a way XML does not allow"
        case 48...55, 58...60, 83, 95: "a malformed declaration in the DOCTYPE"
        case 65...67, 69...72, 78: "malformed markup (something missing between names, quotes or brackets)"
        case 91, 92: "a malformed address (URI) in a declaration"
        case 1...199: "markup that is not well-formed"
        case 200...299: "a namespace used in a way XML does not allow"
        case 500...599: "the document does not match its DTD"
        case 1500...1599: "the file could not be read"
        // The I/O layer's encoding conversion (`XML_I18N_*`): only UTF-8 reaches the parser now, but say so.
        case 6000...6099: "text that is not in the declared encoding, or an encoding the parser does not know"
        default: "the parser could not read it"
        }
    }
}
