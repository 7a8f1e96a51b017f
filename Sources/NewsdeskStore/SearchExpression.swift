import NewsdeskCore

/// A reader's query in each database's own syntax. Terms hold only letters and digits (``SearchQuery``), and
/// each is still quoted where the syntax allows, so no input can form an operator.
enum SearchExpression {
    /// FTS5: `"word"`, `"prefix" *`, `"two words"`, all required.
    static func fts5(_ query: SearchQuery) -> String {
        query.terms.map { term in
            switch term {
            case .word(let word, let prefix): return quoted(word) + (prefix ? " *" : "")
            case .phrase(let words): return quoted(words.joined(separator: " "))
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
