/// The passage a search result shows: some thirty words around the first match, matched words between
/// ``SearchHit/markStart`` and ``SearchHit/markEnd``.
///
/// Made here rather than by each database (FTS5's `snippet()`, `ts_headline`): SQLite computed the snippet of
/// every candidate before sorting, most of a common word's search time (bench/search), and one way for both
/// databases shows the same passage. The match is found in the text's bytes and only the few hundred bytes
/// around it are split into words: working on whole posts as characters was a fifth of a search page.
public enum SearchExcerpt {
    /// The passage from the first of `texts` with a match (the start of the first non-empty one when none has).
    public static func make(from texts: [String], query: SearchQuery, length: Int = 30) -> String {
        let matcher = Matcher(query)
        for text in texts where !text.isEmpty {
            guard let hit = matcher.firstMatch(in: text) else { continue }
            let bytes = Array(text.utf8)
            let start = max(0, hit - 100)
            let end = min(bytes.count, hit + 300)
            var words = String(decoding: bytes[start..<end], as: UTF8.self).split(whereSeparator: \.isWhitespace)
            // A word cut by the window's edges is dropped.
            let cutBefore = start > 0 && !words.isEmpty
            if cutBefore { words.removeFirst() }
            if end < bytes.count && !words.isEmpty { words.removeLast() }
            let matchIndex = words.firstIndex(where: matcher.matches) ?? 0
            let first = max(0, matchIndex - length / 3)
            let shown = words[first..<min(words.count, first + length)]
            let marked = shown.map {
                matcher.matches($0) ? "\(SearchHit.markStart)\($0)\(SearchHit.markEnd)" : String($0)
            }
            let more = shown.endIndex < words.count || end < bytes.count
            return (cutBefore || first > 0 ? "… " : "") + marked.joined(separator: " ") + (more ? " …" : "")
        }
        guard let text = texts.first(where: { !$0.isEmpty }) else { return "" }
        let words = text.prefix(400).split(whereSeparator: \.isWhitespace)
        return words.prefix(length).joined(separator: " ") + (words.count > length || text.count > 400 ? " …" : "")
    }

    /// Which words of a text a query matches: the same word, a word with the same rough stem, or for `milit*`
    /// any word starting so.
    struct Matcher {
        let stems: [String]
        let prefixes: [String]
        /// What to look for in a text's bytes (ASCII letters lower-cased): each stem and prefix.
        let needles: [[UInt8]]

        init(_ query: SearchQuery) {
            stems = query.words.map(SearchExcerpt.stem)
            prefixes = query.terms.compactMap { term -> String? in
                if case .word(let word, true) = term { return word }
                return nil
            }
            needles = (stems + prefixes).map { Array($0.utf8) }
        }

        /// The byte offset of the first word in `text` that starts with a stem or prefix.
        func firstMatch(in text: String) -> Int? {
            var bytes = Array(text.utf8)
            for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
            var best: Int? = nil
            for needle in needles where !needle.isEmpty && needle.count <= bytes.count {
                var position = 0
                let last = bytes.count - needle.count
                while position <= last, best.map({ position < $0 }) ?? true {
                    if bytes[position] == needle[0], Self.isWordStart(bytes, position),
                        bytes[position..<position + needle.count].elementsEqual(needle)
                    {
                        best = position
                        break
                    }
                    position += 1
                }
            }
            if best == nil, needles.contains(where: { $0.contains { $0 >= 0x80 } }) {
                // Non-ASCII query words: compare word by word, where Unicode case folding applies.
                return text.split(whereSeparator: \.isWhitespace).first(where: matches).map {
                    text.utf8.distance(from: text.utf8.startIndex, to: $0.startIndex)
                }
            }
            return best
        }

        private static func isWordStart(_ bytes: [UInt8], _ position: Int) -> Bool {
            guard position > 0 else { return true }
            let before = bytes[position - 1]
            let isWordByte =
                (before >= 0x61 && before <= 0x7A) || (before >= 0x30 && before <= 0x39) || before >= 0x80
            return !isWordByte
        }

        func matches(_ word: Substring) -> Bool {
            let core = String(word.filter { $0.isLetter || $0.isNumber }).lowercased()
            guard !core.isEmpty else { return false }
            return stems.contains(SearchExcerpt.stem(core)) || prefixes.contains { core.hasPrefix($0) }
        }
    }

    /// A rough English stem, enough to mark "leaving" for "leave" and "troops" for "troop".
    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s", "ly", "e"] where word.hasSuffix(suffix) && word.count - suffix.count >= 3
        {
            return String(word.dropLast(suffix.count))
        }
        return word
    }
}
