import Foundation
import RoadmapCore

/// Reads the facts a history follows from one version of a file, without diagnostics: fast
/// enough to run on every version of every PRD in a long history.
public enum FrontMatterSnapshot {
    /// The snapshot of a PRD or objective file's `bytes`; nil when the compiler could not read
    /// an item from it (not UTF-8, binary, empty, no or broken front matter, conflict markers).
    public static func read(_ bytes: [UInt8], path: String, kind: ItemKind) -> ItemSnapshot? {
        guard let fields = fields(bytes, path: path) else { return nil }
        return SnapshotReader(fields: fields).snapshot(kind: kind, path: path)
    }

    /// The front matter's fields: by the quick reader when the file is plain enough, otherwise
    /// by the compiler's own pipeline (decoding, conflict scan, split, guard, Yams).
    static func fields(_ bytes: [UInt8], path: String) -> [RawField]? {
        if let quick = quickFields(bytes) { return quick }
        return composedFields(bytes, path: path)
    }

    /// Nil when the quick composer does not apply, not only when the file is broken: the file
    /// must be plain (see `Plainness`) and open with a `---` line closed by `---` or `...`.
    static func quickFields(_ bytes: [UInt8]) -> [RawField]? {
        bytes.withUnsafeBufferPointer { buffer -> [RawField]? in
            guard Plainness.isPlain(buffer), let yaml = frontMatterRange(buffer) else { return nil }
            return QuickComposer.compose(bytes: UnsafeBufferPointer(rebasing: buffer[yaml])).map(RawField.fields)
        }
    }

    /// The bytes between the opening `---` line and the closing fence line.
    private static func frontMatterRange(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let dash = UInt8(ascii: "-"), dot = UInt8(ascii: "."), newline = UInt8(ascii: "\n")
        guard b.count >= 4, b[0] == dash, b[1] == dash, b[2] == dash, b[3] == newline else { return nil }
        var start = 4
        while start <= b.count {
            var end = start
            while end < b.count, b[end] != newline { end += 1 }
            if end - start == 3, b[start] == dash || b[start] == dot, b[start + 1] == b[start], b[start + 2] == b[start] {
                return 4..<start
            }
            start = end + 1
        }
        return nil
    }

    static func composedFields(_ bytes: [UInt8], path: String) -> [RawField]? {
        guard case .success(let decoded) = DecodedText.decode(bytes, path: path),
              MergeConflictScan.scan(decoded.text, path: path).isEmpty,
              case .success(let frontMatter) = FrontMatter.split(decoded.text, path: path),
              // Yams itself: what the quick composer gave up on, and the reference tests hold it to.
              case .success(let mapping) = YAMLComposer.compose(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, path: path, quick: false)
        else { return nil }
        return RawField.fields(mapping)
    }
}

extension FrontMatterSnapshot {
    /// The id the compiler gives the item in the file at `path` when its own id is missing or
    /// malformed: a slug of the file name.
    public static func fallbackID(path: String) -> ItemID { SnapshotReader.fallbackID(path) }
}
