import NewsdeskTestSupport
import Testing

@Suite("The clip samples are the seed page's words")
struct ClipSamplesSeedTests {
    @Test("the samples' headline, caption and excerpt stand in the seed page as written")
    func samplesComeFromTheSeed() throws {
        let seed = try Fixtures.text("seed/000_7e82267dab9accc0.txt")
        #expect(seed.contains(ClipSamples.headline))
        #expect(seed.contains(ClipSamples.caption))
        for paragraph in ClipSamples.excerpt { #expect(seed.contains(paragraph), "\(paragraph.prefix(40))") }
    }
}
