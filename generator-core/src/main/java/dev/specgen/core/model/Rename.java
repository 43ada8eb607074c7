package dev.specgen.core.model;

/**
 * A spec name that could not become a Java name by case conversion alone.
 *
 * @param location where the name is in the spec
 * @param specName the name as the spec spells it
 * @param javaName the Java name it became
 * @param reason why it had to change, phrased for the user ("is a Java keyword")
 */
public record Rename(SourceLocation location, String specName, String javaName, String reason) {}
