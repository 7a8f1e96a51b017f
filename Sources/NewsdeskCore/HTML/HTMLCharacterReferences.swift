/// HTML character references (`&amp;`, `&eacute;`, `&#8212;`, `&#x2019;`) decoded as browsers read them:
/// HTML 4's named references with `;`, numeric ones with or without it, 0x80–0x9F as Windows-1252.
/// Unknown names such as `&foo;` stay as written.
///
/// The one decoder of the project: the comment sanitiser and the importers both use it.
public enum HTMLCharacterReferences {
    /// `text` with its character references replaced by their characters.
    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return decode(Array(text.utf8)[...])
    }

    /// UTF-8 `bytes` with their character references replaced by their characters.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: HTMLCharacterReferences.decodedBytes(bytes), as: UTF8.self)
    }
}
