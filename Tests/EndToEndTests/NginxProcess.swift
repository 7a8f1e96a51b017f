import Foundation
import Synchronization

/// Debian's nginx as a reverse proxy in front of a newsdesk server, configured as the README shows: listening
/// on `listen`, connecting to newsdesk from `listen`'s address (`proxy_bind`), appending the client's address
/// to `X-Forwarded-For` with `$proxy_add_x_forwarded_for`.
final class NginxProcess: Sendable {
    /// Set once nginx has been started.
    private let process = Mutex<SpawnedProcess?>(nil)
    let directory: URL
    let host: String
    let port: Int

    /// The nginx binary, when installed (`scripts/install-deps.sh nginx`).
    static var binary: String? {
        ["/usr/sbin/nginx", "/usr/bin/nginx"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts nginx on `host` (a free port) in front of `upstream` (`127.0.0.1:PORT`).
    init(host: String, upstream: String, directory: URL) async throws {
        guard let binary = Self.binary else { throw NginxError.notInstalled }
        self.host = host
        self.directory = directory.appendingPathComponent("nginx-\(UUID().uuidString)")
        port = try ServerProcess.freePort()
        try FileManager.default.createDirectory(
            at: self.directory.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        // Run as root, nginx's workers are nobody: they must be able to write their temporary files.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: self.directory.path)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o777], ofItemAtPath: self.directory.appendingPathComponent("tmp").path)
        let dir = self.directory.path
        let configuration = """
            worker_processes 1;
            daemon off;
            pid \(dir)/nginx.pid;
            error_log \(dir)/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path \(dir)/tmp/body;
                proxy_temp_path \(dir)/tmp/proxy;
                fastcgi_temp_path \(dir)/tmp/fastcgi;
                uwsgi_temp_path \(dir)/tmp/uwsgi;
                scgi_temp_path \(dir)/tmp/scgi;
                server {
                    listen \(host):\(port);
                    location / {
                        proxy_pass http://\(upstream);
                        proxy_bind \(host);
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                    }
                }
            }
            """
        let file = self.directory.appendingPathComponent("nginx.conf")
        try configuration.write(to: file, atomically: true, encoding: .utf8)
        let process = try SpawnedProcess(
            binary, ["-p", dir, "-e", "\(dir)/error.log", "-c", file.path],
            environment: ProcessInfo.processInfo.environment, outputPath: nil)
        self.process.withLock { $0 = process }
        for _ in 0..<100 {
            if !process.isRunning { throw NginxError.exited(log) }
            if (try? RawSocket(to: host, port: port)) != nil { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw NginxError.exited(log)
    }

    var log: String {
        (try? String(contentsOf: directory.appendingPathComponent("error.log"), encoding: .utf8)) ?? ""
    }

    func stop() {
        guard let process = process.withLock({ $0 }), process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}

enum NginxError: Error, CustomStringConvertible {
    case notInstalled
    case exited(String)

    var description: String {
        switch self {
        case .notInstalled: "nginx is not installed (scripts/install-deps.sh nginx)"
        case .exited(let log): "nginx did not start:\n\(log)"
        }
    }
}
