import NewsdeskCore

/// A reader's query in each database's own syntax. Terms hold only letters and digits (``SearchQuery``), and
/// each is still quoted where the syntax allows, so no input can form an operator.
enum SearchExpression {
    /// FTS5: `"word"`, `"prefix" *`, `"two words"`, all required. Stopwords inside a phrase become a gap
    /// (`NEAR("war" "end", 1)` for "war the end", as PostgreSQL reads it): their position lists cover nearly
    /// every post, and checking them made a phrase search ten times slower (bench/search). NEAR does not keep
    /// the order, so its matches are checked with ``PhrasePattern`` (``SQLStore/search(_:offset:limit:)``).
    static func fts5(_ query: SearchQuery) -> String {
        fts5(query.terms)
    }

    /// ``fts5(_:)`` of some of a query's terms.
    static func fts5(_ terms: [SearchQuery.Term]) -> String {
        terms.map { term in
            switch term {
            case .word(let word, let prefix):
                return quoted(word) + (prefix ? " *" : "")
            case .phrase(let words):
                let content = words.filter { !SearchQuery.stopwords.contains($0) }
                if content.count == words.count { return quoted(words.joined(separator: " ")) }
                if content.count == 1 { return quoted(content[0]) }
                return "NEAR(" + content.map(quoted).joined(separator: " ") + ", \(words.count - content.count))"
            }
        }.joined(separator: " ")
    }

    /// tsquery: `word`, `prefix:*`, `(two <-> words)`, joined by `&`.
    static func tsquery(_ query: SearchQuery) -> String {
        query.terms.map { term in
            switch term {
            case .word(let word, let prefix): return tsWord(word) + (prefix ? ":*" : "")
            case .phrase(let words): return "(" + words.map(tsWord).joined(separator: " <-> ") + ")"
            }
        }.joined(separator: " & ")
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func tsWord(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
