/// What a reader typed into the search box, reduced to words, prefixes and phrases.
///
/// Search engines' own query syntax (FTS5's `AND`/`NEAR`/`column:`, tsquery's `&|!`) never reaches the
/// database: only runs of letters and digits survive, so any input, however hostile, becomes a plain query.
/// `"a phrase"` keeps its words together; a word ending in `*` matches as a prefix; every term must match;
/// plain words too common to mean anything (``stopwords``) are left out.
public struct SearchQuery: Sendable, Equatable {
    /// One thing every result must contain.
    public enum Term: Sendable, Equatable {
        /// A word; with `prefix`, any word starting with it.
        case word(String, prefix: Bool)
        /// Words in this order, next to each other.
        case phrase([String])
    }

    /// The terms, in the order typed.
    public let terms: [Term]

    /// The most terms kept; the rest of a long query is ignored.
    public static let maxTerms = 12
    /// Longer words are cut (no real word is this long; a 10 KB "word" must not reach the index).
    public static let maxWordLength = 40
    /// Only this much of the input is read.
    public static let maxInputLength = 512

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { terms.isEmpty }

    /// Reads a query as typed.
    public init(_ text: String) {
        var terms: [Term] = []
        var phraseWords: [String]? = nil
        var word = ""
        func endWord(prefix: Bool) {
            defer { word = "" }
            guard !word.isEmpty else { return }
            let cut = String(word.prefix(Self.maxWordLength)).lowercased()
            if phraseWords != nil {
                phraseWords?.append(cut)
            } else if prefix || !Self.stopwords.contains(cut) {
                terms.append(.word(cut, prefix: prefix))
            }
        }
        for character in text.prefix(Self.maxInputLength) {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "*" {
                endWord(prefix: phraseWords == nil)
            } else if character == "\"" {
                endWord(prefix: false)
                if let words = phraseWords {
                    // A phrase of nothing but stopwords ("of the") means nothing and costs most.
                    if words.contains(where: { !Self.stopwords.contains($0) }) || words.count == 1 {
                        terms.append(words.count == 1 ? .word(words[0], prefix: false) : .phrase(words))
                    }
                    phraseWords = nil
                } else {
                    phraseWords = []
                }
            } else {
                endWord(prefix: false)
            }
        }
        endWord(prefix: false)
        if let words = phraseWords {
            // An unclosed quote: its words count one by one.
            terms += words.filter { !Self.stopwords.contains($0) }.map { .word($0, prefix: false) }
        }
        self.terms = Array(terms.prefix(Self.maxTerms))
    }

    /// The words of every term, for highlighting and display.
    public var words: [String] {
        terms.flatMap { term -> [String] in
            switch term {
            case .word(let word, _): return [word]
            case .phrase(let words): return words
            }
        }
    }
}
