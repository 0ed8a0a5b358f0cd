import CZlib

/// zlib decompression of pack entries, reusing one stream (resetting is much cheaper than
/// setting up a stream per object).
final class Inflater {
    private var stream = z_stream()
    private let ready: Bool

    init() {
        ready = inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit { if ready { inflateEnd(&stream) } }

    /// Exactly `size` bytes inflated from `input`; nil when the data is not a zlib stream of
    /// that size.
    func inflate(_ input: UnsafeRawBufferPointer, size: Int) -> [UInt8]? {
        guard ready, inflateReset(&stream) == Z_OK, let base = input.baseAddress else { return nil }
        var ok = false
        let output = [UInt8](unsafeUninitializedCapacity: max(size, 1)) { buffer, written in
            stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(min(input.count, Int(UInt32.max)))
            stream.next_out = buffer.baseAddress
            stream.avail_out = uInt(max(size, 1))
            let status = CZlib.inflate(&stream, Z_FINISH)
            ok = status == Z_STREAM_END && Int(stream.total_out) == size
            written = ok ? size : 0
        }
        return ok ? output : nil
    }
}
