package dev.specgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StringAndCollectionRulesTest {

    @Test
    void lengthsCountCodePointsNotChars() {
        String twoEmoji = "\uD83D\uDE00\uD83D\uDE00"; // 2 code points, 4 chars
        assertThat(StringRules.maxLength(twoEmoji, 2)).isNull();
        assertThat(StringRules.maxLength(twoEmoji, 1)).hasToString(
                "$: \"" + twoEmoji + "\" is longer than the maximum length 1 (2 characters) [maxLength]");
        assertThat(StringRules.minLength(twoEmoji, 2)).isNull();
        assertThat(StringRules.minLength(twoEmoji, 3)).isNotNull();
        assertThat(StringRules.minLength("ab", 1)).isNull();
        assertThat(StringRules.minLength("a", 1)).isNull();
        assertThat(StringRules.minLength("", 1)).hasToString(
                "$: \"\" is shorter than the minimum length 1 (0 characters) [minLength]");
        assertThat(StringRules.maxLength("abcd", 5)).isNull();
        assertThat(StringRules.maxLength("abcde", 5)).isNull();
        assertThat(StringRules.maxLength("abcdef", 5)).isNotNull();
    }

    @Test
    void patternsFindAMatchAnywhereUnlessAnchored() {
        CompiledPattern prefix = CompiledPattern.of("^t-");
        assertThat(StringRules.pattern("t-1", prefix)).isNull();
        assertThat(StringRules.pattern("x", prefix)).hasToString("$: \"x\" does not match the pattern ^t- [pattern]");
        assertThat(StringRules.pattern("at-1", CompiledPattern.of("t-[0-9]"))).isNull();
        assertThatThrownBy(() -> CompiledPattern.of("([")).isInstanceOf(java.util.regex.PatternSyntaxException.class);
    }

    @Test
    void itemCountsAtTheirBounds() {
        assertThat(CollectionRules.minItems(1, 1)).isNull();
        assertThat(CollectionRules.minItems(0, 1)).hasToString("$: has 0 items, fewer than the minimum 1 [minItems]");
        assertThat(CollectionRules.maxItems(2, 2)).isNull();
        assertThat(CollectionRules.maxItems(3, 2)).hasToString("$: has 3 items, more than the maximum 2 [maxItems]");
        assertThat(CollectionRules.minProperties(1, 1)).isNull();
        assertThat(CollectionRules.minProperties(0, 1)).isNotNull();
        assertThat(CollectionRules.maxProperties(1, 1)).isNull();
        assertThat(CollectionRules.maxProperties(2, 1)).hasToString(
                "$: has 2 properties, more than the maximum 1 [maxProperties]");
    }

    @Test
    void uniqueItemsFindsTheFirstDuplicatePairInSmallAndLargeLists() {
        assertThat(CollectionRules.uniqueItems(List.of("a", "b"))).isNull();
        assertThat(CollectionRules.uniqueItems(List.of("a", "b", "a"))).hasToString(
                "$: has duplicate items: [0] and [2] are equal [uniqueItems]");
        assertThat(CollectionRules.uniqueItems(List.of(new BigDecimal("1.0"), new BigDecimal("1.00"))))
                .as("equal numbers, whatever their scale").isNotNull();
        List<Object> large = new ArrayList<>(IntStream.range(0, 100).boxed().toList());
        assertThat(CollectionRules.uniqueItems(large)).isNull();
        large.add(null);
        large.add(new BigDecimal("7.00"));
        large.add(new BigDecimal("7.0"));
        assertThat(CollectionRules.uniqueItems(large)).hasToString(
                "$: has duplicate items: [101] and [102] are equal [uniqueItems]");
        assertThat(CollectionRules.uniqueItems(Arrays.asList(null, "a", null))).isNotNull();
    }

    @Test
    void listedValuesOfPlainKinds() {
        assertThat(ObjectRules.listed(2L, new long[] {1, 2})).isNull();
        assertThat(ObjectRules.listed(3L, new long[] {1, 2})).hasToString(
                "$: 3 is not one of the listed values: 1, 2 [enum]");
        assertThat(ObjectRules.listed(0.5, new double[] {0.5, 2})).isNull();
        assertThat(ObjectRules.listed(1.5, new double[] {0.5, 2})).hasToString(
                "$: 1.5 is not one of the listed values: 0.5, 2 [enum]");
        assertThat(ObjectRules.listed("ASC", List.of("ASC", "DESC"))).isNull();
        assertThat(ObjectRules.listed("UP", List.of("ASC", "DESC"))).hasToString(
                "$: \"UP\" is not one of the listed values: ASC, DESC [enum]");
        assertThat(ObjectRules.listed(new BigDecimal("1.50"), List.of(new BigDecimal("1.5")))).isNull();
        assertThat(ObjectRules.listed(Boolean.TRUE, List.of(false))).isNotNull();
    }

    @Test
    void enumsRequiredAndUnions() {
        assertThat(ObjectRules.listed(true, "running", List.of("running"))).isNull();
        assertThat(ObjectRules.listed(false, "paused", List.of("running", "failed"))).hasToString(
                "$: \"paused\" is not one of the listed values: running, failed [enum]");
        assertThat(ObjectRules.listed(false, 7, List.of(1, 2, 3)).value()).isEqualTo("7");
        assertThat(ObjectRules.required("x")).isNull();
        assertThat(ObjectRules.required(null)).hasToString("$: required property is missing or null [required]");
        assertThat(ObjectRules.oneOf(1, 2)).isNull();
        assertThat(ObjectRules.oneOf(0, 2)).isNotNull();
        assertThat(ObjectRules.oneOf(2, 2)).hasToString(
                "$: matches 2 of the 2 alternatives; exactly one must match [oneOf]");
        assertThat(ObjectRules.anyOf(2, 2)).isNull();
        assertThat(ObjectRules.anyOf(0, 2)).isNotNull();
        assertThat(ObjectRules.selects("cat", List.of("cat"))).isNull();
        assertThat(ObjectRules.selects("dog", List.of("cat"))).hasToString(
                "$: \"dog\" does not select this alternative, which is selected by: cat [discriminator]");
        assertThat(ObjectRules.selectsAny("bird", List.of("cat", "dog"))).isNotNull();
    }

    @Test
    void valuesAreShownEscapedAndOnlyWhenShort() {
        assertThat(StringRules.minLength("a\nb\u2028", 9).value()).isEqualTo("\"a\\nb\\u2028\"");
        String long65 = "x".repeat(65);
        Violation hidden = StringRules.maxLength(long65, 3);
        assertThat(hidden.value()).isNull();
        assertThat(hidden.message()).isEqualTo("the value is longer than the maximum length 3 (65 characters)");
        assertThat(StringRules.maxLength("x".repeat(62), 3).value()).as("64 with the quotes").isNotNull();
        assertThat(StringRules.maxLength("x".repeat(63), 3).value()).isNull();
        Violation secret = StringRules.minLength("hunter2", 12).withoutValue();
        assertThat(secret.value()).isNull();
        assertThat(secret.toString()).doesNotContain("hunter2")
                .isEqualTo("$: the value is shorter than the minimum length 12 (7 characters) [minLength]");
    }
}
