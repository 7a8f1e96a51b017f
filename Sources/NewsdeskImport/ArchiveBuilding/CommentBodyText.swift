import Foundation

/// Imported comment bodies are HTML; Newsdesk keeps comments as typed text with Blogger's limited HTML
/// (the sanitiser reads `<br>` as a line break). Paragraph tags become blank lines; every other tag stays,
/// for the sanitiser to keep or show as text.
enum CommentBodyText {
    static func fromHTML(_ html: String) -> String {
        var text = ""
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            let tail = rest[open...]
            guard let close = tail.firstIndex(of: ">") else { break }
            let tag = tail[tail.index(after: open)..<close].lowercased()
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first ?? ""
            if name == "p" {
                // An opening <p> adds nothing; a closing one ends the paragraph.
                if tag.hasPrefix("/") { text += "\n\n" }
            } else {
                text += tail[open...close]
            }
            rest = tail[tail.index(after: close)...]
        }
        text += rest
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
