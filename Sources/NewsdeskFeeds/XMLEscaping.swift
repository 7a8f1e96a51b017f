import NewsdeskCore

/// Text for XML documents.
public enum XMLEscaping {
    /// Escaped as for HTML, less the characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF), which
    /// imported text sometimes carries and which would make a whole feed unreadable.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return HTMLText.escape(text) }
        var allowed = String.UnicodeScalarView()
        allowed.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return HTMLText.escape(String(allowed))
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
