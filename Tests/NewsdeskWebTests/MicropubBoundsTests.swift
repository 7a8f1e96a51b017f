import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Micropub: bounds on every body, and a sentence for every bad input")
struct MicropubBoundsTests {
    @Test("oversized, malformed, deeply nested and mistyped bodies: a 4xx with the spec's error JSON, never a 5xx")
    func hostileBodies() async throws {
        try await MicropubClient.run { mp in
            let before = try await mp.store.postCount()
            let big = String(repeating: "a", count: MicropubBody.maximumTextBytes + 1)
            let answers = [
                try await mp.json(#"{"type": ["h-entry"], "properties": {"content": ["\#(big)"]}}"#),
                try await mp.form([("content", big)]),
                try await mp.json("{not json"),
                try await mp.json(String(repeating: "[", count: 100_000)),
                try await mp.json(
                    String(repeating: #"{"a":"#, count: 5_000) + "1" + String(repeating: "}", count: 5_000)),
                try await mp.json(
                    #"{"type": ["h-entry"], "properties": {"name": ["\#(String(repeating: "n", count: 400))"]}}"#),
                try await mp.json(#"{"type": ["h-entry"], "properties": {"content": ["x"], "category": ["a, b"]}}"#),
                try await mp.json(#"{"type": ["h-entry"], "properties": {"content": ["x\u0000y"]}}"#),
                try await mp.json(#"{"type": ["h-entry"], "properties": {"content": ["x"], "published": ["soon"]}}"#),
                try await mp.json(#"{"action": 3}"#),
                try await mp.form([("h", "card"), ("content", "x")]),
                try await mp.form([("h", "entry")]),
            ]
            for (index, response) in answers.enumerated() {
                #expect((400..<500).contains(response.status.code), "\(index): \(response.status)")
                let error = try? jsonObject(response)
                #expect(error?["error"] as? String != nil, "\(index): \(response.text.prefix(200))")
                #expect((error?["error_description"] as? String)?.hasSuffix(".") == true, "\(index)")
            }
            let typed = try await mp.client.execute(
                uri: "/micropub", method: .post,
                headers: [.authorization: "Bearer \(mp.secret)", .contentType: "text/plain"],
                body: ByteBuffer(string: "content=x"))
            #expect(typed.status == .badRequest && typed.text.contains("application/json"))
            #expect(try await mp.store.postCount() == before)
            // A field whose shape no property has is ignored, as the spec asks of unknown properties.
            let odd = try await mp.form([("content", "x"), ("category[a]", "b")])
            #expect(odd.status == .created)
        }
    }
}
