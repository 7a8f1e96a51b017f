import Foundation
import NewsdeskTestSupport
import Testing

@Suite("The real binary over TCP", .serialized)
final class DemoServerTests: Sendable {
    let directory: URL

    init() throws {
        directory = try ServerProcess.scratchDirectory("newsdesk-e2e")
    }

    deinit { ServerProcess.removeScratchDirectory(directory) }

    @Test("serve --demo answers the reference post and the front page")
    func demoPost() async throws {
        let database = directory.appendingPathComponent("demo.sqlite").path
        let server = try await ServerProcess(arguments: ["--demo", "--database", database], directory: directory)
        defer { server.stop() }
        let post = try await HTTP.get(server.baseURL + "/2011/01/is-chinese-military-interested-in.html")
        #expect(post.status == 200)
        #expect(post.body.contains("Is The Chinese Military Interested In Better Relations With The U.S.?"))
        #expect(post.body.contains("-- Stars And Stripes"))
        #expect(post.body.contains("3 comments:"))
        let front = try await HTTP.get(server.baseURL + "/")
        #expect(front.status == 200)
        #expect(front.body.contains("Monday, January 17, 2011"))
        #expect(try await HTTP.get(server.baseURL + "/missing").status == 404)
    }

    @Test("an acknowledged comment survives kill -9")
    func commentSurvivesCrash() async throws {
        let database = directory.appendingPathComponent("crash.sqlite").path
        let first = try await ServerProcess(arguments: ["--demo", "--database", database], directory: directory)
        // As a reader would: load the page, read for a moment (the form refuses submissions under 2 s), publish.
        let form = try await HTTP.get(first.baseURL + "/2011/01/is-chinese-military-interested-in.html")
        let token = try #require(PageScraping.formToken(in: form.body))
        try await Task.sleep(for: .milliseconds(2100))
        let reply = try await HTTP.postForm(
            first.baseURL + "/2011/01/is-chinese-military-interested-in.html",
            [("name", "Survivor"), ("body", "Acknowledged before the crash"), ("token", token)])
        #expect(reply.status == 303)
        first.killHard()
        let second = try await ServerProcess(arguments: ["--database", database], directory: directory)
        defer { second.stop() }
        let page = try await HTTP.get(second.baseURL + "/2011/01/is-chinese-military-interested-in.html")
        #expect(page.body.contains("Acknowledged before the crash"))
        #expect(page.body.contains("4 comments:"))
    }

    @Test("the editor answers from the CLI while the server runs; moderation commands work")
    func editorRepliesFromTheCommandLine() async throws {
        let database = directory.appendingPathComponent("cli.sqlite").path
        let server = try await ServerProcess(arguments: ["--demo", "--database", database], directory: directory)
        defer { server.stop() }
        let path = server.baseURL + "/2011/01/is-chinese-military-interested-in.html"
        #expect(try await HTTP.get(path).body.contains("3 comments:"))
        let reply = try await run(["comments", "reply", "3", "--body", "Thanks, Mark.", "--database", database])
        #expect(reply.status == 0, "\(reply.output)")
        var page = ""
        for _ in 0..<40 {
            page = try await HTTP.get(path).body
            if page.contains("Thanks, Mark.") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(page.contains("4 comments:"))
        #expect(page.contains("class=\"comment by-editor depth-2\""))
        let list = try await run(["comments", "list", "--database", database])
        #expect(list.output.contains("#4  published") && list.output.contains("replying to #3"))
        let delete = try await run(["comments", "delete", "4", "--by", "tester", "--database", database])
        #expect(delete.output.contains("Comment #4 is now deleted."))
        let deleted = try await run(["comments", "list", "--deleted", "--database", database])
        #expect(deleted.output.contains("#4  deleted"))
        let restore = try await run(["comments", "restore", "4", "--database", database])
        #expect(restore.output.contains("Comment #4 is now published."))
        let missing = try await run(["comments", "approve", "99", "--database", database])
        #expect(missing.status != 0 && missing.output.contains("There is no comment 99."))
        let policy = try await run([
            "comments", "policy", "--moderation", "hold-all", "--rate-per-minute", "3", "--database", database,
        ])
        #expect(policy.output.contains("moderation:          hold-all"))
        #expect(policy.output.contains("3 a minute"))
        let mode = try await run([
            "comments", "mode", "/2011/01/is-chinese-military-interested-in.html", "closed", "--database", database,
        ])
        #expect(mode.status == 0)
        for _ in 0..<40 {
            page = try await HTTP.get(path).body
            if page.contains("Comments are closed") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(page.contains("Comments are closed on this post."))
    }

    @Test("migrate and --help work from the command line")
    func commandLine() async throws {
        let database = directory.appendingPathComponent("migrate.sqlite").path
        let migrate = try await run(["migrate", "--database", database])
        #expect(migrate.status == 0)
        #expect(migrate.output.contains("up to date"))
        #expect(FileManager.default.fileExists(atPath: database))
        let help = try await run(["--help"])
        #expect(help.output.contains("serve") && help.output.contains("migrate"))
        let serveHelp = try await run(["serve", "--help"])
        #expect(serveHelp.output.contains("--demo") && serveHelp.output.contains("--database"))
        let badPort = try await run(["serve", "--port", "70000"])
        #expect(badPort.status != 0)
        #expect(badPort.output.contains("--port"))
    }

    func run(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await ServerProcess.run(arguments)
    }
}
