/// The passage a search result shows: some thirty words around the first match, matched words between
/// ``SearchHit/markStart`` and ``SearchHit/markEnd``.
///
/// Made here rather than by each database (FTS5's `snippet()`, `ts_headline`): SQLite computed the snippet of
/// every candidate before sorting, most of a common word's search time (bench/search), and one way for both
/// databases shows the same passage. Texts are read as UTF-8 bytes: the match is found in the bytes, and only the
/// few hundred bytes around it are cut into words; working with `Character`s was a sixth of a search page.
public enum SearchExcerpt {
    /// The passage from the first of `texts` with a match (the start of the first non-empty one when none has).
    public static func make(from texts: [String], query: SearchQuery, length: Int = 30) -> String {
        make(from: texts, matcher: Matcher(query), length: length)
    }

    /// ``make(from:query:length:)`` with the query's matcher made already.
    public static func make(from texts: [String], matcher: Matcher, length: Int = 30) -> String {
        for text in texts where !text.isEmpty {
            let bytes = Array(text.utf8)
            guard let hit = matcher.firstMatch(in: bytes) else { continue }
            return passage(of: bytes, around: hit, matcher: matcher, length: length)
        }
        guard let text = texts.first(where: { !$0.isEmpty }) else { return "" }
        return opening(of: Array(text.utf8), length: length)
    }

    /// The first `length` words of `bytes`, looked for in its first 400 bytes only (a body may be long).
    private static func opening(of bytes: [UInt8], length: Int) -> String {
        var end = min(bytes.count, 400)
        // Cut between characters, not inside one.
        while end < bytes.count && end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        var words = UTF8Whitespace.words(in: bytes, within: 0..<end)
        // The last word may go on past the cut.
        if end < bytes.count && words.count > 1 { words.removeLast() }
        let more = words.count > length || end < bytes.count
        return joined(words.prefix(length), of: bytes, cutBefore: false, cutAfter: more) { _ in false }
    }

    /// Up to `length` words of `bytes` around the byte offset `hit`, a third of them before the first match.
    private static func passage(of bytes: [UInt8], around hit: Int, matcher: Matcher, length: Int) -> String {
        let start = max(0, hit - 100)
        let end = min(bytes.count, hit + 300)
        var words = UTF8Whitespace.words(in: bytes, within: start..<end)
        // A word cut by the window's edges is dropped.
        let cutBefore = start > 0 && !words.isEmpty
        if cutBefore { words.removeFirst() }
        if end < bytes.count && !words.isEmpty { words.removeLast() }
        let matchIndex = words.firstIndex { matcher.matches(bytes[$0]) } ?? 0
        let first = max(0, matchIndex - length / 3)
        let shown = words[first..<min(words.count, first + length)]
        let more = shown.endIndex < words.count || end < bytes.count
        return joined(shown, of: bytes, cutBefore: cutBefore || first > 0, cutAfter: more) {
            matcher.matches(bytes[$0])
        }
    }

    /// The `words` of `bytes` with a space between them, those `isMatch` picks between the marks, and an ellipsis
    /// where text was left out. Put together as bytes and made a `String` once.
    private static func joined(
        _ words: ArraySlice<Range<Int>>, of bytes: [UInt8], cutBefore: Bool, cutAfter: Bool,
        isMatch: (Range<Int>) -> Bool
    ) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(words.reduce(16) { $0 + $1.count + 7 })
        if cutBefore { text += ellipsis + [0x20] }
        for (offset, range) in words.enumerated() {
            if offset > 0 { text.append(0x20) }
            let marked = isMatch(range)
            if marked { text += markStart }
            text += bytes[range]
            if marked { text += markEnd }
        }
        if cutAfter { text += [0x20] + ellipsis }
        return String(decoding: text, as: UTF8.self)
    }

    /// "…", ``SearchHit/markStart`` and ``SearchHit/markEnd`` in UTF-8.
    private static let ellipsis: [UInt8] = Array("…".utf8)
    private static let markStart: [UInt8] = Array(String(SearchHit.markStart).utf8)
    private static let markEnd: [UInt8] = Array(String(SearchHit.markEnd).utf8)
}
