package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.specgen.core.Specgen;
import dev.specgen.core.diagnostics.Diagnostic;
import dev.specgen.core.model.UnionType;
import dev.specgen.core.testing.GeneratedApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A union without a discriminator whose values Jackson cannot always place by their property names: one
 * alternative's properties are all among another's (Stripe's {@code payment_method_options.alipay}), or a value is
 * {@code {}}. Such values are read as the default variant, the one that holds every property two variants share.
 */
class AmbiguousUnionTest {

    @TempDir
    Path dir;

    @Test
    void aValueThatFitsSeveralVariantsIsReadAsTheSmallestThatHoldsEverySharedProperty() throws Exception {
        Path spec = Files.writeString(dir.resolve("options.yaml"), """
                openapi: 3.0.3
                info: {title: Options, version: '1'}
                paths: {}
                components:
                  schemas:
                    Options:
                      type: object
                      properties:
                        alipay:
                          anyOf:
                            - $ref: '#/components/schemas/AlipayOptions'
                            - $ref: '#/components/schemas/ClientOptions'
                    AlipayOptions:
                      type: object
                      properties:
                        capture_method: {type: string}
                        setup_future_usage: {type: string}
                    ClientOptions:
                      type: object
                      properties:
                        setup_future_usage: {type: string}
                """);

        var read = Specgen.read(spec);

        UnionType union = (UnionType) read.model().type("OptionsAlipay").orElseThrow();
        assertThat(union.defaultVariant()).isEqualTo("ClientOptions");
        assertThat(read.warnings()).isEmpty();
        GeneratedApi api = GeneratedApi.of(spec, "com.example.options");
        assertThat(api.files()).filteredOn(f -> f.relativePath().endsWith("/OptionsAlipay.java")).singleElement()
                .extracting(f -> f.content()).asString().contains("defaultImpl = ClientOptions.class");
        assertThat(alipayOf(api, "{\"alipay\": {\"setup_future_usage\": \"none\"}}"))
                .isEqualTo("ClientOptions[setupFutureUsage=none]");
        assertThat(alipayOf(api, "{\"alipay\": {\"setup_future_usage\": \"none\", \"capture_method\": \"manual\"}}"))
                .isEqualTo("AlipayOptions[captureMethod=manual, setupFutureUsage=none]");
        assertThat(alipayOf(api, "{\"alipay\": {}}")).isEqualTo("ClientOptions[setupFutureUsage=null]");
    }

    @Test
    void aVariantReadWhereItsOwnTypeIsExpectedIsThatVariantWhateverElseTheValueFits() throws Exception {
        Path spec = Files.writeString(dir.resolve("last.yaml"), """
                openapi: 3.0.3
                info: {title: Options, version: '1'}
                paths: {}
                components:
                  schemas:
                    Options:
                      type: object
                      properties:
                        alipay:
                          anyOf:
                            - $ref: '#/components/schemas/AlipayOptions'
                            - $ref: '#/components/schemas/ClientOptions'
                        last_alipay:
                          $ref: '#/components/schemas/AlipayOptions'
                    AlipayOptions:
                      type: object
                      properties:
                        capture_method: {type: string}
                        setup_future_usage: {type: string}
                    ClientOptions:
                      type: object
                      properties:
                        setup_future_usage: {type: string}
                """);
        GeneratedApi api = GeneratedApi.of(spec, "com.example.last");

        // Jackson would apply the union's deduction to AlipayOptions too, and fail: the value fits both variants.
        Object options = api.read("Options", "{\"last_alipay\": {\"setup_future_usage\": \"none\"}}");

        assertThat(String.valueOf(options.getClass().getMethod("lastAlipay").invoke(options)))
                .isEqualTo("AlipayOptions[captureMethod=null, setupFutureUsage=none]");
    }

    @Test
    void theDefaultHoldsWhatEveryPairShares() throws IOException {
        // A and B share 'id', B and C share 'name': only B holds both, though A is smaller.
        Path spec = Files.writeString(dir.resolve("three.yaml"), """
                openapi: 3.0.3
                info: {title: Three, version: '1'}
                paths: {}
                components:
                  schemas:
                    Thing:
                      oneOf:
                        - {type: object, properties: {id: {type: string}, a: {type: string}}}
                        - {type: object, properties: {id: {type: string}, name: {type: string}, b: {type: string}}}
                        - {type: object, properties: {name: {type: string}, c: {type: string}}}
                """);

        UnionType union = (UnionType) Specgen.read(spec).model().type("Thing").orElseThrow();

        assertThat(union.defaultVariant()).isEqualTo("ThingOption2");
    }

    @Test
    void withoutAVariantThatHoldsEverySharedPropertyAValueMayFailToReadAndTheSpecIsWarnedAbout() throws IOException {
        // Each pair shares a property the third lacks: {"x": 1} fits A and C, {"y": 1} fits A and B.
        Path spec = Files.writeString(dir.resolve("ring.yaml"), """
                openapi: 3.0.3
                info: {title: Ring, version: '1'}
                paths: {}
                components:
                  schemas:
                    Ring:
                      anyOf:
                        - {type: object, properties: {x: {type: string}, y: {type: string}}}
                        - {type: object, properties: {y: {type: string}, z: {type: string}}}
                        - {type: object, properties: {z: {type: string}, x: {type: string}}}
                """);

        var read = Specgen.read(spec);

        assertThat(((UnionType) read.model().type("Ring").orElseThrow()).defaultVariant()).isNull();
        assertThat(read.warnings()).extracting(Diagnostic::code, d -> d.location().pointer())
                .containsExactly(tuple("union-ambiguous", "/components/schemas/Ring"));
    }

    @Test
    void aUnionWithADiscriminatorHasNoDefault() throws IOException {
        Path spec = Files.writeString(dir.resolve("pets.yaml"), """
                openapi: 3.0.3
                info: {title: Pets, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet:
                      oneOf:
                        - $ref: '#/components/schemas/Cat'
                        - $ref: '#/components/schemas/Dog'
                      discriminator: {propertyName: kind}
                    Cat:
                      type: object
                      properties: {kind: {type: string}, name: {type: string}}
                    Dog:
                      type: object
                      properties: {kind: {type: string}, name: {type: string}, bark: {type: boolean}}
                """);

        assertThat(((UnionType) Specgen.read(spec).model().type("Pet").orElseThrow()).defaultVariant()).isNull();
    }

    /** The {@code alipay} member of an {@code Options} read from {@code json}, as its record's text. */
    private static String alipayOf(GeneratedApi api, String json) throws ReflectiveOperationException {
        Object options = api.read("Options", json);
        return String.valueOf(options.getClass().getMethod("alipay").invoke(options));
    }
}
