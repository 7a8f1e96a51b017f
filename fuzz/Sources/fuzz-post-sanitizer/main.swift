import FuzzSupport
import NewsdeskCore

let sanitizer = PostSanitizer()

/// Any post HTML: the sanitised post holds nothing live and is a fixed point.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPostSanitizer(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(data, count).text
    let output = sanitizer.sanitize(input)
    FuzzCheck.requireSafeFixedPoint(output, again: sanitizer.sanitize, input: input)
    return 0
}

FuzzDriver.run(fuzzPostSanitizer)
