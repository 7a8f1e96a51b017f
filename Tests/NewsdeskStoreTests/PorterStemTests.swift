import NewsdeskTestSupport
import SQLKit
import Testing

@testable import NewsdeskCore
@testable import NewsdeskStore

@Suite("Search passages stem words as SQLite's FTS5 does")
struct PorterStemTests {
    /// Words for every step of the algorithm, with the exceptions FTS5 makes (short words, "ion" after s or t,
    /// y after a consonant), and the news words readers search for.
    static let words = """
        caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping
        tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci
        digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator
        feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative
        formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic
        adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate
        angulariti homologous effective bowdlerize probate rate cease controll roll generalization oscillators
        military militaries relate relativity archaeology analogies happiness hoping hoped hopes leaving leave
        troops troop officials official withdrawal withdrawing offensive offensives insurgency insurgents
        ceasefire negotiations negotiated sanctions sanctioned missiles missile nuclear enrichment enriched
        diplomats diplomatic diplomacy elections elected electing reports reported reporting commentary
        comments commented commenting analysis analyses analyzing strategies strategic strategy bombing bombed
        bombings deployment deployed deploying cried cry try tries trying by ox axes eed ied ing ion tion
        station nation notion opinion union lion a an of to go goes going gone agreement disagreement
        running runner runs ran beautifully generously generous sensational conditioning reconditioned
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    @Test("each word's stem is the one FTS5's porter tokenizer indexes")
    func sameAsFTS5() async throws {
        try await TestDatabase.sqlite.withStore { store in
            let stems = try await store.backend.transaction { database in
                try await database.raw(
                    """
                    CREATE VIRTUAL TABLE porter_check USING fts5(word, content='',
                        tokenize='porter unicode61 remove_diacritics 2')
                    """
                ).run()
                try await database.raw("CREATE VIRTUAL TABLE porter_terms USING fts5vocab(porter_check, 'instance')")
                    .run()
                for (index, word) in Self.words.enumerated() {
                    try await database.raw(
                        "INSERT INTO porter_check (rowid, word) VALUES (\(bind: index + 1), \(bind: word))"
                    ).run()
                }
                let rows = try await database.raw("SELECT doc, term FROM porter_terms").all()
                return try Dictionary(
                    uniqueKeysWithValues: rows.map {
                        (try $0.decode(column: "doc", as: Int.self), try $0.decode(column: "term", as: String.self))
                    })
            }
            #expect(stems.count == Self.words.count)
            for (index, word) in Self.words.enumerated() {
                let ours = String(decoding: PorterStem.stem(Array(word.utf8)), as: UTF8.self)
                #expect(ours == stems[index + 1], "\(word)")
            }
        }
    }
}
