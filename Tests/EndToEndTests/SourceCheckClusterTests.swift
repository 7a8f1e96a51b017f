import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("The source checker on two servers sharing one database", .serialized)
struct SourceCheckClusterTests {
    static let stories = 12

    @Test(
        "two servers share the first run: every address checked once, a 410 offered from the archive on both",
        arguments: TestDatabase.available)
    func sharedRun(database: TestDatabase) async throws {
        try await database.withFreshLocation { location in
            try await StoryServer.with { outlet in
                try await Self.sharedRun(location, outlet: outlet)
            }
        }
    }

    private static func sharedRun(_ location: DatabaseLocation, outlet: StoryServer) async throws {
        let directory = try ServerProcess.scratchDirectory("newsdesk-e2e")
        defer { ServerProcess.removeScratchDirectory(directory) }
        // setup: a dozen clipped stories at one outlet, the first gone for good
        let paths = (0..<stories).map { $0 == 0 ? "/gone/0" : "/story/\($0)" }
        let posts = try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
            var posts: [Post] = []
            for (number, path) in paths.enumerated() {
                let clipping = Clipping(
                    sourceURL: outlet.url(path), headline: "Headline \(number)", outlet: "The Outlet",
                    excerptParagraphs: ["A paragraph."])
                posts.append(
                    try await store.createPost(
                        Post(
                            title: "Post \(number)", status: .published,
                            publishedAt: Date(timeIntervalSince1970: 1_300_000_000 + Double(number) * 86_400),
                            clipping: clipping, commentary: "Mine."),
                        timeZone: "UTC"))
            }
            return posts
        }
        let url: String =
            switch location {
            case .sqlite(let path): path
            case .postgres(let url): url
            }
        let arguments = ["--database", url, "--source-check-interval", "1h", "--allow-private-outgoing"]
        let first = try await ServerProcess(arguments: arguments, directory: directory)
        defer { first.stop() }
        let second = try await ServerProcess(arguments: arguments, directory: directory)
        defer { second.stop() }
        // MUT: both wake within seconds of each other and run; wait until every address has been checked
        var reports: [SourceReport] = []
        for _ in 0..<300 {
            reports = try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
                try await store.sourceReports(onlyProblems: false, limit: 100)
            }
            if reports.count == stories, reports.allSatisfy({ $0.link.lastCheckedAt != nil }) { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        // validation: each address once, though two servers ran
        #expect(reports.count == stories)
        let ids = reports.map(\.link.id)
        let checks = try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
            var counts: [Int] = []
            for id in ids { counts.append(try await store.sourceChecks(linkID: id, limit: 10).count) }
            return counts
        }
        #expect(checks == Array(repeating: 1, count: stories), "checks per address: \(checks)")
        for path in paths {
            let asked = outlet.requestCounts.filter { $0.key.hasSuffix(" " + path) }
            #expect(!asked.isEmpty && asked.values.allSatisfy { $0 == 1 }, "\(path) was asked \(asked)")
        }
        #expect(reports.first?.link.url == outlet.url("/gone/0"))
        #expect(reports.first?.link.verdict == .gone)
        #expect(reports.dropFirst().allSatisfy { $0.link.verdict == .ok })
        let logs = first.log + second.log
        #expect(logs.contains("Checked "), "neither server logged its run: \(logs)")
        // Readers of the gone story's post, on either server, get the archived copy nearest its date.
        let archived = "https://web.archive.org/web/20110313070640/" + outlet.url("/gone/0")
        for server in [first, second] {
            var page = ""
            for _ in 0..<40 {
                page = try await HTTP.get(server.baseURL + posts[0].path).body
                if page.contains("no longer works") { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(page.contains(archived), "\(server.baseURL) does not offer \(archived)")
            let other = try await HTTP.get(server.baseURL + posts[1].path).body
            #expect(!other.contains("no longer works"))
        }
    }
}
