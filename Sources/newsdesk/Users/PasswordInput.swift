import ArgumentParser
import Foundation
import NewsdeskCore

/// Reading a password from standard input (never from a flag, where `ps` and shell history would show it).
enum PasswordInput {
    /// The first line of standard input, checked against the password rule.
    static func read() throws -> String {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        let password =
            text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) } ?? ""
        if let problem = PasswordRule.problem(with: password) { throw ValidationError(problem) }
        return password
    }
}
