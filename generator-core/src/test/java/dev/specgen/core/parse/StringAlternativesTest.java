package dev.specgen.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.Specgen;
import dev.specgen.core.model.Property;
import dev.specgen.core.model.RecordType;
import dev.specgen.core.model.ScalarKind;
import dev.specgen.core.model.TypeRef;
import dev.specgen.core.testing.GeneratedClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code oneOf}/{@code anyOf} whose alternatives are all strings (GitHub's {@code budget_type}: a string enum or a
 * string; Stripe's URLs: a string or the empty-string enum) is a string, not a plain JSON value with a warning.
 */
class StringAlternativesTest {

    @TempDir
    Path dir;

    @Test
    void aUnionOfStringsIsAString() throws IOException {
        Path spec = Files.writeString(dir.resolve("budget.yaml"), """
                openapi: 3.0.3
                info: {title: Budgets, version: '1'}
                paths: {}
                components:
                  schemas:
                    Budget:
                      type: object
                      properties:
                        budget_type:
                          oneOf:
                            - {type: string, enum: [ProductPricing, SkuPricing]}
                            - {type: string}
                        support_url:
                          anyOf:
                            - {type: string, format: uri}
                            - {type: string, enum: ['']}
                          nullable: true
                        amount:
                          oneOf:
                            - {type: string}
                            - {type: integer}
                        limits:
                          oneOf:
                            - {type: string}
                            - {type: array, items: {type: string}}
                """);

        var read = Specgen.read(spec);

        RecordType budget = (RecordType) read.model().type("Budget").orElseThrow();
        // A string or an integer is a union of scalars (ScalarUnionsTest); a string or an array stays plain JSON.
        assertThat(budget.properties()).extracting(Property::jsonName, Property::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("amount", new TypeRef.Named("BudgetAmount")),
                org.assertj.core.groups.Tuple.tuple("budget_type", new TypeRef.Scalar(ScalarKind.STRING)),
                org.assertj.core.groups.Tuple.tuple("limits", new TypeRef.AnyValue()),
                org.assertj.core.groups.Tuple.tuple("support_url", new TypeRef.Scalar(ScalarKind.STRING)));
        assertThat(read.warnings()).singleElement()
                .satisfies(w -> assertThat(w.location().pointer()).endsWith("/Budget/properties/limits"));
        GeneratedClients generated = GeneratedClients.compile(spec, "com.example.budgets");
        assertThat(generated.type("Budget").getRecordComponents())
                .extracting(c -> c.getName() + ": " + c.getType().getSimpleName())
                .containsExactly("amount: BudgetAmount", "budgetType: String", "limits: Object",
                        "supportUrl: String");
    }
}
