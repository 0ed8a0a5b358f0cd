// Importing the module links mimalloc, which then serves every malloc of the process (why, and
// what it saves, is in Package.swift). Nothing here calls it: replacing malloc is the point.
import CMimalloc
