import Foundation
import Testing

@Suite("newsdesk comments policy --webhook")
struct WebhookCommandTests {
    @Test(
        "a webhook on loopback, link-local or a private network is refused with a sentence, and nothing is saved",
        arguments: ["http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data/", "http://localhost/hook"])
    func refused(url: String) async throws {
        let directory = try ServerProcess.scratchDirectory("newsdesk-webhook")
        defer { ServerProcess.removeScratchDirectory(directory) }
        let database = directory.appendingPathComponent("hook.sqlite").path
        let refused = try await ServerProcess.run(["comments", "policy", "--webhook", url, "--database", database])
        #expect(refused.status != 0)
        #expect(refused.output.contains("which is this server or a private network"), "\(refused.output)")
        let shown = try await ServerProcess.run(["comments", "policy", "--database", database])
        #expect(shown.output.contains("webhook:             none"), "\(shown.output)")
        let allowed = try await ServerProcess.run([
            "comments", "policy", "--webhook", url, "--allow-private-outgoing", "--database", database,
        ])
        #expect(allowed.status == 0 && allowed.output.contains("webhook:             \(url)"), "\(allowed.output)")
    }
}
