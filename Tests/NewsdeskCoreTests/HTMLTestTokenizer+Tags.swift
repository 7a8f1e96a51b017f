extension HTMLTestTokenizer {
    /// Tag name and attribute states, for a start or end tag whose name starts at `index`.
    mutating func readTag(from start: Int, isEndTag: Bool) {
        var name: [Unicode.Scalar] = []
        while let scalar = current, !Self.isSpace(scalar), scalar != "/", scalar != ">" {
            name.append(Self.lowercased(scalar))
            index += 1
        }
        var attributes: [HTMLTestAttribute] = []
        while true {
            // Before attribute name: whitespace and `/` (a self-closing flag, or a parse error) are skipped.
            while Self.isSpace(current) || current == "/" { index += 1 }
            guard let scalar = current else { return unterminated(from: start) }
            if scalar == ">" { break }
            var attributeName: [Unicode.Scalar] = [Self.lowercased(scalar)]  // Even `=` starts a name.
            index += 1
            while let next = current, !Self.isSpace(next), next != "/", next != ">", next != "=" {
                attributeName.append(Self.lowercased(next))
                index += 1
            }
            while Self.isSpace(current) { index += 1 }  // After attribute name.
            var value: [Unicode.Scalar] = []
            if current == "=" {
                index += 1
                while Self.isSpace(current) { index += 1 }  // Before attribute value.
                guard let first = current else { return unterminated(from: start) }
                if first == "\"" || first == "'" {
                    index += 1
                    while let next = current, next != first {
                        value.append(next)
                        index += 1
                    }
                    guard current != nil else { return unterminated(from: start) }
                    index += 1  // After the quoted value anything but space, `/` or `>` starts a new attribute.
                } else {
                    while let next = current, !Self.isSpace(next), next != ">" {
                        value.append(next)
                        index += 1
                    }
                }
            }
            attributes.append(
                HTMLTestAttribute(
                    name: String(String.UnicodeScalarView(attributeName)),
                    value: HTMLTestEntities.decode(String(String.UnicodeScalarView(value)), inAttribute: true)))
        }
        index += 1
        let tagName = String(String.UnicodeScalarView(name))
        emit(
            isEndTag ? .endTag(name: tagName, attributes: attributes) : .startTag(name: tagName, attributes: attributes)
        )
    }

    private mutating func unterminated(from start: Int) {
        emit(.unterminatedTag(String(String.UnicodeScalarView(input[start...]))))
    }
}
