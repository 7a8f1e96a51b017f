extension PostSanitizer {
    /// Where HTML lets list items, definitions, table parts and captions stand. Old posts put them elsewhere
    /// (an `<li>` in a `<div>`, text straight inside a `<table>`), which browsers show but the HTML validator
    /// refuses; the writer adds the element the content model asks for, so nothing is lost and the page is
    /// valid. What it adds is written out, so sanitising the output again adds nothing.
    enum ContentModel {
        /// An element's allowed parents, and the parent written for it when it stands anywhere else.
        struct Parent {
            let allowed: Set<String>
            let implied: String
        }

        /// A container's allowed children, and the child written around anything else in it (text other
        /// than white space included).
        struct Children {
            let allowed: Set<String>
            let implied: String
        }

        private static let tableSections: Set<String> = ["table", "thead", "tbody", "tfoot"]

        static let parents: [String: Parent] = [
            "li": Parent(allowed: ["ul", "ol"], implied: "ul"),
            "dt": Parent(allowed: ["dl"], implied: "dl"),
            "dd": Parent(allowed: ["dl"], implied: "dl"),
            "tr": Parent(allowed: tableSections, implied: "table"),
            "td": Parent(allowed: ["tr"], implied: "tr"),
            "th": Parent(allowed: ["tr"], implied: "tr"),
            "thead": Parent(allowed: ["table"], implied: "table"),
            "tbody": Parent(allowed: ["table"], implied: "table"),
            "tfoot": Parent(allowed: ["table"], implied: "table"),
            "caption": Parent(allowed: ["table"], implied: "table"),
            "figcaption": Parent(allowed: ["figure"], implied: "figure"),
        ]

        static let children: [String: Children] = [
            "ul": Children(allowed: ["li"], implied: "li"),
            "ol": Children(allowed: ["li"], implied: "li"),
            "dl": Children(allowed: ["dt", "dd"], implied: "dd"),
            "table": Children(allowed: ["caption", "thead", "tbody", "tfoot", "tr"], implied: "tr"),
            "thead": Children(allowed: ["tr"], implied: "tr"),
            "tbody": Children(allowed: ["tr"], implied: "tr"),
            "tfoot": Children(allowed: ["tr"], implied: "tr"),
            "tr": Children(allowed: ["td", "th"], implied: "td"),
        ]

        /// What `text` is called when a container's children are checked: never an allowed child.
        static let text = "#text"
    }
}
