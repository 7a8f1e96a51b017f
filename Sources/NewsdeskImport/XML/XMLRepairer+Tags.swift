extension XMLRepairer {
    mutating func beginTag(isEnd: Bool, at index: Int) {
        state = .tag
        tag = XMLRepairTag()
        tag.isEnd = isEnd
        tag.namePosition = position(index)
    }

    /// Handles the byte at `index` inside a tag; returns where to go on.
    mutating func tagByte(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let byte = bytes[index]
        switch tag.phase {
        case .name:
            if XMLRepairTag.isName(byte) {
                if tag.name.count < XMLRepairTag.longestName { tag.name.append(byte) }
                return index + 1
            }
            if !tag.isEnd, let prefix = XMLRepairTag.prefix(of: tag.name) {
                tag.uses.append((prefix, tag.namePosition.line, tag.namePosition.column))
            }
            tag.phase = .space
            return index  // the byte after the name is looked at again
        case .space:
            if byte == UInt8(ascii: ">") {
                endTag(bytes, at: index, selfClosing: false)
                return index + 1
            }
            if byte == UInt8(ascii: "/") && Self.has("/>", in: bytes, at: index) {
                endTag(bytes, at: index, selfClosing: true)
                return index + 2
            }
            if !tag.isEnd && XMLRepairTag.isNameStart(byte) {
                tag.phase = .attributeName
                tag.attribute = []
                tag.attributePosition = position(index)
                return index
            }
        case .attributeName:
            if XMLRepairTag.isName(byte) {
                if tag.attribute.count < XMLRepairTag.longestName { tag.attribute.append(byte) }
                return index + 1
            }
            if let prefix = XMLRepairTag.prefix(of: tag.attribute), prefix != "xmlns" {
                tag.uses.append((prefix, tag.attributePosition.line, tag.attributePosition.column))
            }
            tag.phase = .afterAttributeName
            return index
        case .afterAttributeName, .beforeValue:
            if byte == UInt8(ascii: "=") && tag.phase == .afterAttributeName {
                tag.phase = .beforeValue
            } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && tag.phase == .beforeValue {
                tag.phase = .value(quote: byte)
                tag.value = []
            } else if !ElementCharacterData.isXMLSpace(byte) {
                tag.phase = .space  // not an attribute after all: the parser will say so
                return index
            }
        case .value(let quote):
            if byte == quote {
                endAttribute()
                tag.phase = .space
            } else if byte == UInt8(ascii: "&") {
                return reference(bytes, at: index)
            } else if tag.value.count < 4096 && tag.attribute.starts(with: "xmlns".utf8) {
                tag.value.append(byte)
            }
        }
        return index + 1
    }

    private mutating func endAttribute() {
        let name = tag.attribute
        if name.elementsEqual("xmlns".utf8) {
            tag.declaresDefault = true
        } else if XMLRepairTag.prefix(of: name) == "xmlns" {
            let prefix = String(decoding: name.dropFirst(6), as: UTF8.self)
            tag.declarations[prefix] = String(decoding: tag.value, as: UTF8.self)
        }
    }

    /// At the `>` (or `/>`) at `index`: the root gets its missing declarations, and the prefixes the tag uses
    /// are checked against those in scope.
    private mutating func endTag(_ bytes: UnsafeRawBufferPointer, at index: Int, selfClosing: Bool) {
        state = .text
        if tag.isEnd {
            _ = scopes.popLast()
            return
        }
        if !rootSeen {
            rootSeen = true
            rootDeclarations = tag.declarations
            checkRootNamespace()
            if let rootInsertion, !rootInsertion.isEmpty {
                emit(bytes, upTo: index)
                output.append(contentsOf: rootInsertion)
            }
        }
        scopes.append(Array(tag.declarations.keys))
        for use in tag.uses where !isDeclared(use.prefix) {
            guard let uri = vocabulary.uri(for: use.prefix, rootDeclares: rootDeclarations) else { continue }
            undeclared.append((use.prefix, uri))
            log.record(
                .undeclaredPrefix, line: use.line, column: use.column,
                "the prefix \(use.prefix): was not declared; read as \(uri)")
        }
        if selfClosing { _ = scopes.popLast() }
    }

    private mutating func checkRootNamespace() {
        guard let root = vocabulary.root, !tag.declaresDefault, tag.name.elementsEqual(root.local.utf8) else {
            return
        }
        rootNamespace = root.namespace
        log.record(
            .rootNamespace, line: tag.namePosition.line, column: tag.namePosition.column,
            "the root element <\(root.local)> does not declare its namespace; read as in \(root.namespace)")
    }

    /// Whether `prefix` is declared on an open element, is XML's own, or was already found undeclared
    /// (reported once, at its first use).
    private func isDeclared(_ prefix: String) -> Bool {
        prefix == "xml" || prefix == "xmlns" || scopes.contains { $0.contains(prefix) }
            || undeclared.contains { $0.prefix == prefix }
    }
}
