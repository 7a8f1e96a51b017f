import NewsdeskCore

/// A search snippet as HTML: the text escaped, the database's match markers as `<mark>`.
enum SearchSnippet {
    /// ``SearchHit/markStart`` and ``SearchHit/markEnd`` in UTF-8: U+E000 and U+E001.
    private static let markerLead: [UInt8] = [0xEE, 0x80]
    private static let startByte: UInt8 = 0x80
    private static let endByte: UInt8 = 0x81

    static func html(_ snippet: String) -> String {
        // Read as bytes: a Character at a time was a sixteenth of a search page.
        let bytes = Array(snippet.utf8)
        var html: [UInt8] = []
        html.reserveCapacity(bytes.count + 64)
        var open = false
        var runStart = 0
        var index = 0
        while index < bytes.count {
            guard index + 2 < bytes.count, bytes[index] == markerLead[0], bytes[index + 1] == markerLead[1],
                bytes[index + 2] == startByte || bytes[index + 2] == endByte
            else {
                index += 1
                continue
            }
            HTMLText.appendEscaped(bytes[runStart..<index], to: &html)
            let isStart = bytes[index + 2] == startByte
            // A marker that does not open or close anything is dropped.
            if isStart != open {
                html += (isStart ? "<mark>" : "</mark>").utf8
                open = isStart
            }
            index += 3
            runStart = index
        }
        HTMLText.appendEscaped(bytes[runStart...], to: &html)
        if open { html += "</mark>".utf8 }
        return String(decoding: html, as: UTF8.self)
    }
}
