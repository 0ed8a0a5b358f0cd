/// A view model that can say, cheaply and without rendering, whether its page would change.
///
/// Every value a template can reach must be fed to the hasher, or an edit could leave a stale page
/// behind on an incremental build; each view model does it next to its `child(named:)`.
protocol Fingerprintable {
    func fingerprint(into hasher: inout StableHasher)
}

extension String: Fingerprintable {
    func fingerprint(into hasher: inout StableHasher) { hasher.add(self) }
}

extension Substring: Fingerprintable {
    /// Hashes like the equal `String`.
    func fingerprint(into hasher: inout StableHasher) {
        var text = self
        text.withUTF8 { hasher.addBytes(UnsafeRawBufferPointer($0)) }
    }
}

extension Int: Fingerprintable {
    func fingerprint(into hasher: inout StableHasher) { hasher.add(self) }
}

extension Bool: Fingerprintable {
    func fingerprint(into hasher: inout StableHasher) { hasher.add(self) }
}

extension Optional: Fingerprintable where Wrapped: Fingerprintable {
    func fingerprint(into hasher: inout StableHasher) {
        switch self {
        case .none: hasher.addWord(0x6E6F_6E65)
        case .some(let value):
            hasher.addWord(0x736F_6D65)
            value.fingerprint(into: &hasher)
        }
    }
}

extension Array: Fingerprintable where Element: Fingerprintable {
    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(count)
        for element in self { element.fingerprint(into: &hasher) }
    }
}

extension StableHasher {
    /// Feeds several values in order; reads better than one `fingerprint` call per field.
    mutating func add(_ values: any Fingerprintable...) {
        for value in values { value.fingerprint(into: &self) }
    }
}
