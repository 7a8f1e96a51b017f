import Foundation
import Testing

/// `serve --worker-nice`: cache hits on the event loops at the process's priority, everything else on worker
/// threads below it. Read from `/proc`, where Linux shows each thread's nice value and CPU time.
@Suite("Worker threads' priority")
struct WorkerPriorityTests {
    #if os(Linux)
        /// One thread of the server, as `/proc/<pid>/task/<tid>/stat` shows it.
        struct ThreadSample {
            let name: String
            let nice: Int
            /// User and system time, in clock ticks.
            let ticks: Int
        }

        static func threads(of pid: Int32) -> [Int: ThreadSample] {
            let tasks = "/proc/\(pid)/task"
            var result: [Int: ThreadSample] = [:]
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: tasks)) ?? [] {
                guard let id = Int(entry),
                    let stat = try? String(contentsOfFile: "\(tasks)/\(entry)/stat", encoding: .utf8),
                    let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
                else { continue }
                // Fields after the name: state is field 3; utime 14, stime 15, nice 19.
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                guard fields.count > 17, let user = Int(fields[11]), let system = Int(fields[12]),
                    let nice = Int(fields[16])
                else { continue }
                result[id] = ThreadSample(
                    name: String(stat[stat.index(after: open)..<close]), nice: nice, ticks: user + system)
            }
            return result
        }

        /// Runs `test` against a server on a new demo blog started with `arguments` and `environment`.
        static func withServer(
            _ arguments: [String], environment: [String: String] = [:], _ test: (ServerProcess) async throws -> Void
        ) async throws {
            let directory = try ServerProcess.scratchDirectory("newsdesk-nice")
            defer { ServerProcess.removeScratchDirectory(directory) }
            let database = directory.appendingPathComponent("nice.sqlite").path
            let server = try await ServerProcess(
                arguments: ["--demo", "--database", database] + arguments, directory: directory,
                environment: environment)
            defer { server.stop() }
            try await test(server)
        }

        @Test("the event loops keep the process's priority; searches are rendered on threads 7 below it")
        func searchesRunLowered() async throws {
            try await Self.withServer(["--worker-nice", "7"]) { try await Self.checkSearches(on: $0) }
        }

        static func checkSearches(on server: ServerProcess) async throws {
            let pid = server.process.processIdentifier
            let before = Self.threads(of: pid)
            // The main thread's id is the process's; its nice value is the process's (0 unless the test runs niced).
            let base = before[Int(pid)]?.nice ?? 0
            let lowered = min(base + 7, 19)
            let loops = before.values.filter { $0.name.hasPrefix("NIO-SGLTN") }
            #expect(!loops.isEmpty && loops.allSatisfy { $0.nice == base }, "\(loops)")
            #expect(
                before.values.filter { $0.nice == lowered }.count >= 2, "\(before.values.map { ($0.name, $0.nice) })")

            // Search pages are never cached: each is routed and rendered.
            for index in 0..<400 {
                let reply = try await HTTP.get(server.baseURL + "/search?q=china+\(index % 7)")
                #expect(reply.status == 200)
            }
            let after = Self.threads(of: pid)
            var workers = 0
            var others = 0
            for (id, sample) in after {
                let spent = sample.ticks - (before[id]?.ticks ?? 0)
                if sample.nice == lowered {
                    workers += spent
                } else if !sample.name.hasPrefix("NIO-SGLTN") {
                    others += spent
                }
            }
            #expect(workers >= 5, "the worker threads spent \(workers) ticks")
            #expect(workers > 2 * others, "workers \(workers) ticks, other threads (not the event loops) \(others)")
        }

        @Test("without the flag or its variable, every thread runs at the process's priority")
        func defaultNiceness() async throws {
            try await Self.withServer([], environment: ["NEWSDESK_WORKER_NICE": ""]) { server in
                let pid = server.process.processIdentifier
                let threads = Self.threads(of: pid)
                let base = threads[Int(pid)]?.nice ?? 0
                #expect(
                    threads.count >= 6 && threads.values.allSatisfy { $0.nice <= base },
                    "\(threads.values.map { ($0.name, $0.nice) })")
                #expect(threads.values.filter { $0.name.hasPrefix("NIO-SGLTN") }.allSatisfy { $0.nice == base })
            }
        }

        @Test("--worker-nice outside 0–19 is refused with a sentence")
        func refusesOutOfRange() async throws {
            let result = try await ServerProcess.run(["serve", "--worker-nice", "20", "--database", "/nonexistent/x"])
            #expect(result.status != 0)
            #expect(result.output.contains("--worker-nice must be a whole number from 0 to 19."), "\(result.output)")
        }
    #endif
}
