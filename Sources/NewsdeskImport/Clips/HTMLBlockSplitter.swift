import NewsdeskCore

/// Splits a post body into blocks the way it reads: block elements and line breaks end a paragraph,
/// inline markup (bold, italics, spans, links) stays inside it. Blogger's caption table becomes one image.
struct HTMLBlockSplitter {
    private static let boundaries: Set<String> = [
        "p", "div", "center", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "tr", "td", "th", "section",
        "article", "header", "footer", "figure", "figcaption",
    ]
    /// Elements whose content plain text cannot carry.
    private static let media: Set<String> = [
        "iframe", "object", "embed", "video", "audio", "ul", "ol", "dl", "pre", "form", "svg", "canvas", "math",
    ]
    private static let voidMedia: Set<String> = ["embed", "input"]

    private let tokens: [HTMLToken]
    private var index = 0
    private var blocks: [HTMLBlock] = []
    private var current = TextBlock()
    private var blockquoteDepth = 0
    private var boldDepth = 0
    private var boldSpans: [Bool] = []
    private var openLink: TextBlock.Link?

    /// The blocks of `html`, empty ones left out.
    static func blocks(of html: String) -> [HTMLBlock] {
        var splitter = HTMLBlockSplitter(tokens: HTMLTokenizer.tokens(html))
        splitter.run()
        return splitter.blocks
    }

    private init(tokens: [HTMLToken]) {
        self.tokens = tokens
    }

    private mutating func run() {
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let text): append(text)
            case .start(let name, let attributes, let selfClosing): start(name, attributes, selfClosing: selfClosing)
            case .end(let name): end(name)
            }
        }
        flush()
    }

    private mutating func append(_ text: String) {
        if current.raw.isEmpty { current.inBlockquote = blockquoteDepth > 0 }
        current.raw += text
        current.length += text.count
        openLink?.text += text
    }

    private mutating func start(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
        switch name {
        case _ where Self.boundaries.contains(name): flush()
        case "blockquote":
            flush()
            blockquoteDepth += 1
        case "table":
            flush()
            let end = matchingEnd(of: "table")
            if (attributes["class"] ?? "").contains("tr-caption-container"),
                let image = CaptionTable.image(in: tokens[index..<end])
            {
                blocks.append(.image(image))
            } else {
                blocks.append(.media("table"))
            }
            index = min(end + 1, tokens.count)
        case "img":
            flush()
            blocks.append(.image(PostImage(url: attributes["src"] ?? "", altText: attributes["alt"] ?? "")))
        case _ where Self.media.contains(name):
            flush()
            blocks.append(.media(name))
            if !selfClosing && !Self.voidMedia.contains(name) { index = min(matchingEnd(of: name) + 1, tokens.count) }
        case "b", "strong": bold(true)
        case "span":
            let style = (attributes["style"] ?? "").lowercased().filter { !$0.isWhitespace }
            let isBold = style.contains("font-weight:bold") || style.contains("font-weight:700")
            boldSpans.append(isBold)
            if isBold { bold(true) }
        case "a":
            closeLink()
            if let href = attributes["href"] {
                openLink = TextBlock.Link(
                    href: href, text: "", start: current.length, end: current.length, isBold: boldDepth > 0
                )
            }
        default: break
        }
    }

    private mutating func end(_ name: String) {
        switch name {
        case _ where Self.boundaries.contains(name): flush()
        case "blockquote":
            flush()
            blockquoteDepth = max(0, blockquoteDepth - 1)
        case "b", "strong": bold(false)
        case "span": if boldSpans.popLast() == true { bold(false) }
        case "a": closeLink()
        default: break
        }
    }

    private mutating func bold(_ opens: Bool) {
        boldDepth = max(0, boldDepth + (opens ? 1 : -1))
        // `<a href><b>Headline</b></a>` is as bold as `<b><a href>Headline</a></b>`.
        if opens, openLink?.text.allSatisfy(\.isWhitespace) == true { openLink?.isBold = true }
    }

    private mutating func closeLink() {
        guard var link = openLink else { return }
        openLink = nil
        // A link without text wraps an image (Blogger links each photo to its full size): not a text link.
        guard !link.text.allSatisfy(\.isWhitespace) else { return }
        link.end = current.length
        current.links.append(link)
    }

    /// Ends the current block; a link still open carries on into the next one.
    private mutating func flush() {
        let carried = openLink
        closeLink()
        if !current.isEmpty { blocks.append(.text(current)) }
        current = TextBlock()
        if var carried {
            carried.text = ""
            carried.start = 0
            carried.end = 0
            openLink = carried
        }
    }

    /// The index of the end tag closing the element whose start tag was just read (nested ones counted), or
    /// the end of the tokens.
    private func matchingEnd(of name: String) -> Int {
        var depth = 1
        var position = index
        while position < tokens.count {
            switch tokens[position] {
            case .start(name, _, selfClosing: false): depth += 1
            case .end(name):
                depth -= 1
                if depth == 0 { return position }
            default: break
            }
            position += 1
        }
        return tokens.count
    }
}
