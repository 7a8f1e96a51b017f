import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("newsdesk sources check")
final class SourcesCheckCommandTests: Sendable {
    let directory: URL

    init() throws {
        directory = try ServerProcess.scratchDirectory("newsdesk-sources")
    }

    deinit { ServerProcess.removeScratchDirectory(directory) }

    /// A SQLite file with a published post citing each of `paths` on `outlet`; the first post's Markdown
    /// commentary links to `/story/9` there.
    private func database(citing paths: [String], on outlet: StoryServer) async throws -> String {
        let path = directory.appendingPathComponent("blog.sqlite").path
        try await SQLStore.withStore(.sqlite(path: path), logger: TestDatabase.logger) { store in
            for (number, source) in paths.enumerated() {
                let clipping = Clipping(
                    sourceURL: outlet.url(source), headline: "Headline \(number)", outlet: "The Outlet",
                    excerptParagraphs: ["A paragraph."])
                let commentary = number == 0 ? "As [reported earlier](\(outlet.url("/story/9")))." : "Mine."
                _ = try await store.createPost(
                    Post(
                        title: "Post \(number)", status: .published,
                        publishedAt: Date(timeIntervalSince1970: 1_300_000_000 + Double(number) * 86_400),
                        clipping: clipping, commentary: commentary, format: .markdown),
                    timeZone: "UTC")
            }
        }
        return path
    }

    @Test("without the setting nothing is asked; with it each address gets a line and the run a summary")
    func check() async throws {
        try await StoryServer.with { outlet in
            let path = try await database(citing: ["/story/1", "/gone/2", "/missing/3"], on: outlet)
            // Without --allow-private-outgoing, the outlet on loopback is never reached.
            let refused = try await ServerProcess.run(["sources", "check", "--database", path])
            #expect(refused.status == 0, "\(refused.output)")
            #expect(refused.output.contains("Checked 3 source addresses: 3 blocked."), "\(refused.output)")
            #expect(outlet.requestCounts.isEmpty)
            // MUT
            let checked = try await ServerProcess.run([
                "sources", "check", "--allow-private-outgoing", "--older-than", "0", "--database", path,
            ])
            // validation
            #expect(checked.status == 0, "\(checked.output)")
            let lines = [
                "\(outlet.url("/story/1")): works; it answered 200 OK.",
                "\(outlet.url("/gone/2")): gone; it answered 410 Gone.",
                "\(outlet.url("/missing/3")): failing (not yet called gone); it answered 404 Not Found.",
                "Checked 3 source addresses: 1 ok, 1 gone, 1 failing.",
            ]
            for line in lines { #expect(checked.output.contains(line), "\(checked.output)") }
            #expect(outlet.requestCounts["GET /story/1"] == 1)
            let reports = try await SQLStore.withStore(.sqlite(path: path), logger: TestDatabase.logger) { store in
                try await store.sourceReports(onlyProblems: true, limit: 10)
            }
            #expect(reports.map(\.link.url) == [outlet.url("/gone/2")])
        }
    }

    @Test("--all-links also checks the commentary's links; the environment setting serves as the flag")
    func allLinks() async throws {
        try await StoryServer.with { outlet in
            let path = try await database(citing: ["/story/1"], on: outlet)
            let checked = try await ServerProcess.run(
                ["sources", "check", "--all-links", "--limit", "5", "--database", path],
                environment: ["NEWSDESK_ALLOW_PRIVATE_OUTGOING": "1"])
            #expect(checked.status == 0, "\(checked.output)")
            #expect(checked.output.contains("Found 1 link in published posts"), "\(checked.output)")
            #expect(checked.output.contains("\(outlet.url("/story/9")): works;"), "\(checked.output)")
            #expect(checked.output.contains("Checked 2 source addresses: 2 ok."), "\(checked.output)")
            let invalid = try await ServerProcess.run(["sources", "check", "--limit", "0", "--database", path])
            #expect(invalid.status != 0)
            #expect(invalid.output.contains("--limit must be between 1 and 10000."), "\(invalid.output)")
        }
    }
}
