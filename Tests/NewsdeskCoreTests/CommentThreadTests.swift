import Foundation
import NewsdeskCore
import Testing

@Suite("Comment threads")
struct CommentThreadTests {
    func comment(_ id: Int64, parent: Int64? = nil, name: String = "", key: String? = nil, editor: Bool = false)
        -> NewsdeskCore.Comment
    {
        Comment(
            id: id, postID: 1, parentID: parent, authorName: name, isEditor: editor, anonymousKey: key, body: "c\(id)",
            createdAt: Date(timeIntervalSince1970: Double(id) * 60))
    }

    @Test("replies nest under their parents; deeper ones attach to the third level")
    func nesting() {
        let thread = CommentThread([
            comment(1), comment(2, parent: 1), comment(3, parent: 2), comment(4, parent: 3), comment(5, parent: 4),
            comment(6),
        ])
        #expect(thread.count == 6)
        #expect(thread.roots.map(\.comment.id) == [1, 6])
        let level2 = thread.roots[0].replies
        #expect(level2.map(\.comment.id) == [2])
        let level3 = level2[0].replies
        #expect(level3.map(\.comment.id) == [3, 4, 5])
        #expect(level3.map(\.depth) == [3, 3, 3])
        #expect(level3.allSatisfy { $0.replies.isEmpty })
    }

    @Test("a reply to a comment not shown (held, deleted) stands at the top level")
    func orphan() {
        let thread = CommentThread([comment(1), comment(3, parent: 2)])
        #expect(thread.roots.map(\.comment.id) == [1, 3])
    }

    @Test("anonymous voices are numbered in order of first appearance; names and the editor are untouched")
    func anonymousNumbers() {
        let thread = CommentThread([
            comment(1), comment(2, key: "a"), comment(3, key: "b"), comment(4, key: "a"),
            comment(5, name: "Mark", key: "c"),
            comment(6, key: "c"), comment(7, name: "War News Updates Editor", editor: true),
        ])
        #expect(
            thread.roots.map(\.displayName) == [
                "Anonymous", "Anonymous", "Anonymous 2", "Anonymous", "Mark", "Anonymous 3", "War News Updates Editor",
            ])
    }
}
