import CZlib

/// zlib decompression of pack entries, reusing one stream (resetting is much cheaper than
/// setting up a stream per object). Entries are inflated as raw deflate data after their
/// two-byte zlib header, which skips the Adler-32 checksum of every output byte; the packs' own
/// checksums are git's business.
final class Inflater {
    private var raw = z_stream()
    private var wrapped = z_stream()
    private let ready: Bool

    init() {
        let size = Int32(MemoryLayout<z_stream>.size)
        ready = inflateInit2_(&raw, -15, ZLIB_VERSION, size) == Z_OK && inflateInit_(&wrapped, ZLIB_VERSION, size) == Z_OK
    }

    deinit {
        inflateEnd(&raw)
        inflateEnd(&wrapped)
    }

    /// Exactly `size` bytes inflated from the zlib stream at the start of `input`; nil when the
    /// data is not a zlib stream of that size.
    func inflate(_ input: UnsafeRawBufferPointer, size: Int) -> [UInt8]? {
        // Deflate expands at most 1032 to 1: a larger size is damage, and must not be allocated.
        guard ready, input.count >= 2, size <= input.count * 1032 + 1032 else { return nil }
        let method = input[0], flags = input[1]
        // A plain deflate header (no preset dictionary) can be skipped; anything else goes through zlib whole.
        let plain = method & 0x0F == 8 && (UInt16(method) << 8 | UInt16(flags)) % 31 == 0 && flags & 0x20 == 0
        return plain ? run(&raw, UnsafeRawBufferPointer(rebasing: input[2...]), size: size) : run(&wrapped, input, size: size)
    }

    private func run(_ stream: inout z_stream, _ input: UnsafeRawBufferPointer, size: Int) -> [UInt8]? {
        guard inflateReset(&stream) == Z_OK, let base = input.baseAddress else { return nil }
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
