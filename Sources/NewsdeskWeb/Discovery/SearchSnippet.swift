import NewsdeskCore

/// A search snippet as HTML: the text escaped, the database's match markers as `<mark>`.
enum SearchSnippet {
    static func html(_ snippet: String) -> String {
        var html = ""
        var open = false
        for character in snippet {
            switch character {
            case SearchHit.markStart where !open:
                html += "<mark>"
                open = true
            case SearchHit.markEnd where open:
                html += "</mark>"
                open = false
            case SearchHit.markStart, SearchHit.markEnd:
                continue
            default:
                html += HTMLText.escape(String(character))
            }
        }
        return open ? html + "</mark>" : html
    }
}
