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
 */
public record ClientNames(String clientName, SortedMap<String, String> requestTypeNames) {

    public ClientNames {
        requestTypeNames = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(requestTypeNames));
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
