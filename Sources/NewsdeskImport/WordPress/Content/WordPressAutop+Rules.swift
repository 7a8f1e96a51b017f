import Foundation

extension WordPressAutop {
    /// WordPress's `preg_replace` steps, grouped as `wpautop` runs them.
    enum Rules {
        private static let s = WordPressAutop.space
        private static let start = WordPressAutop.runStart
        private static let blocks = WordPressAutop.blocks

        static let spacing = [
            // Change multiple <br>s into two line breaks, which will turn into paragraphs.
            RegexRule("<br\(s)*/?>\(s)*<br\(s)*/?>", "\n\n"),
            // A blank line above block-level opening tags and below closing ones, and after <hr>.
            RegexRule("(<\(blocks)[ \\t\\n\\x0B\\f\\r/>])", "\n\n$1"),
            RegexRule("(</\(blocks)>)", "$1\n\n"),
            RegexRule("(<hr\(s)*?/?>)", "$1\n\n"),
        ]
        static let option = [
            RegexRule("\(start)\(s)*<option", "<option"),
            RegexRule("</option>\(s)*", "</option>"),
        ]
        static let object = [
            RegexRule("(<object[^>]*>)\(s)*", "$1"),
            RegexRule("\(start)\(s)*</object>", "</object>"),
            RegexRule("\(start)\(s)*(</?(?:param|embed)[^>]*>)\(s)*", "$1"),
        ]
        static let media = [
            RegexRule("([<\\[](?:audio|video)[^>\\]]*[>\\]])\(s)*", "$1"),
            RegexRule("\(start)\(s)*([<\\[]/(?:audio|video)[>\\]])", "$1"),
            RegexRule("\(start)\(s)*(<(?:source|track)[^>]*>)\(s)*", "$1"),
        ]
        static let figcaption = [
            RegexRule("\(start)\(s)*(<figcaption[^>]*>)", "$1"),
            RegexRule("</figcaption>\(s)*", "</figcaption>"),
        ]
        static let manyBreaks = RegexRule("\n\n+", "\n\n")
        static let blankLine = RegexRule("\n\(s)*\n", "")
        static let unwrap = [
            // Under certain strange conditions it could create a P of entirely whitespace.
            RegexRule("<p>\(s)*</p>", ""),
            // Add a closing <p> inside <div>, <address>, or <form> tag if missing.
            RegexRule("<p>([^<]+)</(div|address|form)>", "<p>$1</p></$2>"),
            // An opening or closing block element tag wrapped in a <p>: unwrapped.
            RegexRule("<p>\(s)*(</?\(blocks)[^>]*>)\(s)*</p>", "$1"),
            // In some cases <li> may get wrapped in <p>.
            RegexRule("<p>(<li.+?)</p>", "$1"),
            // A <p> around a <blockquote> moves inside it.
            RegexRule("<p><blockquote([^>]*)>", "<blockquote$1><p>", options: .caseInsensitive),
        ]
        static let unwrapEdges = [
            RegexRule("<p>\(s)*(</?\(blocks)[^>]*>)", "$1"),
            RegexRule("(</?\(blocks)[^>]*>)\(s)*</p>", "$1"),
        ]
        /// `(?<!<br />)\s*\n` → `<br />\n`. PCRE tries `\s*\n` at the first place the look-behind allows: the
        /// run's start, or one further when the run follows a `<br />`.
        static let lineBreak = RegexRule(
            "(?:\(start)(?<!<br />)|(?<=<br />\(s)))\(s)*\n", "<br />\n")
        static let tidyBreaks = [
            // A <br /> after an opening or closing block tag, or before some of them, goes.
            RegexRule("(</?\(blocks)[^>]*>)\(s)*<br />", "$1"),
            RegexRule("<br />(\(s)*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", "$1"),
            RegexRule("\n</p>$", "</p>"),
        ]
    }
}
