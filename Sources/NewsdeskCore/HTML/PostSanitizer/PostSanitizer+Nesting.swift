extension PostSanitizer {
    /// The end tags a browser implies before a start tag: a paragraph ends where a block starts, a list item
    /// where the next starts, a cell where the next starts. Writing them keeps our nesting the browser's, so
    /// a post's `<p>one<p>two` is two paragraphs rather than one inside the other.
    enum Nesting {
        /// What a start tag closes: the innermost open element of `closes`, unless one of `stops` (other than
        /// those of `closes`) is open inside it.
        struct Rule {
            let closes: Set<String>
            let stops: Set<String>
        }

        /// Table parts and captions bound a paragraph: what is inside them cannot close what is outside.
        private static let tableBoundaries: Set<String> = ["table", "caption", "td", "th"]

        /// HTML's "special" elements among the allowed ones, but `div` and `p`, which a list item or definition
        /// searches through: `<li><blockquote><li>` nests rather than ending the first item.
        private static let itemBoundaries: Set<String> = [
            "blockquote", "caption", "dd", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ol", "pre", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        ]

        static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

        /// Start tags that end an open paragraph.
        private static let paragraphClosers: Set<String> = headings.union([
            "p", "div", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "hr",
        ])

        /// The rules of each allowed element's start tag, in the order they apply.
        static let rulesByElement: [String: [Rule]] = Dictionary(
            uniqueKeysWithValues: allowedElements.map { ($0, rules(for: $0)) })

        private static func rules(for name: String) -> [Rule] {
            var rules: [Rule] = []
            switch name {
            case "li": rules.append(Rule(closes: ["li"], stops: itemBoundaries))
            case "dt", "dd": rules.append(Rule(closes: ["dt", "dd"], stops: itemBoundaries))
            case "tr": rules.append(Rule(closes: ["tr"], stops: ["table", "thead", "tbody", "tfoot"]))
            case "td", "th": rules.append(Rule(closes: ["td", "th"], stops: ["tr", "table"]))
            case "thead", "tbody", "tfoot": rules.append(Rule(closes: ["thead", "tbody", "tfoot"], stops: ["table"]))
            case "a": rules.append(Rule(closes: ["a"], stops: []))  // Never a link in a link, even across a table.
            default: break
            }
            if paragraphClosers.contains(name) { rules.append(Rule(closes: ["p"], stops: tableBoundaries)) }
            return rules
        }
    }
}
