import AsyncHTTPClient
import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// The real `newsdesk` binary, run as a child process on a free loopback port.
final class ServerProcess: Sendable {
    let process: SpawnedProcess
    let port: Int
    let logFile: URL

    /// The built binary: NEWSDESK_BINARY, else `.build/debug/newsdesk` in this package.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["NEWSDESK_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/newsdesk")
    }

    /// Starts `newsdesk serve` with `arguments` and waits until it answers HTTP; with `descriptorLimit`, under
    /// that open-file limit, soft and hard (as `ulimit -n` sets it). `environment` is added to this process's;
    /// with `addressInEnvironment` the host and port go there (`NEWSDESK_HOST`, `NEWSDESK_PORT`), not in flags.
    init(
        arguments: [String], directory: URL, descriptorLimit: Int? = nil, environment: [String: String] = [:],
        addressInEnvironment: Bool = false
    ) async throws {
        // Another test's socket can take the chosen port between the check and the server's bind: a few new ports.
        var attempt = 1
        while true {
            let port = try Self.freePort()
            let logFile = directory.appendingPathComponent("server-\(port).log")
            let process = try Self.spawn(
                arguments: arguments, port: port, logFile: logFile, descriptorLimit: descriptorLimit,
                environment: environment, addressInEnvironment: addressInEnvironment)
            do {
                try await Self.waitUntilAnswering(process, port: port, logFile: logFile)
                (self.process, self.port, self.logFile) = (process, port, logFile)
                return
            } catch ServerProcessError.exited(let log) where log.contains("already listening") && attempt < 4 {
                attempt += 1
            }
        }
    }

    private static func spawn(
        arguments: [String], port: Int, logFile: URL, descriptorLimit: Int?, environment: [String: String],
        addressInEnvironment: Bool
    ) throws -> SpawnedProcess {
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        // The source checker would ask the demo post's outlet on the Internet; tests that want it pass the flag.
        // The worker threads keep the event loops' priority (the default, said again in case the environment has
        // another): these tests run servers beside a busy test runner, whose threads would take the CPU from
        // lowered workers and turn the tests' time limits into measures of the host. WorkerPriorityTests passes
        // the flag, which wins.
        var variables = ProcessInfo.processInfo.environment
            .merging(["NEWSDESK_SOURCE_CHECK_INTERVAL": "off", "NEWSDESK_WORKER_NICE": "0"]) { $1 }
            .merging(environment) { $1 }
        let address = ["--host", "127.0.0.1", "--port", String(port)]
        if addressInEnvironment {
            variables["NEWSDESK_HOST"] = "127.0.0.1"
            variables["NEWSDESK_PORT"] = String(port)
        }
        let serve = [binary.path, "serve"] + (addressInEnvironment ? [] : address) + arguments
        if let descriptorLimit {
            return try SpawnedProcess(
                "/bin/sh", ["-c", "ulimit -n \(descriptorLimit) && exec \"$0\" \"$@\""] + serve,
                environment: variables, outputPath: logFile.path)
        }
        return try SpawnedProcess(
            binary.path, Array(serve.dropFirst()), environment: variables, outputPath: logFile.path)
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    private static func waitUntilAnswering(_ process: SpawnedProcess, port: Int, logFile: URL) async throws {
        for _ in 0..<300 {
            if !process.isRunning { throw ServerProcessError.exited(log: text(of: logFile)) }
            if (try? await HTTP.get("http://127.0.0.1:\(port)/")) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerProcessError.neverAnswered(log: text(of: logFile))
    }

    var log: String { Self.text(of: logFile) }

    private static func text(of logFile: URL) -> String {
        (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
    }

    /// The log once it holds `text`, or as it is after 2 s: lines below `notice` (request lines, most start-up
    /// lines) are written in batches every 10 ms, so a line may come a little after the response it belongs to.
    func log(holding text: String) async -> String {
        for _ in 0..<40 {
            let current = log
            if current.contains(text) { return current }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return log
    }

    /// Stops it the hard way, as a crash or power cut of the process would.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Stops it politely.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Runs the binary with `arguments` to the end: its exit status and everything it printed.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws -> (
        status: Int32, output: String
    ) {
        try await ChildProcess.run(binary, arguments, environment: environment)
    }

    /// A new empty folder under the temporary directory, named `prefix-<UUID>`, for a test's databases and server
    /// logs; the test removes it with ``removeScratchDirectory(_:)`` when it ends.
    static func scratchDirectory(_ prefix: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Removes a folder from ``scratchDirectory(_:)``, unless `NEWSDESK_KEEP_TEST_FILES=1` asks to keep it to
    /// look at. (Every run of the suite left some 35 folders behind, 2.3 GB in this machine's /tmp after a week.)
    static func removeScratchDirectory(_ directory: URL) {
        guard ProcessInfo.processInfo.environment["NEWSDESK_KEEP_TEST_FILES"] != "1" else { return }
        try? FileManager.default.removeItem(at: directory)
    }

    /// A port nothing uses right now, below Linux's ephemeral range (32768 up) so that no test's outgoing
    /// connection is given it before the server binds it.
    static func freePort() throws -> Int {
        for _ in 0..<50 {
            let candidate = Int.random(in: 20000..<32768)
            if canBind(candidate) { return candidate }
        }
        throw ServerProcessError.noPort
    }

    private static func canBind(_ port: Int) -> Bool {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { return false }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}

enum ServerProcessError: Error, CustomStringConvertible {
    case exited(log: String)
    case neverAnswered(log: String)
    case noPort

    var description: String {
        switch self {
        case .exited(let log): return "newsdesk exited early:\n\(log)"
        case .neverAnswered(let log): return "newsdesk did not answer in 30 s:\n\(log)"
        case .noPort: return "no free port"
        }
    }
}

/// Plain HTTP over TCP with AsyncHTTPClient; redirects are returned, not followed.
enum HTTP {
    static let client = HTTPClient(
        eventLoopGroupProvider: .singleton,
        configuration: .init(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(2), read: .seconds(20)))
    )

    struct Reply {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    static func get(_ url: String) async throws -> Reply {
        try await send(HTTPClientRequest(url: url))
    }

    static func postForm(_ url: String, _ fields: [(String, String)]) async throws -> Reply {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        let body = fields.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(
            separator: "&")
        request.body = .bytes(ByteBuffer(string: body))
        return try await send(request)
    }

    static func send(_ request: HTTPClientRequest) async throws -> Reply {
        let response = try await client.execute(request, timeout: .seconds(20))
        let body = try await response.body.collect(upTo: 10 << 20)
        var headers: [String: String] = [:]
        for header in response.headers { headers[header.name.lowercased()] = header.value }
        return Reply(status: Int(response.status.code), headers: headers, body: String(buffer: body))
    }
}
