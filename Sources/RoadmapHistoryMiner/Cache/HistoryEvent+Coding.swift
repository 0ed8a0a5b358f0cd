import RoadmapCore
import RoadmapHistory

extension HistoryEvent {
    func encode(into w: inout BinaryWriter) {
        switch self {
        case .created(let path): w.byte(0); w.string(path)
        case .removed(let path): w.byte(1); w.string(path)
        case .moved(let from, let to): w.byte(2); w.string(from); w.string(to)
        case .idChanged(let from, let to): w.byte(3); w.string(from.rawValue); w.string(to.rawValue)
        case .titleChanged(let from, let to): w.byte(4); w.optionalString(from); w.optionalString(to)
        case .statusChanged(let from, let to): w.byte(5); w.optionalString(from); w.optionalString(to)
        case .startMoved(let from, let to): w.byte(6); w.int(Self.code(from)); w.int(Self.code(to))
        case .dueMoved(let from, let to): w.byte(7); w.int(Self.code(from)); w.int(Self.code(to))
        case .quarterMoved(let from, let to): w.byte(8); w.int(Self.code(from)); w.int(Self.code(to))
        case .horizonMoved(let from, let to): w.byte(9); w.int(Self.code(from)); w.int(Self.code(to))
        case .okrLinked(let link): w.byte(10); w.string(link)
        case .okrUnlinked(let link): w.byte(11); w.string(link)
        case .riceChanged(let from, let to): w.byte(12); w.optionalDouble(from); w.optionalDouble(to)
        case .keyResultAdded(let id): w.byte(13); w.string(id)
        case .keyResultRemoved(let id): w.byte(14); w.string(id)
        case .keyResultRetargeted(let id, let from, let to): w.byte(15); w.string(id); w.optionalDouble(from); w.optionalDouble(to)
        case .keyResultProgressed(let id, let from, let to): w.byte(16); w.string(id); w.optionalDouble(from); w.optionalDouble(to)
        case .edited: w.byte(17)
        case .keyResultConfidenceChanged(let id, let from, let to): w.byte(18); w.string(id); w.optionalDouble(from); w.optionalDouble(to)
        case .keyResultNoteChanged(let id, let from, let to): w.byte(19); w.string(id); w.optionalString(from); w.optionalString(to)
        case .keyResultRenamed(let from, let to): w.byte(20); w.string(from); w.string(to)
        }
    }

    static func decode(_ r: inout BinaryReader) throws(BinaryReader.Corrupt) -> HistoryEvent {
        switch try r.byte() {
        case 0: return .created(path: try r.string())
        case 1: return .removed(path: try r.string())
        case 2: return .moved(from: try r.string(), to: try r.string())
        case 3: return .idChanged(from: try r.itemID(), to: try r.itemID())
        case 4: return .titleChanged(from: try r.optionalString(), to: try r.optionalString())
        case 5: return .statusChanged(from: try r.optionalString(), to: try r.optionalString())
        case 6: return .startMoved(from: try date(r.int()), to: try date(r.int()))
        case 7: return .dueMoved(from: try date(r.int()), to: try date(r.int()))
        case 8: return .quarterMoved(from: try quarter(r.int()), to: try quarter(r.int()))
        case 9: return .horizonMoved(from: try horizon(r.int()), to: try horizon(r.int()))
        case 10: return .okrLinked(try r.string())
        case 11: return .okrUnlinked(try r.string())
        case 12: return .riceChanged(from: try r.optionalDouble(), to: try r.optionalDouble())
        case 13: return .keyResultAdded(try r.string())
        case 14: return .keyResultRemoved(try r.string())
        case 15: return .keyResultRetargeted(try r.string(), from: try r.optionalDouble(), to: try r.optionalDouble())
        case 16: return .keyResultProgressed(try r.string(), from: try r.optionalDouble(), to: try r.optionalDouble())
        case 17: return .edited
        case 18: return .keyResultConfidenceChanged(try r.string(), from: try r.optionalDouble(), to: try r.optionalDouble())
        case 19: return .keyResultNoteChanged(try r.string(), from: try r.optionalString(), to: try r.optionalString())
        case 20: return .keyResultRenamed(from: try r.string(), to: try r.string())
        default: throw .init()
        }
    }

    // Optional values as one integer: 0 for nil.
    private static func code(_ date: CalendarDate?) -> Int { date.map { $0.ordinal + 1 } ?? 0 }
    private static func code(_ quarter: Quarter?) -> Int { quarter.map { $0.year * 4 + $0.number } ?? 0 }
    private static func code(_ horizon: Horizon?) -> Int { horizon.map { Horizon.allCases.firstIndex(of: $0)! + 1 } ?? 0 }

    private static func date(_ code: Int) throws(BinaryReader.Corrupt) -> CalendarDate? {
        guard code != 0 else { return nil }
        guard code > 0, code <= 3_652_059 else { throw .init() }
        return HistoryTime.date(ordinal: code - 1)
    }

    private static func quarter(_ code: Int) throws(BinaryReader.Corrupt) -> Quarter? {
        guard code != 0 else { return nil }
        guard let quarter = Quarter(year: (code - 1) / 4, number: (code - 1) % 4 + 1) else { throw .init() }
        return quarter
    }

    private static func horizon(_ code: Int) throws(BinaryReader.Corrupt) -> Horizon? {
        guard code != 0 else { return nil }
        guard code > 0, code <= Horizon.allCases.count else { throw .init() }
        return Horizon.allCases[code - 1]
    }
}
