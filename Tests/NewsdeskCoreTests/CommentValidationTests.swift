import NewsdeskCore
import Testing

@Suite("Comment rules")
struct CommentValidationTests {
    @Test("name and body are trimmed; CRLF becomes LF")
    func trims() throws {
        let result = try CommentValidation.validate(name: "  Mark ", body: "\r\n line one\r\nline two \n").get()
        #expect(result.name == "Mark")
        #expect(result.body == "line one\nline two")
    }

    @Test("an empty or blank body is refused")
    func emptyBody() {
        for body in ["", "   ", "\n\n\t"] {
            #expect(throws: CommentValidation.Failure.emptyBody) {
                try CommentValidation.validate(name: "", body: body).get()
            }
        }
    }

    @Test("4,096 characters pass; 4,097 do not")
    func lengthLimit() {
        #expect((try? CommentValidation.validate(name: "", body: String(repeating: "é", count: 4096)).get()) != nil)
        #expect(throws: CommentValidation.Failure.bodyTooLong(length: 4097)) {
            try CommentValidation.validate(name: "", body: String(repeating: "a", count: 4097)).get()
        }
        #expect(CommentValidation.Failure.bodyTooLong(length: 4097).message.contains("4096"))
    }

    @Test("an empty name means Anonymous")
    func anonymous() {
        let comment = Comment(id: 1, postID: 1, authorName: "", body: "x", createdAt: .init())
        #expect(comment.displayName == "Anonymous")
    }
}
