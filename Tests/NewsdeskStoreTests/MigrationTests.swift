import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Migrations")
struct MigrationTests {
    @Test("a new database gets every migration once; running again applies nothing", arguments: TestDatabase.available)
    func idempotent(database: TestDatabase) async throws {
        try await database.withFreshLocation { location in
            // withStore migrates first; a second migrate finds nothing to do.
            let again = try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
                try await store.migrate()
            }
            #expect(again == [])
            // A second process opening the same database later applies nothing either.
            let later = try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
                (try await store.migrate(), try await store.postCount())
            }
            #expect(later.0 == [])
            #expect(later.1 == 0)
        }
    }

    @Test("a fresh database reports the versions it applied")
    func appliesAll() async throws {
        try await TestDatabase.sqlite.withFreshLocation { location in
            let store = try await SQLStore.open(location, logger: TestDatabase.logger)
            #expect(try await store.migrate() == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
            await store.close()
        }
    }

    @Test("database locations are read from flags and URLs")
    func locations() {
        #expect(DatabaseLocation("./x.sqlite") == .sqlite(path: "./x.sqlite"))
        #expect(DatabaseLocation("postgres://u:p@h/db") == .postgres(url: "postgres://u:p@h/db"))
        #expect(DatabaseLocation("postgresql://u@h/db") == .postgres(url: "postgresql://u@h/db"))
        #expect(DatabaseLocation("postgres://u:secret@h/db").description.contains("secret") == false)
    }
}
