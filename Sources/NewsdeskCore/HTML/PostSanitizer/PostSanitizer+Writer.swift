extension PostSanitizer {
    /// Writes the output: allowed elements, balanced, with quoted and escaped attributes, and escaped text.
    struct Writer {
        private var output = ""
        /// Elements written but not yet closed, outermost first.
        private var openElements: [String] = []
        /// For each open `<dl>`, innermost last: whether a term was written with no definition after it yet.
        /// HTML wants each group of terms followed by a definition (an old WordPress caption is a `<dl>` with a
        /// `<dt>` alone), so an empty `<dd>` is written before such a list ends.
        private var listsAwaitingDefinition: [Bool] = []

        mutating func appendText(_ text: String) {
            if !text.utf8.allSatisfy(Self.isInterElementSpace) { prepare(for: ContentModel.text) }
            output += PostSanitizer.escaped(text)
        }

        /// White space that any container may hold: space, tab and line feed. (HTML also counts form feed and
        /// CR, but the writer turns a form feed into U+FFFD and CR into LF before this is asked.)
        private static func isInterElementSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A
        }

        /// Writes a start tag, after the end tags a browser implies before it; a void element is not left
        /// open, and a start tag past ``maximumNesting`` is dropped.
        mutating func open(_ name: String, _ attributes: [(String, String)]) {
            for rule in Nesting.rulesByElement[name] ?? [] { closeInnermost(rule) }
            if Nesting.headings.contains(name), let current = openElements.last, Nesting.headings.contains(current) {
                close(current)  // A heading cannot hold another; a browser ends the first.
            }
            prepare(for: name)
            if voidElements.contains(name) {
                writeStartTag(name, attributes)
                return
            }
            guard openElements.count < PostSanitizer.maximumNesting else { return }
            writeStartTag(name, attributes)
            openElements.append(name)
        }

        /// Writes an element with nothing inside it.
        mutating func appendEmpty(_ name: String, _ attributes: [(String, String)]) {
            prepare(for: name)
            writeStartTag(name, attributes)
            writeEndTag(name)
        }

        /// Closes the innermost open element of that name and those opened inside it; a stray end tag is dropped.
        mutating func close(_ name: String) {
            guard let index = openElements.lastIndex(of: name) else { return }
            closeElements(from: index)
        }

        /// The HTML written, with every element still open closed.
        mutating func finish() -> String {
            closeElements(from: 0)
            return output
        }

        /// Opens what the content model asks for before `name` (an element, or ``ContentModel/text``): the
        /// child a container wants around it, then the parent it needs.
        private mutating func prepare(for name: String) {
            if let container = openElements.last, let rule = ContentModel.children[container],
                !rule.allowed.contains(name)
            {
                if openImplied(rule.implied) { prepare(for: name) }
                return
            }
            if let rule = ContentModel.parents[name], !rule.allowed.contains(openElements.last ?? "") {
                openImplied(rule.implied)
            }
        }

        /// Opens an element the input did not write; false when the nesting limit leaves no room.
        @discardableResult
        private mutating func openImplied(_ name: String) -> Bool {
            for rule in Nesting.rulesByElement[name] ?? [] { closeInnermost(rule) }
            prepare(for: name)
            guard openElements.count < PostSanitizer.maximumNesting else { return false }
            writeStartTag(name, [])
            openElements.append(name)
            return true
        }

        private mutating func closeInnermost(_ rule: Nesting.Rule) {
            for index in openElements.indices.reversed() {
                if rule.closes.contains(openElements[index]) {
                    closeElements(from: index)
                    return
                }
                if rule.stops.contains(openElements[index]) { return }
            }
        }

        private mutating func closeElements(from index: Int) {
            for name in openElements[index...].reversed() { writeEndTag(name) }
            openElements.removeSubrange(index...)
        }

        private mutating func writeStartTag(_ name: String, _ attributes: [(String, String)]) {
            switch name {
            case "dl": listsAwaitingDefinition.append(false)
            case "dt", "dd":
                if !listsAwaitingDefinition.isEmpty {
                    listsAwaitingDefinition[listsAwaitingDefinition.count - 1] = name == "dt"
                }
            default: break
            }
            output += "<" + name
            for (attribute, value) in attributes {
                output += " " + attribute + "=\"" + PostSanitizer.escaped(value) + "\""
            }
            output += ">"
        }

        private mutating func writeEndTag(_ name: String) {
            if name == "dl", listsAwaitingDefinition.popLast() == true { output += "<dd></dd>" }
            output += "</" + name + ">"
        }
    }

    /// `text` escaped for element content or a quoted attribute, with control characters (but tab and line
    /// feed), which mean nothing in a post and confuse some parsers, as U+FFFD.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return HTMLText.escape(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return HTMLText.escape(String(scalars))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && scalar != "\t" && scalar != "\n") || (value >= 0x7F && value <= 0x9F)
    }
}
