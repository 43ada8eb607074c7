/**
 * The emit stage: one small emitter per concern turns API-model elements into Java sources with
 * JavaPoet. Emitters never invent names (the model has them all) and never concatenate Java code.
 */
@NullMarked
package dev.specgen.core.emit;

import org.jspecify.annotations.NullMarked;
