extension SearchExcerpt {

    /// Which words of a text a query matches: a word with the same Porter stem as FTS5 makes it (``PorterStem``),
    /// or for `milit*` any word starting so. ASCII words are compared as bytes; others as Unicode text, where case
    /// folding applies.
    ///
    /// Made once for a page of results, and given to ``make(from:matcher:length:)`` for each.
    public struct Matcher: Sendable {
        /// The Porter stems of the query's words, and its prefixes.
        let stemBytes: [[UInt8]]
        let prefixBytes: [[UInt8]]
        /// What a word the query matches starts with, in lower case: each prefix, and the start of each stem that
        /// every word with that stem shares.
        let needles: [[UInt8]]
        /// Whether a needle starts with this byte, in either case: most words are passed over on their first byte.
        let startsNeedle: [Bool]

        /// A matcher for the words of `query`.
        public init(_ query: SearchQuery) {
            let words = query.words.map { Array($0.utf8) }
            stemBytes = words.map(PorterStem.stem)
            prefixBytes = query.terms.compactMap { term -> [UInt8]? in
                if case .word(let word, true) = term { return Array(word.utf8) }
                return nil
            }
            needles = zip(words, stemBytes).map { Self.needle(word: $0, stem: $1) } + prefixBytes
            var startsNeedle = [Bool](repeating: false, count: 256)
            for first in needles.compactMap(\.first) {
                startsNeedle[Int(first)] = true
                if first >= 0x61 && first <= 0x7A { startsNeedle[Int(first - 0x20)] = true }
            }
            self.startsNeedle = startsNeedle
        }

        /// The start of `stem` that every word with that stem begins with. Porter rewrites only a word's end, and
        /// at most its stem's last two letters differ from the word's ("happy" and "happiness" are both `happi`);
        /// the rest is kept as the query word has it, and never cut below three letters.
        private static func needle(word: [UInt8], stem: [UInt8]) -> [UInt8] {
            guard stem.count >= 3 else { return stem }
            let shared = zip(word, stem).prefix { $0 == $1 }.count
            return Array(stem.prefix(max(3, min(shared, stem.count) - 2)))
        }

        /// The byte offset of the first word in `text` that starts with a stem or prefix, in any case, and is one
        /// the query asks for. A word that only starts like a stem ("fafaro" for "fafa") is not a match: a later
        /// text may hold the word itself.
        ///
        /// Each word is looked at once, where it starts: copying the text in lower case and trying every offset
        /// for every stem took a millisecond a page when the texts held none (bench/search, `nitbarsanely`,
        /// which the index matches by its Porter stem `nitbarsan`).
        func firstMatch(in text: [UInt8]) -> Int? {
            var position = 0
            while position < text.count {
                guard Self.isWordByte(text[position]) else {
                    position += 1
                    continue
                }
                if startsNeedle[Int(text[position])],
                    needles.contains(where: { Self.starts(text, at: position, with: $0) }),
                    matches(text[position..<Self.wordEnd(text, from: position)])
                {
                    return position
                }
                repeat { position += 1 } while position < text.count && Self.isWordByte(text[position])
            }
            guard needles.contains(where: { $0.contains { $0 >= 0x80 } }) else { return nil }
            // Non-ASCII query words: compare word by word, where Unicode case folding applies.
            return UTF8Whitespace.words(in: text, within: text.indices).first { matches(text[$0]) }?.lowerBound
        }

        /// Whether `text` holds `needle` (lower case) at `position`, in any case.
        private static func starts(_ text: [UInt8], at position: Int, with needle: [UInt8]) -> Bool {
            guard !needle.isEmpty, needle.count <= text.count - position else { return false }
            for offset in needle.indices {
                let byte = text[position + offset]
                if (UTF8Bytes.isASCIIUppercase(byte) ? byte | 0x20 : byte) != needle[offset] { return false }
            }
            return true
        }

        /// Where the word starting at `position` ends: the next white space, or the end.
        private static func wordEnd(_ bytes: [UInt8], from position: Int) -> Int {
            var end = position
            while end < bytes.count, UTF8Whitespace.length(at: end, in: bytes) == 0 { end += 1 }
            return end
        }

        /// Letters, digits and every byte of a non-ASCII character: what words are made of.
        private static func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isASCIIDigit(byte)
        }

        /// Whether a word (its UTF-8 bytes, punctuation included) is one the query asks for.
        func matches(_ word: ArraySlice<UInt8>) -> Bool {
            // Most words are told apart by their first letter or digit, before anything is built.
            if let first = word.first(where: Self.isWordByte), first < 0x80, !startsNeedle[Int(first)] {
                return false
            }
            var core: [UInt8] = []
            core.reserveCapacity(word.count)
            for byte in word {
                if byte >= 0x80 { return matches(unicode: String(decoding: word, as: UTF8.self)) }
                if Self.isWordByte(byte) { core.append(UTF8Bytes.isASCIIUppercase(byte) ? byte | 0x20 : byte) }
            }
            return matches(core: core)
        }

        private func matches(unicode word: String) -> Bool {
            matches(core: Array(String(word.filter { $0.isLetter || $0.isNumber }).lowercased().utf8))
        }

        /// Whether a word's letters and digits, in lower case, are one the query asks for.
        private func matches(core: [UInt8]) -> Bool {
            guard !core.isEmpty else { return false }
            let stem = PorterStem.stem(core)
            return stemBytes.contains(stem) || prefixBytes.contains { core.starts(with: $0) }
        }
    }
}
