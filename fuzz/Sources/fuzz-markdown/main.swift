import FuzzSupport
import NewsdeskCore
import NewsdeskMarkdown

let renderer = MarkdownRenderer.forPosts

/// Any Markdown, through cmark-gfm and the post sanitiser as a post's body is shown: nothing live, and the
/// sanitiser leaves its own output as it is.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzCheck.requireSafeFixedPoint(
        FuzzInput(data, count), render: renderer.cleanHTML, sanitize: renderer.sanitizer.sanitize)
    return 0
}

FuzzDriver.run(fuzzMarkdown)
