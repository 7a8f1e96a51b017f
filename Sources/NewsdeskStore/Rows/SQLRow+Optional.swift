import SQLKit

extension SQLRow {
    /// The value of a column that may be NULL.
    func optional<Value: Decodable>(_ column: String, _ type: Value.Type) throws -> Value? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Value.self)
    }
}
