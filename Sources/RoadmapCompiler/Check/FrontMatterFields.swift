/// The front-matter keys the compiler reads, for front ends that offer them (an editor's
/// completion): the same lists the readers check unknown keys against.
public enum FrontMatterFields {
    public static let prd = FeatureReader.fields
    public static let objective = ObjectiveReader.fields
    public static let keyResult = ObjectiveReader.keyResultFields
}
