/// Rules for text typed into any form, public or admin, before it is checked further or stored.
public enum TextInput {
    /// Whether `text` holds a control character other than tab, line feed and carriage return: NUL, which
    /// PostgreSQL cannot store and C code cuts text at, and the rest of C0, which XML (feeds) cannot carry.
    public static func hasControlCharacter(_ text: String) -> Bool {
        text.utf8.contains { isRefusedControl(UInt32($0)) }
    }

    /// C0 controls but tab, line feed and carriage return (a code point, or a UTF-8 byte: below 0x20 they agree).
    private static func isRefusedControl(_ value: UInt32) -> Bool {
        value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D
    }

    /// What the writer is told when field `label` ("name", "comment") holds a control character.
    public static func controlCharacterMessage(_ label: String) -> String {
        "The \(label) contains an invisible control character (such as NUL) that cannot be stored. "
            + "Remove it and send again."
    }

    /// The message for the first of `fields` (a label and what was typed) that holds a control character.
    public static func controlCharacterProblem(_ fields: [(String, String)]) -> String? {
        fields.first { hasControlCharacter($0.1) }.map { controlCharacterMessage($0.0) }
    }

    /// The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which make
    /// a name display as something else ("‮moc.elpmaxe" shown reversed).
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `name` without bidirectional controls.
    public static func withoutBidiControls(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: isBidiControl) else { return name }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: name.unicodeScalars.lazy.filter { !isBidiControl($0) })
        return String(scalars)
    }

    /// `text` fit to show back in a form: control characters other than tab and line breaks become U+FFFD, as
    /// a browser would show them, so a refused form keeps everything else as typed.
    public static func displayable(_ text: String) -> String {
        guard hasControlCharacter(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isRefusedControl(scalar.value) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }
}
