import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Scheduled posts with the real binary", .serialized)
struct SchedulingTests {
    @Test("a post due while the server was stopped appears as soon as it starts again; the server stops cleanly")
    func dueAcrossRestart() async throws {
        let directory = try ServerProcess.scratchDirectory("newsdesk-e2e")
        defer { ServerProcess.removeScratchDirectory(directory) }
        let database = directory.appendingPathComponent("blog.sqlite").path
        let location = DatabaseLocation.sqlite(path: database)
        // setup: a post scheduled for an hour from now, as the admin's editor stores it; a server sees it wait
        let scheduled = try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
            try await store.createPost(
                Post(
                    title: "Scheduled while away", status: .scheduled, publishedAt: Date().addingTimeInterval(3600),
                    commentary: "On time."),
                timeZone: "UTC")
        }
        let before = try await ServerProcess(arguments: ["--database", database], directory: directory)
        #expect(try await HTTP.get(before.baseURL + scheduled.path).status == 404)
        before.stop()
        let status = before.process.terminationStatus
        #expect(status == 0, "serve ended with \(status): \(before.log)")
        // MUT: while no server runs, its time comes (the row now says it was due a second ago); then one starts
        let post = try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
            var due = scheduled
            due.publishedAt = Date().addingTimeInterval(-1)
            return try await store.updatePost(due, timeZone: "UTC")
        }
        #expect(post.status == .scheduled)
        let after = try await ServerProcess(arguments: ["--database", database], directory: directory)
        defer { after.stop() }
        // validation: published at start, not at the next 5-second round
        var answer = 0
        for _ in 0..<20 where answer != 200 {
            answer = try await HTTP.get(after.baseURL + post.path).status
            if answer != 200 { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(answer == 200)
        let page = try await HTTP.get(after.baseURL + post.path)
        #expect(page.body.contains("Scheduled while away"))
        #expect(page.body.contains("On time."))
    }
}
