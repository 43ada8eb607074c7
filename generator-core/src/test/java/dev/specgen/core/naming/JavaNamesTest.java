package dev.specgen.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.naming.JavaNames.Style;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Conversions of one spec name into a candidate Java name, in each style. */
class JavaNamesTest {

    static Stream<Arguments> conversions() {
        return Stream.of(
                // spec name, TYPE, MEMBER, CONSTANT
                Arguments.of("taskID", "TaskId", "taskId", "TASK_ID"),
                Arguments.of("HTTPServer", "HttpServer", "httpServer", "HTTP_SERVER"),
                Arguments.of("task_id", "TaskId", "taskId", "TASK_ID"),
                Arguments.of("task-id", "TaskId", "taskId", "TASK_ID"),
                Arguments.of("task id", "TaskId", "taskId", "TASK_ID"),
                Arguments.of("TASK_ID", "TaskId", "taskId", "TASK_ID"),
                Arguments.of("taskId", "TaskId", "taskId", "TASK_ID"),
                Arguments.of("XMLHttpRequest", "XmlHttpRequest", "xmlHttpRequest", "XML_HTTP_REQUEST"),
                Arguments.of("getHTTPResponseCode", "GetHttpResponseCode", "getHttpResponseCode",
                        "GET_HTTP_RESPONSE_CODE"),
                Arguments.of("ipv4Address", "Ipv4Address", "ipv4Address", "IPV_4_ADDRESS"),
                Arguments.of("v2", "V2", "v2", "V_2"),
                Arguments.of("+1", "Plus1", "plus1", "PLUS_1"),
                Arguments.of("-1", "Minus1", "minus1", "MINUS_1"),
                Arguments.of("123abc", "_123Abc", "_123Abc", "_123_ABC"),
                Arguments.of("2fa", "_2Fa", "_2Fa", "_2_FA"),
                Arguments.of("class", "Class", "class_", "CLASS"),
                Arguments.of("default", "Default", "default_", "DEFAULT"),
                Arguments.of("true", "True", "true_", "TRUE"),
                Arguments.of("null", "Null", "null_", "NULL"),
                Arguments.of("é", "E", "e", "E"),
                Arguments.of("café_crème", "CafeCreme", "cafeCreme", "CAFE_CREME"),
                Arguments.of("Ångström", "Angstrom", "angstrom", "ANGSTROM"),
                Arguments.of("名前", "U540dU524d", "u540dU524d", "U540D_U524D"),
                Arguments.of("节点缩容", "U8282U70b9U7f29U5bb9", "u8282U70b9U7f29U5bb9", "U8282_U70B9_U7F29_U5BB9"),
                Arguments.of("_", "Value", "value", "VALUE"),
                Arguments.of("-", "Value", "value", "VALUE"),
                Arguments.of("", "Empty", "empty", "EMPTY"),
                Arguments.of("a.b/c", "ABC", "aBC", "A_B_C"));
    }

    @ParameterizedTest(name = "{0} → {1} / {2} / {3}")
    @MethodSource("conversions")
    void convertsEachStyle(String specName, String type, String member, String constant) {
        assertThat(JavaNames.convert(specName, Style.TYPE).name()).isEqualTo(type);
        assertThat(JavaNames.convert(specName, Style.MEMBER).name()).isEqualTo(member);
        assertThat(JavaNames.convert(specName, Style.CONSTANT).name()).isEqualTo(constant);
        for (Style style : Style.values()) {
            assertThat(SourceVersion.isName(JavaNames.convert(specName, style).name())).as(style.name()).isTrue();
        }
    }

    @Test
    void splitsWordsAtSeparatorsCaseChangesAndDigits() {
        assertThat(JavaNames.words("HTTPServer")).containsExactly("HTTP", "Server");
        assertThat(JavaNames.words("taskID")).containsExactly("task", "ID");
        assertThat(JavaNames.words("XMLHttpRequest")).containsExactly("XML", "Http", "Request");
        assertThat(JavaNames.words("task__id--x")).containsExactly("task", "id", "x");
        assertThat(JavaNames.words("ipv4Address")).containsExactly("ipv", "4", "Address");
        assertThat(JavaNames.words("+1")).containsExactly("plus", "1");
        assertThat(JavaNames.words("a+1")).containsExactly("a", "1");
        assertThat(JavaNames.words("名前")).containsExactly("U540D", "U524D");
    }

    @Test
    void saysWhyAConversionWasMoreThanAChangeOfCase() {
        assertThat(JavaNames.convert("task_id", Style.MEMBER).adjustment()).isNull();
        assertThat(JavaNames.convert("HTTPServer", Style.TYPE).adjustment()).isNull();
        assertThat(JavaNames.convert("é", Style.MEMBER).adjustment()).as("accents fold to ASCII").isNull();
        assertThat(JavaNames.convert("class", Style.MEMBER).adjustment()).isEqualTo("is a Java keyword");
        assertThat(JavaNames.convert("class", Style.TYPE).adjustment()).as("Class is not a keyword").isNull();
        assertThat(JavaNames.convert("123abc", Style.MEMBER).adjustment()).isEqualTo("starts with a digit");
        assertThat(JavaNames.convert("名前", Style.MEMBER).adjustment())
                .isEqualTo("has characters outside ASCII letters and digits");
        assertThat(JavaNames.convert("_", Style.MEMBER).adjustment()).isEqualTo("has no letters or digits");
        assertThat(JavaNames.convert("", Style.CONSTANT).adjustment()).isEqualTo("has no letters or digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "az", "lt"})
    void doesNotDependOnTheDefaultLocale(String language) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(language));
            // Turkish upper-cases i to İ and lower-cases I to ı under the default locale.
            assertThat(JavaNames.convert("item_id", Style.CONSTANT).name()).isEqualTo("ITEM_ID");
            assertThat(JavaNames.convert("TITLE", Style.MEMBER).name()).isEqualTo("title");
            assertThat(JavaNames.convert("is_visible", Style.TYPE).name()).isEqualTo("IsVisible");
            assertThat(JavaNames.convert("INFO", Style.TYPE).name()).isEqualTo("Info");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyConversionIsALegalIdentifier() {
        List<String> hostile = List.of("", " ", "_", "__", "$", "-", "+", "+-", "0", "00", "1.5", "-1e3", "class",
                "Class", "CLASS", "var", "yield", "record", "_1", "a b c", "ü", "Ω", "名", "🙂", "a🙂b", "\u0000",
                "tab\there", "new\nline", "x-", "-x", "*/", "\\u000a");
        for (String name : hostile) {
            for (Style style : Style.values()) {
                String converted = JavaNames.convert(name, style).name();
                assertThat(SourceVersion.isName(converted)).as("'%s' %s → '%s'", name, style, converted).isTrue();
                assertThat(converted).as("'%s' %s", name, style).matches("[A-Za-z_][A-Za-z0-9_]*");
            }
        }
    }
}
