import Hummingbird

/// Every field of a URL-encoded form or query string, decoded by Hummingbird's `URLEncodedFormDecoder` (the one
/// decoder for such text): a name given once holds one value, `name[]=…&name[]=…` holds several.
struct FormFields: Decodable, Sendable {
    /// Values by field name (`ids[]` is under `ids`).
    private(set) var values: [String: [String]] = [:]

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldName.self)
        for key in container.allKeys {
            if let one = try? container.decode(String.self, forKey: key) {
                values[key.stringValue] = [one]
            } else if let many = try? container.decode([String].self, forKey: key) {
                values[key.stringValue] = many
            }
        }
    }

    /// Decodes `text` (a body or query string); why it cannot be read, as the end of a sentence, otherwise.
    static func decode(_ text: String) throws(FormReadingError) -> FormFields {
        do {
            return try URLEncodedFormDecoder().decode(FormFields.self, from: text)
        } catch let error as URLEncodedFormError where error.code == .duplicateKeys {
            throw .malformed("the field “\(error.value.prefix(40))” is given twice")
        } catch {
            throw .malformed("it is not correctly URL-encoded")
        }
    }

    /// Adds one value to `name` (multipart parts arrive one at a time).
    mutating func append(_ value: String, to name: String) {
        let key = name.hasSuffix("[]") ? String(name.dropLast(2)) : name
        values[key, default: []].append(value)
    }

    /// The first value of `name`.
    subscript(_ name: String) -> String? { values[name]?.first }

    private struct FieldName: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
