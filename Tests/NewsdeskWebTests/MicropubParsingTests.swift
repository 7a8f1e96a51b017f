import Foundation
import NewsdeskCore
import Testing

@testable import NewsdeskWeb

@Suite("Micropub requests read into values, and posts mapped to properties and back")
struct MicropubParsingTests {
    static func json(_ text: String) throws -> MicropubValue {
        try JSONDecoder().decode(MicropubValue.self, from: Data(text.utf8))
    }

    @Test("a form: reserved names left out, mp- names as commands, h other than entry refused")
    func form() throws {
        let request = try MicropubRequest.read(form: [
            "h": ["entry"], "content": ["Hi"], "category": ["a", "b"], "access_token": ["x"], "mp-slug": ["s"],
        ])
        #expect(
            request
                == .create(
                    properties: ["content": [.text("Hi")], "category": [.text("a"), .text("b")]],
                    commands: ["slug": [.text("s")]]))
        #expect(throws: MicropubError.self) { try MicropubRequest.read(form: ["h": ["card"]]) }
        #expect(try MicropubRequest.read(form: ["action": ["delete"], "url": ["u"]]) == .delete(url: "u"))
        #expect(throws: MicropubError.self) { try MicropubRequest.read(form: ["action": ["delete"]]) }
    }

    @Test("JSON: numbers, booleans and null read without refusal; a body that is not an h-entry is refused")
    func jsonValues() throws {
        let value = try Self.json(
            #"{"type": ["h-entry"], "properties": {"x": [1, 2.5, true, null], "mp-slug": ["s"]}}"#)
        #expect(
            try MicropubRequest.read(json: value)
                == .create(
                    properties: ["x": [.text("1"), .text("2.5"), .text("true"), .list([])]],
                    commands: ["slug": [.text("s")]]))
        for bad in [#"[]"#, #"{"type": ["h-card"]}"#, #"{"type": ["h-entry"], "properties": {"content": "x"}}"#] {
            #expect(throws: MicropubError.self, "\(bad)") { try MicropubRequest.read(json: try Self.json(bad)) }
        }
    }

    @Test("an update: replace, then add, then delete values and properties")
    func update() throws {
        let body = try Self.json(
            #"{"action": "update", "url": "u", "replace": {"name": ["N"]}, "add": {"category": ["c"]}, "delete": ["photo"]}"#
        )
        guard case .update(let url, let update) = try MicropubRequest.read(json: body) else {
            Issue.record("not an update")
            return
        }
        #expect(url == "u")
        let before: MicropubProperties = ["name": [.text("O")], "category": [.text("a")], "photo": [.text("p")]]
        #expect(update.applied(to: before) == ["name": [.text("N")], "category": [.text("a"), .text("c")]])
        let removing = try MicropubUpdate(["delete": .object(["category": .list([.text("a")])])])
        #expect(removing.applied(to: before)["category"] == nil)
        #expect(update.changedNames == ["name", "category", "photo"])
    }

    @Test("a post's properties read back into the same fields, caption kept for the same photo")
    func roundTrip() throws {
        var post = Post(title: "T", author: nil)
        post.path = "/2026/01/t.html"
        post.commentary = "Words"
        post.bodyHTML = "<p>Body</p>"
        post.labels = ["a", "b"]
        post.image = PostImage(url: "/media/x.png", caption: "Cap", altText: "Alt")
        post.clipping = Clipping(
            sourceURL: "https://n.example/s", headline: "H", outlet: "O", excerptParagraphs: ["P1", "P2"])
        let zone = TimeZone(identifier: "UTC")!
        let current = PostDraft(post, timeZone: zone)
        let properties = MicropubEntry.properties(of: post, baseURL: "https://blog.example")
        #expect(
            properties["photo"] == [.object(["value": .text("https://blog.example/media/x.png"), "alt": .text("Alt")])])
        let input = try MicropubEntry.input(
            properties, over: current, baseURL: "https://blog.example", withState: false)
        let draft = try input.applied(to: current, timeZone: zone)
        #expect(draft.post(on: post) == current.post(on: post))
    }

    @Test("a title derived from the commentary's first words, images skipped")
    func derivedTitle() {
        #expect(MicropubEntry.derivedTitle(commentary: "![](x)\n\nShort note.") == "Short note.")
        let long = String(repeating: "word ", count: 30)
        #expect(MicropubEntry.derivedTitle(commentary: long).count <= 71)
    }
}
