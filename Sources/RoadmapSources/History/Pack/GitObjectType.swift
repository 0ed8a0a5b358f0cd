/// The kinds of git objects, numbered as in pack files.
enum GitObjectType: UInt8 {
    case commit = 1, tree = 2, blob = 3, tag = 4
}

/// A whole object read from the repository.
package struct GitObjectData {
    var type: GitObjectType
    var bytes: [UInt8]
}
