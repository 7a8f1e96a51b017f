import FuzzSupport
import NewsdeskCore

/// Any comment text: the sanitised comment holds nothing live and is a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCommentSanitizer(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(data, count).text
    let output = CommentSanitizer.sanitize(input)
    FuzzCheck.requireSafeFixedPoint(output, again: CommentSanitizer.sanitize, input: input)
    return 0
}

FuzzDriver.run(fuzzCommentSanitizer)
