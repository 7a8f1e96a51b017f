import FuzzSupport
import NewsdeskCore

let sanitizer = PostSanitizer()

/// Any post HTML: the sanitised post holds nothing live and is a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPostSanitizer(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzCheck.requireSafeFixedPoint(FuzzInput(data, count), render: sanitizer.sanitize, sanitize: sanitizer.sanitize)
    return 0
}

FuzzDriver.run(fuzzPostSanitizer)
