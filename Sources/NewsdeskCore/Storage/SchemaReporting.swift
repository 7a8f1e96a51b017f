/// How a database's schema compares with the migrations this build knows.
public struct SchemaState: Sendable, Equatable {
    /// The newest migration applied to the database (0 when none is).
    public var applied: Int
    /// The newest migration this build has.
    public var known: Int

    public init(applied: Int, known: Int) {
        self.applied = applied
        self.known = known
    }

    /// Whether the schema is the one this build expects.
    public var isCurrent: Bool { applied == known }
}

/// A store that can say whether its database answers and its schema is current (for readiness checks).
public protocol SchemaReporting: Sendable {
    /// The database's schema against this build's migrations; throws when the database does not answer.
    func schemaState() async throws -> SchemaState
}
