import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Scheduled posts with the real binary", .serialized)
struct SchedulingTests {
    @Test("a post due while the server was stopped appears as soon as it starts again; the server stops cleanly")
    func dueAcrossRestart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "newsdesk-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("blog.sqlite").path
        // setup: a post scheduled three seconds from now, written as the admin's editor would store it
        let due = Date().addingTimeInterval(3)
        let post = try await SQLStore.withStore(.sqlite(path: database), logger: TestDatabase.logger) { store in
            try await store.createPost(
                Post(title: "Scheduled while away", status: .scheduled, publishedAt: due, commentary: "On time."),
                timeZone: "UTC")
        }
        let before = try await ServerProcess(arguments: ["--database", database], directory: directory)
        #expect(try await HTTP.get(before.baseURL + post.path).status == 404)
        before.stop()
        #expect(
            before.process.terminationStatus == 0, "serve ended with \(before.process.terminationStatus): \(before.log)"
        )
        // MUT: the time passes with no server running, then one starts
        try await Task.sleep(until: .now + .seconds(max(0, due.timeIntervalSinceNow) + 0.5))
        let after = try await ServerProcess(arguments: ["--database", database], directory: directory)
        defer { after.stop() }
        // validation: published at start, not at the next 5-second round
        var status = 0
        for _ in 0..<20 where status != 200 {
            status = try await HTTP.get(after.baseURL + post.path).status
            if status != 200 { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(status == 200)
        let page = try await HTTP.get(after.baseURL + post.path)
        #expect(page.body.contains("Scheduled while away"))
        #expect(page.body.contains("On time."))
    }
}
