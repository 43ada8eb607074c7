package dev.specgen.core.emit.client;

import com.palantir.javapoet.ClassName;

/** The specgen-runtime types generated clients use. */
final class RuntimeTypes {

    private static final String HTTP = "dev.specgen.runtime.http";

    static final ClassName API_CALLER = ClassName.get(HTTP, "ApiCaller");
    static final ClassName API_OPERATION = ClassName.get(HTTP, "ApiOperation");
    static final ClassName API_REQUEST = ClassName.get(HTTP, "ApiRequest");
    static final ClassName API_EXCEPTION = ClassName.get(HTTP, "ApiException");
    static final ClassName API_CALL_EXCEPTION = ClassName.get(HTTP, "ApiCallException");
    static final ClassName CLIENT_BUILDER = ClassName.get(HTTP, "ClientBuilder");
    static final ClassName SERVICE_DESCRIPTION = ClassName.get(HTTP, "ServiceDescription");
    static final ClassName FORM_STYLE = ClassName.get(HTTP, "FormStyle");
    static final ClassName PARAMETER_STYLE = ClassName.get(HTTP, "ParameterStyle");
    static final ClassName MULTIPART = ClassName.get(HTTP, "Multipart");
    static final ClassName JSON_PARAMETER = ClassName.get(HTTP, "JsonParameter");
    static final ClassName RESPONSE_VARIANTS = ClassName.get(HTTP, "ResponseVariants");
    static final ClassName FILE_PART = ClassName.get(HTTP, "FilePart");
    static final ClassName VALIDATION_EXCEPTION = ClassName.get("dev.specgen.runtime.validation", "ValidationException");
    static final ClassName VIOLATIONS = ClassName.get("dev.specgen.runtime.validation", "Violations");
    static final ClassName JSON_TYPE = ClassName.get("dev.specgen.runtime.json", "JsonType");
    static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

    private RuntimeTypes() {}
}
