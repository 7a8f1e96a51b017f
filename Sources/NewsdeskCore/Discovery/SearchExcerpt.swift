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
        let matcher = Matcher(query)
        for text in texts where !text.isEmpty {
            let bytes = Array(text.utf8)
            guard let hit = matcher.firstMatch(in: bytes) else { continue }
            return passage(of: bytes, around: hit, matcher: matcher, length: length)
        }
        guard let text = texts.first(where: { !$0.isEmpty }) else { return "" }
        let words = text.prefix(400).split(whereSeparator: \.isWhitespace)
        return words.prefix(length).joined(separator: " ") + (words.count > length || text.count > 400 ? " …" : "")
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
        var text = cutBefore || first > 0 ? "… " : ""
        for (offset, range) in shown.enumerated() {
            if offset > 0 { text += " " }
            let word = String(decoding: bytes[range], as: UTF8.self)
            text += matcher.matches(bytes[range]) ? "\(SearchHit.markStart)\(word)\(SearchHit.markEnd)" : word
        }
        let more = shown.endIndex < words.count || end < bytes.count
        return more ? text + " …" : text
    }
}
