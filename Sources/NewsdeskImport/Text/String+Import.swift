extension String {
    /// Without leading and trailing XML whitespace (space, tab, line feed, carriage return). Cheaper than
    /// Foundation's trimming, which matters when every element of a large export is trimmed.
    var trimmingXMLSpace: String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { !ElementCharacterData.isXMLSpace($0) }),
            let last = utf8.lastIndex(where: { !ElementCharacterData.isXMLSpace($0) })
        else { return "" }
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return self }
        // Both ends sit next to ASCII bytes, so the slice is whole characters.
        return String(decoding: utf8[first...last], as: UTF8.self)
    }

    /// Whether `needle` occurs in the string, compared byte for byte (no Foundation, no locale).
    func containsBytes(_ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let firstByte = needle.first else { return true }
        var copy = self
        return copy.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            var index = 0
            let lastStart = haystack.count - needle.count
            while index <= lastStart {
                if haystack[index] == firstByte {
                    var matched = 1
                    while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
