package dev.specgen.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.naming.JavaNames.Style;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** Allocation of the names of one scope: legal, unique, and independent of the order given. */
class NameScopeTest {

    private static final NameScope MEMBERS = new NameScope(Style.MEMBER, ReservedNames.RECORD_COMPONENTS, "_");
    private static final NameScope TYPES = new NameScope(Style.TYPE, ReservedNames.TYPES, "Model");
    private static final NameScope CONSTANTS = new NameScope(Style.CONSTANT, ReservedNames.ENUM_CONSTANTS, "_");

    private static Map<String, String> javaNames(NameScope scope, List<String> specNames) {
        Map<String, String> names = new TreeMap<>();
        scope.allocate(specNames).forEach((spec, allocation) -> names.put(spec, allocation.javaName()));
        return names;
    }

    @Test
    void theExactSpellingWinsAndTheOthersAreNumberedInByteOrder() {
        Map<String, NameScope.Allocation> allocations = MEMBERS.allocate(List.of("task_id", "taskId", "task-id"));
        assertThat(allocations.get("taskId").javaName()).isEqualTo("taskId");
        assertThat(allocations.get("taskId").reason()).isNull();
        assertThat(allocations.get("task-id").javaName()).isEqualTo("taskId2");
        assertThat(allocations.get("task_id").javaName()).isEqualTo("taskId3");
        assertThat(allocations.get("task_id").reason()).isEqualTo("clashes with another name in the same scope");
    }

    @Test
    void withoutAnExactSpellingByteOrderDecides() {
        assertThat(javaNames(MEMBERS, List.of("task_id", "task-id", "Task Id"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("Task Id", "taskId", "task-id", "taskId2", "task_id", "taskId3"));
    }

    @Test
    void numberingSkipsNamesTheSpecAlreadyUses() {
        assertThat(javaNames(MEMBERS, List.of("task-id", "taskId", "taskId2"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("taskId", "taskId", "taskId2", "taskId2", "task-id", "taskId3"));
    }

    @Test
    void reservedNamesGetTheScopeSuffix() {
        Map<String, NameScope.Allocation> members = MEMBERS.allocate(List.of("builder", "toBuilder", "build",
                "hashCode", "getClass", "equals"));
        assertThat(members.values()).extracting(NameScope.Allocation::javaName)
                .containsExactly("builder_", "toBuilder_", "build_", "hashCode_", "getClass_", "equals_");
        assertThat(members.get("builder").reason()).isEqualTo("clashes with a name the generated code uses");

        assertThat(javaNames(TYPES, List.of("Object", "String", "Builder", "Value", "class", "Integer")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Object", "ObjectModel", "String", "StringModel",
                        "Builder", "BuilderModel", "Value", "ValueModel", "class", "ClassModel",
                        "Integer", "IntegerModel"));
        assertThat(javaNames(CONSTANTS, List.of("unknown", "values", "value")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("unknown", "UNKNOWN_", "values", "VALUES_", "value", "VALUE"));
    }

    @Test
    void aSuffixedReservedNameThatIsTakenIsNumbered() {
        // A spec name the converter changes (it drops the underscore of builder_) does not count as
        // exact, so the reserved name's suffixed form goes to "builder" and "builder_" is numbered.
        assertThat(javaNames(MEMBERS, List.of("builder", "builder_"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("builder", "builder_", "builder_", "builder_2"));
        // A schema really named ObjectModel keeps its name; the renamed Object gets the number.
        assertThat(javaNames(TYPES, List.of("Object", "ObjectModel"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("ObjectModel", "ObjectModel", "Object", "ObjectModel2"));
        assertThat(javaNames(MEMBERS, List.of("hashCode", "hashCode_"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("hashCode", "hashCode_", "hashCode_", "hashCode_2"));
    }

    @Test
    void theKeywordSuffixCannotCollideWithASpecName() {
        assertThat(javaNames(MEMBERS, List.of("class", "class_"))).containsExactlyInAnyOrderEntriesOf(
                Map.of("class_", "class_", "class", "class_2"));
    }

    @Test
    void duplicatesGetOneAllocationAndTheInputOrderIsKept() {
        Map<String, NameScope.Allocation> allocations = MEMBERS.allocate(List.of("b", "a", "b", "c", "a"));
        assertThat(allocations.keySet()).containsExactly("b", "a", "c");
        assertThat(allocations.get("b").specName()).isEqualTo("b");
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheInput() {
        List<String> names = List.of("task_id", "taskId", "task-id", "TaskID", "TASK_ID", "taskId2", "class", "class_",
                "_", "value", "123abc", "_123Abc", "builder", "builder_", "名前", "é", "e", "E", "a-b", "a_b", "aB",
                "+1", "plus1", "-1", "minus_1", "", "empty");
        for (NameScope scope : List.of(MEMBERS, TYPES, CONSTANTS)) {
            Map<String, String> expected = javaNames(scope, names);
            assertThat(Set.copyOf(expected.values())).as("unique").hasSize(names.size());
            assertThat(expected.values()).allSatisfy(n -> assertThat(SourceVersion.isName(n)).as(n).isTrue());
            Random random = new Random(42);
            for (int i = 0; i < 200; i++) {
                List<String> shuffled = new ArrayList<>(names);
                Collections.shuffle(shuffled, random);
                assertThat(javaNames(scope, shuffled)).isEqualTo(expected);
            }
            List<String> reversed = new ArrayList<>(names);
            Collections.reverse(reversed);
            assertThat(javaNames(scope, reversed)).isEqualTo(expected);
        }
    }

    @Test
    void neverHandsOutAReservedNameOrTheSameNameTwice() {
        List<String> names = new ArrayList<>(ReservedNames.RECORD_COMPONENTS);
        names.addAll(List.of("hash_code", "to-string", "build", "Build", "BUILD", "build2", "build_"));
        Set<String> seen = new HashSet<>();
        for (NameScope.Allocation allocation : MEMBERS.allocate(names).values()) {
            assertThat(ReservedNames.RECORD_COMPONENTS).doesNotContain(allocation.javaName());
            assertThat(seen.add(allocation.javaName())).as(allocation.javaName()).isTrue();
        }
    }
}
