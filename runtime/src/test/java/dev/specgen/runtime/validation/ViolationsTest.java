package dev.specgen.runtime.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void nothingFoundIsTheSameImmutableEmptyList() {
        List<Violation> found = Violations.none();
        found = Violations.add(found, "a", null);
        found = Violations.addAll(found, 3, Violations.none());
        assertThat(Violations.result(found)).isSameAs(Violations.none()).isEmpty();
    }

    @Test
    void violationsAreReRootedStepByStep() {
        List<Violation> item = Violations.add(Violations.none(), "state", ObjectRules.required(null));
        List<Violation> list = Violations.addAll(Violations.none(), 2, Violations.result(item));
        List<Violation> record = Violations.result(Violations.addAll(Violations.none(), "stages", list));
        assertThat(record).extracting(Violation::path).containsExactly("$.stages[2].state");
        List<Violation> map = Violations.addAll(Violations.none(), "app/name", record);
        assertThat(map).extracting(Violation::path).containsExactly("$['app/name'].stages[2].state");
        assertThat(Violations.addUnder(Violations.none(), "$request.path.task_id", StringRules.minLength("", 1)))
                .extracting(Violation::path).containsExactly("$request.path.task_id");
        assertThatThrownBy(() -> record.add(record.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pathsBracketNamesThatAreNotIdentifiers() {
        assertThat(JsonPath.member("$", "task_id")).isEqualTo("$.task_id");
        assertThat(JsonPath.member("$", "名前")).isEqualTo("$['名前']");
        assertThat(JsonPath.member("$", "it's")).isEqualTo("$['it\\'s']");
        assertThat(JsonPath.member("$", "1a")).isEqualTo("$['1a']");
        assertThat(JsonPath.member("$", "")).isEqualTo("$['']");
        assertThat(JsonPath.index("$.a", 0)).isEqualTo("$.a[0]");
    }

    @Test
    void eachItemValidatesAListOfModelValues() {
        Validator<String> nonEmpty = value -> Violations.of(StringRules.minLength(value, 1));
        assertThat(Violations.eachItem(List.of("a", "b"), nonEmpty)).isEmpty();
        assertThat(Violations.eachItem(Arrays.asList("a", "", null), nonEmpty))
                .extracting(Violation::toString)
                .containsExactly("$[1]: \"\" is shorter than the minimum length 1 (0 characters) [minLength]",
                        "$[2]: null is not allowed here [nullable]");
    }

    @Test
    void exceptionsListEveryViolationAndResponseModesBehave() {
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(Violations.add(Violations.none(), i, ObjectRules.required(null)).get(0));
        }
        ValidationException exception = new ValidationException("request of DescribeTask", many);
        assertThat(exception.violations()).hasSize(60);
        assertThat(exception.getMessage()).startsWith("request of DescribeTask is invalid: 60 violations\n  $[0]: ")
                .endsWith("\n  … and 10 more");
        assertThatThrownBy(() -> ValidationException.throwIfAny("x", many)).isInstanceOf(ValidationException.class);
        ValidationException.throwIfAny("x", List.of());

        Validator<String> alwaysBad = value -> Violations.of(ObjectRules.required(null));
        assertThat(ResponseValidation.OFF.apply("r", "v", alwaysBad)).isEqualTo("v");
        assertThat(ResponseValidation.WARN.apply("r", "v", alwaysBad)).isEqualTo("v");
        assertThatThrownBy(() -> ResponseValidation.STRICT.apply("response of X", "v", alwaysBad))
                .isInstanceOf(ValidationException.class)
                .hasMessage("response of X is invalid: 1 violation\n  $: required property is missing or null [required]");
        assertThat(ResponseValidation.STRICT.apply("r", "v", value -> Violations.none())).isEqualTo("v");
    }
}
