import Hummingbird
import NewsdeskCore

/// An API request's query string, read with bounds: a value that is out of range, empty or not a number is a
/// 400 problem saying which parameter and what it takes. Parameters the address does not read are ignored.
struct APIQuery: Sendable {
    let fields: FormFields

    /// The query of `request`; a query that is not URL-encoded correctly, or names a parameter twice, is a 400.
    init(_ request: Request) throws {
        do {
            fields = try FormFields.decode(request.uri.query ?? "")
        } catch .malformed(let why) {
            throw ProblemDetails(.badRequest, detail: "The query string could not be read: \(why).")
        } catch {
            throw ProblemDetails(.badRequest, detail: "The query string could not be read.")
        }
    }

    /// The text of `name`, when given; empty or longer than `maxLength` characters is a 400.
    func text(_ name: String, maxLength: Int = 200) throws -> String? {
        guard let value = fields[name] else { return nil }
        guard !value.isEmpty, value.count <= maxLength else {
            throw ProblemDetails(
                .badRequest, detail: "\(name) must be between 1 and \(maxLength) characters long.")
        }
        return value
    }

    /// The id of a `kind` (`post`, `comment`) in an address: a 400 unless it is a whole number from 1.
    static func id(_ text: String?, of kind: String) throws -> Int64 {
        guard let text, !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy({ (48...57).contains($0) }),
            let id = Int64(text), id >= 1
        else {
            throw ProblemDetails(
                .badRequest, detail: "A \(kind) id is a whole number from 1, as the \(kind)s list gives.")
        }
        return id
    }

    /// The value of `name`, when given, as one of `choices`; anything else is a 400 naming them in that order.
    func choice<Value: RawRepresentable<String>>(_ name: String, of choices: [Value]) throws -> Value? {
        guard let text = try text(name) else { return nil }
        guard let chosen = choices.first(where: { $0.rawValue == text }) else {
            let names = choices.map(\.rawValue)
            throw ProblemDetails(
                .badRequest,
                detail: "\(name) must be \(names.dropLast().joined(separator: ", ")) or \(names.last ?? "").")
        }
        return chosen
    }

    /// The whole number `name`, when given; anything but a whole number in `range` is a 400.
    func number(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let value = fields[name] else { return nil }
        // Digits only: `Int` would take a sign, and ten digits keep the arithmetic on it from overflowing.
        guard value.utf8.count <= 10, value.utf8.allSatisfy({ (48...57).contains($0) }), let number = Int(value),
            range.contains(number)
        else {
            throw ProblemDetails(
                .badRequest,
                detail: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    /// `path` with `items` as its query string, each value encoded, in the order given.
    static func address(_ path: String, _ items: [(String, String)]) -> String {
        guard !items.isEmpty else { return path }
        return path + "?" + items.map { "\($0.0)=\(PathSegment.encoded($0.1))" }.joined(separator: "&")
    }
}
