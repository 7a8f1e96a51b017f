import NewsdeskImport

extension ImportReport {
    /// The shortcodes left as text and the notes on converted content, after the skipped entries.
    var contentLines: [String] {
        var lines: [String] = []
        if !unknownShortcodes.isEmpty {
            lines.append("Shortcodes Newsdesk does not know, left as text (\(unknownShortcodes.count)):")
            for (name, posts) in unknownShortcodes.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                lines.append("  [\(name)] in \(posts) \(posts == 1 ? "post" : "posts")")
            }
        }
        if !contentNotes.isEmpty {
            lines.append("Content notes (\(contentNotes.count)):")
            lines += contentNotes.map { "  \($0)" }
        }
        return lines
    }
}
