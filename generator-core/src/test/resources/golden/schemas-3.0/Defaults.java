package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specgen.runtime.time.LenientDate;
import dev.specgen.runtime.time.LenientDateTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Defaults</code> object of the API.
 *
 * @param big the <code>big</code> property (JSON <code>big</code>, default <code>18446744073709551615</code>)
 * @param bytes the <code>bytes</code> property (JSON <code>bytes</code>, default <code>"aGk="</code>)
 * @param code the <code>code</code> property (JSON <code>code</code>, default <code>2</code>)
 * @param color the <code>color</code> property (JSON <code>color</code>)
 * @param count the <code>count</code> property (JSON <code>count</code>, default <code>3</code>)
 * @param day the <code>day</code> property (JSON <code>day</code>, default <code>"2024-01-31"</code>)
 * @param flag the <code>flag</code> property (JSON <code>flag</code>, default <code>false</code>)
 * @param labels the <code>labels</code> property (JSON <code>labels</code>, default <code>{"k": "v"}</code>)
 * @param measure the <code>measure</code> property (JSON <code>measure</code>, default <code>1.5</code>)
 * @param money the <code>money</code> property (JSON <code>money</code>, default <code>0.1</code>)
 * @param nothing the <code>nothing</code> property (JSON <code>nothing</code>, default <code>null</code>)
 * @param ratio the <code>ratio</code> property (JSON <code>ratio</code>, default <code>0.25</code>)
 * @param tags the <code>tags</code> property (JSON <code>tags</code>, default <code>["a", "b"]</code>)
 * @param text the <code>text</code> property (JSON <code>text</code>, default <code>"hello"</code>)
 * @param total the <code>total</code> property (JSON <code>total</code>, default <code>10000000000</code>)
 * @param when the <code>when</code> property (JSON <code>when</code>, default <code>"2024-01-31T10:00:00Z"</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Defaults(@JsonProperty("big") @Nullable BigInteger big,
        @JsonProperty("bytes") byte @Nullable [] bytes,
        @JsonProperty("code") @Nullable DefaultsCode code,
        @JsonProperty("color") @Nullable Colliding color,
        @JsonProperty("count") @Nullable Integer count,
        @JsonProperty("day") @Nullable LenientDate day,
        @JsonProperty("flag") @Nullable Boolean flag,
        @JsonProperty("labels") @Nullable Map<String, String> labels,
        @JsonProperty("measure") @Nullable Double measure,
        @JsonProperty("money") @Nullable BigDecimal money,
        @JsonProperty("nothing") @Nullable String nothing,
        @JsonProperty("ratio") @Nullable Float ratio,
        @JsonProperty("tags") @Nullable List<String> tags,
        @JsonProperty("text") @Nullable String text, @JsonProperty("total") @Nullable Long total,
        @JsonProperty("when") @Nullable LenientDateTime when) {
    public Defaults {
        labels = labels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
    }

    /**
     * Starts a builder with every property unset.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with every property set as in this value.
     */
    public Builder toBuilder() {
        return new Builder()
                .big(big)
                .bytes(bytes)
                .code(code)
                .color(color)
                .count(count)
                .day(day)
                .flag(flag)
                .labels(labels)
                .measure(measure)
                .money(money)
                .nothing(nothing)
                .ratio(ratio)
                .tags(tags)
                .text(text)
                .total(total)
                .when(when);
    }

    /**
     * Builds {@link Defaults} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable BigInteger big = new BigInteger("18446744073709551615");

        private byte @Nullable [] bytes = Base64.getDecoder().decode("aGk=");

        private @Nullable DefaultsCode code = DefaultsCode.of(2L);

        private @Nullable Colliding color;

        private @Nullable Integer count = 3;

        private @Nullable LenientDate day = LenientDate.parse("2024-01-31");

        private @Nullable Boolean flag = false;

        private @Nullable Map<String, String> labels = Map.of("k", "v");

        private @Nullable Double measure = 1.5d;

        private @Nullable BigDecimal money = new BigDecimal("0.1");

        private @Nullable String nothing;

        private @Nullable Float ratio = 0.25f;

        private @Nullable List<String> tags = List.of("a", "b");

        private @Nullable String text = "hello";

        private @Nullable Long total = 10000000000L;

        private @Nullable LenientDateTime when = LenientDateTime.parse("2024-01-31T10:00:00Z");

        private Builder() {
        }

        /**
         * Sets the <code>big</code> property (JSON <code>big</code>, default <code>18446744073709551615</code>)
         *
         * @return this builder
         */
        public Builder big(@Nullable BigInteger big) {
            this.big = big;
            return this;
        }

        /**
         * Sets the <code>bytes</code> property (JSON <code>bytes</code>, default <code>"aGk="</code>)
         *
         * @return this builder
         */
        public Builder bytes(byte @Nullable [] bytes) {
            this.bytes = bytes;
            return this;
        }

        /**
         * Sets the <code>code</code> property (JSON <code>code</code>, default <code>2</code>)
         *
         * @return this builder
         */
        public Builder code(@Nullable DefaultsCode code) {
            this.code = code;
            return this;
        }

        /**
         * Sets the <code>color</code> property (JSON <code>color</code>)
         *
         * @return this builder
         */
        public Builder color(@Nullable Colliding color) {
            this.color = color;
            return this;
        }

        /**
         * Sets the <code>count</code> property (JSON <code>count</code>, default <code>3</code>)
         *
         * @return this builder
         */
        public Builder count(@Nullable Integer count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the <code>day</code> property (JSON <code>day</code>, default <code>"2024-01-31"</code>)
         *
         * @return this builder
         */
        public Builder day(@Nullable LenientDate day) {
            this.day = day;
            return this;
        }

        /**
         * Sets the <code>flag</code> property (JSON <code>flag</code>, default <code>false</code>)
         *
         * @return this builder
         */
        public Builder flag(@Nullable Boolean flag) {
            this.flag = flag;
            return this;
        }

        /**
         * Sets the <code>labels</code> property (JSON <code>labels</code>, default <code>{"k": "v"}</code>)
         *
         * @return this builder
         */
        public Builder labels(@Nullable Map<String, String> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * Sets the <code>measure</code> property (JSON <code>measure</code>, default <code>1.5</code>)
         *
         * @return this builder
         */
        public Builder measure(@Nullable Double measure) {
            this.measure = measure;
            return this;
        }

        /**
         * Sets the <code>money</code> property (JSON <code>money</code>, default <code>0.1</code>)
         *
         * @return this builder
         */
        public Builder money(@Nullable BigDecimal money) {
            this.money = money;
            return this;
        }

        /**
         * Sets the <code>nothing</code> property (JSON <code>nothing</code>, default <code>null</code>)
         *
         * @return this builder
         */
        public Builder nothing(@Nullable String nothing) {
            this.nothing = nothing;
            return this;
        }

        /**
         * Sets the <code>ratio</code> property (JSON <code>ratio</code>, default <code>0.25</code>)
         *
         * @return this builder
         */
        public Builder ratio(@Nullable Float ratio) {
            this.ratio = ratio;
            return this;
        }

        /**
         * Sets the <code>tags</code> property (JSON <code>tags</code>, default <code>["a", "b"]</code>)
         *
         * @return this builder
         */
        public Builder tags(@Nullable List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets the <code>text</code> property (JSON <code>text</code>, default <code>"hello"</code>)
         *
         * @return this builder
         */
        public Builder text(@Nullable String text) {
            this.text = text;
            return this;
        }

        /**
         * Sets the <code>total</code> property (JSON <code>total</code>, default <code>10000000000</code>)
         *
         * @return this builder
         */
        public Builder total(@Nullable Long total) {
            this.total = total;
            return this;
        }

        /**
         * Sets the <code>when</code> property (JSON <code>when</code>, default <code>"2024-01-31T10:00:00Z"</code>)
         *
         * @return this builder
         */
        public Builder when(@Nullable LenientDateTime when) {
            this.when = when;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Defaults build() {
            return new Defaults(big, bytes, code, color, count, day, flag, labels, measure, money, nothing, ratio, tags, text, total, when);
        }
    }
}
