import Foundation
import NewsdeskCore
import Testing

@Suite("Comment rules: the web address and the comment a reply answers")
struct CommentInputRulesTests {
    @Test("a web address is trimmed, empty means none, and only http and https within 300 characters pass")
    func webAddress() throws {
        let given = try CommentValidation.validate(name: "Ann", body: "Hi", webAddress: "  https://ann.example/  ")
            .get()
        #expect(given.webAddress == "https://ann.example/")
        #expect(try CommentValidation.validate(name: "Ann", body: "Hi", webAddress: " ").get().webAddress == nil)
        let longest = "https://a.example/" + String(repeating: "x", count: 300 - 18)
        #expect(try CommentValidation.validate(name: "", body: "Hi", webAddress: longest).get().webAddress == longest)
        for refused in [
            "javascript:alert(1)", "ftp://a.example", "a.example", "https://a.example/\"onmouseover=x", longest + "y",
            "https://a.example/<b>",
        ] {
            #expect(throws: CommentValidation.Failure.unsafeWebAddress, "\(refused)") {
                try CommentValidation.validate(name: "", body: "Hi", webAddress: refused).get()
            }
        }
        #expect(throws: CommentValidation.Failure.controlCharacter(field: "web address")) {
            try CommentValidation.validate(name: "", body: "Hi", webAddress: "https://a.example/\u{0}").get()
        }
        #expect(CommentValidation.Failure.unsafeWebAddress.message.contains("http:// or https://"))
    }

    @Test("the name and body are checked before the web address, as the form shows one message")
    func order() {
        #expect(throws: CommentValidation.Failure.emptyBody) {
            try CommentValidation.validate(name: "", body: " ", webAddress: "javascript:x").get()
        }
    }

    @Test("a reply may answer only a published comment on the same post")
    func replyTarget() {
        let parent = Comment(id: 5, postID: 1, authorName: "A", body: "b", createdAt: Date())
        #expect(CommentValidation.canReply(to: parent, onPost: 1))
        #expect(!CommentValidation.canReply(to: parent, onPost: 2))
        #expect(!CommentValidation.canReply(to: parent, onPost: nil))
        #expect(!CommentValidation.canReply(to: nil, onPost: 1))
        for status in [CommentStatus.pending, .spam, .deleted] {
            var hidden = parent
            hidden.status = status
            #expect(!CommentValidation.canReply(to: hidden, onPost: 1), "\(status)")
        }
    }
}
