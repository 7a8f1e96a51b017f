import Foundation

/// Checks JSON against a schema of the OpenAPI document, structurally: `$ref`, `oneOf`, `type` (with `null`),
/// `enum`, `required`, `properties` with `additionalProperties: false`, `items`, `minimum`/`maximum`,
/// `minLength` and `format: date-time`. The conformance harness's schemathesis checks every answer in full;
/// this holds the route tests' samples to the document without a server.
struct OpenAPISchemaCheck {
    let document: JSONValue

    /// What `ref` (`#/components/schemas/Post`) points at.
    func resolve(_ ref: String) -> JSONValue? {
        var node: JSONValue? = document
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    /// The schema of the `status` answer of `method` (GET unless given) at `path` in `mediaType`, following
    /// references.
    func responseSchema(path: String, method: String = "get", status: String, mediaType: String) -> JSONValue? {
        var response = document["paths"]?[path]?[method]?["responses"]?[status]
        if let ref = response?["$ref"]?.string { response = resolve(ref) }
        return response?["content"]?[mediaType]?["schema"]
    }

    /// Where `value` breaks `schema`, one line each; empty when it conforms.
    func problems(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        if let ref = schema["$ref"]?.string {
            guard let target = resolve(ref) else { return ["\(path): \(ref) is not in the document"] }
            return problems(value, target, at: path)
        }
        if case .array(let options)? = schema["oneOf"] {
            let matches = options.filter { problems(value, $0, at: path).isEmpty }.count
            return matches == 1 ? [] : ["\(path): matches \(matches) of its oneOf schemas"]
        }
        if let type = schema["type"] {
            let types: [String] =
                switch type {
                case .array(let names): names.compactMap(\.string)
                default: type.string.map { [$0] } ?? []
                }
            guard types.contains(value.typeName) || (types.contains("number") && value.typeName == "integer") else {
                return ["\(path): \(value.typeName) where \(types.joined(separator: " or ")) is expected"]
            }
        }
        if case .array(let options)? = schema["enum"], !options.contains(value) {
            return ["\(path): \(value) is not one of \(options)"]
        }
        switch value {
        case .object(let members): return objectProblems(members, schema, at: path)
        case .array(let items):
            guard let itemSchema = schema["items"] else { return [] }
            return items.enumerated().flatMap { problems($1, itemSchema, at: "\(path)[\($0)]") }
        case .integer(let number):
            if case .integer(let minimum)? = schema["minimum"], number < minimum { return ["\(path): below minimum"] }
            if case .integer(let maximum)? = schema["maximum"], number > maximum { return ["\(path): above maximum"] }
            return []
        case .string(let text):
            if case .integer(let minimum)? = schema["minLength"], text.count < minimum {
                return ["\(path): shorter than \(minimum)"]
            }
            if schema["format"]?.string == "date-time", (try? Date(text, strategy: .iso8601)) == nil {
                return ["\(path): \(text) is not an ISO 8601 time"]
            }
            return []
        default: return []
        }
    }

    private func objectProblems(_ members: [String: JSONValue], _ schema: JSONValue, at path: String) -> [String] {
        var found: [String] = []
        if case .array(let required)? = schema["required"] {
            for name in required.compactMap(\.string) where members[name] == nil {
                found.append("\(path).\(name) is missing")
            }
        }
        let properties: [String: JSONValue] =
            if case .object(let properties)? = schema["properties"] { properties } else { [:] }
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            if let property = properties[name] {
                found += problems(value, property, at: "\(path).\(name)")
            } else if schema["additionalProperties"] == .bool(false) {
                found.append("\(path).\(name) is not in the schema")
            }
        }
        return found
    }
}
