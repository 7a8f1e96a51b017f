/// Collects a page's `<p>` texts, as the clip extractor's last resort for an excerpt: text in navigation,
/// headers, footers, asides, forms and figures is left out (the tokenizer already drops scripts and styles), as
/// are paragraphs under 40 characters, which on news pages are bylines, datelines and "Advertisement".
struct ClipParagraphCollector {
    /// Enough for any excerpt: the extractor takes at most five.
    static let limit = 5
    /// Shorter paragraphs are page furniture rather than the story.
    static let minimumLength = 40

    /// The paragraphs inside an `<article>`, in order.
    private(set) var articleParagraphs: [String] = []
    /// All paragraphs of the page, in order.
    private(set) var pageParagraphs: [String] = []
    private var articleDepth = 0
    private var skippedDepth = 0
    private var current: String?
    private var currentIsInArticle = false

    private static let skipped: Set = [
        "nav", "header", "footer", "aside", "form", "figure", "noscript", "template", "button", "select", "svg",
    ]
    /// Blocks that end an open paragraph, as a browser closes `<p>` before them.
    private static let blocks: Set = [
        "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "table", "pre", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// Whether the tokens so far are inside an `<article>`.
    var isInArticle: Bool { articleDepth > 0 }

    /// Takes the next token of the page.
    mutating func take(_ token: HTMLToken) {
        switch token {
        case .start(let name, _, let selfClosing):
            if Self.blocks.contains(name) || Self.skipped.contains(name) { finishParagraph() }
            if name == "br" { current? += " " }
            if selfClosing { break }
            if Self.skipped.contains(name) { skippedDepth += 1 }
            if name == "article" { articleDepth += 1 }
            if name == "p" && skippedDepth == 0 {
                current = ""
                currentIsInArticle = isInArticle
            }
        case .end(let name):
            if Self.blocks.contains(name) || Self.skipped.contains(name) { finishParagraph() }
            if Self.skipped.contains(name) { skippedDepth = max(0, skippedDepth - 1) }
            if name == "article" { articleDepth = max(0, articleDepth - 1) }
        case .text(let text):
            if skippedDepth == 0 { current? += text }
        }
    }

    /// Ends the page: a paragraph still open counts.
    mutating func finish() {
        finishParagraph()
    }

    private mutating func finishParagraph() {
        guard let text = current else { return }
        current = nil
        let paragraph = PlainText.collapsingWhitespace(text)
        guard paragraph.count >= Self.minimumLength else { return }
        if pageParagraphs.count < Self.limit { pageParagraphs.append(paragraph) }
        if currentIsInArticle && articleParagraphs.count < Self.limit { articleParagraphs.append(paragraph) }
    }
}
