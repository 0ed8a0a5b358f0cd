import Yams

/// Front matter reduced to what the snapshot reader looks at: text, lists and mappings, with
/// YAML's nulls told apart. Both the quick reader and Yams produce this form, so they can be
/// compared value for value.
indirect enum RawValue: Hashable {
    case null
    case text(String)
    case list([RawValue])
    case map([RawField])
}

/// One `key: value` pair, in file order; a duplicated key appears twice (the first one counts).
struct RawField: Hashable {
    var key: String
    var value: RawValue
}

extension RawValue {
    /// The form of a node Yams composed; keys that are not text are left out, as the compiler does.
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = FieldReader.isNull(node) ? .null : .text(scalar.string)
        case .sequence(let sequence):
            self = .list(sequence.map(RawValue.init))
        case .mapping(let mapping):
            self = .map(RawField.fields(mapping))
        }
    }
}

extension RawField {
    static func fields(_ mapping: Node.Mapping) -> [RawField] {
        mapping.compactMap { key, value in key.scalar.map { RawField(key: $0.string, value: RawValue(value)) } }
    }
}
