package dev.specgen.golden.schemas31;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The <code>Event</code> object of the API.
 *
 * @param count the <code>count</code> property (JSON <code>count</code>)
 * @param id the <code>id</code> property (JSON <code>id</code>, required)
 * @param kind the <code>kind</code> property (JSON <code>kind</code>, required, default <code>"created"</code>)
 * @param limits the <code>limits</code> property (JSON <code>limits</code>)
 * @param mixed the <code>mixed</code> property (JSON <code>mixed</code>)
 * @param names the <code>names</code> property (JSON <code>names</code>)
 * @param note the <code>note</code> property (JSON <code>note</code>)
 * @param parent the <code>parent</code> property (JSON <code>parent</code>)
 * @param payload the <code>payload</code> property (JSON <code>payload</code>)
 * @param revision the <code>revision</code> property (JSON <code>revision</code>)
 * @param score the <code>score</code> property (JSON <code>score</code>)
 * @param tags the <code>tags</code> property (JSON <code>tags</code>)
 * @param version the <code>version</code> property (JSON <code>version</code>, default <code>2</code>)
 */
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(@JsonProperty("count") @Nullable Integer count, @JsonProperty("id") String id,
        @JsonProperty("kind") EventKind kind,
        @JsonProperty("limits") @Nullable Map<String, @Nullable Object> limits,
        @JsonProperty("mixed") @Nullable Object mixed,
        @JsonProperty("names") @Nullable Map<String, Long> names,
        @JsonProperty("note") @Nullable String note, @JsonProperty("parent") @Nullable Event parent,
        @JsonProperty("payload") byte @Nullable [] payload,
        @JsonProperty("revision") @Nullable EventRevision revision,
        @JsonProperty("score") @Nullable Double score,
        @JsonProperty("tags") @Nullable Map<String, String> tags,
        @JsonProperty("version") @Nullable EventVersion version) {
    public Event {
        limits = limits == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(limits));
        names = names == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(names));
        tags = tags == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
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
                .count(count)
                .id(id)
                .kind(kind)
                .limits(limits)
                .mixed(mixed)
                .names(names)
                .note(note)
                .parent(parent)
                .payload(payload)
                .revision(revision)
                .score(score)
                .tags(tags)
                .version(version);
    }

    /**
     * Builds {@link Event} values. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Integer count;

        private @Nullable String id;

        private @Nullable EventKind kind = EventKind.of("created");

        private @Nullable Map<String, @Nullable Object> limits;

        private @Nullable Object mixed;

        private @Nullable Map<String, Long> names;

        private @Nullable String note;

        private @Nullable Event parent;

        private byte @Nullable [] payload;

        private @Nullable EventRevision revision;

        private @Nullable Double score;

        private @Nullable Map<String, String> tags;

        private @Nullable EventVersion version = EventVersion.of(2L);

        private Builder() {
        }

        /**
         * Sets the <code>count</code> property (JSON <code>count</code>)
         *
         * @return this builder
         */
        public Builder count(@Nullable Integer count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the <code>id</code> property (JSON <code>id</code>, required)
         *
         * @return this builder
         */
        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the <code>kind</code> property (JSON <code>kind</code>, required, default <code>"created"</code>)
         *
         * @return this builder
         */
        public Builder kind(@Nullable EventKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the <code>limits</code> property (JSON <code>limits</code>)
         *
         * @return this builder
         */
        public Builder limits(@Nullable Map<String, @Nullable Object> limits) {
            this.limits = limits;
            return this;
        }

        /**
         * Sets the <code>mixed</code> property (JSON <code>mixed</code>)
         *
         * @return this builder
         */
        public Builder mixed(@Nullable Object mixed) {
            this.mixed = mixed;
            return this;
        }

        /**
         * Sets the <code>names</code> property (JSON <code>names</code>)
         *
         * @return this builder
         */
        public Builder names(@Nullable Map<String, Long> names) {
            this.names = names;
            return this;
        }

        /**
         * Sets the <code>note</code> property (JSON <code>note</code>)
         *
         * @return this builder
         */
        public Builder note(@Nullable String note) {
            this.note = note;
            return this;
        }

        /**
         * Sets the <code>parent</code> property (JSON <code>parent</code>)
         *
         * @return this builder
         */
        public Builder parent(@Nullable Event parent) {
            this.parent = parent;
            return this;
        }

        /**
         * Sets the <code>payload</code> property (JSON <code>payload</code>)
         *
         * @return this builder
         */
        public Builder payload(byte @Nullable [] payload) {
            this.payload = payload;
            return this;
        }

        /**
         * Sets the <code>revision</code> property (JSON <code>revision</code>)
         *
         * @return this builder
         */
        public Builder revision(@Nullable EventRevision revision) {
            this.revision = revision;
            return this;
        }

        /**
         * Sets the <code>score</code> property (JSON <code>score</code>)
         *
         * @return this builder
         */
        public Builder score(@Nullable Double score) {
            this.score = score;
            return this;
        }

        /**
         * Sets the <code>tags</code> property (JSON <code>tags</code>)
         *
         * @return this builder
         */
        public Builder tags(@Nullable Map<String, String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets the <code>version</code> property (JSON <code>version</code>, default <code>2</code>)
         *
         * @return this builder
         */
        public Builder version(@Nullable EventVersion version) {
            this.version = version;
            return this;
        }

        /**
         * Creates the value. Required properties are not checked here: a generated validator reports every missing one at once.
         */
        public Event build() {
            return new Event(count, id, kind, limits, mixed, names, note, parent, payload, revision, score, tags, version);
        }
    }
}
