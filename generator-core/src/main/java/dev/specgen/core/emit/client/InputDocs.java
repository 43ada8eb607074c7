package dev.specgen.core.emit.client;

import dev.specgen.core.emit.Javadoc;

/** How an input is described in Javadoc: the spec's text, and where the value goes. */
final class InputDocs {

    private InputDocs() {}

    static String of(Input input) {
        String text = Javadoc.firstSentenceOrNull(input.docs());
        String where = switch (input.placement()) {
            case PATH -> "path parameter " + Javadoc.code(input.wireName());
            case QUERY -> "query parameter " + Javadoc.code(input.wireName());
            case HEADER -> "header " + Javadoc.code(input.wireName());
            case COOKIE -> "cookie " + Javadoc.code(input.wireName());
            case FORM_FIELD -> "form field " + Javadoc.code(input.wireName());
            case MULTIPART_PART -> "part " + Javadoc.code(input.wireName()) + " of the multipart body";
            case JSON_BODY, FORM_BODY, MULTIPART_BODY, RAW_BODY -> "body, " + Javadoc.code(input.wireName());
        };
        return text == null ? "the " + where : text + " (" + where + ")";
    }
}
