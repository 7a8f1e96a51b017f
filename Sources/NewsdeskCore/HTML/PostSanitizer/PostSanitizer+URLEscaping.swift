extension PostSanitizer.URLRules {
    /// `url` (a browser's form of an attribute's URL) with the bytes a URL may not hold written as `%XX`, as a
    /// browser sends them: spaces, quotes, `< > \` ^ { | }`, controls, a `%` that starts no escape, and `[ ]`
    /// after the host (inside it they bracket an IPv6 address). The address means what it meant, and it is
    /// one the HTML validator accepts; escaping it again changes nothing.
    static func escaped(_ url: [UInt8]) -> [UInt8] {
        let pathStart = pathStart(of: url)
        guard url.indices.contains(where: { needsEscape(url, at: $0, afterHost: $0 >= pathStart) }) else { return url }
        var written: [UInt8] = []
        written.reserveCapacity(url.count + 16)
        for index in url.indices {
            let byte = url[index]
            guard needsEscape(url, at: index, afterHost: index >= pathStart) else {
                written.append(byte)
                continue
            }
            written += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
        }
        return written
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    private static let neverInURL = Set(#" "<>\^`{|}"#.utf8)
    private static let brackets = Set("[]".utf8)

    private static func needsEscape(_ url: [UInt8], at index: Int, afterHost: Bool) -> Bool {
        let byte = url[index]
        if byte < 0x20 || byte == 0x7F || neverInURL.contains(byte) { return true }
        if afterHost && brackets.contains(byte) { return true }
        guard byte == UInt8(ascii: "%") else { return false }
        let next = url[(index + 1)...].prefix(2)
        return !(next.count == 2 && next.allSatisfy(isHexDigit))
    }

    /// Where the host of `scheme://host` ends, or 0 for an address without one (relative, `mailto:`).
    private static func pathStart(of url: [UInt8]) -> Int {
        guard let scheme = LinkRules.scheme(of: url[...]) else {
            return url.starts(with: "//".utf8) ? authorityEnd(url, from: 2) : 0
        }
        let afterColon = scheme.utf8.count + 1
        guard url[afterColon...].starts(with: "//".utf8) else { return 0 }
        return authorityEnd(url, from: afterColon + 2)
    }

    private static func authorityEnd(_ url: [UInt8], from start: Int) -> Int {
        url[start...].firstIndex { "/?#\\".utf8.contains($0) } ?? url.count
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        UTF8Bytes.isASCIIDigit(byte)
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }
}
