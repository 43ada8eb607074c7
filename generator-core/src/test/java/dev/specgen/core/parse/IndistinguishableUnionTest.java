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
 * A union without a discriminator whose alternatives have the same property names (Stripe's
 * {@code setup_intent_payment_method_options.us_bank_account}): Jackson cannot tell them apart by their
 * properties and refuses to read any type that contains one, so it is kept as a plain JSON value instead.
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
        assertThat(options.properties()).filteredOn(p -> p.jsonName().equals("us_bank_account"))
                .singleElement().extracting(dev.specgen.core.model.Property::type).isInstanceOf(TypeRef.AnyValue.class);
        assertThat(options.properties()).filteredOn(p -> p.jsonName().equals("pet"))
                .singleElement().extracting(dev.specgen.core.model.Property::type).isInstanceOf(TypeRef.Named.class);
        assertThat(read.warnings()).extracting(Diagnostic::code, d -> d.location().pointer(), Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("union-fallback",
                        "/components/schemas/Options/properties/us_bank_account",
                        "anyOf alternatives 'UsBankAccountOptions' and 'ClientOptions' have the same property names, so a value cannot tell which it is;"
                                + " it is read as a plain JSON value"));

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
                    "{\"us_bank_account\": {\"verification_method\": \"instant\"}, \"pet\": {\"bark\": true}}",
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
        assertThat(values.get("pet").getClass().getSimpleName()).isEqualTo("OptionsPetOption2");
    }

    /**
     * Stripe's {@code anyOf: [payment_source, deleted_payment_source]}: the nested unions' alternatives become the
     * outer union's variants, and two of them (a deleted bank account, a deleted card) have the same properties.
     */
    @Test
    void alternativesOfNestedUnionsCountAsTheOuterUnions() throws IOException {
        Path spec = Files.writeString(dir.resolve("sources.yaml"), """
                openapi: 3.0.3
                info: {title: Sources, version: '1'}
                paths: {}
                components:
                  schemas:
                    Holder:
                      type: object
                      properties:
                        source:
                          anyOf:
                            - $ref: '#/components/schemas/PaymentSource'
                            - $ref: '#/components/schemas/DeletedPaymentSource'
                    PaymentSource:
                      anyOf:
                        - {type: object, properties: {id: {type: string}, last4: {type: string}}}
                        - {type: object, properties: {id: {type: string}, routing_number: {type: string}}}
                    DeletedPaymentSource:
                      anyOf:
                        - $ref: '#/components/schemas/DeletedCard'
                        - $ref: '#/components/schemas/DeletedBankAccount'
                    DeletedCard:
                      type: object
                      properties: {id: {type: string}, deleted: {type: boolean}}
                    DeletedBankAccount:
                      type: object
                      properties: {id: {type: string}, deleted: {type: boolean}}
                """);

        var read = Specgen.read(spec);

        RecordType holder = (RecordType) read.model().type("Holder").orElseThrow();
        assertThat(holder.properties()).singleElement().extracting(dev.specgen.core.model.Property::type)
                .isInstanceOf(TypeRef.AnyValue.class);
        assertThat(read.warnings()).extracting(Diagnostic::location).extracting(l -> l.pointer())
                .contains("/components/schemas/Holder/properties/source");
        assertThat(read.warnings()).extracting(Diagnostic::message)
                .contains("anyOf alternatives 'DeletedCard' and 'DeletedBankAccount' have the same property names,"
                        + " so a value cannot tell which it is; it is read as a plain JSON value");
    }
}
