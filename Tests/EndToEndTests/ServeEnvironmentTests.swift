import Foundation
import NewsdeskTestSupport
import Testing

/// Every `serve` setting from a flag or its `NEWSDESK_*` variable, the flag winning, with the real binary.
@Suite("Settings from the environment", .serialized)
final class ServeEnvironmentTests: Sendable {
    let directory: URL
    static let postPath = "/2011/01/is-chinese-military-interested-in.html"

    init() throws {
        directory = try ServerProcess.scratchDirectory("newsdesk-environment")
    }

    deinit { ServerProcess.removeScratchDirectory(directory) }

    @Test("serve --help names the environment variable of every option")
    func help() async throws {
        let help = try await ServerProcess.run(["serve", "--help"])
        #expect(help.status == 0)
        let options = help.output.components(separatedBy: "\n  --").dropFirst().filter { !$0.hasPrefix("help") }
        #expect(options.count >= 15)
        for option in options {
            #expect(option.contains("$NEWSDESK_"), "no variable named for --\(option.prefix(40))")
        }
    }

    @Test("a server set up by variables alone: address, database, demo, base URL, log level and cache size")
    func variablesAlone() async throws {
        let database = directory.appending(path: "env.sqlite").path
        let server = try await ServerProcess(
            arguments: [], directory: directory,
            environment: [
                "NEWSDESK_DATABASE": database, "NEWSDESK_DEMO": "yes", "NEWSDESK_BASE_URL": "https://env.example",
                "NEWSDESK_LOG_LEVEL": "warning", "NEWSDESK_PAGE_CACHE_MB": "8",
            ],
            addressInEnvironment: true)
        defer { server.stop() }
        let page = try await HTTP.get(server.baseURL + Self.postPath)
        #expect(page.status == 200)
        #expect(page.body.contains("https://env.example\(Self.postPath)"))
        // At warning, the start-up lines (info) are not written (waiting out a batch of info lines first).
        try await Task.sleep(for: .milliseconds(200))
        #expect(!server.log.contains("Serving SQLite"), "\(server.log)")
        #expect(FileManager.default.fileExists(atPath: database))
    }

    @Test("a flag wins over its variable; an unreadable variable stops the server with a sentence naming it")
    func flagWins() async throws {
        let database = directory.appending(path: "flags.sqlite").path
        let elsewhere = try ServerProcess.freePort()
        let server = try await ServerProcess(
            arguments: ["--database", database, "--demo", "--base-url", "https://flag.example"],
            directory: directory,
            environment: [
                "NEWSDESK_PORT": String(elsewhere), "NEWSDESK_DATABASE": "/nonexistent/dir/x.sqlite",
                "NEWSDESK_BASE_URL": "https://env.example", "NEWSDESK_DEMO": "0",
            ])
        defer { server.stop() }
        let page = try await HTTP.get(server.baseURL + Self.postPath)
        #expect(page.status == 200 && page.body.contains("https://flag.example\(Self.postPath)"))
        #expect((try? await HTTP.get("http://127.0.0.1:\(elsewhere)/")) == nil)

        for (variable, value, message) in [
            ("NEWSDESK_PORT", "eighty", "NEWSDESK_PORT must be a whole number from 1 to 65535, not \"eighty\"."),
            ("NEWSDESK_DEMO", "maybe", "NEWSDESK_DEMO must be 1 or 0 (or true/false, yes/no, on/off), not \"maybe\"."),
            ("NEWSDESK_HEADER_TIMEOUT", "-3", "NEWSDESK_HEADER_TIMEOUT must be a number of seconds above 0"),
            ("NEWSDESK_LOG_LEVEL", "loud", "NEWSDESK_LOG_LEVEL must be trace, debug, info"),
        ] {
            // An address no server can bind: were the variable ignored, the server would still stop, not serve.
            let result = try await ServerProcess.run(
                ["serve", "--database", database, "--host", "256.0.0.1"], environment: [variable: value])
            #expect(result.status != 0, "\(variable)=\(value)")
            #expect(result.output.contains(message), "\(result.output)")
        }
    }

    @Test("an address the server cannot listen on stops it with a sentence, not a library error")
    func listenFailures() async throws {
        let database = directory.appending(path: "listen.sqlite").path
        let first = try await ServerProcess(arguments: ["--database", database], directory: directory)
        defer { first.stop() }
        let taken = try await ServerProcess.run(["serve", "--port", String(first.port), "--database", database])
        #expect(taken.status != 0)
        #expect(
            taken.output.contains(
                "Cannot listen on 127.0.0.1:\(first.port): another program is already listening there"),
            "\(taken.output)")
        let unknown = try await ServerProcess.run(["serve", "--host", "256.0.0.1", "--database", database])
        #expect(unknown.output.contains("Cannot listen on 256.0.0.1:8080: 256.0.0.1 is not an address or a name"))
        let foreign = try await ServerProcess.run(["serve", "--host", "192.0.2.1", "--database", database])
        #expect(
            foreign.output.contains("Cannot listen on 192.0.2.1:8080: 192.0.2.1 is not an address of this machine."))
        for output in [taken.output, unknown.output, foreign.output] { #expect(!output.contains("errno")) }
    }
}

extension ServeEnvironmentTests {
    @Test("the source checker's interval is read from a flag or its variable, and a bad one is refused in a sentence")
    func sourceCheckInterval() async throws {
        let database = directory.appending(path: "sources.sqlite").path
        let bad = try await ServerProcess.run(["serve", "--database", database, "--source-check-interval", "daily"])
        #expect(bad.status != 0)
        #expect(bad.output.contains("--source-check-interval must be a number with s, m, h or d"), "\(bad.output)")
        let tooLong = try await ServerProcess.run(
            ["serve", "--database", database], environment: ["NEWSDESK_SOURCE_CHECK_INTERVAL": "9999999999d"])
        #expect(tooLong.status != 0)
        #expect(tooLong.output.contains("\"9999999999d\" is neither"), "\(tooLong.output)")
        let limit = try await ServerProcess.run(["serve", "--database", database, "--source-check-limit", "0"])
        #expect(limit.output.contains("--source-check-limit must be between 1 and 10000."), "\(limit.output)")
        let off = try await ServerProcess(
            arguments: ["--database", database, "--source-check-interval", "off"], directory: directory)
        defer { off.stop() }
        #expect(try await HTTP.get(off.baseURL + "/").status == 200)
    }
}
