import FuzzSupport
import NewsdeskCore

/// Any comment text: the sanitised comment holds nothing live and is a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCommentSanitizer(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzCheck.requireSafeFixedPoint(
        FuzzInput(data, count), render: CommentSanitizer.sanitize, sanitize: CommentSanitizer.sanitize)
    return 0
}

FuzzDriver.run(fuzzCommentSanitizer)
