import Foundation
import NewsdeskCore

extension InMemoryStore: BlogStore {
    public func blog() async throws -> Blog {
        try read { state in state.blog ?? Blog() }
    }

    public func saveBlog(_ blog: Blog) async throws {
        try write(touching: .everything) { state in state.blog = blog }
    }

    public func author(named displayName: String) async throws -> Author {
        // An author appears on a page only with a post, whose own write tells the caches: nothing is recorded.
        try write(touching: nil) { state in
            let id = state.authorID(named: displayName)
            return state.authors[Int(id - 1)]
        }
    }

    public func siteSecret(named name: String) async throws -> String {
        try write(touching: nil) { state in
            if let existing = state.siteSecrets[name] { return existing }
            var generator = SystemRandomNumberGenerator()
            let fresh = HexText.encode((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
            state.siteSecrets[name] = fresh
            return fresh
        }
    }
}
