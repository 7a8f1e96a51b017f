/// Character references as a browser decodes them, in one pass: numeric ones with or without `;`, and the
/// named ones that matter for these checks — including HTML5's `&colon;`, `&Tab;` and `&NewLine;`, which
/// attackers use to spell `javascript:`.
enum HTMLTestEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":", "Tab": "\t",
        "NewLine": "\n", "lpar": "(", "rpar": ")", "sol": "/", "equals": "=", "period": ".", "comma": ",",
        "excl": "!", "quest": "?", "semi": ";", "num": "#", "percnt": "%", "plus": "+", "copy": "\u{A9}",
    ]

    /// Names a browser also decodes without the `;` (outside attributes, or when no letter, digit or `=`
    /// follows in one).
    private static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy"]

    static func decode(_ text: String, inAttribute: Bool = false) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&", let (decoded, length) = reference(scalars, index, inAttribute) else {
                output.append(scalars[index])
                index += 1
                continue
            }
            output.append(contentsOf: decoded.unicodeScalars)
            index += length
        }
        return String(output)
    }

    private static func reference(_ scalars: [Unicode.Scalar], _ start: Int, _ inAttribute: Bool) -> (String, Int)? {
        var index = start + 1
        if index < scalars.count && scalars[index] == "#" {
            index += 1
            let isHex = index < scalars.count && (scalars[index] == "x" || scalars[index] == "X")
            if isHex { index += 1 }
            var value: UInt32 = 0
            let digitsStart = index
            while index < scalars.count, let digit = Int(String(scalars[index]), radix: isHex ? 16 : 10) {
                value = min(value * (isHex ? 16 : 10) + UInt32(digit), 0x11_0000)
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < scalars.count && scalars[index] == ";" { index += 1 }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (String(scalar ?? "\u{FFFD}"), index - start)
        }
        // The longest name followed by `;` wins; failing that, the longest legacy name without one.
        var name = ""
        var legacyMatch: (value: String, end: Int)?
        while index < scalars.count && scalars[index].isASCII && scalars[index].properties.isAlphabetic {
            name.unicodeScalars.append(scalars[index])
            index += 1
            if let value = named[name], index < scalars.count, scalars[index] == ";" {
                return (value, index + 1 - start)
            }
            if legacy.contains(name), let value = named[name] {
                legacyMatch = (value, index)
            }
        }
        guard let (value, end) = legacyMatch else { return nil }
        if inAttribute, end < scalars.count {
            let next = scalars[end]
            if next == "=" || (next.isASCII && (next.properties.isAlphabetic || next.properties.numericType != nil)) {
                return nil
            }
        }
        return (value, end - start)
    }
}
