import NewsdeskCore

/// A search snippet as HTML: the text escaped, the database's match markers as `<mark>`.
enum SearchSnippet {
    static func html(_ snippet: String) -> String {
        var html = ""
        var run = ""
        var open = false
        // Escaped a run at a time between markers: a character at a time was a sixteenth of a search page.
        func flush() {
            html += HTMLText.escape(run)
            run = ""
        }
        for character in snippet {
            switch character {
            case SearchHit.markStart where !open:
                flush()
                html += "<mark>"
                open = true
            case SearchHit.markEnd where open:
                flush()
                html += "</mark>"
                open = false
            case SearchHit.markStart, SearchHit.markEnd:
                continue
            default:
                run.append(character)
            }
        }
        flush()
        return open ? html + "</mark>" : html
    }
}
