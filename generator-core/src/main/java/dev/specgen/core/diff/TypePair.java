package dev.specgen.core.diff;

/** A named type of the older model and the named type of the newer model found in its place. */
record TypePair(String oldName, String newName) {}
