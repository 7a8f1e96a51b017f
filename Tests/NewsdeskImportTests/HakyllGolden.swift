import Foundation

/// hakyll-convert's expected reading of a post (`post-No.N.golden`): a Haskell `show` of its
/// `DistilledPost` record, whose body ends with the comments rendered as HTML.
struct HakyllGolden {
    var uri: String
    var title: String?
    /// `2017-09-02 21:44:00.002 UTC`.
    var date: String
    /// The post's own body, without the comments section hakyll-convert appends.
    var body: String
    /// `(ISO 8601 date, author, body)` of each comment.
    var comments: [(date: String, author: String, body: String)]

    struct Malformed: Error {
        let field: String
    }

    init(_ text: String) throws {
        uri = try Self.string(after: "dpUri = ", in: text)
        let fullBody = try Self.string(after: "dpBody = ", in: text)
        title = text.contains("dpTitle = Nothing") ? nil : try Self.string(after: "dpTitle = Just ", in: text)
        guard let dateStart = text.range(of: "dpDate = "), let end = text[dateStart.upperBound...].firstIndex(of: "}")
        else { throw Malformed(field: "dpDate") }
        date = String(text[dateStart.upperBound..<end])
        let marker = "\n\n<h3 id='hakyll-convert-comments-title'>Comments</h3>\n"
        guard let split = fullBody.range(of: marker) else { throw Malformed(field: "comments marker") }
        body = String(fullBody[..<split.lowerBound])
        comments = Self.comments(in: String(fullBody[split.upperBound...]))
    }

    /// `<p class='hakyll-convert-comment-date'>On DATE, AUTHOR wrote:</p>` then the body in its div.
    private static func comments(in html: String) -> [(date: String, author: String, body: String)] {
        html.components(separatedBy: "<div class='hakyll-convert-comment'>").dropFirst().compactMap { block in
            guard let on = block.range(of: "'>On "), let wrote = block.range(of: " wrote:</p>"),
                let comma = block[on.upperBound..<wrote.lowerBound].range(of: ", "),
                let bodyStart = block.range(of: "<div class='hakyll-convert-comment-body'>\n"),
                let bodyEnd = block.range(of: "\n</div>", range: bodyStart.upperBound..<block.endIndex)
            else { return nil }
            return (
                String(block[on.upperBound..<comma.lowerBound]), String(block[comma.upperBound..<wrote.lowerBound]),
                String(block[bodyStart.upperBound..<bodyEnd.lowerBound])
            )
        }
    }

    /// The Haskell string literal after `label`: `\"`, `\\`, `\n`, `\t`, decimal `\8217` and the empty `\&`.
    private static func string(after label: String, in text: String) throws -> String {
        guard let start = text.range(of: label + "\"") else { throw Malformed(field: label) }
        let scalars = Array(text.unicodeScalars[start.upperBound...])
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\"" { return String(result) }
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            guard index < scalars.count else { break }
            let escaped = scalars[index]
            index += 1
            switch escaped {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "&": break
            case "0"..."9":
                var value = escaped.value - 48
                while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                    value = value * 10 + scalars[index].value - 48
                    index += 1
                }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            default: result.append(escaped)
            }
        }
        throw Malformed(field: label)
    }
}
