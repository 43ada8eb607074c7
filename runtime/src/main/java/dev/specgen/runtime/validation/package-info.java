/**
 * Validation of values against their schema, shared by generated validators and {@code specgen check}.
 *
 * <p>Each rule of a schema ({@code required}, {@code enum}, {@code minLength}, {@code pattern},
 * {@code format}, {@code minimum}, {@code multipleOf}, {@code minItems}, {@code uniqueItems},
 * {@code minProperties}, {@code oneOf}, …) is defined once, in {@link dev.specgen.runtime.validation.ObjectRules},
 * {@link dev.specgen.runtime.validation.StringRules}, {@link dev.specgen.runtime.validation.NumberRules} and
 * {@link dev.specgen.runtime.validation.CollectionRules}. A rule returns {@code null} when it holds, without
 * allocating, and a {@link dev.specgen.runtime.validation.Violation} at {@code $} when it does not;
 * {@link dev.specgen.runtime.validation.Violations} collects them and moves them to their paths. So a valid
 * value is validated without any allocation, and an invalid one yields every violation, each with its
 * JSON path, rule and message.
 *
 * <p>Generated clients attach the generated validators to each request and operation, and their
 * {@code ApiCaller} runs them: before sending (an invalid request fails with a
 * {@link dev.specgen.runtime.validation.ValidationException} and is not sent), and after reading, as the
 * client's {@link dev.specgen.runtime.validation.ResponseValidation} says.
 */
@NullMarked
package dev.specgen.runtime.validation;

import org.jspecify.annotations.NullMarked;
