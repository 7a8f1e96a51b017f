/// What the in-memory store refuses where a database would refuse a row.
public enum InMemoryStoreError: Error, Equatable, CustomStringConvertible {
    /// A row names a post that is not stored (a foreign key).
    case noSuchPost(Int64)
    /// A row breaks a uniqueness or reference rule of the schema.
    case constraint(String)

    public var description: String {
        switch self {
        case .noSuchPost(let id): "there is no post \(id)"
        case .constraint(let rule): "constraint failed: \(rule)"
        }
    }
}
