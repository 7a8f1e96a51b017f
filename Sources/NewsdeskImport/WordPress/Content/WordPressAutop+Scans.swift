import Foundation

/// The parts of `wpautop` WordPress does with explode, `wp_html_split()` and callbacks, done as single scans
/// over the bytes so they stay linear however the input is shaped.
extension WordPressAutop {
    /// Swaps each `<pre>…</pre>` for a placeholder, as WordPress does before touching the text (it explodes on
    /// `</pre>` and takes each part from its first `<pre`).
    static func protectPre(_ text: String) -> (String, [String: String]) {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var tags: [String: String] = [:]
        var partStart = 0
        let close = Array("</pre>".utf8)
        while let end = bytes.offset(of: close, from: partStart) {
            let part = partStart..<end
            if let open = bytes.offset(of: Array("<pre".utf8), from: part.lowerBound, to: part.upperBound) {
                let name = "<pre wp-pre-tag-\(tags.count)></pre>"
                tags[name] = String(decoding: bytes[open..<end + close.count], as: UTF8.self)
                out += bytes[part.lowerBound..<open]
                out += name.utf8
            } else {
                out += bytes[part]
            }
            partStart = end + close.count
        }
        out += bytes[partStart...]
        return (String(decoding: out, as: UTF8.self), tags)
    }

    /// Whether the `<tag[^>]*>` patterns stay linear on `text`: each is tried from every `<` and reads to the
    /// next `>`, which on text full of unclosed tags (`<li<li<li…`) is quadratic. This adds up exactly that
    /// reading and refuses text where it passes 16 times the length (real HTML reads each tag once).
    static func isTractable(_ text: String) -> Bool {
        var nextClose = text.utf8.count
        var work = 0
        let limit = 16 * text.utf8.count + 1_000_000
        for (offset, byte) in text.utf8.reversed().enumerated() {
            let index = text.utf8.count - 1 - offset
            if byte == UInt8(ascii: ">") {
                nextClose = index
            } else if byte == UInt8(ascii: "<") {
                work += nextClose - index
                if work > limit { return false }
            }
        }
        return true
    }

    /// Puts the `<pre>` elements back, in one pass (PHP's `str_replace` with every placeholder).
    static func restorePre(_ text: String, _ tags: [String: String]) -> String {
        let bytes = Array(text.utf8)
        let prefix = Array("<pre wp-pre-tag-".utf8)
        var out: [UInt8] = []
        var index = 0
        while let found = bytes.offset(of: prefix, from: index) {
            out += bytes[index..<found]
            var end = found + prefix.count
            while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
            let tail = Array("></pre>".utf8)
            if bytes[end...].starts(with: tail),
                let original = tags[String(decoding: bytes[found..<end + tail.count], as: UTF8.self)]
            {
                out += original.utf8
                index = end + tail.count
            } else {
                out += bytes[found..<end]
                index = end
            }
        }
        out += bytes[index...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `wp_replace_in_html_tags($text, ["\n" => " <!-- wpnl --> "])`: newlines inside tags, comments and
    /// CDATA sections (as `get_html_split_regex()` finds them) become placeholders.
    static func newlinesInTags(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                out.append(bytes[index])
                index += 1
                continue
            }
            let end = elementEnd(bytes, at: index)
            for byte in bytes[index..<end] {
                if byte == UInt8(ascii: "\n") { out += " <!-- wpnl --> ".utf8 } else { out.append(byte) }
            }
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the element starting with `<` at `start` ends: comments at the first `-->` after `<!`, CDATA at
    /// the first `]]>`, anything else at the next `>`; or the end of the text when there is none.
    private static func elementEnd(_ bytes: [UInt8], at start: Int) -> Int {
        let rest = bytes[(start + 1)...]
        let terminator: [UInt8]
        let from: Int
        if rest.starts(with: "!--".utf8) {
            (terminator, from) = (Array("-->".utf8), start + 2)
        } else if rest.starts(with: "![CDATA[".utf8) {
            (terminator, from) = (Array("]]>".utf8), start + 9)
        } else {
            (terminator, from) = ([UInt8(ascii: ">")], start + 1)
        }
        guard let found = bytes.offset(of: terminator, from: from) else { return bytes.count }
        return found + terminator.count
    }

    /// `preg_replace_callback('/<(script|style|svg).*?<\/\1>/s', …)`: newlines in those elements are kept
    /// from becoming `<br />`. An element never closed is remembered so it is not searched for again.
    static func preserveNewlines(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let names = ["script", "style", "svg"].map { Array($0.utf8) }
        var unclosed = Set<Int>()
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        scan: while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                for (number, name) in names.enumerated() where !unclosed.contains(number) {
                    guard bytes[(index + 1)...].starts(with: name) else { continue }
                    let close = Array("</".utf8) + name + [UInt8(ascii: ">")]
                    guard let found = bytes.offset(of: close, from: index + 1 + name.count) else {
                        unclosed.insert(number)
                        continue
                    }
                    for byte in bytes[index..<found + close.count] {
                        if byte == UInt8(ascii: "\n") { out += "<WPPreserveNewline />".utf8 } else { out.append(byte) }
                    }
                    index = found + close.count
                    continue scan
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// The start of the first occurrence of `needle` in `from..<to`.
    func offset(of needle: [UInt8], from: Int, to: Int? = nil) -> Int? {
        let limit = (to ?? count) - needle.count
        guard let first = needle.first, from <= limit else { return nil }
        var index = from
        while index <= limit {
            if self[index] == first, self[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
