import FuzzSupport
import NewsdeskImport

/// Any bytes as a Disqus export: read, or refused with a sentence (see `ImportRefusalCheck`).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzDisqusReader(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    ImportRefusalCheck.require(FuzzInput(data, count)) { try DisqusReader.read($0) }
    return 0
}

FuzzDriver.run(fuzzDisqusReader)
