package dev.specgen.golden.schemas30;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Numbers</code> object of the API.
 *
 * @param anyNumber the <code>anyNumber</code> property (JSON <code>anyNumber</code>)
 * @param bytes the <code>bytes</code> property (JSON <code>bytes</code>)
 * @param file the <code>file</code> property (JSON <code>file</code>)
 * @param huge the <code>huge</code> property (JSON <code>huge</code>)
 * @param hugeCode the <code>hugeCode</code> property (JSON <code>hugeCode</code>)
 * @param large the <code>large</code> property (JSON <code>large</code>)
 * @param measure the <code>measure</code> property (JSON <code>measure</code>)
 * @param money the <code>money</code> property (JSON <code>money</code>)
 * @param plain the <code>plain</code> property (JSON <code>plain</code>)
 * @param ratio the <code>ratio</code> property (JSON <code>ratio</code>)
 * @param small the <code>small</code> property (JSON <code>small</code>)
 * @param unsigned the <code>unsigned</code> property (JSON <code>unsigned</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Numbers(@JsonProperty("anyNumber") @Nullable Double anyNumber,
        @JsonProperty("bytes") byte @Nullable [] bytes,
        @JsonProperty("file") byte @Nullable [] file,
        @JsonProperty("huge") @Nullable BigInteger huge,
        @JsonProperty("hugeCode") @Nullable HugeCodes hugeCode,
        @JsonProperty("large") @Nullable Long large,
        @JsonProperty("measure") @Nullable Double measure,
        @JsonProperty("money") @Nullable BigDecimal money,
        @JsonProperty("plain") @Nullable Long plain, @JsonProperty("ratio") @Nullable Float ratio,
        @JsonProperty("small") @Nullable Integer small,
        @JsonProperty("unsigned") @Nullable BigInteger unsigned) {
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
                .anyNumber(anyNumber)
                .bytes(bytes)
                .file(file)
                .huge(huge)
                .hugeCode(hugeCode)
                .large(large)
                .measure(measure)
                .money(money)
                .plain(plain)
                .ratio(ratio)
                .small(small)
                .unsigned(unsigned);
    }

    /**
     * Builds {@link Numbers} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Double anyNumber;

        private byte @Nullable [] bytes;

        private byte @Nullable [] file;

        private @Nullable BigInteger huge;

        private @Nullable HugeCodes hugeCode;

        private @Nullable Long large;

        private @Nullable Double measure;

        private @Nullable BigDecimal money;

        private @Nullable Long plain;

        private @Nullable Float ratio;

        private @Nullable Integer small;

        private @Nullable BigInteger unsigned;

        private Builder() {
        }

        /**
         * Sets the <code>anyNumber</code> property (JSON <code>anyNumber</code>)
         *
         * @return this builder
         */
        public Builder anyNumber(@Nullable Double anyNumber) {
            this.anyNumber = anyNumber;
            return this;
        }

        /**
         * Sets the <code>bytes</code> property (JSON <code>bytes</code>)
         *
         * @return this builder
         */
        public Builder bytes(byte @Nullable [] bytes) {
            this.bytes = bytes;
            return this;
        }

        /**
         * Sets the <code>file</code> property (JSON <code>file</code>)
         *
         * @return this builder
         */
        public Builder file(byte @Nullable [] file) {
            this.file = file;
            return this;
        }

        /**
         * Sets the <code>huge</code> property (JSON <code>huge</code>)
         *
         * @return this builder
         */
        public Builder huge(@Nullable BigInteger huge) {
            this.huge = huge;
            return this;
        }

        /**
         * Sets the <code>hugeCode</code> property (JSON <code>hugeCode</code>)
         *
         * @return this builder
         */
        public Builder hugeCode(@Nullable HugeCodes hugeCode) {
            this.hugeCode = hugeCode;
            return this;
        }

        /**
         * Sets the <code>large</code> property (JSON <code>large</code>)
         *
         * @return this builder
         */
        public Builder large(@Nullable Long large) {
            this.large = large;
            return this;
        }

        /**
         * Sets the <code>measure</code> property (JSON <code>measure</code>)
         *
         * @return this builder
         */
        public Builder measure(@Nullable Double measure) {
            this.measure = measure;
            return this;
        }

        /**
         * Sets the <code>money</code> property (JSON <code>money</code>)
         *
         * @return this builder
         */
        public Builder money(@Nullable BigDecimal money) {
            this.money = money;
            return this;
        }

        /**
         * Sets the <code>plain</code> property (JSON <code>plain</code>)
         *
         * @return this builder
         */
        public Builder plain(@Nullable Long plain) {
            this.plain = plain;
            return this;
        }

        /**
         * Sets the <code>ratio</code> property (JSON <code>ratio</code>)
         *
         * @return this builder
         */
        public Builder ratio(@Nullable Float ratio) {
            this.ratio = ratio;
            return this;
        }

        /**
         * Sets the <code>small</code> property (JSON <code>small</code>)
         *
         * @return this builder
         */
        public Builder small(@Nullable Integer small) {
            this.small = small;
            return this;
        }

        /**
         * Sets the <code>unsigned</code> property (JSON <code>unsigned</code>)
         *
         * @return this builder
         */
        public Builder unsigned(@Nullable BigInteger unsigned) {
            this.unsigned = unsigned;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Numbers build() {
            return new Numbers(anyNumber, bytes, file, huge, hugeCode, large, measure, money, plain, ratio, small, unsigned);
        }
    }
}
