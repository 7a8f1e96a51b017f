import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("newsdesk token add|list|revoke")
struct TokenCommandTests {
    /// Runs `newsdesk token …` on `database`.
    static func token(_ arguments: [String], database: String) async throws -> (status: Int32, output: String) {
        try await ServerProcess.run(["token"] + arguments + ["--database", database])
    }

    /// The output's last line.
    static func lastLine(_ output: String) -> String {
        output.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test("add prints the token alone on its last line, as the first admin without --user; list and revoke")
    func commands() async throws {
        let directory = try ServerProcess.scratchDirectory("newsdesk-token")
        defer { ServerProcess.removeScratchDirectory(directory) }
        let database = directory.appending(path: "blog.sqlite").path
        let nobody = try await Self.token(["add", "--name", "Tool", "--scope", "read"], database: database)
        #expect(nobody.status != 0 && nobody.output.contains("There is no admin for the token to act as."))
        try await SQLStore.withStore(.sqlite(path: database), logger: TestDatabase.logger) { store in
            for (email, role) in [("ed@example.com", UserRole.admin), ("ann@example.com", .author)] {
                _ = try await store.addUser(User(email: email, displayName: email, role: role), passwordHash: "x")
            }
        }
        let phone = try await Self.token(
            ["add", "--name", "Ann's phone", "--scope", "write", "--user", "Ann@Example.com"], database: database)
        #expect(phone.status == 0, "\(phone.output)")
        let secret = Self.lastLine(phone.output)
        #expect(secret.wholeMatch(of: /nd_[A-Za-z0-9_-]{43}/) != nil, "\(phone.output)")
        #expect(phone.output.contains("shown only this once"))
        #expect(phone.output.contains("acting as ann@example.com (author)"))
        let tool = try await Self.token(["add", "--name", "Tool", "--scope", "moderate"], database: database)
        #expect(tool.output.contains("it acts as the first admin, ed@example.com."), "\(tool.output)")
        let tokens = try await SQLStore.withStore(.sqlite(path: database), logger: TestDatabase.logger) { store in
            try await store.apiTokens()
        }
        #expect(tokens.map(\.scope) == [.write, .moderate] && tokens.map(\.userID) == [2, 1])
        #expect(Self.lastLine(tool.output) != secret && Self.lastLine(tool.output).hasPrefix("nd_"))
        for (arguments, message) in [
            (["add", "--name", "X", "--scope", "admin"], "The scope must be read, write or moderate."),
            (["add", "--name", " ", "--scope", "read"], "Give the token a name"),
            (
                ["add", "--name", "X", "--scope", "read", "--user", "eve@example.com"],
                "There is no user eve@example.com"
            ),
            (["revoke", "99"], "There is no API token 99"),
        ] {
            let refused = try await Self.token(arguments, database: database)
            #expect(refused.status != 0 && refused.output.contains(message), "\(refused.output)")
        }
        let list = try await Self.token(["list"], database: database)
        let lines = list.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "id\tname\tscope\tuser\tcreated\tlast used\trevoked", "\(list.output)")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("1\tAnn's phone\twrite\tann@example.com\t") && lines[1].hasSuffix("\tno"))
        #expect(lines[2].hasPrefix("2\tTool\tmoderate\ted@example.com\t"))
        #expect(!list.output.contains(secret))
        let revoked = try await Self.token(["revoke", "1"], database: database)
        #expect(revoked.output.contains("Revoked the token 1 “Ann's phone”"), "\(revoked.output)")
        let again = try await Self.token(["revoke", "1"], database: database)
        #expect(again.status == 0 && again.output.contains("was already revoked at"), "\(again.output)")
        let after = try await Self.token(["list"], database: database).output.split(separator: "\n")
        #expect(after.count == 3 && !after[1].hasSuffix("\tno") && after[1].hasSuffix("Z"))
    }
}
