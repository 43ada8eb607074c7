package dev.specgen.realworld;

import java.util.Map;

/**
 * Response examples of the published specs that no faithful generated type can read, each with why: almost all
 * contradict their own schema; one (marked "generator:") is a known generator limitation not fixed yet. The smoke test
 * expects exactly these to fail where they occur, so that the list can neither hide a new generator defect nor go
 * stale when a vendor fixes its spec.
 */
final class KnownSpecErrors {

    private static final String EXAMPLES = "/components/examples/";
    private static final String SINGLE_FOR_ARRAY = "GitHub: one object, also given as the example of an operation"
            + " that returns an array of them";

    /** In api.github.com and both GHES versions. */
    private static final Map<String, String> BOTH = Map.ofEntries(
            Map.entry(EXAMPLES + "custom-deployment-protection-rule-apps/value",
                    "GitHub: an array in the example, an object with total_count and available_custom_deployment_"
                            + "protection_rule_integrations in the schema"),
            Map.entry(EXAMPLES + "issue-search-result-item-paginated-lexical-fallback/value",
                    "GitHub: the items are the string \"...\" in the example, objects in the schema"),
            Map.entry(EXAMPLES + "hook-delivery/value", "generator: response.payload is 'type: string' with"
                    + " 'additionalProperties: true', which Swagger Parser reads as a map, so the example's string"
                    + " does not fit the generated Map"));
    // GitHub's user examples have no 'user_view_type', the discriminator of the oneOf they are examples of (the
    // schemas say it must be there): they read now, as the union's Unknown shape, which keeps them whole; the
    // generated validator and `specgen check` still report the missing discriminator.

    /** Only in api.github.com (fixed in, or absent from, the GHES versions). */
    private static final Map<String, String> GITHUB_ONLY = Map.ofEntries(
            Map.entry(EXAMPLES + "classroom-assignment/value",
                    "GitHub: numbers written as strings with a trailing comma (\"12,\") in the example"),
            Map.entry(EXAMPLES + "classroom/value",
                    "GitHub: a boolean written as the string \"false,\" in the example"),
            Map.entry(EXAMPLES + "list-attestations-bulk/value", "GitHub: attestations_subject_digests is an array"
                    + " of maps in the example, a map of arrays in the schema"),
            Map.entry(EXAMPLES + "classroom-accepted-assignment/value", SINGLE_FOR_ARRAY),
            Map.entry(EXAMPLES + "simple-classroom/value", SINGLE_FOR_ARRAY),
            Map.entry(EXAMPLES + "simple-classroom-assignment/value", SINGLE_FOR_ARRAY),
            Map.entry(EXAMPLES + "organization-simple/value", SINGLE_FOR_ARRAY),
            Map.entry(EXAMPLES + "projects-v2/value", SINGLE_FOR_ARRAY),
            Map.entry(EXAMPLES + "projects-v2-item-with-content/value", SINGLE_FOR_ARRAY));

    /** Only in the GHES versions. */
    private static final Map<String, String> GHES_ONLY = Map.ofEntries(
            Map.entry("/paths/~1repos~1{owner}~1{repo}~1replicas~1caches/get/responses/200/content/application~1json"
                    + "/examples/default/value", "GHES: 'git' is an array of one-property objects in the example, an"
                    + " object with sync_status and last_sync in the schema"),
            Map.entry(EXAMPLES + "ghes-license-info/value", "GHES: an array in the example, an object in the schema"),
            Map.entry(EXAMPLES + "ghes-license-check/value", "GHES: an array in the example, an object in the schema"),
            Map.entry(EXAMPLES + "environments/value", "GitHub: a boolean spelled \"trues\" in the example"));

    /** The known errors of a spec, by the example's JSON pointer, with what is wrong. */
    static Map<String, String> of(RealWorldSpec spec) {
        Map<String, String> known = new java.util.HashMap<>();
        if (spec == RealWorldSpec.GITHUB || spec == RealWorldSpec.GHES_3_17 || spec == RealWorldSpec.GHES_3_18) {
            known.putAll(BOTH);
            known.putAll(spec == RealWorldSpec.GITHUB ? GITHUB_ONLY : GHES_ONLY);
        }
        return known;
    }

    private KnownSpecErrors() {}
}
