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

    /// Nil when the quick reader does not apply, not only when the file is broken.
    static func quickFields(_ bytes: [UInt8]) -> [RawField]? {
        bytes.withUnsafeBufferPointer { buffer -> [RawField]? in
            guard Plainness.isPlain(buffer) else { return nil }
            return QuickFrontMatter.read(buffer)
        }
    }

    static func composedFields(_ bytes: [UInt8], path: String) -> [RawField]? {
        guard case .success(let decoded) = DecodedText.decode(bytes, path: path),
              MergeConflictScan.scan(decoded.text, path: path).isEmpty,
              case .success(let frontMatter) = FrontMatter.split(decoded.text, path: path),
              case .success(let mapping) = YAMLComposer.compose(frontMatter.yaml, firstLine: frontMatter.yamlFirstLine, path: path)
        else { return nil }
        return RawField.fields(mapping)
    }
}

extension FrontMatterSnapshot {
    /// The id the compiler gives the item in the file at `path` when its own id is missing or
    /// malformed: a slug of the file name.
    public static func fallbackID(path: String) -> ItemID { SnapshotReader.fallbackID(path) }
}
