import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import NewsdeskWeb
import Testing

@Suite("A theme folder over the default theme")
struct ThemeFolderTests {
    /// A theme folder with one template and one static file of its own.
    func withThemeFolder(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/static", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try
            "</main>\n</div>\n<footer class=\"blog-footer\"><p>Printed by {{blog.title}}</p></footer>\n</body>\n</html>\n"
            .write(toFile: folder + "/templates/foot.mustache", atomically: true, encoding: .utf8)
        try "body{color:teal}".write(toFile: folder + "/static/extra.css", atomically: true, encoding: .utf8)
        try await body(folder)
    }

    @Test("its templates and files replace the default's; the rest still come from the default")
    func overrides() async throws {
        try await withThemeFolder { folder in
            try await TestDatabase.sqlite.withFreshLocation { location in
                let store = try await SQLStore.open(location, logger: TestDatabase.logger)
                let theme = try await Theme.load(overriding: folder)
                let app = buildApplication(
                    configuration: AppConfiguration(database: location, logger: TestDatabase.logger), store: store,
                    theme: theme, logger: TestDatabase.logger
                ) { try await ReferenceBlog.load(into: store) }
                try await app.test(.router) { client in
                    let front = try await client.execute(uri: "/", method: .get).text
                    #expect(front.contains("<p>Printed by War News Updates</p>"))
                    #expect(front.contains("class=\"date-header\""))
                    let css = try await client.execute(uri: "/static/extra.css", method: .get)
                    #expect(css.status == .ok && css.text == "body{color:teal}")
                    let demo = try await client.execute(uri: "/static/demo/gates-liang-beijing.svg", method: .get)
                    #expect(demo.status == .ok)
                }
                await store.close()
            }
        }
    }

    @Test("a broken template or a missing folder is refused with its path")
    func refused() async throws {
        try await withThemeFolder { folder in
            try "{{#open}} never closed".write(
                toFile: folder + "/templates/post.mustache", atomically: true, encoding: .utf8)
            let error = await #expect(throws: ThemeError.self) { try await Theme.load(overriding: folder) }
            #expect(error.map { "\($0)" }?.contains("post.mustache") == true)
        }
        let missing = await #expect(throws: ThemeError.self) { try await Theme.load(overriding: "/nonexistent/theme") }
        #expect(missing.map { "\($0)" }?.contains("/nonexistent/theme") == true)
    }
}
