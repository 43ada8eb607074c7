package dev.specgen.runtime.http;

/**
 * How a parameter's value is written, as OpenAPI's {@code style} names it. Which styles a location allows, and
 * what each writes for a scalar, a list and an object (exploded or not), is OpenAPI's "Style Values" and "Style
 * Examples" tables: for a list {@code [blue, black]} and an object {@code {R: 100, G: 200}} named {@code color},
 * <ul>
 *   <li>{@link #SIMPLE} (path, header): {@code blue,black}; {@code R,100,G,200}, exploded {@code R=100,G=200};
 *   <li>{@link #LABEL} (path): {@code .blue,black}, exploded {@code .blue.black}; {@code .R,100,G,200}, exploded
 *       {@code .R=100.G=200};
 *   <li>{@link #MATRIX} (path): {@code ;color=blue,black}, exploded {@code ;color=blue;color=black};
 *       {@code ;color=R,100,G,200}, exploded {@code ;R=100;G=200};
 *   <li>{@link #FORM} (query, cookie): {@code color=blue,black}, exploded {@code color=blue&color=black};
 *       {@code color=R,100,G,200}, exploded {@code R=100&G=200};
 *   <li>{@link #SPACE_DELIMITED}, {@link #PIPE_DELIMITED} (query): {@code color=blue%20black},
 *       {@code color=blue%7Cblack} (exploded: as {@code FORM});
 *   <li>{@link #DEEP_OBJECT} (query, objects only): {@code color%5BR%5D=100&color%5BG%5D=200}, that is
 *       {@code color[R]=100&color[G]=200} percent-encoded.
 * </ul>
 * Values and names are percent-encoded as RFC 3986 says (every character but {@code A-Z a-z 0-9 - . _ ~}) in paths,
 * queries and cookies, while the delimiters the style adds stay literal: a comma inside a value is {@code %2C}, the
 * comma between two values is {@code ,}. Header values are not percent-encoded.
 */
public enum ParameterStyle {
    MATRIX,
    LABEL,
    FORM,
    SIMPLE,
    SPACE_DELIMITED,
    PIPE_DELIMITED,
    DEEP_OBJECT
}
