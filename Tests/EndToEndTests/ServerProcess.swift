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
        port = try Self.freePort()
        logFile = directory.appendingPathComponent("server-\(port).log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        // The source checker would ask the demo post's outlet on the Internet; tests that want it pass the flag.
        var variables = ProcessInfo.processInfo.environment.merging(["NEWSDESK_SOURCE_CHECK_INTERVAL": "off"]) { $1 }
            .merging(environment) { $1 }
        let address = ["--host", "127.0.0.1", "--port", String(port)]
        if addressInEnvironment {
            variables["NEWSDESK_HOST"] = "127.0.0.1"
            variables["NEWSDESK_PORT"] = String(port)
        }
        let serve = [Self.binary.path, "serve"] + (addressInEnvironment ? [] : address) + arguments
        process =
            if let descriptorLimit {
                try SpawnedProcess(
                    "/bin/sh", ["-c", "ulimit -n \(descriptorLimit) && exec \"$0\" \"$@\""] + serve,
                    environment: variables, outputPath: logFile.path)
            } else {
                try SpawnedProcess(
                    Self.binary.path, Array(serve.dropFirst()), environment: variables, outputPath: logFile.path)
            }
        try await waitUntilAnswering()
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    func waitUntilAnswering() async throws {
        for _ in 0..<300 {
            if !process.isRunning { throw ServerProcessError.exited(log: log) }
            if (try? await HTTP.get(baseURL + "/")) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerProcessError.neverAnswered(log: log)
    }

    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

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

    /// A new empty folder under the temporary directory, named `prefix-<UUID>`.
    static func scratchDirectory(_ prefix: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// A port nothing listens on right now.
    static func freePort() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw ServerProcessError.noPort }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketFD, $0, length) == 0 && getsockname(socketFD, $0, &length) == 0
            }
        }
        guard bound else { throw ServerProcessError.noPort }
        return Int(UInt16(bigEndian: address.sin_port))
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
