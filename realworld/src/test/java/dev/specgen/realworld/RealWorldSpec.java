package dev.specgen.realworld;

/**
 * The public specs the real-world tests run on, as committed in {@code realworld/specs/} (gzipped; see SOURCES.md
 * there for where each comes from), with the sha256 of the uncompressed file and the package generated for it.
 */
enum RealWorldSpec {
    GITHUB("github-api.github.com.json",
            "829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a", "com.example.github", Samples.EXAMPLES),
    GHES_3_17("github-ghes-3.17.json",
            "b33124aa711a44f1de05c9ad49e7ef473b65cacfd0c8369fd8418ba798707dcb", "com.example.ghes317", Samples.EXAMPLES),
    GHES_3_18("github-ghes-3.18.json",
            "7ad144ec40d61c6b05d1161cbeda3a0d6a0825f733722f3daa33733148d1af3c", "com.example.ghes318", Samples.EXAMPLES),
    STRIPE_YAML("stripe-spec3.yaml",
            "eed9ac08a03a5374caa994362bfa080ae87ee75f0a3dc76f9d48b19c705b50bb", "com.example.stripe",
            Samples.BUILT_FROM_SCHEMAS),
    STRIPE_JSON("stripe-spec3.json",
            "0623034db1e5a471369edf211838df328296018cc96dcb4bab0d5c28ab1efc9e", "com.example.stripe2020",
            Samples.BUILT_FROM_SCHEMAS),
    TWILIO("twilio_api_v2010.json",
            "99cae87a6bb1725f71363364cbd30282a13140374b2d5f9bdd5bdfa5d4c8a6d7", "com.example.twilio", Samples.EXAMPLES);

    /** Where the recorded-looking responses of the smoke test come from. */
    enum Samples {
        /** The examples the spec gives for its success responses. */
        EXAMPLES,
        /** Stripe's specs have no examples at all: a response is built from each success response's schema. */
        BUILT_FROM_SCHEMAS
    }

    private final String fileName;
    private final String sha256;
    private final String packageName;
    private final Samples samples;

    RealWorldSpec(String fileName, String sha256, String packageName, Samples samples) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.packageName = packageName;
        this.samples = samples;
    }

    String fileName() {
        return fileName;
    }

    String sha256() {
        return sha256;
    }

    String packageName() {
        return packageName;
    }

    Samples samples() {
        return samples;
    }

    boolean isYaml() {
        return fileName.endsWith(".yaml");
    }
}
