package dev.specgen.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.EnumType;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.TypeDef;
import dev.specgen.core.testing.CompiledSources;
import dev.specgen.core.testing.Json;
import dev.specgen.core.testing.TestSpecs;
import dev.specgen.core.write.GeneratedFile;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code naming.yaml}: names that are not Java names as they stand (keywords, digits, separators,
 * members the generated code has, {@code java.lang} types, non-ASCII) become legal, unique names,
 * chosen the same way whatever order the spec lists things in; the wire keeps the spec's names.
 */
class NamingSpecTest {

    private static final String PACKAGE = "dev.specgen.naming.generated";

    private static ApiModel model;
    private static List<GeneratedFile> files;
    private static ClassLoader classes;

    @BeforeAll
    static void generateAndCompile() {
        model = Specgen.read(TestSpecs.resource("naming.yaml")).model();
        files = Specgen.emit(model, PACKAGE);
        CompiledSources compiled = CompiledSources.compile(files);
        assertThat(compiled.succeeded()).as(compiled.problems()).isTrue();
        assertThat(compiled.problems()).as("no warnings under -Xlint:all").isEmpty();
        classes = compiled.classLoader();
    }

    @Test
    void schemaNamesBecomeLegalUniqueTypeNames() {
        Map<String, String> javaNameBySpecName = new TreeMap<>();
        for (TypeDef type : model.types()) {
            javaNameBySpecName.put(type.specName(), type.javaName());
        }
        assertThat(javaNameBySpecName).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Names", "Names"),
                Map.entry("Sign", "Sign"),
                Map.entry("NamedSign", "NamedSign"),
                Map.entry("Listing", "Listing"),
                Map.entry("VarNameMistakes", "VarNameMistakes"),
                // java.lang types and the nested Builder/Value of generated types are not shadowed.
                Map.entry("Object", "ObjectModel"),
                Map.entry("String", "StringModel"),
                Map.entry("Builder", "BuilderModel"),
                Map.entry("Value", "ValueModel"),
                Map.entry("class", "ClassModel"),
                Map.entry("123Start", "_123Start"),
                // The exact spelling wins; the others are numbered in byte order of their spec names.
                Map.entry("TaskInfo", "TaskInfo"),
                Map.entry("task-info", "TaskInfo2"),
                Map.entry("task_info", "TaskInfo3")));
        List<String> expectedFiles = new ArrayList<>(javaNameBySpecName.values().stream().map(n -> path(n)).toList());
        expectedFiles.add(path("package-info"));
        // The client and its usage page are named in their own scope, after the model types.
        expectedFiles.add(path("NamingTortureTestClient"));
        expectedFiles.add(path("NamingTortureTestClient").replaceAll("\\.java$", ".md"));
        assertThat(files).extracting(GeneratedFile::relativePath)
                .filteredOn(path -> !path.contains("/validation/"))
                .containsExactlyInAnyOrderElementsOf(expectedFiles);
    }

    @Test
    void propertyNamesBecomeLegalUniqueComponentNames() {
        RecordType names = (RecordType) type("Names");
        Map<String, String> javaNameByJsonName = new LinkedHashMap<>();
        names.properties().forEach(p -> javaNameByJsonName.put(p.jsonName(), p.javaName()));
        assertThat(javaNameByJsonName).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("class", "class_"),
                Map.entry("default", "default_"),
                Map.entry("_", "value"),
                Map.entry("123abc", "_123Abc"),
                // taskId is already a Java name, so it keeps it; the other two are numbered, in byte order.
                Map.entry("taskId", "taskId"),
                Map.entry("task-id", "taskId2"),
                Map.entry("task_id", "taskId3"),
                // Members every record or builder has.
                Map.entry("builder", "builder_"),
                Map.entry("toBuilder", "toBuilder_"),
                Map.entry("hashCode", "hashCode_"),
                Map.entry("build", "build_"),
                Map.entry("名前", "u540dU524d"),
                Map.entry("é", "e"),
                Map.entry("sign", "sign"),
                Map.entry("tag", "tag"),
                Map.entry("listing", "listing"),
                Map.entry("object", "object"),
                Map.entry("builderType", "builderType"),
                Map.entry("valueType", "valueType"),
                Map.entry("string", "string"),
                Map.entry("classType", "classType"),
                Map.entry("digits", "digits"),
                Map.entry("infos", "infos"),
                Map.entry("info", "info"),
                Map.entry("infoByKey", "infoByKey")));
    }

    @Test
    void enumValuesBecomeLegalUniqueConstants() {
        assertThat(constants("Sign")).containsExactly(
                Map.entry("+1", "PLUS_1"),
                Map.entry("-1", "MINUS_1"),
                Map.entry("a-b", "A_B"),
                Map.entry("a_b", "A_B2"),
                Map.entry("unknown", "UNKNOWN_"), // UNKNOWN marks values the spec does not list
                Map.entry("", "EMPTY"),
                Map.entry("节点缩容", "U8282_U70B9_U7F29_U5BB9"));
        assertThat(constants("NamedSign")).containsExactly(
                Map.entry("+1", "PLUS_ONE"),
                Map.entry("-1", "MINUS_ONE"),
                Map.entry("a-b", "A_DASH_B"),
                Map.entry("a_b", "A_UNDERSCORE_B"),
                Map.entry("unknown", "UNKNOWN_"), // x-enum-varnames cannot take the marker either
                Map.entry("", "EMPTY_STRING"),
                Map.entry("节点缩容", "NODE_SCALE_IN"));
        // A repeated varname falls back to the value; one that is not an identifier is converted.
        assertThat(constants("VarNameMistakes")).containsExactly(
                Map.entry("a", "SAME"),
                Map.entry("b", "B"),
                Map.entry("c", "SCALE_IN"),
                Map.entry("d", "D"));
        assertThat(constants("Listing")).containsExactly(
                Map.entry("values", "VALUES_"), // the static field holding the constants
                Map.entry("known", "KNOWN"),
                Map.entry("value", "VALUE"));
    }

    @Test
    void referencesUseTheAllocatedTypeNames() throws Exception {
        Map<String, Type> componentTypes = new TreeMap<>();
        for (RecordComponent component : load("Names").getRecordComponents()) {
            componentTypes.put(component.getName(), component.getGenericType());
        }
        assertThat(componentTypes.get("object")).isEqualTo(load("ObjectModel"));
        assertThat(componentTypes.get("string")).isEqualTo(load("StringModel"));
        assertThat(componentTypes.get("builderType")).isEqualTo(load("BuilderModel"));
        assertThat(componentTypes.get("valueType")).isEqualTo(load("ValueModel"));
        assertThat(componentTypes.get("classType")).isEqualTo(load("ClassModel"));
        assertThat(componentTypes.get("digits")).isEqualTo(load("_123Start"));
        assertThat(componentTypes.get("info")).isEqualTo(load("TaskInfo"));
        assertThat(((ParameterizedType) componentTypes.get("infoByKey")).getActualTypeArguments()[1])
                .isEqualTo(load("TaskInfo2"));
        assertThat(((ParameterizedType) componentTypes.get("infos")).getActualTypeArguments()[0])
                .isEqualTo(load("TaskInfo3"));
        assertThat(componentTypes.get("taskId")).isEqualTo(String.class);
        // Each TaskInfo variant has the property of the schema it was named for.
        assertThat(components("TaskInfo")).containsExactly("camel");
        assertThat(components("TaskInfo2")).containsExactly("kebab");
        assertThat(components("TaskInfo3")).containsExactly("snake");
    }

    @Test
    void jsonUsesTheWireNames() throws Exception {
        String json = """
                {"class": "c", "default": "d", "_": "underscore", "123abc": "digits",
                 "task-id": "kebab", "task_id": "snake", "taskId": "camel",
                 "builder": "b", "toBuilder": "tb", "hashCode": "hc", "build": "bd",
                 "名前": "name", "é": "e-acute",
                 "sign": "a_b", "tag": "节点缩容", "listing": "values",
                 "object": {"id": "o"}, "builderType": {"id": "b"}, "valueType": {"id": "v"},
                 "string": {"id": "s"}, "classType": {"id": "c"}, "digits": {"id": "d"},
                 "infos": [{"snake": "s1"}], "info": {"camel": "c1"}, "infoByKey": {"k": {"kebab": "k1"}}}
                """;
        Class<?> namesClass = load("Names");
        Object names = Json.MAPPER.readValue(json, namesClass);

        Map<String, Object> byJavaName = new TreeMap<>();
        for (String accessor : List.of("class_", "default_", "value", "_123Abc", "taskId", "taskId2", "taskId3",
                "builder_", "toBuilder_", "hashCode_", "build_", "u540dU524d", "e")) {
            byJavaName.put(accessor, call(names, accessor));
        }
        assertThat(byJavaName).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("class_", "c"), Map.entry("default_", "d"), Map.entry("value", "underscore"),
                Map.entry("_123Abc", "digits"), Map.entry("taskId", "camel"), Map.entry("taskId2", "kebab"),
                Map.entry("taskId3", "snake"), Map.entry("builder_", "b"), Map.entry("toBuilder_", "tb"),
                Map.entry("hashCode_", "hc"), Map.entry("build_", "bd"), Map.entry("u540dU524d", "name"),
                Map.entry("e", "e-acute")));
        assertThat(call(call(names, "sign"), "known")).hasToString("A_B2");
        assertThat(call(call(names, "tag"), "known")).hasToString("NODE_SCALE_IN");
        assertThat(call(call(names, "listing"), "known")).hasToString("VALUES_");
        assertThat(call(names, "sign")).isSameAs(load("Sign").getField("A_B2").get(null));
        Object firstInfo = ((List<?>) call(names, "infos")).get(0);
        assertThat(firstInfo.getClass().getSimpleName()).isEqualTo("TaskInfo3");
        assertThat(call(firstInfo, "snake")).isEqualTo("s1");
        assertThat(call(((Map<?, ?>) call(names, "infoByKey")).get("k"), "kebab")).isEqualTo("k1");

        String written = Json.MAPPER.writeValueAsString(names);
        assertThat(Json.MAPPER.readTree(written)).isEqualTo(Json.MAPPER.readTree(json));
    }

    @Test
    void unlistedAndOddEnumValuesRoundTrip() throws Exception {
        Class<?> sign = load("Sign");
        for (String value : List.of("+1", "-1", "a-b", "a_b", "unknown", "", "节点缩容", "+2", "UNKNOWN")) {
            String json = Json.MAPPER.writeValueAsString(Map.of("sign", value));
            Object names = Json.MAPPER.readValue(json, load("Names"));
            Object constant = call(names, "sign");
            assertThat(call(constant, "value")).isEqualTo(value);
            assertThat(Json.MAPPER.writeValueAsString(names)).isEqualTo(json);
        }
        assertThat(call(sign.getMethod("of", String.class).invoke(null, "+2"), "known")).hasToString("UNKNOWN");
        assertThat(call(sign.getMethod("of", String.class).invoke(null, "unknown"), "known")).hasToString("UNKNOWN_");
        assertThat(call(sign.getMethod("of", String.class).invoke(null, ""), "known")).hasToString("EMPTY");
    }

    @Test
    void buildersUseTheSameNames() throws Exception {
        Class<?> namesClass = load("Names");
        Object builder = namesClass.getMethod("builder").invoke(null);
        Class<?> builderClass = builder.getClass();
        builderClass.getMethod("class_", String.class).invoke(builder, "c");
        builderClass.getMethod("taskId2", String.class).invoke(builder, "kebab");
        builderClass.getMethod("builder_", String.class).invoke(builder, "b");
        builderClass.getMethod("build_", String.class).invoke(builder, "bd");
        Object built = builderClass.getMethod("build").invoke(builder);
        assertThat(Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(built)))
                .isEqualTo(Json.MAPPER.readTree("{\"class\": \"c\", \"task-id\": \"kebab\", \"builder\": \"b\", \"build\": \"bd\"}"));
        Object copy = namesClass.getMethod("toBuilder").invoke(built);
        assertThat(copy.getClass().getMethod("build").invoke(copy)).isEqualTo(built);
    }

    @Test
    void checkReportsEveryNameThatHadToChange() {
        Map<String, String> renamed = Specgen.check(TestSpecs.resource("naming.yaml")).findings().stream()
                .filter(d -> d.code().equals("renamed"))
                .collect(Collectors.toMap(d -> d.location().pointer(), Diagnostic::message, (a, b) -> a + " | " + b,
                        TreeMap::new));
        assertThat(renamed).containsEntry("/components/schemas/Names/properties/task-id",
                "'task-id' clashes with another name in the same scope; it is called taskId2 in Java");
        assertThat(renamed).containsEntry("/components/schemas/Names/properties/class",
                "'class' is a Java keyword; it is called class_ in Java");
        assertThat(renamed).containsEntry("/components/schemas/Object",
                "'Object' clashes with a name the generated code uses; it is called ObjectModel in Java");
        assertThat(renamed).containsEntry("/components/schemas/task_info",
                "'task_info' clashes with another name in the same scope; it is called TaskInfo3 in Java");
        assertThat(renamed).containsKeys("/components/schemas/Names/properties/123abc",
                "/components/schemas/Names/properties/名前", "/components/schemas/Sign/enum/6",
                "/components/schemas/Sign/enum/4", "/components/schemas/NamedSign/enum/4",
                "/components/schemas/Listing/enum/0");
        assertThat(Specgen.check(TestSpecs.resource("naming.yaml")).findings())
                .filteredOn(d -> d.code().equals("enum-varnames-duplicate"))
                .singleElement()
                .satisfies(d -> assertThat(d.location().pointer())
                        .isEqualTo("/components/schemas/VarNameMistakes/x-enum-varnames/1"));
        // Names that are a plain case conversion are not findings.
        assertThat(renamed).doesNotContainKeys("/components/schemas/Names/properties/taskId",
                "/components/schemas/TaskInfo", "/components/schemas/NamedSign/enum/6");
    }

    @Test
    void namesDoNotDependOnTheOrderOfTheSpec(@TempDir Path temp) throws IOException {
        JsonNode spec = io.swagger.v3.core.util.Yaml.mapper().readTree(
                Files.readString(TestSpecs.resource("naming.yaml")));
        JsonNode reordered = reversedSchemasAndProperties(spec);
        Path copy = temp.resolve("naming-reordered.json");
        Files.writeString(copy, io.swagger.v3.core.util.Json.pretty(reordered));
        // The copy really is in another order.
        assertThat(Files.readString(copy).indexOf("\"task_info\"")).isLessThan(Files.readString(copy).indexOf("\"Names\""));

        List<GeneratedFile> again = Specgen.emit(Specgen.read(copy).model(), PACKAGE);
        assertThat(contents(again)).isEqualTo(contents(files));
        assertThat(contents(Specgen.emit(Specgen.read(TestSpecs.resource("naming.yaml")).model(), PACKAGE)))
                .as("and the same spec twice gives the same bytes").isEqualTo(contents(files));
    }

    /** The spec with the schemas, their properties and their required lists in reverse order; enums as they are. */
    private static JsonNode reversedSchemasAndProperties(JsonNode spec) {
        ObjectNode copy = spec.deepCopy();
        ObjectNode schemas = (ObjectNode) copy.get("components").get("schemas");
        ObjectNode reversedSchemas = reversed(schemas);
        for (Map.Entry<String, JsonNode> entry : reversedSchemas.properties()) {
            ObjectNode schema = (ObjectNode) entry.getValue();
            if (schema.has("properties")) {
                schema.set("properties", reversed((ObjectNode) schema.get("properties")));
            }
            if (schema.has("required")) {
                List<JsonNode> required = new ArrayList<>();
                schema.get("required").forEach(required::add);
                Collections.reverse(required);
                ArrayNode list = schema.putArray("required");
                required.forEach(list::add);
            }
        }
        ((ObjectNode) copy.get("components")).set("schemas", reversedSchemas);
        return copy;
    }

    private static ObjectNode reversed(ObjectNode object) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
        Collections.reverse(entries);
        ObjectNode out = object.objectNode();
        entries.forEach(e -> out.set(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, String> contents(List<GeneratedFile> generated) {
        Map<String, String> byPath = new TreeMap<>();
        generated.forEach(f -> byPath.put(f.relativePath(), f.content()));
        return byPath;
    }

    private static List<Map.Entry<String, String>> constants(String enumName) {
        return ((EnumType) type(enumName)).constants().stream()
                .map(c -> Map.entry(c.value(), c.javaName()))
                .toList();
    }

    private static TypeDef type(String javaName) {
        return model.types().stream().filter(t -> t.javaName().equals(javaName)).findFirst().orElseThrow();
    }

    private static List<String> components(String simpleName) throws ClassNotFoundException {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : load(simpleName).getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static String path(String simpleName) {
        return PACKAGE.replace('.', '/') + "/" + simpleName + ".java";
    }

    private static Class<?> load(String simpleName) throws ClassNotFoundException {
        return Class.forName(PACKAGE + "." + simpleName, true, classes);
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        return m.invoke(target);
    }
}
