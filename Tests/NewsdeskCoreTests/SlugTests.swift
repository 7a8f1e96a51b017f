import NewsdeskCore
import Testing

@Suite("Slugs, as Blogger makes them")
struct SlugTests {
    @Test(
        "titles become lower-case words joined by '-', articles dropped, cut near 40 characters",
        arguments: [
            (
                "Is The Chinese Military Interested In Better Relations With The U.S.?",
                "is-chinese-military-interested-in"
            ),
            ("Does China's Military Want Better Relations With The U.S.?", "does-chinas-military-want-better"),
            ("A War Of Words", "war-of-words"),
            ("Café Über Alles: 2011", "cafe-uber-alles-2011"),
            ("   ", "blog-post"),
            ("", "blog-post"),
            ("?!", "blog-post"),
        ])
    func slugFromTitle(title: String, expected: String) {
        // MUT
        let slug = Slug.make(from: title)
        // validation
        #expect(slug == expected)
        #expect(slug.count <= Slug.maximumLength)
    }

    @Test("a single word longer than the limit is cut, never left empty")
    func overlongWord() {
        let slug = Slug.make(from: String(repeating: "x", count: 80))
        #expect(slug == String(repeating: "x", count: Slug.maximumLength))
    }

    @Test("a taken slug gets Blogger's day suffix, then a counter")
    func uniqueWithinMonth() {
        #expect(Slug.unique("war", day: 7, taken: []) == "war")
        #expect(Slug.unique("war", day: 7, taken: ["war"]) == "war_07")
        #expect(Slug.unique("war", day: 17, taken: ["war", "war_17"]) == "war_17-2")
        #expect(Slug.unique("war", day: 17, taken: ["war", "war_17", "war_17-2"]) == "war_17-3")
    }
}
