/// The parts of a news page the clip extractor reads, gathered in one pass of `HTMLTokenizer`.
struct ClipPage {
    /// `<meta>` contents by lower-cased `property`, `name` or `itemprop`; the first non-empty one wins, as
    /// pages that repeat a tag put the main value first.
    private(set) var meta: [String: String] = [:]
    /// The first non-empty `<title>`'s text.
    private(set) var title: String?
    /// The first `<base href>`.
    private(set) var baseHref: String?
    /// The first `<link rel=canonical>`'s address.
    private(set) var canonicalHref: String?
    /// The first `<time datetime>` inside an `<article>`.
    private(set) var articleTime: String?
    /// The page's paragraphs.
    private(set) var paragraphs = ClipParagraphCollector()

    init(html: String) {
        var tokenizer = HTMLTokenizer(html)
        var titleText: String?
        while let token = tokenizer.next() {
            paragraphs.take(token)
            switch token {
            case .start("title", _, selfClosing: false) where title == nil:
                titleText = ""
            case .start(let name, let attributes, _):
                read(name, attributes)
            case .end("title"):
                let text = PlainText.collapsingWhitespace(titleText ?? "")
                if !text.isEmpty && title == nil { title = text }
                titleText = nil
            case .text(let text):
                titleText? += text
            case .end:
                break
            }
        }
        paragraphs.finish()
    }

    private mutating func read(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "meta":
            let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"]
            let content = PlainText.collapsingWhitespace(attributes["content"] ?? "")
            if let key = key?.lowercased(), !content.isEmpty, meta[key] == nil { meta[key] = content }
        case "base":
            if baseHref == nil { baseHref = attributes["href"] }
        case "link":
            let relations = (attributes["rel"] ?? "").lowercased().split(whereSeparator: \.isWhitespace)
            if canonicalHref == nil && relations.contains("canonical") { canonicalHref = attributes["href"] }
        case "time":
            if articleTime == nil && paragraphs.isInArticle { articleTime = attributes["datetime"] }
        default:
            break
        }
    }
}
