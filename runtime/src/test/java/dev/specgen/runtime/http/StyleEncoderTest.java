package dev.specgen.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAPI's "Style Examples" table, row by row: {@code color} as the string {@code blue}, the list
 * {@code [blue, black, brown]} and the object {@code {R: 100, G: 200, B: 150}}. Where the table leaves a character
 * literal that RFC 3986 does not allow in a URI ({@code |}, {@code [}, {@code ]}), it is percent-encoded.
 */
class StyleEncoderTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final StyleEncoder STYLES = new StyleEncoder(MAPPER);

    private static Object value(String kind) {
        return switch (kind) {
            case "empty" -> "";
            case "string" -> "blue";
            case "array" -> List.of("blue", "black", "brown");
            case "object" -> {
                Map<String, Object> color = new LinkedHashMap<>();
                color.put("R", 100);
                color.put("G", 200);
                color.put("B", 150);
                yield color;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static ParameterValue parameter(String kind) {
        return ParameterValue.of(value(kind), MAPPER);
    }

    @ParameterizedTest(name = "{0} explode={1} {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            MATRIX | false | empty  | ;color
            MATRIX | false | string | ;color=blue
            MATRIX | false | array  | ;color=blue,black,brown
            MATRIX | false | object | ;color=R,100,G,200,B,150
            MATRIX | true  | empty  | ;color
            MATRIX | true  | string | ;color=blue
            MATRIX | true  | array  | ;color=blue;color=black;color=brown
            MATRIX | true  | object | ;R=100;G=200;B=150
            LABEL  | false | empty  | .
            LABEL  | false | string | .blue
            LABEL  | false | array  | .blue,black,brown
            LABEL  | false | object | .R,100,G,200,B,150
            LABEL  | true  | string | .blue
            LABEL  | true  | array  | .blue.black.brown
            LABEL  | true  | object | .R=100.G=200.B=150
            SIMPLE | false | string | blue
            SIMPLE | false | array  | blue,black,brown
            SIMPLE | false | object | R,100,G,200,B,150
            SIMPLE | true  | string | blue
            SIMPLE | true  | array  | blue,black,brown
            SIMPLE | true  | object | R=100,G=200,B=150
            """)
    void pathStylesFollowTheTable(ParameterStyle style, boolean explode, String kind, String expected) {
        assertThat(STYLES.path("color", parameter(kind), style, explode)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} explode={1} {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            FORM            | false | empty  | color=
            FORM            | false | string | color=blue
            FORM            | false | array  | color=blue,black,brown
            FORM            | false | object | color=R,100,G,200,B,150
            FORM            | true  | empty  | color=
            FORM            | true  | string | color=blue
            FORM            | true  | array  | color=blue&color=black&color=brown
            FORM            | true  | object | R=100&G=200&B=150
            SPACE_DELIMITED | false | array  | color=blue%20black%20brown
            SPACE_DELIMITED | false | object | color=R%20100%20G%20200%20B%20150
            PIPE_DELIMITED  | false | array  | color=blue%7Cblack%7Cbrown
            PIPE_DELIMITED  | false | object | color=R%7C100%7CG%7C200%7CB%7C150
            DEEP_OBJECT     | true  | object | color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150
            """)
    void queryStylesFollowTheTable(ParameterStyle style, boolean explode, String kind, String expected) {
        assertThat(query(STYLES.query("color", parameter(kind), style, explode, false))).isEqualTo(expected);
    }

    @Test
    void valuesAreEncodedButDelimitersAreNot() {
        ParameterValue list = ParameterValue.of(List.of("a,b", "c d", "é/?"), MAPPER);
        assertThat(query(STYLES.query("q", list, ParameterStyle.FORM, false, false)))
                .isEqualTo("q=a%2Cb,c%20d,%C3%A9%2F%3F");
        assertThat(STYLES.path("p", list, ParameterStyle.LABEL, true)).isEqualTo(".a%2Cb.c%20d.%C3%A9%2F%3F");
        assertThat(STYLES.path("p", list, ParameterStyle.MATRIX, false)).isEqualTo(";p=a%2Cb,c%20d,%C3%A9%2F%3F");
    }

    @Test
    void decimalsAreWrittenWithoutAnExponent() {
        ParameterValue amount = ParameterValue.of(new java.math.BigDecimal("1E+3"), MAPPER);
        assertThat(query(STYLES.query("amount", amount, ParameterStyle.FORM, true, false))).isEqualTo("amount=1000");
    }

    @Test
    void allowReservedKeepsReservedCharactersExceptThoseThatChangeTheQuery() {
        ParameterValue value = ParameterValue.of("/a/b?c:d@e,f;[x]!$'()*&g=h#i+j k", MAPPER);
        assertThat(query(STYLES.query("q", value, ParameterStyle.FORM, true, true)))
                .isEqualTo("q=/a/b?c:d@e,f;[x]!$'()*%26g%3Dh%23i%2Bj%20k");
        assertThat(query(STYLES.query("q", value, ParameterStyle.FORM, true, false)))
                .isEqualTo("q=%2Fa%2Fb%3Fc%3Ad%40e%2Cf%3B%5Bx%5D%21%24%27%28%29%2A%26g%3Dh%23i%2Bj%20k");
    }

    @Test
    void deepObjectNestsObjectsAndRepeatsArrays() {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("created", Map.of("gte", 5));
        filter.put("tag", List.of("x", "y"));
        filter.put("skipped", null);
        assertThat(query(STYLES.query("filter", ParameterValue.of(filter, MAPPER), ParameterStyle.DEEP_OBJECT, true,
                false))).isEqualTo("filter%5Bcreated%5D%5Bgte%5D=5&filter%5Btag%5D=x&filter%5Btag%5D=y");
    }

    @Test
    void headersFollowSimpleStyleWithoutPercentEncoding() {
        assertThat(STYLES.header(parameter("array"), false)).isEqualTo("blue,black,brown");
        assertThat(STYLES.header(parameter("object"), false)).isEqualTo("R,100,G,200,B,150");
        assertThat(STYLES.header(parameter("object"), true)).isEqualTo("R=100,G=200,B=150");
        assertThat(STYLES.header(ParameterValue.of("a b/é", MAPPER), false)).isEqualTo("a b/é");
    }

    @Test
    void cookiesFollowFormStyle() {
        assertThat(STYLES.cookie("color", parameter("array"), false)).containsExactly("color=blue,black,brown");
        assertThat(STYLES.cookie("color", parameter("array"), true))
                .containsExactly("color=blue", "color=black", "color=brown");
        assertThat(STYLES.cookie("color", parameter("object"), true)).containsExactly("R=100", "G=200", "B=150");
        assertThat(STYLES.cookie("c", ParameterValue.of("a;b c", MAPPER), true)).containsExactly("c=a%3Bb%20c");
    }

    @Test
    void stylesOfAnotherLocationAreRefusedWithTheAllowedOnes() {
        assertThatThrownBy(() -> STYLES.path("id", parameter("string"), ParameterStyle.FORM, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use SIMPLE, LABEL or MATRIX");
        assertThatThrownBy(() -> STYLES.query("q", parameter("array"), ParameterStyle.DEEP_OBJECT, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an object");
    }

    @Test
    void decodingUndoesEncoding() {
        assertThat(StyleEncoder.decode("a%2Cb,c%20d%C3%A9+")).isEqualTo("a,b,c dé+");
    }

    private static String query(List<StyleEncoder.RawPair> pairs) {
        return pairs.stream().map(p -> p.name() + "=" + p.value()).collect(Collectors.joining("&"));
    }
}
