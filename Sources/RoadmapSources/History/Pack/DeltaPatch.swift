/// Applies a git delta (a list of copies from the base and inserted bytes) to its base.
package enum DeltaPatch {
    /// The patched bytes, or nil when the delta does not fit the base (a damaged pack).
    package static func apply(_ delta: [UInt8], to base: [UInt8]) -> [UInt8]? {
        var position = 0
        func size() -> Int? {
            var value = 0, shift = 0
            while position < delta.count {
                let byte = delta[position]
                position += 1
                value |= Int(byte & 0x7F) << shift
                shift += 7
                if byte & 0x80 == 0 { return value }
                if shift > 56 { return nil }
            }
            return nil
        }
        guard let sourceSize = size(), sourceSize == base.count, let targetSize = size(),
              targetSize == producedSize(delta, from: position) else { return nil }
        var failed = false
        let result = [UInt8](unsafeUninitializedCapacity: targetSize) { out, written in
            delta.withUnsafeBufferPointer { d in
                base.withUnsafeBufferPointer { b in
                    var at = 0
                    while position < d.count {
                        let op = d[position]
                        position += 1
                        if op & 0x80 != 0 {
                            var offset = 0, length = 0
                            for bit in 0..<4 where op & (1 << bit) != 0 {
                                guard position < d.count else { failed = true; return }
                                offset |= Int(d[position]) << (8 * bit)
                                position += 1
                            }
                            for bit in 0..<3 where op & (0x10 << bit) != 0 {
                                guard position < d.count else { failed = true; return }
                                length |= Int(d[position]) << (8 * bit)
                                position += 1
                            }
                            if length == 0 { length = 0x10000 }
                            guard offset + length <= b.count, at + length <= targetSize, let src = b.baseAddress, let dst = out.baseAddress else {
                                failed = true; return
                            }
                            (dst + at).update(from: src + offset, count: length)
                            at += length
                        } else if op != 0 {
                            let length = Int(op)
                            guard position + length <= d.count, at + length <= targetSize, let src = d.baseAddress, let dst = out.baseAddress else {
                                failed = true; return
                            }
                            (dst + at).update(from: src + position, count: length)
                            position += length
                            at += length
                        } else {
                            failed = true; return
                        }
                    }
                    failed = failed || at != targetSize
                }
            }
            written = failed ? 0 : targetSize
        }
        return failed ? nil : result
    }

    /// How many bytes the instructions from `start` would write (nil when they are cut short):
    /// checked before the declared size is allocated, since a damaged size could be anything.
    private static func producedSize(_ delta: [UInt8], from start: Int) -> Int? {
        var position = start, total = 0
        while position < delta.count {
            let op = delta[position]
            position += 1
            if op & 0x80 != 0 {
                var length = 0
                position += Int((op & 0x0F).nonzeroBitCount)
                for bit in 0..<3 where op & (0x10 << bit) != 0 {
                    guard position < delta.count else { return nil }
                    length |= Int(delta[position]) << (8 * bit)
                    position += 1
                }
                total += length == 0 ? 0x10000 : length
            } else if op != 0 {
                position += Int(op)
                total += Int(op)
            } else {
                return nil
            }
        }
        return position == delta.count ? total : nil
    }
}
