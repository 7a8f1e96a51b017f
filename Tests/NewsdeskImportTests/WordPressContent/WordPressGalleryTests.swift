import Testing

@testable import NewsdeskImport

@Suite("WordPress content: [gallery]")
struct WordPressGalleryTests {
    static let attachments: WordPressAttachments = {
        var index = WordPressAttachments()
        index.add(.init(id: "21", url: "http://x.test/b.jpg", title: "Beach", parent: "10", menuOrder: 2))
        index.add(.init(id: "20", url: "http://x.test/a.jpg", title: "", parent: "10", menuOrder: 1))
        index.add(.init(id: "22", url: "http://x.test/c.pdf", title: "Menu", parent: "10", menuOrder: 0))
        index.add(.init(id: "30", url: "http://x.test/other.png", title: "Other", parent: "11", menuOrder: 0))
        return index
    }()

    @Test("ids=\"…\" shows those images in that order")
    func ids() {
        let (html, content) = WordPressShortcodeTests.convert(#"[gallery ids="30,20"]"#, attachments: Self.attachments)
        #expect(
            html
                == "<figure><img src=\"http://x.test/other.png\" alt=\"Other\"></figure>\n"
                + "<figure><img src=\"http://x.test/a.jpg\" alt=\"\"></figure>\n")
        #expect(content.notes.isEmpty)
    }

    @Test("without ids: the post's attached images, by menu order")
    func attached() {
        let html = WordPressShortcodeTests.convert("[gallery columns=\"2\"]", attachments: Self.attachments).html
        #expect(
            html
                == "<figure><img src=\"http://x.test/a.jpg\" alt=\"\"></figure>\n"
                + "<figure><img src=\"http://x.test/b.jpg\" alt=\"Beach\"></figure>\n")
    }

    @Test("none of its images in the export: removed, with a note")
    func removed() {
        let (html, content) = WordPressShortcodeTests.convert(
            "Text\n\n[gallery ids=\"1,2\"]", attachments: Self.attachments)
        #expect(html == "<p>Text</p>\n\n")
        #expect(content.notes == ["gallery in post 'Trip' removed: the export holds none of its images"])
    }
}
