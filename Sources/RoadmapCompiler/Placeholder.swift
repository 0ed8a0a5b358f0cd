enum CompilerPlaceholder {}
