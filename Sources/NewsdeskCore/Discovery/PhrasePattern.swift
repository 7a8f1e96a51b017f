import Foundation

/// A phrase with stopwords inside (`"seen from Beijing"`), as PostgreSQL reads it: its other words in order, each
/// at its own place, whatever words stand where the stopwords were (`seen <2> beijing`).
///
/// SQLite finds such phrases with `NEAR`, which does not keep the order; its candidates are checked here, words
/// split and stemmed as FTS5's `porter unicode61` tokenizer splits and stems them.
public struct PhrasePattern: Sendable {
    /// Each word that is not a stopword: its place in the phrase and its Porter stem.
    let places: [(offset: Int, stem: [UInt8])]
    /// How many words the phrase spans.
    let length: Int

    /// The pattern of a phrase of `words` with stopwords between others; nil for any other phrase, which the
    /// index answers exactly by itself.
    public init?(words: [String]) {
        let places = words.enumerated().filter { !SearchQuery.stopwords.contains($0.element) }
            .map { (offset: $0.offset, stem: PorterStem.stem(Self.folded(Array($0.element.utf8)))) }
        guard places.count >= 2, places.count < words.count else { return nil }
        self.places = places
        self.length = words.count
    }

    /// The patterns of `query`'s phrases that have stopwords between other words.
    public static func all(in query: SearchQuery) -> [PhrasePattern] {
        query.terms.compactMap { term in
            guard case .phrase(let words) = term else { return nil }
            return PhrasePattern(words: words)
        }
    }

    /// Whether `text` holds the phrase.
    public func occurs(in text: String) -> Bool {
        occurs(inTokens: Self.tokens(of: text))
    }

    /// Whether a text cut into ``tokens(of:)`` holds the phrase: a text is cut once for all of a query's phrases.
    public func occurs(inTokens tokens: [[UInt8]]) -> Bool {
        guard tokens.count >= length else { return false }
        var stems: [Int: [UInt8]] = [:]
        func stem(at index: Int) -> [UInt8] {
            if let known = stems[index] { return known }
            let made = PorterStem.stem(tokens[index])
            stems[index] = made
            return made
        }
        return (0...(tokens.count - length)).contains { start in
            places.allSatisfy { place in
                let token = tokens[start + place.offset]
                // Most tokens differ from the stem in their first byte; only the rest are stemmed.
                return token.first == place.stem.first && stem(at: start + place.offset) == place.stem
            }
        }
    }

    /// The words of `text` in lower case without diacritics: runs of letters and digits, as `unicode61` cuts them.
    public static func tokens(of text: String) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var token: [UInt8] = []
        var isASCII = true
        func end() {
            guard !token.isEmpty else { return }
            tokens.append(isASCII ? token : folded(token))
            token.removeAll(keepingCapacity: true)
            isASCII = true
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if UTF8Bytes.isASCIIUppercase(byte) {
                    token.append(byte | 0x20)
                } else if UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isASCIIDigit(byte) {
                    token.append(byte)
                } else {
                    end()
                }
            } else if Self.isTokenCharacter(scalar) {
                token += Array(String(scalar).utf8)
                isASCII = false
            } else {
                end()
            }
        }
        end()
        return tokens
    }

    /// Letters, digits and private-use characters, as `unicode61` keeps them.
    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    /// UTF-8 text in lower case without diacritics (`remove_diacritics 2`).
    private static func folded(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
    }
}
