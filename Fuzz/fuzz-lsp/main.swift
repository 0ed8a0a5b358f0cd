import FuzzDriver
import RoadmapCore
import RoadmapLSPProtocol

// A client's bytes through what reads them first: the framing (over reads of every size),
// JSON-RPC decoding and positions in the text. Never a crash; a position and its offset agree.
// (The server behind them pulls in the site's embedded theme, whose build plugin cannot be
// linked with the fuzzer; its handling of decoded messages is covered by the tests.)
fuzz { bytes in
    let input = bytes
    let offset = Locked(0)
    let chunk = 1 + Int(bytes.first ?? 0) % 97
    let reader = MessageReader { target in
        offset.withLock { at in
            let count = min(target.count, input.count - at, chunk)
            for i in 0..<count { target[i] = input[at + i] }
            at += count
            return count
        }
    }
    var frames = 0
    while frames < 1000 {
        let frame = reader.next()
        guard frame != .end else { break }
        if case .message(let body) = frame { _ = IncomingMessage.decode(body) }
        _ = reader.hasWholeMessage
        frames += 1
    }
    _ = IncomingMessage.decode(bytes)
    // Every byte offset has a position that leads back to an offset at or before it, on a
    // character boundary, in each encoding.
    let lines = LineIndex(bytes: bytes)
    for encoding in PositionEncoding.allCases {
        for at in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 64)) {
            let position = lines.position(of: at, encoding: encoding)
            let back = lines.offset(of: position, encoding: encoding)
            if back > at || back < 0 { fatalError("offset \(at) -> \(position) -> \(back) in \(encoding)") }
        }
    }
}
