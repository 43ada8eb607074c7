package dev.specgen.core.emit.printer;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides how a class is named where it is used, as JavaPoet does: by the shortest suffix of its nested names
 * that resolves to it (through the types being declared around the use, then the imports), else by its name in
 * the file's own package, else fully qualified. A type variable of the same name as the class's top-level class
 * forces the qualified name.
 *
 * <p>In the first pass over a file nothing is imported yet; every class that had to be qualified is noted as
 * importable, the first one of each simple name winning, and every top-level simple name used from the file's
 * own package is noted as taken. What is importable and not taken is what the second pass imports.
 */
final class NameResolver {

    /**
     * A type being declared: the types nested in it resolve by their simple names inside it. No nested names is
     * null rather than an empty set, so that every set looked into is JavaPoet's own kind (a {@code HashSet}).
     */
    private record Scope(@Nullable String name, @Nullable Set<String> nestedNames) {}

    private final String packageName;
    private final Set<String> alwaysQualify;
    private final Map<String, ClassName> imports;
    private final boolean collecting;
    private final Map<String, ClassName> importable = new LinkedHashMap<>();
    private final Set<String> samePackageNames = new HashSet<>();
    private final List<Scope> scopes = new ArrayList<>();
    /** The type variables in scope, a name once per declaration that declares it. */
    private final List<String> typeVariables = new ArrayList<>();

    private NameResolver(String packageName, Set<String> alwaysQualify, Map<String, ClassName> imports,
            boolean collecting) {
        this.packageName = packageName;
        this.alwaysQualify = alwaysQualify;
        this.imports = imports;
        this.collecting = collecting;
    }

    /** For the first pass: nothing imported, importable classes noted. */
    static NameResolver collectingImports(String packageName, Set<String> alwaysQualify) {
        return new NameResolver(packageName, alwaysQualify, new HashMap<>(), true);
    }

    /** For the second pass, with the imports the first chose (by simple name). */
    static NameResolver withImports(String packageName, Set<String> alwaysQualify, Map<String, ClassName> imports) {
        return new NameResolver(packageName, alwaysQualify, imports, false);
    }

    /** The imports the first pass chose, by simple name. */
    Map<String, ClassName> chosenImports() {
        Map<String, ClassName> chosen = new LinkedHashMap<>(importable);
        chosen.keySet().removeAll(samePackageNames);
        return chosen;
    }

    /** @param nestedNames the simple names of the types nested in it that resolve inside it */
    void enterType(@Nullable String name, Set<String> nestedNames) {
        scopes.add(new Scope(name, nestedNames.isEmpty() ? null : nestedNames));
    }

    void exitType() {
        scopes.remove(scopes.size() - 1);
    }

    void declareTypeVariable(String name) {
        typeVariables.add(name);
    }

    void forgetTypeVariable(String name) {
        if (!typeVariables.remove(name)) {
            throw new IllegalStateException(name + " is not in the multiset");
        }
    }

    /**
     * The class of {@code className}'s nesting chain whose simple name starts the shortest name that means
     * {@code className} here (for {@code Map.Entry} with {@code Map} imported, {@code Map}), or null when only the
     * canonical name will do.
     */
    @Nullable ClassName shortestNameStart(ClassName className) {
        ClassName topLevel = className;
        while (topLevel.enclosingClassName() != null) {
            topLevel = topLevel.enclosingClassName();
        }
        String topLevelName = topLevel.simpleName();
        if (!typeVariables.isEmpty() && typeVariables.contains(topLevelName)) {
            return null;
        }
        boolean topLevelNameTaken = false;
        for (ClassName c = className; c != null; c = c.enclosingClassName()) {
            Resolution resolution = resolve(c);
            if (resolution == Resolution.THIS_CLASS) {
                return c;
            }
            topLevelNameTaken = resolution == Resolution.ANOTHER_CLASS; // what counts is the last, the top level's
        }
        if (topLevelNameTaken) {
            return null;
        }
        if (packageName.equals(className.packageName())) {
            if (collecting) {
                samePackageNames.add(topLevelName);
            }
            return topLevel;
        }
        if (collecting && !className.packageName().isEmpty() && !alwaysQualify.contains(className.simpleName())) {
            importable.putIfAbsent(topLevelName, topLevel);
        }
        return null;
    }

    private enum Resolution { NOTHING, THIS_CLASS, ANOTHER_CLASS }

    /** What {@code c}'s simple name means here: {@code c}, another class, or nothing. */
    private Resolution resolve(ClassName c) {
        String simpleName = c.simpleName();
        for (int depth = scopes.size() - 1; depth >= 0; depth--) {
            Set<String> nestedNames = scopes.get(depth).nestedNames();
            if (nestedNames != null && nestedNames.contains(simpleName)) {
                return isNestedInScopes(c, depth) ? Resolution.THIS_CLASS : Resolution.ANOTHER_CLASS;
            }
        }
        if (!scopes.isEmpty() && simpleName.equals(scopes.get(0).name())) {
            return canonicalNameIs(c, 0, -1) ? Resolution.THIS_CLASS : Resolution.ANOTHER_CLASS;
        }
        ClassName imported = imports.get(simpleName);
        if (imported != null) {
            return imported.canonicalName().equals(c.canonicalName()) ? Resolution.THIS_CLASS
                    : Resolution.ANOTHER_CLASS;
        }
        return Resolution.NOTHING;
    }

    /** Whether {@code c} is the class of its simple name nested in the declared type at {@code depth}. */
    private boolean isNestedInScopes(ClassName c, int depth) {
        for (int i = 1; i <= depth; i++) {
            if (scopes.get(i).name() == null) {
                // JavaPoet names such a class through an anonymous class's name, null, and fails.
                throw new UnsupportedConstruct("a type nested in an anonymous class");
            }
        }
        return canonicalNameIs(c, depth, 0);
    }

    /**
     * Whether {@code c}'s canonical name is this file's package, the names of the declared types from the top
     * level to {@code depth}, and then ({@code lastFromScopes} -1: nothing more; 0: c's simple name).
     * Compared piece by piece, as JavaPoet compares the strings, without building the expected one.
     */
    private boolean canonicalNameIs(ClassName c, int depth, int lastFromScopes) {
        String canonical = c.canonicalName();
        int position = 0;
        if (!packageName.isEmpty()) {
            if (!canonical.startsWith(packageName) || !canonical.startsWith(".", packageName.length())) {
                return false;
            }
            position = packageName.length() + 1;
        }
        for (int i = 0; i <= depth; i++) {
            String name = scopes.get(i).name();
            if (i > 0) {
                if (!canonical.startsWith(".", position)) {
                    return false;
                }
                position++;
            }
            if (!canonical.startsWith(name, position)) {
                return false;
            }
            position += name.length();
        }
        if (lastFromScopes == 0) {
            if (!canonical.startsWith(".", position)) {
                return false;
            }
            position++;
            if (!canonical.startsWith(c.simpleName(), position)) {
                return false;
            }
            position += c.simpleName().length();
        }
        return position == canonical.length();
    }
}
