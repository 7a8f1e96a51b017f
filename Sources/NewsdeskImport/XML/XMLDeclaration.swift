/// The XML declaration (`<?xml version="1.0" encoding="…"?>`) at the start of a file, read from its ASCII
/// characters only: enough to learn the declared encoding, and where its name is, to rewrite it.
struct XMLDeclaration: Equatable {
    /// The declared encoding's name as written, or nil when the declaration names none.
    var encoding: String?
    /// Where the name is among the characters given (to replace it), and its place in the file.
    var encodingRange: Range<Int>?
    var encodingPosition: XMLPosition?

    /// Whether `characters` start a declaration (`<?xml` and a space), finished or not.
    static func isOpened(_ characters: [UInt8]) -> Bool {
        let opening = Array("<?xml".utf8)
        return characters.count > opening.count && characters.starts(with: opening)
            && isSpace(characters[opening.count])
    }

    /// The parts a declaration may have, in the only order it may have them (XML 1.0, production 23).
    private static let partNames = ["version", "encoding", "standalone"].map { Array($0.utf8) }

    /// The declaration at the start of `characters` (one per character, non-ASCII as 0xFF), or nil when
    /// there is none, it is not finished within them, or it is not one the parser reads the same way: its
    /// version first, then at most an encoding and a standalone, each once and in that order.
    static func read(_ characters: [UInt8]) -> XMLDeclaration? {
        guard isOpened(characters) else { return nil }
        var declaration = XMLDeclaration()
        var index = "<?xml".utf8.count
        var nextPart = 0
        while index < characters.count {
            while index < characters.count && isSpace(characters[index]) { index += 1 }
            guard index < characters.count else { return nil }
            if characters[index] == UInt8(ascii: "?") {
                let isClosed = index + 1 < characters.count && characters[index + 1] == UInt8(ascii: ">")
                return isClosed && nextPart > 0 ? declaration : nil
            }
            // A pseudo-attribute: name, `=`, a quoted value.
            let nameStart = index
            while index < characters.count && isASCIILetter(characters[index]) { index += 1 }
            let name = Array(characters[nameStart..<index])
            guard let part = partNames[nextPart...].firstIndex(of: name), nextPart > 0 || part == 0 else { return nil }
            nextPart = part + 1
            while index < characters.count && isSpace(characters[index]) { index += 1 }
            guard index < characters.count, characters[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            while index < characters.count && isSpace(characters[index]) { index += 1 }
            guard index < characters.count else { return nil }
            let quote = characters[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            let valueStart = index + 1
            guard let valueEnd = characters[valueStart...].firstIndex(of: quote),
                isValid(Array(characters[valueStart..<valueEnd]), forPart: part)
            else { return nil }
            if part == 1 {
                declaration.encoding = String(decoding: characters[valueStart..<valueEnd], as: UTF8.self)
                declaration.encodingRange = valueStart..<valueEnd
                declaration.encodingPosition = position(of: valueStart, in: characters)
            }
            index = valueEnd + 1
        }
        return nil
    }

    /// Whether `value` is what XML allows for the part: a version `1.` and digits, an encoding name (a
    /// letter, then letters, digits, `.`, `_` and `-`), `yes` or `no`. The parser stops reading a value at
    /// the first character outside these, so anything else would make it read the rest differently.
    private static func isValid(_ value: [UInt8], forPart part: Int) -> Bool {
        func isDigit(_ character: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(character) }
        switch part {
        case 0:
            return value.count > 2 && value.starts(with: "1.".utf8) && value.dropFirst(2).allSatisfy(isDigit)
        case 1:
            return value.first.map(isASCIILetter) == true
                && value.allSatisfy { isASCIILetter($0) || isDigit($0) || Array("._-".utf8).contains($0) }
        default:
            return value == Array("yes".utf8) || value == Array("no".utf8)
        }
    }

    private static func isSpace(_ character: UInt8) -> Bool {
        character == 0x20 || character == 0x09 || character == 0x0A || character == 0x0D
    }

    private static func isASCIILetter(_ character: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(character)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(character)
    }

    private static func position(of index: Int, in characters: [UInt8]) -> XMLPosition {
        let before = characters[..<index]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return XMLPosition(line: line, column: index - lineStart + 1)
    }
}
