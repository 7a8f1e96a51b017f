/// A byte-level pass over an export that finds, and in its rewriting mode mends, what keeps a file its
/// exporter's own importer reads from being well-formed XML: a bare `&`, an HTML entity, an undeclared
/// prefix of one of the format's namespaces, a root element without its namespace. It looks into text and
/// attribute values only, never into CDATA sections, comments, processing instructions or the DOCTYPE, and
/// changes no line break, so line numbers stay those of the original file.
///
/// Fed in chunks (`process`), it holds only the open elements' declared prefixes: memory stays flat.
/// UTF-8 only: ``ExportDecoding`` puts every file into UTF-8 before it.
struct XMLRepairer {
    /// Where the pass is, between bytes.
    enum State {
        case text
        case comment
        case cdata
        case instruction
        /// `<!DOCTYPE …>`: the quote it is in, and how deep in `[…]`.
        case declaration(quote: UInt8?, depth: Int)
        case tag
    }

    /// How far ahead of a byte the pass may look; a chunk that is not the last is processed up to this
    /// distance from its end.
    static let lookahead = 64

    let vocabulary: XMLRepairVocabulary
    /// In rewriting mode, the declarations to add to the root start tag (decided by a scan); nil in a scan.
    let rootInsertion: [UInt8]?
    /// What was found (in a scan).
    var log = XMLRepairLog()
    /// The default namespace the root lacks, and the prefixes used undeclared, with the URI each is read as.
    var rootNamespace: String?
    var undeclared: [(prefix: String, uri: String)] = []
    /// In rewriting mode, the mended bytes so far; the caller takes them after each chunk.
    var output: [UInt8] = []

    var state = State.text
    var tag = XMLRepairTag()
    /// The prefixes declared on each open element, the root first.
    var scopes: [[String]] = []
    var rootSeen = false
    var rootDeclarations: [String: String] = [:]
    /// The offset in the file of the current chunk's first byte; the line and where it starts.
    var offset = 0
    var line = 1
    var lineStart = 0
    /// In the current chunk: bytes before this are in `output` (or replaced there); before `counted`, line
    /// breaks are counted.
    var copied = 0
    private var counted = 0

    init(vocabulary: XMLRepairVocabulary, rootInsertion: [UInt8]?) {
        self.vocabulary = vocabulary
        self.rootInsertion = rootInsertion
    }

    var isRewriting: Bool { rootInsertion != nil }

    /// The attributes a rewrite adds to the root start tag, as found by this scan.
    var plannedInsertion: [UInt8] {
        var text = rootNamespace.map { " xmlns=\"\($0)\"" } ?? ""
        for (prefix, uri) in undeclared { text += " xmlns:\(prefix)=\"\(uri)\"" }
        return Array(text.utf8)
    }

    /// Processes `bytes` (the rest of the previous chunk first); returns how many were consumed. Unless
    /// `isFinal`, the last `lookahead` bytes are left for the next call.
    mutating func process(_ bytes: UnsafeRawBufferPointer, isFinal: Bool) -> Int {
        let limit = isFinal ? bytes.count : bytes.count - Self.lookahead
        var index = 0
        copied = 0
        counted = 0
        while index < limit {
            let byte = bytes[index]
            if index >= counted {
                // A byte looked at again (after a state change) is counted once.
                if byte == 0x0A {
                    line += 1
                    lineStart = offset + index + 1
                }
                counted = index + 1
            }
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") {
                    index = markup(bytes, at: index)
                    continue
                }
                if byte == UInt8(ascii: "&") {
                    index = reference(bytes, at: index)
                    continue
                }
            case .comment:
                if byte == UInt8(ascii: "-") && Self.has("-->", in: bytes, at: index) {
                    state = .text
                    index += 3
                    continue
                }
            case .cdata:
                if byte == UInt8(ascii: "]") && Self.has("]]>", in: bytes, at: index) {
                    state = .text
                    index += 3
                    continue
                }
            case .instruction:
                if byte == UInt8(ascii: "?") && Self.has("?>", in: bytes, at: index) {
                    state = .text
                    index += 2
                    continue
                }
            case .declaration(let quote, let depth):
                state = Self.declaration(after: byte, quote: quote, depth: depth)
            case .tag:
                index = tagByte(bytes, at: index)
                continue
            }
            index += 1
        }
        emit(bytes, upTo: index)
        offset += index
        return index
    }

    /// Where a `<` leads.
    private mutating func markup(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        if Self.has("<!--", in: bytes, at: index) {
            state = .comment
            return index + 4
        }
        if Self.has("<![CDATA[", in: bytes, at: index) {
            state = .cdata
            return index + 9
        }
        if Self.has("<?", in: bytes, at: index) {
            state = .instruction
            return index + 2
        }
        if Self.has("<!", in: bytes, at: index) {
            state = .declaration(quote: nil, depth: 0)
            return index + 2
        }
        if Self.has("</", in: bytes, at: index) {
            beginTag(isEnd: true, at: index + 2)
            return index + 2
        }
        if index + 1 < bytes.count && XMLRepairTag.isNameStart(bytes[index + 1]) {
            beginTag(isEnd: false, at: index + 1)
        }
        // A `<` that starts no tag is left for the parser to report.
        return index + 1
    }

    private static func declaration(after byte: UInt8, quote: UInt8?, depth: Int) -> State {
        if let quote { return .declaration(quote: byte == quote ? nil : quote, depth: depth) }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .declaration(quote: byte, depth: depth)
        case UInt8(ascii: "["): return .declaration(quote: nil, depth: depth + 1)
        case UInt8(ascii: "]"): return .declaration(quote: nil, depth: max(0, depth - 1))
        case UInt8(ascii: ">") where depth == 0: return .text
        default: return .declaration(quote: nil, depth: depth)
        }
    }

    /// Whether `literal` is at `index`.
    static func has(_ literal: StaticString, in bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        for offset in 0..<length where bytes[index + offset] != literal.utf8Start[offset] {
            return false
        }
        return true
    }

    /// The line and column (in bytes) of `index` in the current chunk.
    func position(_ index: Int) -> (line: Int, column: Int) {
        (line, offset + index - lineStart + 1)
    }

    /// In rewriting mode, puts the unchanged bytes before `index` in `output`.
    mutating func emit(_ bytes: UnsafeRawBufferPointer, upTo index: Int) {
        guard isRewriting, index > copied else { return }
        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<index]))
        copied = index
    }

    /// In rewriting mode, writes `replacement` in place of the bytes `range`.
    mutating func replace(_ range: Range<Int>, in bytes: UnsafeRawBufferPointer, with replacement: String) {
        guard isRewriting else { return }
        emit(bytes, upTo: range.lowerBound)
        output.append(contentsOf: replacement.utf8)
        copied = range.upperBound
    }
}
