import ArgumentParser
import Foundation

/// The `NEWSDESK_*` environment variables behind the commands' flags: a flag given wins, else its variable,
/// else the default. A variable that is set but cannot be read stops the command with a sentence naming it.
struct EnvironmentSettings {
    let variables: [String: String]

    init(_ variables: [String: String] = ProcessInfo.processInfo.environment) {
        self.variables = variables
    }

    /// The variable's text, or nil when it is unset or empty.
    func text(_ name: String) -> String? {
        guard let value = variables[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// A whole number within `range`.
    func number(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = text(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw ValidationError(
                "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\".")
        }
        return value
    }

    /// A number of seconds above 0 and at most a day.
    func seconds(_ name: String) throws -> Double? {
        guard let text = text(name) else { return nil }
        guard let value = Double(text), value.isFinite, value > 0, value <= 86_400 else {
            throw ValidationError("\(name) must be a number of seconds above 0 and at most 86400, not \"\(text)\".")
        }
        return value
    }

    /// On or off: 1, true, yes, on, or 0, false, no, off.
    func isOn(_ name: String) throws -> Bool? {
        guard let text = text(name)?.lowercased() else { return nil }
        if ["1", "true", "yes", "on"].contains(text) { return true }
        if ["0", "false", "no", "off"].contains(text) { return false }
        throw ValidationError("\(name) must be 1 or 0 (or true/false, yes/no, on/off), not \"\(text)\".")
    }
}
