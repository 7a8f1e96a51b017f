/// Finds shortcodes the way WordPress's `get_shortcode_regex()` does and replaces the ones it is given a
/// renderer for, in one left-to-right pass over the bytes:
///
/// - `[name …]`, `[name …/]` and `[name …]content[/name]` (content up to the first `[/name]`, no nesting of
///   the same name); `[[name]]` is shown as `[name]`;
/// - with `unautop`, a `<p>` wrapped round a lone shortcode goes, as `shortcode_unautop()` does after
///   `wpautop`;
/// - other names that look like shortcodes (a letter among letters, digits, `_`, `-`, then a space, `]`,
///   `/` or `=`; see `looksLikeShortcode`) stay as text and are collected in `unknown`; `[1]`-style
///   references and bracketed prose are not.
///
/// The search for each `]` and each closing tag remembers where it last looked, so hostile input (thousands
/// of `[caption` without an end) stays linear.
struct ShortcodeExpander {
    /// The names a renderer handles.
    let names: Set<String>
    let unautop: Bool
    /// Names that looked like shortcodes but have no renderer, each once.
    private(set) var unknown: Set<String> = []
    private var bytes: [UInt8] = []
    private var nextBracket: (from: Int, at: Int?) = (-1, nil)
    private var closings: [String: (from: Int, at: Int?)] = [:]

    /// Attribute text longer than this is not taken for a shortcode (WordPress has no limit; no real one
    /// comes near, and it keeps the attribute parse small).
    static let longestAttributes = 65_536

    init(names: Set<String>, unautop: Bool) {
        self.names = names
        self.unautop = unautop
    }

    /// `text` with every shortcode `render` returns HTML for replaced by it; nil leaves the shortcode as text.
    mutating func expand(_ text: String, render: (Shortcode) -> String?) -> String {
        bytes = Array(text.utf8)
        nextBracket = (-1, nil)
        closings = [:]
        guard bytes.contains(UInt8(ascii: "[")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), let tag = openingTag(at: index) else {
                index += 1
                continue
            }
            guard names.contains(tag.name) else {
                if !tag.escaped && looksLikeShortcode(tag) { unknown.insert(tag.name) }
                index += 1
                continue
            }
            var end = tag.end
            var content: String?
            if !tag.selfClosing, let close = closing(tag.name, from: tag.end) {
                content = String(decoding: bytes[tag.end..<close], as: UTF8.self)
                end = close + tag.name.utf8.count + 3
            }
            if tag.escaped, end < bytes.count, bytes[end] == UInt8(ascii: "]") {
                out += bytes[copied..<index]
                out += bytes[(index + 1)..<end]
                copied = end + 1
                index = end + 1
                continue
            }
            let attributes = ShortcodeAttributes(parsing: String(decoding: bytes[tag.attributes], as: UTF8.self))
            guard let html = render(Shortcode(name: tag.name, attributes: attributes, content: content)) else {
                index += 1
                continue
            }
            var (start, stop) = (tag.escaped ? index + 1 : index, end)
            if unautop && !tag.escaped, let wrapped = paragraph(around: start..<stop, after: copied) {
                (start, stop) = (wrapped.lowerBound, wrapped.upperBound)
            }
            out += bytes[copied..<start]
            out += html.utf8
            copied = stop
            index = stop
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    private struct Tag {
        var name: String
        var escaped: Bool
        var attributes: Range<Int>
        var selfClosing: Bool
        /// Just after the opening tag's `]`.
        var end: Int
    }

    private mutating func openingTag(at start: Int) -> Tag? {
        var index = start + 1
        let escaped = index < bytes.count && bytes[index] == UInt8(ascii: "[")
        if escaped { index += 1 }
        let nameStart = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart, index < bytes.count, Self.endsName(bytes[index]) else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let bracket = bracket(from: index), bracket - index <= Self.longestAttributes else { return nil }
        let selfClosing = bracket > index && bytes[bracket - 1] == UInt8(ascii: "/")
        return Tag(
            name: name, escaped: escaped, attributes: index..<(selfClosing ? bracket - 1 : bracket),
            selfClosing: selfClosing, end: bracket + 1)
    }

    /// The first `]` at or after `from`, remembered: the scan moves forward, so each byte is looked at once.
    private mutating func bracket(from: Int) -> Int? {
        if from >= nextBracket.from, nextBracket.at.map({ $0 >= from }) ?? true, nextBracket.from >= 0 {
            return nextBracket.at
        }
        let found = bytes[from...].firstIndex(of: UInt8(ascii: "]"))
        nextBracket = (from, found)
        return found
    }

    /// The first `[/name]` at or after `from`, remembered per name in the same way.
    private mutating func closing(_ name: String, from: Int) -> Int? {
        if let known = closings[name], from >= known.from, known.at.map({ $0 >= from }) ?? true {
            return known.at
        }
        let needle = Array("[/\(name)]".utf8)
        let found = bytes.offset(of: needle, from: from)
        closings[name] = (from, found)
        return found
    }

    /// Whether an unknown `[name …]` is a shortcode rather than a bracketed remark (`[This page shows …]`) or
    /// a reference (`[1]`): it has a closing tag, or `=` among its attributes, or is a lone lower-case `[name]`.
    private mutating func looksLikeShortcode(_ tag: Tag) -> Bool {
        guard tag.name.contains(where: \.isLetter) else { return false }
        let attributes = bytes[tag.attributes]
        if attributes.contains(UInt8(ascii: "=")) { return true }
        if attributes.allSatisfy(Self.isSpace) && !tag.name.contains(where: \.isUppercase) { return true }
        return closing(tag.name, from: tag.end) != nil
    }

    /// `<p>` + spaces + the shortcode + spaces + `</p>`, if that is how it stands (not reaching before `floor`).
    private func paragraph(around range: Range<Int>, after floor: Int) -> Range<Int>? {
        var before = range.lowerBound
        while before > floor, Self.isSpace(bytes[before - 1]) { before -= 1 }
        var after = range.upperBound
        while after < bytes.count, Self.isSpace(bytes[after]) { after += 1 }
        guard before - 3 >= floor, bytes[(before - 3)..<before].elementsEqual("<p>".utf8),
            bytes[after...].starts(with: "</p>".utf8)
        else { return nil }
        return (before - 3)..<(after + 4)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x2D
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }
}
