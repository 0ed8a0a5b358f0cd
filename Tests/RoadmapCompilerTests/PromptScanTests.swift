@testable import RoadmapCompiler
import Testing

/// The pre-scan that lets most bodies skip the prompt check answers exactly as the plain
/// byte-by-byte loop it replaced, on bodies made of the bytes that matter to it.
@Suite struct PromptScanTests {
    /// The loop the `memchr` version replaced: first and last bytes of a line other than spaces.
    static func reference(_ text: String) -> Bool {
        var atLineStart = true, openedLine = false, last: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                if openedLine, last == UInt8(ascii: "_") { return true }
                atLineStart = true
                openedLine = false
            } else if atLineStart, byte != 0x20 {
                openedLine = byte == UInt8(ascii: "_")
                atLineStart = false
            }
            if byte != 0x20 { last = byte }
        }
        return openedLine && last == UInt8(ascii: "_")
    }

    @Test(arguments: ["", "\n", "_", " _ ", "_x_", "  _Write the problem._  \nmore", "x_\n_x", "_\r\n", "\t_a_",
                      "a\n\n  _b_", "_a\n_", "é_\n_é_", "_  \n  _", "no prompt here\n"])
    func knownBodies(_ text: String) {
        #expect(PromptScan.mayHoldPrompt(text) == Self.reference(text), "\(text.debugDescription)")
    }

    @Test func randomBodiesAgreeWithTheByteLoop() {
        let alphabet: [Character] = ["_", " ", "\n", "a", "\t", "\r", "é"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            let length = Int(next() % 40)
            let text = String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
            if PromptScan.mayHoldPrompt(text) != Self.reference(text) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).map(\.debugDescription))")
    }
}
