import NewsdeskCore

/// A search snippet as HTML: the text escaped, the database's match markers as `<mark>`.
enum SearchSnippet {
    static func html(_ snippet: String) -> String {
        var html = ""
        var open = false
        // Escaped a run at a time between markers: a character at a time was a sixteenth of a search page.
        for (index, run) in snippet.split(separator: SearchHit.markStart, omittingEmptySubsequences: false).enumerated()
        {
            let parts = run.split(separator: SearchHit.markEnd, maxSplits: 1, omittingEmptySubsequences: false)
            if index > 0 && !open {
                html += "<mark>"
                open = true
            }
            html += HTMLText.escape(String(parts[0]).replacingOccurrences(of: String(SearchHit.markEnd), with: ""))
            if parts.count > 1 {
                if open { html += "</mark>" }
                open = false
                html += HTMLText.escape(String(parts[1]).replacingOccurrences(of: String(SearchHit.markEnd), with: ""))
            }
        }
        return open ? html + "</mark>" : html
    }
}
