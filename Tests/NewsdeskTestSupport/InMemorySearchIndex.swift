import Foundation
import NewsdeskCore

/// Full-text search as SQLite's FTS5 index answers it for ``SQLStore``: the same six columns, words cut and
/// stemmed as its `porter unicode61 remove_diacritics 2` tokenizer cuts and stems them (Core's ``PhrasePattern``
/// and ``PorterStem``), every term required, and BM25 with the SQL store's column weights.
enum InMemorySearchIndex {
    /// Title and headline weigh most, then the outlet, then the rest: `SQLStore.bm25`'s weights, column by column.
    static let weights: [Double] = [10, 10, 4, 1, 1, 1]
    /// FTS5's BM25 constants.
    static let k1 = 1.2
    static let b = 0.75

    /// A post's words, column by column, as the index holds them.
    struct Document: Sendable {
        /// Each column's words in lower case without diacritics, and their stems.
        let tokens: [[[UInt8]]]
        let stems: [[[UInt8]]]
        /// How many words the post has in all: BM25's document length.
        let length: Int

        /// The columns `SQLStore` indexes: title, clip headline, outlet and excerpt, commentary, body text.
        init(_ post: Post) {
            let texts = [
                post.title, post.clipping?.headline ?? "", post.clipping?.outlet ?? "",
                (post.clipping?.excerptParagraphs ?? []).joined(separator: "\n\n"), post.commentary,
                PostHTML.searchText(image: post.image, bodyHTML: post.bodyHTML),
            ]
            tokens = texts.map(PhrasePattern.tokens(of:))
            stems = tokens.map { $0.map(PorterStem.stem) }
            length = tokens.reduce(0) { $0 + $1.count }
        }

        /// How often `term` occurs in each column.
        func hits(_ term: Term) -> [Int] {
            zip(tokens, stems).map { tokens, stems in
                switch term {
                case .nothing:
                    return 0
                case .stem(let stem):
                    return stems.count { $0 == stem }
                case .prefix(let prefix):
                    // The index holds stems; the word itself is tried too, as a passage marks it.
                    return zip(tokens, stems).count { $0.starts(with: prefix) || $1.starts(with: prefix) }
                case .sequence(let places):
                    guard stems.count >= places.count else { return 0 }
                    return (0...(stems.count - places.count)).count { start in
                        places.indices.allSatisfy { places[$0] == nil || stems[start + $0] == places[$0] }
                    }
                }
            }
        }
    }

    /// A query's term as the index compares it.
    enum Term: Equatable {
        /// Nothing the index holds (a word with no letters left once cut as the tokenizer cuts).
        case nothing
        /// A word, by its stem.
        case stem([UInt8])
        /// Any word starting so.
        case prefix([UInt8])
        /// Words in a row, by their stems; `nil` where a stopword stands, which any one word fills (FTS5's NEAR
        /// checked by ``PhrasePattern``, as PostgreSQL reads such a phrase).
        case sequence([[UInt8]?])

        init(_ term: SearchQuery.Term) {
            switch term {
            case .word(let word, let prefix):
                let tokens = PhrasePattern.tokens(of: word)
                if tokens.count > 1 {
                    self = .sequence(tokens.map(PorterStem.stem))
                } else if let token = tokens.first {
                    self = prefix ? .prefix(token) : .stem(PorterStem.stem(token))
                } else {
                    self = .nothing
                }
            case .phrase(let words):
                let places = words.flatMap { word -> [[UInt8]?] in
                    SearchQuery.stopwords.contains(word) ? [nil] : PhrasePattern.tokens(of: word).map(PorterStem.stem)
                }
                let content = places.compactMap { $0 }
                // One word between stopwords is looked for alone, as `SearchExpression.fts5` writes it.
                self = content.count == 1 ? .stem(content[0]) : content.isEmpty ? .nothing : .sequence(places)
            }
        }
    }

    /// BM25 as FTS5 computes it: each term's weighted hits, saturated and scaled by the post's length, times the
    /// term's rarity (never below a millionth). Higher is better.
    static func score(hits: [[Int]], length: Int, rarity: [Double], averageLength: Double) -> Double {
        zip(hits, rarity).reduce(0) { score, term in
            let frequency = zip(term.0, weights).reduce(0) { $0 + Double($1.0) * $1.1 }
            let scale = k1 * (1 - b + b * Double(length) / max(averageLength, 1))
            return score + term.1 * frequency * (k1 + 1) / (frequency + scale)
        }
    }

    /// FTS5's inverse document frequency of a term found in `found` of `total` posts.
    static func rarity(found: Int, total: Int) -> Double {
        let idf = log((Double(total) - Double(found) + 0.5) / (Double(found) + 0.5))
        return idf > 0 ? idf : 1e-6
    }
}
