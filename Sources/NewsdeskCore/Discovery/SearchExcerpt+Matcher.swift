extension SearchExcerpt {
    /// Which words of a text a query matches: the same word, a word with the same rough stem, or for `milit*`
    /// any word starting so. ASCII words are compared as bytes; others as Unicode text, where case folding applies.
    struct Matcher {
        let stems: [String]
        let prefixes: [String]
        /// ``stems`` and ``prefixes`` as bytes.
        let stemBytes: [[UInt8]]
        let prefixBytes: [[UInt8]]
        /// What to look for in a text's bytes: each stem and prefix.
        let needles: [[UInt8]]

        init(_ query: SearchQuery) {
            stems = query.words.map(SearchExcerpt.stem)
            prefixes = query.terms.compactMap { term -> String? in
                if case .word(let word, true) = term { return word }
                return nil
            }
            stemBytes = stems.map { Array($0.utf8) }
            prefixBytes = prefixes.map { Array($0.utf8) }
            needles = stemBytes + prefixBytes
        }

        /// The byte offset of the first word in `text` that starts with a stem or prefix.
        func firstMatch(in text: [UInt8]) -> Int? {
            var bytes = text
            for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] |= 0x20 }
            var best: Int? = nil
            for needle in needles where !needle.isEmpty && needle.count <= bytes.count {
                var position = 0
                let last = bytes.count - needle.count
                while position <= last, best.map({ position < $0 }) ?? true {
                    // A word that only starts like a stem ("fafaro" for "fafa") is not a match: a later text may
                    // hold the word itself.
                    if bytes[position] == needle[0], Self.isWordStart(bytes, position),
                        bytes[position..<position + needle.count].elementsEqual(needle),
                        matches(bytes[position..<Self.wordEnd(bytes, from: position)])
                    {
                        best = position
                        break
                    }
                    position += 1
                }
            }
            if best == nil, needles.contains(where: { $0.contains { $0 >= 0x80 } }) {
                // Non-ASCII query words: compare word by word, where Unicode case folding applies.
                return UTF8Whitespace.words(in: text, within: text.indices).first { matches(text[$0]) }?.lowerBound
            }
            return best
        }

        /// Where the word starting at `position` ends: the next white space, or the end.
        private static func wordEnd(_ bytes: [UInt8], from position: Int) -> Int {
            var end = position
            while end < bytes.count, UTF8Whitespace.length(at: end, in: bytes) == 0 { end += 1 }
            return end
        }

        private static func isWordStart(_ bytes: [UInt8], _ position: Int) -> Bool {
            guard position > 0 else { return true }
            let before = bytes[position - 1]
            let isWordByte =
                (before >= 0x61 && before <= 0x7A) || (before >= 0x30 && before <= 0x39) || before >= 0x80
            return !isWordByte
        }

        /// Whether a word (its UTF-8 bytes, punctuation included) is one the query asks for.
        func matches(_ word: ArraySlice<UInt8>) -> Bool {
            var core: [UInt8] = []
            core.reserveCapacity(word.count)
            for byte in word {
                if byte >= 0x80 { return matches(unicode: String(decoding: word, as: UTF8.self)) }
                if byte >= 0x41 && byte <= 0x5A {
                    core.append(byte | 0x20)
                } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    core.append(byte)
                }
            }
            guard !core.isEmpty else { return false }
            let stemmed = SearchExcerpt.stem(bytes: core)
            return stemBytes.contains { $0.elementsEqual(stemmed) } || prefixBytes.contains { core.starts(with: $0) }
        }

        private func matches(unicode word: String) -> Bool {
            let core = String(word.filter { $0.isLetter || $0.isNumber }).lowercased()
            guard !core.isEmpty else { return false }
            return stems.contains(SearchExcerpt.stem(core)) || prefixes.contains { core.hasPrefix($0) }
        }
    }

    /// Endings a rough stem drops, longest first.
    static let stemSuffixes = ["ing", "ed", "es", "s", "ly", "e"]

    /// A rough English stem, enough to mark "leaving" for "leave" and "troops" for "troop".
    static func stem(_ word: String) -> String {
        for suffix in stemSuffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// ``stem(_:)`` of a lower-case ASCII word.
    static func stem(bytes word: [UInt8]) -> ArraySlice<UInt8> {
        for suffix in stemSuffixes where word.count - suffix.utf8.count >= 3 {
            if word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) { return word.dropLast(suffix.utf8.count) }
        }
        return word[...]
    }
}
