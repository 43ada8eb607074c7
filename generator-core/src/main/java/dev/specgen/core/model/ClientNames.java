package dev.specgen.core.model;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Java names of the client a spec generates, allocated by the build stage after every model type, so they
 * can never take a model type's name (a clash gets a numeric suffix instead).
 *
 * @param clientName the client class, from the spec's {@code x-acs-product} or else its {@code info.title}:
 *     {@code CS} → {@code CsClient}, {@code eflo-controller} → {@code EfloControllerClient}
 * @param requestTypeNames the request class of each operation, by operation id ({@code DescribeTaskInfoRequest});
 *     a client generates one only for operations with optional inputs
 * @param resultTypeNames the result type of each operation whose successful (2xx) responses have bodies of more
 *     than one type, by operation id ({@code PutBlobResult}): a sealed interface with one record per status
 */
public record ClientNames(String clientName, SortedMap<String, String> requestTypeNames,
        SortedMap<String, String> resultTypeNames) {

    public ClientNames {
        requestTypeNames = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(requestTypeNames));
        resultTypeNames = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(resultTypeNames));
    }

    /** The result type name of an operation whose 2xx responses have different bodies. */
    public String resultTypeName(String operationId) {
        String name = resultTypeNames.get(operationId);
        if (name == null) {
            throw new IllegalArgumentException("no result type name was allocated for operation " + operationId);
        }
        return name;
    }

    /** The request class name of an operation. */
    public String requestTypeName(String operationId) {
        String name = requestTypeNames.get(operationId);
        if (name == null) {
            throw new IllegalArgumentException("no request type name was allocated for operation " + operationId);
        }
        return name;
    }
}
