import NewsdeskCore
import Testing

@Suite("The passage a search result shows")
struct SearchExcerptTests {
    let start = SearchHit.markStart
    let end = SearchHit.markEnd

    @Test("words around the first match, the matched words marked, stems and prefixes included")
    func marks() {
        let text = "Troops will be leaving Iraq by the end of the year, officials said on Tuesday in Baghdad."
        let excerpt = SearchExcerpt.make(from: ["", text], query: SearchQuery("leave iraq"), length: 6)
        #expect(excerpt == "… will be \(start)leaving\(end) \(start)Iraq\(end) by the …")
        let prefixed = SearchExcerpt.make(from: [text], query: SearchQuery("offic*"), length: 4)
        #expect(prefixed.contains("\(start)officials\(end)"))
        #expect(prefixed.hasPrefix("… "))
    }

    @Test("without a match in the texts, the start of the first one; nothing for no text")
    func fallback() {
        #expect(SearchExcerpt.make(from: ["", "One two three"], query: SearchQuery("zebra"), length: 2) == "One two …")
        #expect(SearchExcerpt.make(from: ["", ""], query: SearchQuery("zebra")).isEmpty)
    }

    @Test("a match inside a word does not count; capitals and non-ASCII text are found")
    func boundaries() {
        let excerpt = SearchExcerpt.make(
            from: ["Unmanned aircraft", "Les drones au-dessus de Kaboul, Élysée"], query: SearchQuery("manned élysée"))
        #expect(excerpt.contains("\(start)Élysée\(end)"))
        #expect(!excerpt.contains("\(start)Unmanned"))
        #expect(
            SearchExcerpt.make(from: ["The PENTAGON said"], query: SearchQuery("pentagon"))
                == "The \(start)PENTAGON\(end) said")
    }

    @Test("a word that only begins like the query's is passed over for a later text holding the word itself")
    func wholeWords() {
        let excerpt = SearchExcerpt.make(
            from: ["The fafaro pawen mimiro", "", "Rotra work for which fafa"], query: SearchQuery("fafa"))
        #expect(excerpt == "Rotra work for which \(start)fafa\(end)")
        #expect(SearchExcerpt.make(from: ["troops leaving"], query: SearchQuery("leave")).contains("\(start)leaving"))
    }

    @Test("a word is matched where it starts, in any case, after punctuation, and not inside another word")
    func wordStarts() {
        let query = SearchQuery("fafa")
        #expect(SearchExcerpt.make(from: ["(FaFa) said"], query: query) == "\(start)(FaFa)\(end) said")
        #expect(SearchExcerpt.make(from: ["Fafa"], query: query) == "\(start)Fafa\(end)")
        #expect(SearchExcerpt.make(from: ["xfafa 2fafa é-fafa"], query: query) == "xfafa 2fafa é-fafa")
        #expect(SearchExcerpt.make(from: ["\"fafas,\" he said"], query: query) == "\(start)\"fafas,\"\(end) he said")
        #expect(
            SearchExcerpt.make(from: ["route 66 again"], query: SearchQuery("66")) == "route \(start)66\(end) again")
    }

    @Test("without a match, a long text's opening words are cut between characters, not inside one")
    func longOpening() {
        let words = (1...200).map { "word\($0)" }.joined(separator: " ")
        #expect(SearchExcerpt.make(from: [words], query: SearchQuery("zebra"), length: 3) == "word1 word2 word3 …")
        // One long word of two-byte characters, cut at 400 bytes on either side of a character's first byte.
        for lead in ["", "a"] {
            let long = lead + String(repeating: "é", count: 300)
            let opening = SearchExcerpt.make(from: [long], query: SearchQuery("zebra"))
            #expect(!opening.contains("\u{FFFD}"))
            #expect(opening.hasSuffix(" …"))
            #expect(opening.utf8.count <= 400 + " …".utf8.count)
            #expect(long.hasPrefix(opening.dropLast(2)))
        }
    }

    @Test("words are marked by their Porter stem, as the index matched them")
    func porterStems() {
        #expect(
            SearchExcerpt.make(from: ["The militaries of the region"], query: SearchQuery("military"))
                == "The \(start)militaries\(end) of the region")
        #expect(
            SearchExcerpt.make(from: ["A happy ending"], query: SearchQuery("happiness"))
                == "A \(start)happy\(end) ending")
        #expect(
            SearchExcerpt.make(from: ["Talks were reconditioned."], query: SearchQuery("conditional"))
                == "Talks were reconditioned.")
        #expect(
            SearchExcerpt.make(from: ["Elections, elected, electing"], query: SearchQuery("election"))
                == "\(start)Elections,\(end) \(start)elected,\(end) \(start)electing\(end)")
    }
}
