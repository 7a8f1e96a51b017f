import NewsdeskCore
import PropertyBased
import Testing

@Suite("Reading a search query")
struct SearchQueryTests {
    /// Random queries from search syntax of every engine, odd characters and random ASCII.
    static let queries = Gen.oneOf(
        Gen<String?>.element(of: [
            "\"", "*", "AND", " OR ", "NEAR(", ")", ":", "^", "-", "'", "&", "|", "!", "<->", ":*", "é", "中文", "😀",
            "\u{E000}", "\u{0}", " ", "\n", "word", "Iraq", String(repeating: "long", count: 20),
        ]).map { $0! },
        Gen.ascii.map { String($0) }
    )
    .array(of: 0...80)
    .map { $0.joined() }

    @Test("words, prefixes and phrases, lower-cased")
    func terms() {
        #expect(
            SearchQuery("Chinese milit* \"Defense Secretary\"").terms == [
                .word("chinese", prefix: false), .word("milit", prefix: true), .phrase(["defense", "secretary"]),
            ])
        #expect(SearchQuery("\"Gates\"").terms == [.word("gates", prefix: false)])
        #expect(SearchQuery("U.S. Army's").words == ["u", "army"])  // "s" is a stopword
    }

    @Test("operators and punctuation are not syntax; an unclosed quote leaves plain words")
    func hostile() {
        #expect(SearchQuery("title:foo^ (NEAR").words == ["title", "foo", "near"])
        #expect(SearchQuery("AND OR NOT*").terms.last == .word("not", prefix: true))
        #expect(
            SearchQuery("\"open quote here").terms == [.word("open", prefix: false), .word("quote", prefix: false)])
        #expect(SearchQuery("\"").isEmpty)
        #expect(SearchQuery("*** && || !! <-> :").isEmpty)
    }

    @Test("stopwords are left out of plain words and stopword-only phrases, kept in phrases and prefixes")
    func stopwords() {
        #expect(SearchQuery("the war in Iraq").words == ["war", "iraq"])
        #expect(SearchQuery("\"of the\"").isEmpty)
        #expect(SearchQuery("\"the end\"").terms == [.phrase(["the", "end"])])
        #expect(SearchQuery("\"the\"").terms == [.word("the", prefix: false)])
        #expect(SearchQuery("the*").terms == [.word("the", prefix: true)])
    }

    @Test("a 10 KB query keeps at most 12 terms of at most 40 characters")
    func bounded() {
        let long = SearchQuery(String(repeating: "word ", count: 2_000))
        #expect(long.terms.count == SearchQuery.maxTerms)
        let giant = SearchQuery(String(repeating: "x", count: 10_000))
        #expect(giant.words == [String(repeating: "x", count: SearchQuery.maxWordLength)])
    }

    @Test("whatever is typed, every word is letters and digits, and the query stays bounded")
    func property() async {
        await propertyCheck(count: 500, input: Self.queries) { text in
            let query = SearchQuery(text)
            #expect(query.terms.count <= SearchQuery.maxTerms)
            for word in query.words {
                #expect(!word.isEmpty && word.count <= SearchQuery.maxWordLength)
                #expect(word.allSatisfy { $0.isLetter || $0.isNumber })
            }
        }
    }
}
