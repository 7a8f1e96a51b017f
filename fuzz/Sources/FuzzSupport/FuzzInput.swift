/// The bytes libFuzzer hands a target, and the views of them the targets take.
public struct FuzzInput {
    public let bytes: UnsafeRawBufferPointer

    public init(_ data: UnsafePointer<UInt8>?, _ count: Int) {
        bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : count)
    }

    /// The bytes as text, as a form or an editor would hand them over (invalid UTF-8 repaired).
    public var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// A copy of the bytes.
    public var array: [UInt8] {
        Array(bytes)
    }
}
