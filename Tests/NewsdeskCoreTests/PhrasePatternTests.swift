import Testing

@testable import NewsdeskCore

@Suite("Phrases with stopwords inside, checked in order")
struct PhrasePatternTests {
    @Test("only phrases with stopwords between other words get a pattern")
    func which() {
        #expect(PhrasePattern(words: ["seen", "from", "beijing"]) != nil)
        #expect(PhrasePattern(words: ["war", "of", "the", "worlds"]) != nil)
        #expect(PhrasePattern(words: ["military", "relations"]) == nil)  // the index checks it exactly
        #expect(PhrasePattern(words: ["the", "war"]) == nil)  // one word is left: searched as a word
        #expect(PhrasePattern.all(in: SearchQuery("drones \"seen from Beijing\" \"military relations\"")).count == 1)
    }

    @Test("the other words in order, each at its place, any word where the stopwords were")
    func order() throws {
        let pattern = try #require(PhrasePattern(words: ["war", "of", "the", "worlds"]))
        #expect(pattern.occurs(in: "Wells wrote The War of the Worlds in 1898."))
        #expect(pattern.occurs(in: "a war between two worlds"))  // as PostgreSQL's war <3> world
        #expect(pattern.occurs(in: "The wars of the worlds"))  // stemmed: war, world
        #expect(!pattern.occurs(in: "worlds of the war"))
        #expect(!pattern.occurs(in: "war of worlds"))
        #expect(!pattern.occurs(in: "war"))
    }

    @Test("words are cut and folded as FTS5's unicode61 cuts them")
    func tokens() {
        #expect(
            PhrasePattern.tokens(of: "Élysée-Palace’s “talks”, 2011!").map { String(decoding: $0, as: UTF8.self) }
                == ["elysee", "palace", "s", "talks", "2011"])
        let pattern = PhrasePattern(words: ["élysée", "in", "paris"])
        #expect(pattern?.occurs(in: "The ELYSEE, in Paris") == true)
    }
}
