package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.testing.GeneratedClients;
import dev.specgen.runtime.json.JsonMappers;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A union without a discriminator whose alternatives cannot be told apart by the names of a value's properties:
 * two with the same names (Stripe's {@code setup_intent_payment_method_options.us_bank_account}; Jackson refuses
 * to read any type that contains one) or one whose names are all among another's (Stripe's
 * {@code payment_intent_payment_method_options.alipay}; Jackson fails on every value of the smaller one). Both are
 * kept as plain JSON values instead.
 */
class IndistinguishableUnionTest {

    @TempDir
    Path dir;

    @Test
    void alternativesWithTheSameProperties() throws IOException {
        Path spec = Files.writeString(dir.resolve("options.yaml"), """
                openapi: 3.0.3
                info: {title: Options, version: '1'}
                paths: {}
                components:
                  schemas:
                    Options:
                      type: object
                      properties:
                        us_bank_account:
                          anyOf:
                            - $ref: '#/components/schemas/UsBankAccountOptions'
                            - $ref: '#/components/schemas/ClientOptions'
                        alipay:
                          anyOf:
                            - {type: object, properties: {setup_future_usage: {type: string}}}
                            - type: object
                              properties: {setup_future_usage: {type: string}, capture_method: {type: string}}
                        pet:
                          oneOf:
                            - {type: object, properties: {meow: {type: boolean}}}
                            - {type: object, properties: {bark: {type: boolean}}}
                    UsBankAccountOptions:
                      type: object
                      properties: {verification_method: {type: string}}
                    ClientOptions:
                      type: object
                      allOf:
                        - properties: {verification_method: {type: string}}
                        - required: [verification_method]
                """);

        var read = Specgen.read(spec);

        RecordType options = (RecordType) read.model().type("Options").orElseThrow();
        assertThat(options.properties()).filteredOn(p -> !p.jsonName().equals("pet"))
                .extracting(dev.specgen.core.model.Property::type)
                .containsExactly(new TypeRef.AnyValue(), new TypeRef.AnyValue());
        assertThat(options.properties()).filteredOn(p -> p.jsonName().equals("pet"))
                .singleElement().extracting(dev.specgen.core.model.Property::type).isInstanceOf(TypeRef.Named.class);
        assertThat(read.warnings()).extracting(Diagnostic::code, d -> d.location().pointer(), Diagnostic::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("union-fallback",
                                "/components/schemas/Options/properties/alipay",
                                "anyOf alternatives 0 and 1 cannot be told apart by the properties a value has (those"
                                        + " of the first are all among those of the second); it is read as a plain"
                                        + " JSON value"),
                        org.assertj.core.groups.Tuple.tuple("union-fallback",
                                "/components/schemas/Options/properties/us_bank_account",
                                "anyOf alternatives 0 and 1 cannot be told apart by the properties a value has (those"
                                        + " of the first are all among those of the second); it is read as a plain"
                                        + " JSON value"));

        GeneratedClients generated = GeneratedClients.compile(spec, "com.example.options");
        Class<?> optionsClass = generated.type("Options");
        // A union without a discriminator names its alternatives by class (JsonTypeInfo.Id.DEDUCTION), which Jackson
        // looks up through the context class loader: here the in-memory one, as in an application it is the app's.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(optionsClass.getClassLoader());
        Object decoded;
        try {
            decoded = JsonMappers.standard().readValue(
                    "{\"us_bank_account\": {\"verification_method\": \"instant\"},"
                            + " \"alipay\": {\"setup_future_usage\": \"none\"}, \"pet\": {\"bark\": true}}",
                    optionsClass);
        } finally {
            thread.setContextClassLoader(previous);
        }
        Map<String, Object> values = new java.util.TreeMap<>();
        for (RecordComponent component : decoded.getClass().getRecordComponents()) {
            try {
                values.put(component.getName(), component.getAccessor().invoke(decoded));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(values.get("usBankAccount")).isEqualTo(Map.of("verification_method", "instant"));
        assertThat(values.get("alipay")).isEqualTo(Map.of("setup_future_usage", "none"));
        assertThat(values.get("pet").getClass().getSimpleName()).isEqualTo("OptionsPetOption2");
    }
}
