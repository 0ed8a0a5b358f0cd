print("roadmap-corpus")
