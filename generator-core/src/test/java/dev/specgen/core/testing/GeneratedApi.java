package dev.specgen.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.lint.ExampleChecker;
import dev.specgen.core.model.ApiModel;
import dev.specgen.core.model.Constraints;
import dev.specgen.core.model.JsonValue;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.write.GeneratedFile;
import dev.specgen.runtime.validation.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A spec's generated models and validators, compiled and loaded, beside its example checker: what
 * tests need to hold a JSON value against both.
 */
public final class GeneratedApi {

    /** Reads numbers exactly, as the spec parser does: 0.1000000000000000000001 stays that. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final ApiModel model;
    private final String packageName;
    private final List<GeneratedFile> files;
    private final ClassLoader loader;

    private GeneratedApi(ApiModel model, String packageName, List<GeneratedFile> files, ClassLoader loader) {
        this.model = model;
        this.packageName = packageName;
        this.files = files;
        this.loader = loader;
    }

    /** Generates, compiles (no warnings allowed) and loads a spec's code, plus {@code extra} sources. */
    public static GeneratedApi of(Path spec, String packageName, GeneratedFile... extra) {
        ApiModel model = Specgen.read(spec).model();
        List<GeneratedFile> files = new ArrayList<>(Specgen.emit(model, packageName));
        files.addAll(List.of(extra));
        CompiledSources compiled = CompiledSources.compile(files);
        assertThat(compiled.problems()).as("javac on the code generated from %s", spec).isEmpty();
        return new GeneratedApi(model, packageName, files, compiled.classLoader());
    }

    public ApiModel model() {
        return model;
    }

    public List<GeneratedFile> files() {
        return files;
    }

    public Class<?> load(String simpleName) {
        try {
            return loader.loadClass(packageName + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads JSON into the model type, as a client would; Jackson finds deduced subtypes through the context loader. */
    public Object read(String typeName, String json) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return Json.MAPPER.readValue(json, load(typeName));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Reads JSON as a value of any model type (a parameter's {@code String}, {@code Integer}, list…). */
    public Object read(Void unused, TypeRef type, String json) {
        tools.jackson.databind.JavaType javaType = javaType(type);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return Json.MAPPER.readValue(json, javaType);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private tools.jackson.databind.JavaType javaType(TypeRef type) {
        var factory = Json.MAPPER.getTypeFactory();
        if (type instanceof TypeRef.Named named) {
            return factory.constructType(load(named.javaName()));
        }
        if (type instanceof TypeRef.ListOf list) {
            return factory.constructCollectionType(List.class, javaType(list.items()));
        }
        if (type instanceof TypeRef.Scalar scalar) {
            return factory.constructType(switch (scalar.kind()) {
                case STRING -> String.class;
                case BOOLEAN -> Boolean.class;
                case INT32 -> Integer.class;
                case INT64 -> Long.class;
                case BIG_INTEGER -> java.math.BigInteger.class;
                case FLOAT -> Float.class;
                case DOUBLE -> Double.class;
                case DECIMAL -> BigDecimal.class;
                case DATE_TIME -> dev.specgen.runtime.time.LenientDateTime.class;
                case DATE -> dev.specgen.runtime.time.LenientDate.class;
                case BASE64, BINARY -> byte[].class;
            });
        }
        return factory.constructType(Object.class);
    }

    /** The generated {@code <typeName>Validator.validate(value)}. */
    @SuppressWarnings("unchecked")
    public List<Violation> validate(String typeName, Object value) {
        return (List<Violation>) call("validation." + typeName + "Validator", "validate", value);
    }

    /** The generated {@code ParameterValidation.<operation>(arguments)}. */
    @SuppressWarnings("unchecked")
    public List<Violation> validateParameters(String operation, Object... arguments) {
        return (List<Violation>) call("validation.ParameterValidation", operation, arguments);
    }

    /** What {@code specgen check} finds in the JSON as a value of the named type. */
    public List<Violation> check(String typeName, String json) {
        return new ExampleChecker(model).check(toModel(EXACT.readTree(json)), new TypeRef.Named(typeName),
                Constraints.NONE);
    }

    public Object call(String className, String method, Object... arguments) {
        for (Method candidate : load(className).getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                try {
                    return candidate.invoke(null, arguments);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new AssertionError(e.getCause());
                }
            }
        }
        throw new AssertionError("no method " + method + " in " + className);
    }

    /** A Jackson tree as the model's JSON value. */
    public static JsonValue toModel(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                members.put(field.getKey(), toModel(field.getValue()));
            }
            return new JsonValue.JsonObject(members);
        }
        if (node.isArray()) {
            List<JsonValue> elements = new ArrayList<>();
            node.forEach(e -> elements.add(toModel(e)));
            return new JsonValue.JsonArray(elements);
        }
        if (node.isNumber()) {
            return new JsonValue.JsonNumber(new BigDecimal(node.asString()));
        }
        if (node.isBoolean()) {
            return new JsonValue.JsonBoolean(node.booleanValue());
        }
        return node.isNull() ? JsonValue.JsonNull.INSTANCE : new JsonValue.JsonString(node.asString());
    }
}
