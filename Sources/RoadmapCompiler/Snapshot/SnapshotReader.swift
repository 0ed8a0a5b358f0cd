import Foundation
import RoadmapCore

/// Reads an `ItemSnapshot` out of raw front-matter fields, value by value as the compiler's
/// feature and objective readers do, but without diagnostics.
struct SnapshotReader {
    let fields: [RawField]

    func snapshot(kind: ItemKind, path: String) -> ItemSnapshot {
        let id = text("id").flatMap(ItemID.init) ?? Self.fallbackID(path)
        var snapshot = ItemSnapshot(kind: kind, id: id, title: text("title"))
        switch kind {
        case .feature:
            snapshot.status = text("status")
            snapshot.quarter = text("quarter").flatMap(Quarter.init)
            snapshot.horizon = text("horizon").flatMap(Horizon.init(rawValue:))
            snapshot.start = text("start").flatMap(CalendarDate.init(iso:))
            snapshot.due = text("due").flatMap(CalendarDate.init(iso:))
            snapshot.okrs = list("okrs")
            snapshot.dependsOn = list("depends_on")
            if case .map(let rice)? = value("rice") { snapshot.riceScore = Self.riceScore(SnapshotReader(fields: rice)) }
        case .objective:
            snapshot.quarter = text("period").flatMap(Quarter.init)
            if case .list(let items)? = value("key_results") { snapshot.keyResults = Self.keyResults(items) }
        }
        return snapshot
    }

    /// The first value given for `key`, unless it is null (as `FieldReader.node`).
    func value(_ key: String) -> RawValue? {
        guard let field = fields.first(where: { $0.key == key }), field.value != .null else { return nil }
        return field.value
    }

    /// Text, trimmed; nil when absent, empty or not text.
    func text(_ key: String) -> String? {
        guard case .text(let raw)? = value(key) else { return nil }
        let trimmed = Self.trimmed(raw, newlines: true)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The text entries of a list, trimmed; empty when it is not a list.
    func list(_ key: String) -> [String] {
        guard case .list(let items)? = value(key) else { return [] }
        return items.compactMap { item in
            guard case .text(let raw) = item else { return nil }
            return Self.trimmed(raw, newlines: false)
        }
    }

    func number(_ key: String) -> Double? {
        guard case .text(let raw)? = value(key) else { return nil }
        return Self.number(raw)
    }

    /// `trimmingCharacters` as the compiler's readers call it, without Foundation's cost in the
    /// common case of text that starts and ends with a visible ASCII character.
    static func trimmed(_ text: String, newlines: Bool) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return text }
        return text.trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }

    /// `FieldReader.parseNumber`, without its character-by-character checks for plain numbers.
    static func number(_ text: String) -> Double? {
        let plain = !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }
        guard plain else { return FieldReader.parseNumber(text) }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The score when every input is present and in range, as `RICEReader` decides.
    private static func riceScore(_ r: SnapshotReader) -> Double? {
        guard let reach = r.number("reach"), let impact = r.number("impact"), let effort = r.number("effort"),
              let confidence = confidence(r) else { return nil }
        guard reach >= 0, RICE.impacts.contains(impact), (0...1).contains(confidence), effort > 0 else { return nil }
        return RICE(reach: reach, impact: impact, confidence: confidence, effort: effort).score
    }

    private static func confidence(_ r: SnapshotReader) -> Double? {
        guard case .text(let raw)? = r.value("confidence") else { return nil }
        let text = trimmed(raw, newlines: false)
        guard text.hasSuffix("%") else { return number(raw) }
        return number(String(text.dropLast())).map { $0 / 100 }
    }

    /// Key results with a valid id, the first of each id, as `ObjectiveReader` keeps them.
    private static func keyResults(_ items: [RawValue]) -> [ItemSnapshot.KeyResultValues] {
        var seen = Set<String>()
        var result: [ItemSnapshot.KeyResultValues] = []
        for item in items {
            guard case .map(let fields) = item else { continue }
            let r = SnapshotReader(fields: fields)
            guard let id = r.text("id"), ItemID.isValid(id), seen.insert(id).inserted else { continue }
            result.append(.init(id: id, title: r.text("title"), baseline: r.number("baseline"),
                                target: r.number("target"), current: r.number("current"),
                                confidence: r.number("confidence").flatMap { (0...10).contains($0) ? $0 : nil }, note: r.text("note")))
        }
        return result
    }

    /// The id the compiler gives an item whose own id is missing or malformed.
    static func fallbackID(_ path: String) -> ItemID {
        let stem = Slug.make(FileName.stem(path))
        return ItemID(stem.isEmpty ? "untitled" : stem) ?? ItemID("untitled")!
    }
}
