extension PostSanitizer {
    /// What an attribute's value must be for the attribute to be kept, and how it is written.
    enum ValueRule {
        /// Any text (`title`, `alt`).
        case text
        /// A link's `href`: `http`, `https`, `mailto` or relative.
        case link
        /// An image's `src`: `http`, `https` or relative.
        case image
        /// An iframe's `src`: `https` on one of the allowed hosts.
        case embed
        /// A count of 1 to 4 digits (`colspan`, `rowspan`).
        case count
        /// A list's first number: 1 to 9 digits, as cmark writes it.
        case number
        /// A size in pixels (`width="560"`): HTML gives images, players and videos no other kind.
        case length
        /// A cell's alignment as the class `align-left`, `align-center`, `align-right` or `align-justify`.
        case alignmentClass
        /// `class` on `<code>`: one `language-…` name, as Markdown's fenced code writes it.
        case languageClass
        /// A boolean attribute, written with an empty value.
        case flag
    }

    /// Each allowed element and, in the order they are written, the attributes it keeps. Presentational
    /// attributes that HTML made obsolete (`align`, `border`, `bgcolor`, `cellpadding` …) are not kept; a
    /// cell's `align`, which Markdown tables use for their columns, becomes an `align-…` class the theme styles.
    static let attributeRules: [String: [(name: String, rule: ValueRule)]] = {
        var rules: [String: [(name: String, rule: ValueRule)]] = [:]
        let plain = [
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "dl", "dt", "dd", "blockquote", "pre",
            "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "cite", "q", "span",
            "div", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr",
        ]
        for name in plain { rules[name] = [] }
        for name in ["td", "th"] {
            rules[name] = [("colspan", .count), ("rowspan", .count), ("class", .alignmentClass)]
        }
        rules["ol"] = [("start", .number)]
        rules["code"] = [("class", .languageClass)]
        rules["abbr"] = [("title", .text)]
        rules["a"] = [("href", .link), ("title", .text)]
        rules["img"] = [("src", .image), ("alt", .text), ("title", .text), ("width", .length), ("height", .length)]
        rules["iframe"] = [
            ("src", .embed), ("width", .length), ("height", .length), ("title", .text), ("allowfullscreen", .flag),
        ]
        rules["audio"] = [("src", .image), ("controls", .flag)]
        rules["video"] = [
            ("src", .image), ("controls", .flag), ("width", .length), ("height", .length), ("poster", .image),
        ]
        return rules
    }()

    /// The elements a post may contain.
    public static let allowedElements: Set<String> = Set(attributeRules.keys)

    /// Elements written without an end tag.
    static let voidElements: Set<String> = ["br", "hr", "img"]

    /// Elements that are nothing without their first attribute (`src`): dropped when it is refused.
    static let needsFirstAttribute: Set<String> = ["img", "iframe"]

    /// Attributes written whether or not the input has them: an image's text for those who cannot see it
    /// (empty when the post gives none, which HTML reads as "decorative"), and a player's controls, so that
    /// a reader can always start and stop it.
    static let alwaysWritten: [String: (name: String, value: String)] = [
        "img": ("alt", ""), "audio": ("controls", ""), "video": ("controls", ""),
    ]

    /// Elements dropped together with everything inside them: their content is code, styling, form data or
    /// metadata rather than text of the post. (The tokenizer already drops the content of `script` and
    /// `style`.) An allowed `<iframe>` is kept, but never its content.
    public static let droppedWithContent: Set<String> = [
        "script", "style", "template", "iframe", "object", "applet", "noscript", "noembed", "noframes", "textarea",
        "title", "xmp", "select", "svg", "math",
    ]

    /// The attributes `name` keeps from `attributes`, in the order they are written; nil when the element
    /// itself is dropped (not allowed, or without the attribute it needs).
    func keptAttributes(of name: String, _ attributes: [String: String]) -> [(String, String)]? {
        guard let rules = Self.attributeRules[name] else { return nil }
        var kept: [(String, String)] = []
        for (attribute, rule) in rules {
            guard let value = Self.value(of: attribute, in: attributes, rule: rule),
                let written = allowedValue(value, rule)
            else {
                if let always = Self.alwaysWritten[name], always.name == attribute { kept.append(always) }
                continue
            }
            kept.append((attribute, written))
        }
        if Self.needsFirstAttribute.contains(name) && kept.first?.0 != rules.first?.name { return nil }
        return kept
    }

    /// The input's value for `attribute`; a cell's `class`, unless it already names an alignment, comes from
    /// its obsolete `align`.
    private static func value(of attribute: String, in attributes: [String: String], rule: ValueRule) -> String? {
        guard rule == .alignmentClass else { return attributes[attribute] }
        if let value = attributes[attribute], alignmentClasses.contains(value) { return value }
        return attributes["align"].map { alignmentPrefix + $0.lowercased() }
    }

    /// The value to write for `value` under `rule`, or nil when the attribute is dropped.
    private func allowedValue(_ value: String, _ rule: ValueRule) -> String? {
        switch rule {
        case .text: return value
        case .flag: return ""
        case .link: return URLRules.allowed(value, schemes: URLRules.linkSchemes)
        case .image: return URLRules.allowed(value, schemes: URLRules.imageSchemes).flatMap { $0.isEmpty ? nil : $0 }
        case .embed: return URLRules.allowedEmbed(value, hosts: iframeHosts)
        case .count: return Self.isDigits(value, maximumCount: 4) ? value : nil
        case .number: return Self.isDigits(value, maximumCount: 9) ? value : nil
        case .length:
            return Self.isDigits(value, maximumCount: 5) ? value : nil
        case .alignmentClass:
            return Self.alignmentClasses.contains(value) ? value : nil
        case .languageClass:
            let name = value.utf8.dropFirst(Self.languagePrefix.utf8.count)
            let isName = value.hasPrefix(Self.languagePrefix) && !name.isEmpty && name.allSatisfy(Self.isNameByte)
            return isName ? value : nil
        }
    }

    private static let languagePrefix = "language-"
    private static let alignmentPrefix = "align-"
    private static let alignmentClasses: Set<String> = Set(
        ["left", "center", "right", "justify"].map { alignmentPrefix + $0 })

    private static func isDigits(_ text: Substring, maximumCount: Int) -> Bool {
        !text.isEmpty && text.utf8.count <= maximumCount && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func isDigits(_ text: String, maximumCount: Int) -> Bool {
        isDigits(text[...], maximumCount: maximumCount)
    }

    /// Letters, digits and `- _ + . #`: enough for `language-c++`, `language-objective-c`, `language-c#`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isASCIIDigit(byte)
            || "-_+.#".utf8.contains(byte)
    }
}
