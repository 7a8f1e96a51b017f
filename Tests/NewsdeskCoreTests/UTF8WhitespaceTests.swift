import NewsdeskCore
import PropertyBased
import Testing

@Suite("White space and words read from UTF-8 bytes")
struct UTF8WhitespaceTests {
    /// Pieces of text: every Unicode white space character, line endings, letters, punctuation, and characters
    /// whose UTF-8 starts with the same bytes as white space does (U+00A9, U+2019, U+3001).
    static let pieces = [
        " ", "\t", "\n", "\r\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}",
        "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{A9}", "\u{2019}",
        "\u{3001}", "word", "Élysée", "中文", "😀", ",", "a", "—",
    ]

    @Test("every Unicode white space character, and nothing else of the pieces, is white space")
    func whitespace() {
        for piece in Self.pieces {
            let bytes = Array(piece.utf8)
            let isSpace = piece.allSatisfy(\.isWhitespace)
            if piece.unicodeScalars.count == 1 {
                #expect(
                    (UTF8Whitespace.length(at: 0, in: bytes) == bytes.count) == isSpace, "\(piece.debugDescription)")
            }
            #expect(UTF8Whitespace.isBlank(bytes, bytes.indices) == isSpace)
        }
    }

    @Test("words are what splitting the text's characters at white space gives")
    func words() async {
        await propertyCheck(count: 1000, input: Gen.tagSoup(of: Self.pieces)) { text in
            let bytes = Array(text.utf8)
            let words = UTF8Whitespace.words(in: bytes, within: bytes.indices).map {
                String(decoding: bytes[$0], as: UTF8.self)
            }
            #expect(words == text.split(whereSeparator: \.isWhitespace).map(String.init), "\(text.debugDescription)")
        }
    }
}
