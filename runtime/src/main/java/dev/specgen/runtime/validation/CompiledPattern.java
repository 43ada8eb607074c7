package dev.specgen.runtime.validation;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec's {@code pattern}, compiled once (generated validators hold one per pattern in a static
 * field), with one reusable {@link Matcher} per thread so that matching allocates nothing.
 *
 * <p>Patterns are Java regular expressions. JSON Schema specifies ECMA-262 ones; the two agree on the
 * constructs specs use (classes, anchors, quantifiers, groups, alternation), but not on every corner.
 */
public final class CompiledPattern {

    private final Pattern pattern;
    private final ThreadLocal<Matcher> matchers;

    private CompiledPattern(Pattern pattern) {
        this.pattern = pattern;
        this.matchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
    }

    /**
     * @throws java.util.regex.PatternSyntaxException when {@code regex} is not a Java regular expression
     */
    public static CompiledPattern of(String regex) {
        return new CompiledPattern(Pattern.compile(Objects.requireNonNull(regex, "regex")));
    }

    /** Whether the pattern matches somewhere in {@code value}, as JSON Schema's {@code pattern} asks. */
    public boolean find(String value) {
        Matcher matcher = matchers.get();
        boolean found = matcher.reset(value).find();
        matcher.reset(""); // do not keep the value reachable from the thread
        return found;
    }

    /** The expression as the spec wrote it. */
    public String regex() {
        return pattern.pattern();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
