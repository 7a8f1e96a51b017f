/// The properties of a Micropub entry, by name, each a list of values, as microformats2 JSON writes them.
typealias MicropubProperties = [String: [MicropubValue]]

/// One value of a Micropub property, or any JSON a client sent: text (`"A note"`), an object (`{"html": …}`,
/// `{"value": …, "alt": …}`, a nested `{"type": ["h-cite"], "properties": {…}}`) or a list.
///
/// Numbers and booleans are kept as their text and `null` as an empty list: no property Newsdesk reads takes
/// them, and a client sending one where text is expected should not have its post refused.
indirect enum MicropubValue: Sendable, Equatable, Codable {
    /// Text: a URL, a word, a date.
    case text(String)
    /// An object, by member name.
    case object([String: MicropubValue])
    /// A list of values.
    case list([MicropubValue])

    /// Reads any JSON value.
    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .list([])
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let flag = try? container.decode(Bool.self) {
            self = .text(String(flag))
        } else if let number = try? container.decode(Double.self) {
            self = .text(number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number))
        } else if let list = try? container.decode([MicropubValue].self) {
            self = .list(list)
        } else {
            self = .object(try container.decode([String: MicropubValue].self))
        }
    }

    /// Writes the value as the JSON it was read from.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .object(let object): try container.encode(object)
        case .list(let list): try container.encode(list)
        }
    }

    /// The text of a plain value, or the `value` of an object (`{"value": "https://…", "alt": "…"}`).
    var text: String? {
        switch self {
        case .text(let text): text
        case .object(let object): object["value"]?.text
        case .list: nil
        }
    }

    /// The `html` of a content object (`{"html": "<p>…</p>"}`).
    var html: String? {
        guard case .object(let object) = self, case .text(let html)? = object["html"] else { return nil }
        return html
    }

    /// A member of an object.
    subscript(_ key: String) -> MicropubValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The properties of a nested microformats2 object (`{"type": ["h-cite"], "properties": {…}}`), when this is
    /// one whose properties are all lists.
    var properties: MicropubProperties? {
        guard case .object(let members)? = self["properties"] else { return nil }
        return try? MicropubValue.propertyLists(members, named: "properties")
    }

    /// The values of a JSON object whose members must all be lists, as `properties`, `replace` and `add` are;
    /// refused in a sentence otherwise.
    static func propertyLists(_ members: [String: MicropubValue], named name: String) throws(MicropubError)
        -> MicropubProperties
    {
        var properties: MicropubProperties = [:]
        for (key, value) in members {
            guard case .list(let values) = value else {
                throw .invalidRequest("Each member of “\(name)” must be a list of values; “\(key)” is not.")
            }
            properties[key] = values
        }
        return properties
    }
}
