import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  MFA_ASSESSMENTS,
  ProtectionIndex,
  SUBSCRIPTION_TYPE,
  bool,
  categoryOf,
  field,
  flowLogCovers,
  idAt,
  idOf,
  isObject,
  isSystemDatabase,
  lower,
  nestedDetails,
  parentId,
  prop,
  serverAccess,
  str,
  subscriptionOf,
  tableRows,
  toResource,
  typeOf
} from "./chunk-ZUR6HQ7C.mjs";
import "./chunk-I4GDKXBT.mjs";
import {
  ServiceClient,
  authorizeRequestOnClaimChallenge,
  bearerTokenAuthenticationPolicy,
  bearerTokenAuthenticationPolicyName,
  createClientLogger,
  createSerializer,
  delay
} from "./chunk-G2YCYUQO.mjs";
import {
  limitsOf,
  mapConcurrent
} from "./chunk-S2KMQ5VA.mjs";
import {
  inShard
} from "./chunk-JNLTB6MJ.mjs";
import {
  Deadline,
  PageGuard
} from "./chunk-24CSVZM3.mjs";
import "./chunk-JECVGCKA.mjs";
import "./chunk-LUEYLY3S.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import "./chunk-7GYEOXBL.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-VQMFCDUA.mjs";
import {
  __export
} from "./chunk-DUMRXBCU.mjs";

// node_modules/@azure/arm-resourcegraph/dist/esm/models/mappers.js
var mappers_exports = {};
__export(mappers_exports, {
  Column: () => Column,
  DateTimeInterval: () => DateTimeInterval,
  ErrorDetails: () => ErrorDetails,
  ErrorModel: () => ErrorModel,
  ErrorResponse: () => ErrorResponse,
  Facet: () => Facet,
  FacetError: () => FacetError,
  FacetRequest: () => FacetRequest,
  FacetRequestOptions: () => FacetRequestOptions,
  FacetResult: () => FacetResult,
  Operation: () => Operation,
  OperationDisplay: () => OperationDisplay,
  OperationListResult: () => OperationListResult,
  QueryRequest: () => QueryRequest,
  QueryRequestOptions: () => QueryRequestOptions,
  QueryResponse: () => QueryResponse,
  ResourcesHistoryRequest: () => ResourcesHistoryRequest,
  ResourcesHistoryRequestOptions: () => ResourcesHistoryRequestOptions,
  Table: () => Table,
  discriminators: () => discriminators
});
var QueryRequest = {
  type: {
    name: "Composite",
    className: "QueryRequest",
    modelProperties: {
      subscriptions: {
        serializedName: "subscriptions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      managementGroups: {
        serializedName: "managementGroups",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      query: {
        serializedName: "query",
        required: true,
        type: {
          name: "String"
        }
      },
      options: {
        serializedName: "options",
        type: {
          name: "Composite",
          className: "QueryRequestOptions"
        }
      },
      facets: {
        serializedName: "facets",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FacetRequest"
            }
          }
        }
      }
    }
  }
};
var QueryRequestOptions = {
  type: {
    name: "Composite",
    className: "QueryRequestOptions",
    modelProperties: {
      skipToken: {
        serializedName: "$skipToken",
        type: {
          name: "String"
        }
      },
      top: {
        constraints: {
          InclusiveMaximum: 1e3,
          InclusiveMinimum: 1
        },
        serializedName: "$top",
        type: {
          name: "Number"
        }
      },
      skip: {
        constraints: {
          InclusiveMinimum: 0
        },
        serializedName: "$skip",
        type: {
          name: "Number"
        }
      },
      resultFormat: {
        serializedName: "resultFormat",
        type: {
          name: "Enum",
          allowedValues: ["table", "objectArray"]
        }
      },
      allowPartialScopes: {
        defaultValue: false,
        serializedName: "allowPartialScopes",
        type: {
          name: "Boolean"
        }
      },
      authorizationScopeFilter: {
        defaultValue: "AtScopeAndBelow",
        serializedName: "authorizationScopeFilter",
        type: {
          name: "Enum",
          allowedValues: [
            "AtScopeAndBelow",
            "AtScopeAndAbove",
            "AtScopeExact",
            "AtScopeAboveAndBelow"
          ]
        }
      }
    }
  }
};
var FacetRequest = {
  type: {
    name: "Composite",
    className: "FacetRequest",
    modelProperties: {
      expression: {
        serializedName: "expression",
        required: true,
        type: {
          name: "String"
        }
      },
      options: {
        serializedName: "options",
        type: {
          name: "Composite",
          className: "FacetRequestOptions"
        }
      }
    }
  }
};
var FacetRequestOptions = {
  type: {
    name: "Composite",
    className: "FacetRequestOptions",
    modelProperties: {
      sortBy: {
        serializedName: "sortBy",
        type: {
          name: "String"
        }
      },
      sortOrder: {
        defaultValue: "desc",
        serializedName: "sortOrder",
        type: {
          name: "Enum",
          allowedValues: ["asc", "desc"]
        }
      },
      filter: {
        serializedName: "filter",
        type: {
          name: "String"
        }
      },
      top: {
        constraints: {
          InclusiveMaximum: 1e3,
          InclusiveMinimum: 1
        },
        serializedName: "$top",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var QueryResponse = {
  type: {
    name: "Composite",
    className: "QueryResponse",
    modelProperties: {
      totalRecords: {
        serializedName: "totalRecords",
        required: true,
        type: {
          name: "Number"
        }
      },
      count: {
        serializedName: "count",
        required: true,
        type: {
          name: "Number"
        }
      },
      resultTruncated: {
        serializedName: "resultTruncated",
        required: true,
        type: {
          name: "Enum",
          allowedValues: ["true", "false"]
        }
      },
      skipToken: {
        serializedName: "$skipToken",
        type: {
          name: "String"
        }
      },
      data: {
        serializedName: "data",
        required: true,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      },
      facets: {
        serializedName: "facets",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Facet"
            }
          }
        }
      }
    }
  }
};
var Facet = {
  type: {
    name: "Composite",
    className: "Facet",
    uberParent: "Facet",
    polymorphicDiscriminator: {
      serializedName: "resultType",
      clientName: "resultType"
    },
    modelProperties: {
      expression: {
        serializedName: "expression",
        required: true,
        type: {
          name: "String"
        }
      },
      resultType: {
        serializedName: "resultType",
        required: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ErrorResponse = {
  type: {
    name: "Composite",
    className: "ErrorResponse",
    modelProperties: {
      error: {
        serializedName: "error",
        type: {
          name: "Composite",
          className: "ErrorModel"
        }
      }
    }
  }
};
var ErrorModel = {
  type: {
    name: "Composite",
    className: "ErrorModel",
    modelProperties: {
      code: {
        serializedName: "code",
        required: true,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        required: true,
        type: {
          name: "String"
        }
      },
      details: {
        serializedName: "details",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorDetails"
            }
          }
        }
      }
    }
  }
};
var ErrorDetails = {
  type: {
    name: "Composite",
    className: "ErrorDetails",
    additionalProperties: { type: { name: "Object" } },
    modelProperties: {
      code: {
        serializedName: "code",
        required: true,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        required: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var OperationListResult = {
  type: {
    name: "Composite",
    className: "OperationListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Operation"
            }
          }
        }
      }
    }
  }
};
var Operation = {
  type: {
    name: "Composite",
    className: "Operation",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      display: {
        serializedName: "display",
        type: {
          name: "Composite",
          className: "OperationDisplay"
        }
      },
      origin: {
        serializedName: "origin",
        type: {
          name: "String"
        }
      }
    }
  }
};
var OperationDisplay = {
  type: {
    name: "Composite",
    className: "OperationDisplay",
    modelProperties: {
      provider: {
        serializedName: "provider",
        type: {
          name: "String"
        }
      },
      resource: {
        serializedName: "resource",
        type: {
          name: "String"
        }
      },
      operation: {
        serializedName: "operation",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourcesHistoryRequest = {
  type: {
    name: "Composite",
    className: "ResourcesHistoryRequest",
    modelProperties: {
      subscriptions: {
        serializedName: "subscriptions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      query: {
        serializedName: "query",
        type: {
          name: "String"
        }
      },
      options: {
        serializedName: "options",
        type: {
          name: "Composite",
          className: "ResourcesHistoryRequestOptions"
        }
      },
      managementGroups: {
        serializedName: "managementGroups",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
};
var ResourcesHistoryRequestOptions = {
  type: {
    name: "Composite",
    className: "ResourcesHistoryRequestOptions",
    modelProperties: {
      interval: {
        serializedName: "interval",
        type: {
          name: "Composite",
          className: "DateTimeInterval"
        }
      },
      top: {
        constraints: {
          InclusiveMaximum: 1e3,
          InclusiveMinimum: 1
        },
        serializedName: "$top",
        type: {
          name: "Number"
        }
      },
      skip: {
        constraints: {
          InclusiveMinimum: 0
        },
        serializedName: "$skip",
        type: {
          name: "Number"
        }
      },
      skipToken: {
        serializedName: "$skipToken",
        type: {
          name: "String"
        }
      },
      resultFormat: {
        serializedName: "resultFormat",
        type: {
          name: "Enum",
          allowedValues: ["table", "objectArray"]
        }
      }
    }
  }
};
var DateTimeInterval = {
  type: {
    name: "Composite",
    className: "DateTimeInterval",
    modelProperties: {
      start: {
        serializedName: "start",
        required: true,
        type: {
          name: "DateTime"
        }
      },
      end: {
        serializedName: "end",
        required: true,
        type: {
          name: "DateTime"
        }
      }
    }
  }
};
var Table = {
  type: {
    name: "Composite",
    className: "Table",
    modelProperties: {
      columns: {
        serializedName: "columns",
        required: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Column"
            }
          }
        }
      },
      rows: {
        serializedName: "rows",
        required: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Sequence",
              element: {
                type: {
                  name: "Dictionary",
                  value: { type: { name: "any" } }
                }
              }
            }
          }
        }
      }
    }
  }
};
var Column = {
  type: {
    name: "Composite",
    className: "Column",
    modelProperties: {
      name: {
        serializedName: "name",
        required: true,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        required: true,
        type: {
          name: "Enum",
          allowedValues: [
            "string",
            "integer",
            "number",
            "boolean",
            "object",
            "datetime"
          ]
        }
      }
    }
  }
};
var FacetResult = {
  serializedName: "FacetResult",
  type: {
    name: "Composite",
    className: "FacetResult",
    uberParent: "Facet",
    polymorphicDiscriminator: Facet.type.polymorphicDiscriminator,
    modelProperties: {
      ...Facet.type.modelProperties,
      totalRecords: {
        serializedName: "totalRecords",
        required: true,
        type: {
          name: "Number"
        }
      },
      count: {
        serializedName: "count",
        required: true,
        type: {
          name: "Number"
        }
      },
      data: {
        serializedName: "data",
        required: true,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      }
    }
  }
};
var FacetError = {
  serializedName: "FacetError",
  type: {
    name: "Composite",
    className: "FacetError",
    uberParent: "Facet",
    polymorphicDiscriminator: Facet.type.polymorphicDiscriminator,
    modelProperties: {
      ...Facet.type.modelProperties,
      errors: {
        serializedName: "errors",
        required: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorDetails"
            }
          }
        }
      }
    }
  }
};
var discriminators = {
  Facet,
  "Facet.FacetResult": FacetResult,
  "Facet.FacetError": FacetError
};

// node_modules/@azure/arm-resourcegraph/dist/esm/models/parameters.js
var contentType = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var query = {
  parameterPath: "query",
  mapper: QueryRequest
};
var accept = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var $host = {
  parameterPath: "$host",
  mapper: {
    serializedName: "$host",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var apiVersion = {
  parameterPath: "apiVersion",
  mapper: {
    defaultValue: "2021-06-01-preview",
    isConstant: true,
    serializedName: "api-version",
    type: {
      name: "String"
    }
  }
};
var request = {
  parameterPath: "request",
  mapper: ResourcesHistoryRequest
};

// node_modules/@azure/arm-resourcegraph/dist/esm/operations/operations.js
var OperationsImpl = class {
  client;
  /**
   * Initialize a new instance of the class Operations class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists all of the available REST API operations.
   * @param options The options parameters.
   */
  list(options) {
    const iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  async *listPagingPage(options, _settings) {
    let result;
    result = await this._list(options);
    yield result.value || [];
  }
  async *listPagingAll(options) {
    for await (const page of this.listPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Lists all of the available REST API operations.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec);
  }
};
var serializer = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listOperationSpec = {
  path: "/providers/Microsoft.ResourceGraph/operations",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OperationListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [accept],
  serializer
};

// node_modules/@azure/arm-resourcegraph/dist/esm/resourceGraphClient.js
var ResourceGraphClient = class extends ServiceClient {
  $host;
  apiVersion;
  /**
   * Initializes a new instance of the ResourceGraphClient class.
   * @param credentials Subscription credentials which uniquely identify client subscription.
   * @param options The parameter options
   */
  constructor(credentials, options) {
    if (credentials === void 0) {
      throw new Error("'credentials' cannot be null");
    }
    if (!options) {
      options = {};
    }
    const defaults = {
      requestContentType: "application/json; charset=utf-8",
      credential: credentials
    };
    const packageDetails = `azsdk-js-arm-resourcegraph/5.0.0-beta.4`;
    const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    const optionsWithDefaults = {
      ...defaults,
      ...options,
      userAgentOptions: {
        userAgentPrefix
      },
      endpoint: options.endpoint ?? options.baseUri ?? "https://management.azure.com"
    };
    super(optionsWithDefaults);
    let bearerTokenAuthenticationPolicyFound = false;
    if (options?.pipeline && options.pipeline.getOrderedPolicies().length > 0) {
      const pipelinePolicies = options.pipeline.getOrderedPolicies();
      bearerTokenAuthenticationPolicyFound = pipelinePolicies.some((pipelinePolicy) => pipelinePolicy.name === bearerTokenAuthenticationPolicyName);
    }
    if (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) {
      this.pipeline.removePolicy({
        name: bearerTokenAuthenticationPolicyName
      });
      this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({
        credential: credentials,
        scopes: optionsWithDefaults.credentialScopes ?? `${optionsWithDefaults.endpoint}/.default`,
        challengeCallbacks: {
          authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge
        }
      }));
    }
    this.$host = options.$host || "https://management.azure.com";
    this.apiVersion = options.apiVersion || "2021-06-01-preview";
    this.operations = new OperationsImpl(this);
    this.addCustomApiVersionPolicy(options.apiVersion);
  }
  /** A function that adds a policy that sets the api-version (or equivalent) to reflect the library version. */
  addCustomApiVersionPolicy(apiVersion3) {
    if (!apiVersion3) {
      return;
    }
    const apiVersionPolicy = {
      name: "CustomApiVersionPolicy",
      async sendRequest(request2, next) {
        const param = request2.url.split("?");
        if (param.length > 1) {
          const newParams = param[1].split("&").map((item) => {
            if (item.indexOf("api-version") > -1) {
              return "api-version=" + apiVersion3;
            } else {
              return item;
            }
          });
          request2.url = param[0] + "?" + newParams.join("&");
        }
        return next(request2);
      }
    };
    this.pipeline.addPolicy(apiVersionPolicy);
  }
  /**
   * Queries the resources managed by Azure Resource Manager for scopes specified in the request.
   * @param query Request specifying query and its options.
   * @param options The options parameters.
   */
  resources(query2, options) {
    return this.sendOperationRequest({ query: query2, options }, resourcesOperationSpec);
  }
  /**
   * List all snapshots of a resource for a given time interval.
   * @param request Request specifying the query and its options.
   * @param options The options parameters.
   */
  resourcesHistory(request2, options) {
    return this.sendOperationRequest({ request: request2, options }, resourcesHistoryOperationSpec);
  }
  operations;
};
var serializer2 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var resourcesOperationSpec = {
  path: "/providers/Microsoft.ResourceGraph/resources",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: QueryResponse
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: query,
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [contentType, accept],
  mediaType: "json",
  serializer: serializer2
};
var resourcesHistoryOperationSpec = {
  path: "/providers/Microsoft.ResourceGraph/resourcesHistory",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: {
        type: { name: "Dictionary", value: { type: { name: "any" } } }
      }
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: request,
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [contentType, accept],
  mediaType: "json",
  serializer: serializer2
};

// node_modules/@azure/arm-resources/dist/esm/pagingHelper.js
var pageMap = /* @__PURE__ */ new WeakMap();
function setContinuationToken(page, continuationToken) {
  if (typeof page !== "object" || page === null || !continuationToken) {
    return;
  }
  const pageInfo = pageMap.get(page) ?? {};
  pageInfo.continuationToken = continuationToken;
  pageMap.set(page, pageInfo);
}

// node_modules/@azure/arm-resources/dist/esm/models/index.js
var KnownAliasPathTokenType;
(function(KnownAliasPathTokenType2) {
  KnownAliasPathTokenType2["NotSpecified"] = "NotSpecified";
  KnownAliasPathTokenType2["Any"] = "Any";
  KnownAliasPathTokenType2["String"] = "String";
  KnownAliasPathTokenType2["Object"] = "Object";
  KnownAliasPathTokenType2["Array"] = "Array";
  KnownAliasPathTokenType2["Integer"] = "Integer";
  KnownAliasPathTokenType2["Number"] = "Number";
  KnownAliasPathTokenType2["Boolean"] = "Boolean";
})(KnownAliasPathTokenType || (KnownAliasPathTokenType = {}));
var KnownAliasPathAttributes;
(function(KnownAliasPathAttributes2) {
  KnownAliasPathAttributes2["None"] = "None";
  KnownAliasPathAttributes2["Modifiable"] = "Modifiable";
})(KnownAliasPathAttributes || (KnownAliasPathAttributes = {}));
var KnownProviderAuthorizationConsentState;
(function(KnownProviderAuthorizationConsentState2) {
  KnownProviderAuthorizationConsentState2["NotSpecified"] = "NotSpecified";
  KnownProviderAuthorizationConsentState2["Required"] = "Required";
  KnownProviderAuthorizationConsentState2["NotRequired"] = "NotRequired";
  KnownProviderAuthorizationConsentState2["Consented"] = "Consented";
})(KnownProviderAuthorizationConsentState || (KnownProviderAuthorizationConsentState = {}));
var KnownExtendedLocationType;
(function(KnownExtendedLocationType2) {
  KnownExtendedLocationType2["EdgeZone"] = "EdgeZone";
})(KnownExtendedLocationType || (KnownExtendedLocationType = {}));
var KnownExportTemplateOutputFormat;
(function(KnownExportTemplateOutputFormat2) {
  KnownExportTemplateOutputFormat2["Json"] = "Json";
  KnownExportTemplateOutputFormat2["Bicep"] = "Bicep";
})(KnownExportTemplateOutputFormat || (KnownExportTemplateOutputFormat = {}));
var KnownTagsPatchOperation;
(function(KnownTagsPatchOperation2) {
  KnownTagsPatchOperation2["Replace"] = "Replace";
  KnownTagsPatchOperation2["Merge"] = "Merge";
  KnownTagsPatchOperation2["Delete"] = "Delete";
})(KnownTagsPatchOperation || (KnownTagsPatchOperation = {}));

// node_modules/@azure/arm-resources/dist/esm/models/mappers.js
var mappers_exports2 = {};
__export(mappers_exports2, {
  Alias: () => Alias,
  AliasPath: () => AliasPath,
  AliasPathMetadata: () => AliasPathMetadata,
  AliasPattern: () => AliasPattern,
  ApiProfile: () => ApiProfile,
  CloudError: () => CloudError,
  ErrorAdditionalInfo: () => ErrorAdditionalInfo,
  ErrorResponse: () => ErrorResponse2,
  ExportTemplateRequest: () => ExportTemplateRequest,
  ExtendedLocation: () => ExtendedLocation,
  GenericResource: () => GenericResource,
  GenericResourceExpanded: () => GenericResourceExpanded,
  GenericResourceFilter: () => GenericResourceFilter,
  Identity: () => Identity,
  IdentityUserAssignedIdentitiesValue: () => IdentityUserAssignedIdentitiesValue,
  Operation: () => Operation2,
  OperationDisplay: () => OperationDisplay2,
  OperationListResult: () => OperationListResult2,
  Permission: () => Permission,
  Plan: () => Plan,
  Provider: () => Provider,
  ProviderConsentDefinition: () => ProviderConsentDefinition,
  ProviderExtendedLocation: () => ProviderExtendedLocation,
  ProviderListResult: () => ProviderListResult,
  ProviderPermission: () => ProviderPermission,
  ProviderPermissionListResult: () => ProviderPermissionListResult,
  ProviderRegistrationRequest: () => ProviderRegistrationRequest,
  ProviderResourceType: () => ProviderResourceType,
  ProviderResourceTypeListResult: () => ProviderResourceTypeListResult,
  Resource: () => Resource,
  ResourceGroup: () => ResourceGroup,
  ResourceGroupExportResult: () => ResourceGroupExportResult,
  ResourceGroupFilter: () => ResourceGroupFilter,
  ResourceGroupListResult: () => ResourceGroupListResult,
  ResourceGroupPatchable: () => ResourceGroupPatchable,
  ResourceGroupProperties: () => ResourceGroupProperties,
  ResourceGroupsDeleteHeaders: () => ResourceGroupsDeleteHeaders,
  ResourceListResult: () => ResourceListResult,
  ResourceProviderOperationDisplayProperties: () => ResourceProviderOperationDisplayProperties,
  ResourcesMoveInfo: () => ResourcesMoveInfo,
  RoleDefinition: () => RoleDefinition,
  Sku: () => Sku,
  SubResource: () => SubResource,
  TagCount: () => TagCount,
  TagDetails: () => TagDetails,
  TagValue: () => TagValue,
  Tags: () => Tags,
  TagsCreateOrUpdateAtScopeHeaders: () => TagsCreateOrUpdateAtScopeHeaders,
  TagsDeleteAtScopeHeaders: () => TagsDeleteAtScopeHeaders,
  TagsListResult: () => TagsListResult,
  TagsPatchResource: () => TagsPatchResource,
  TagsResource: () => TagsResource,
  TagsUpdateAtScopeHeaders: () => TagsUpdateAtScopeHeaders,
  ZoneMapping: () => ZoneMapping
});
var OperationListResult2 = {
  type: {
    name: "Composite",
    className: "OperationListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Operation"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      }
    }
  }
};
var Operation2 = {
  type: {
    name: "Composite",
    className: "Operation",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      display: {
        serializedName: "display",
        type: {
          name: "Composite",
          className: "OperationDisplay"
        }
      }
    }
  }
};
var OperationDisplay2 = {
  type: {
    name: "Composite",
    className: "OperationDisplay",
    modelProperties: {
      provider: {
        serializedName: "provider",
        type: {
          name: "String"
        }
      },
      resource: {
        serializedName: "resource",
        type: {
          name: "String"
        }
      },
      operation: {
        serializedName: "operation",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      }
    }
  }
};
var CloudError = {
  type: {
    name: "Composite",
    className: "CloudError",
    modelProperties: {
      error: {
        serializedName: "error",
        type: {
          name: "Composite",
          className: "ErrorResponse"
        }
      }
    }
  }
};
var ErrorResponse2 = {
  type: {
    name: "Composite",
    className: "ErrorResponse",
    modelProperties: {
      code: {
        serializedName: "code",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      target: {
        serializedName: "target",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      details: {
        serializedName: "details",
        readOnly: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorResponse"
            }
          }
        }
      },
      additionalInfo: {
        serializedName: "additionalInfo",
        readOnly: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorAdditionalInfo"
            }
          }
        }
      }
    }
  }
};
var ErrorAdditionalInfo = {
  type: {
    name: "Composite",
    className: "ErrorAdditionalInfo",
    modelProperties: {
      type: {
        serializedName: "type",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      info: {
        serializedName: "info",
        readOnly: true,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      }
    }
  }
};
var Provider = {
  type: {
    name: "Composite",
    className: "Provider",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      namespace: {
        serializedName: "namespace",
        type: {
          name: "String"
        }
      },
      registrationState: {
        serializedName: "registrationState",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      registrationPolicy: {
        serializedName: "registrationPolicy",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      resourceTypes: {
        serializedName: "resourceTypes",
        readOnly: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ProviderResourceType"
            }
          }
        }
      },
      providerAuthorizationConsentState: {
        serializedName: "providerAuthorizationConsentState",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ProviderResourceType = {
  type: {
    name: "Composite",
    className: "ProviderResourceType",
    modelProperties: {
      resourceType: {
        serializedName: "resourceType",
        type: {
          name: "String"
        }
      },
      locations: {
        serializedName: "locations",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      locationMappings: {
        serializedName: "locationMappings",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ProviderExtendedLocation"
            }
          }
        }
      },
      aliases: {
        serializedName: "aliases",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Alias"
            }
          }
        }
      },
      apiVersions: {
        serializedName: "apiVersions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      defaultApiVersion: {
        serializedName: "defaultApiVersion",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      zoneMappings: {
        serializedName: "zoneMappings",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ZoneMapping"
            }
          }
        }
      },
      apiProfiles: {
        serializedName: "apiProfiles",
        readOnly: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ApiProfile"
            }
          }
        }
      },
      capabilities: {
        serializedName: "capabilities",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "properties",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
};
var ProviderExtendedLocation = {
  type: {
    name: "Composite",
    className: "ProviderExtendedLocation",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      extendedLocations: {
        serializedName: "extendedLocations",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
};
var Alias = {
  type: {
    name: "Composite",
    className: "Alias",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      paths: {
        serializedName: "paths",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "AliasPath"
            }
          }
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "Enum",
          allowedValues: ["NotSpecified", "PlainText", "Mask"]
        }
      },
      defaultPath: {
        serializedName: "defaultPath",
        type: {
          name: "String"
        }
      },
      defaultPattern: {
        serializedName: "defaultPattern",
        type: {
          name: "Composite",
          className: "AliasPattern"
        }
      },
      defaultMetadata: {
        serializedName: "defaultMetadata",
        type: {
          name: "Composite",
          className: "AliasPathMetadata"
        }
      }
    }
  }
};
var AliasPath = {
  type: {
    name: "Composite",
    className: "AliasPath",
    modelProperties: {
      path: {
        serializedName: "path",
        type: {
          name: "String"
        }
      },
      apiVersions: {
        serializedName: "apiVersions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      pattern: {
        serializedName: "pattern",
        type: {
          name: "Composite",
          className: "AliasPattern"
        }
      },
      metadata: {
        serializedName: "metadata",
        type: {
          name: "Composite",
          className: "AliasPathMetadata"
        }
      }
    }
  }
};
var AliasPattern = {
  type: {
    name: "Composite",
    className: "AliasPattern",
    modelProperties: {
      phrase: {
        serializedName: "phrase",
        type: {
          name: "String"
        }
      },
      variable: {
        serializedName: "variable",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "Enum",
          allowedValues: ["NotSpecified", "Extract"]
        }
      }
    }
  }
};
var AliasPathMetadata = {
  type: {
    name: "Composite",
    className: "AliasPathMetadata",
    modelProperties: {
      type: {
        serializedName: "type",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      attributes: {
        serializedName: "attributes",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ZoneMapping = {
  type: {
    name: "Composite",
    className: "ZoneMapping",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      zones: {
        serializedName: "zones",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
};
var ApiProfile = {
  type: {
    name: "Composite",
    className: "ApiProfile",
    modelProperties: {
      profileVersion: {
        serializedName: "profileVersion",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      apiVersion: {
        serializedName: "apiVersion",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ProviderPermissionListResult = {
  type: {
    name: "Composite",
    className: "ProviderPermissionListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ProviderPermission"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ProviderPermission = {
  type: {
    name: "Composite",
    className: "ProviderPermission",
    modelProperties: {
      applicationId: {
        serializedName: "applicationId",
        type: {
          name: "String"
        }
      },
      roleDefinition: {
        serializedName: "roleDefinition",
        type: {
          name: "Composite",
          className: "RoleDefinition"
        }
      },
      managedByRoleDefinition: {
        serializedName: "managedByRoleDefinition",
        type: {
          name: "Composite",
          className: "RoleDefinition"
        }
      },
      providerAuthorizationConsentState: {
        serializedName: "providerAuthorizationConsentState",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleDefinition = {
  type: {
    name: "Composite",
    className: "RoleDefinition",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      isServiceRole: {
        serializedName: "isServiceRole",
        type: {
          name: "Boolean"
        }
      },
      permissions: {
        serializedName: "permissions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Permission"
            }
          }
        }
      },
      scopes: {
        serializedName: "scopes",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
};
var Permission = {
  type: {
    name: "Composite",
    className: "Permission",
    modelProperties: {
      actions: {
        serializedName: "actions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      notActions: {
        serializedName: "notActions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      dataActions: {
        serializedName: "dataActions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      notDataActions: {
        serializedName: "notDataActions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
};
var ProviderRegistrationRequest = {
  type: {
    name: "Composite",
    className: "ProviderRegistrationRequest",
    modelProperties: {
      thirdPartyProviderConsent: {
        serializedName: "thirdPartyProviderConsent",
        type: {
          name: "Composite",
          className: "ProviderConsentDefinition"
        }
      }
    }
  }
};
var ProviderConsentDefinition = {
  type: {
    name: "Composite",
    className: "ProviderConsentDefinition",
    modelProperties: {
      consentToAuthorization: {
        serializedName: "consentToAuthorization",
        type: {
          name: "Boolean"
        }
      }
    }
  }
};
var ProviderListResult = {
  type: {
    name: "Composite",
    className: "ProviderListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Provider"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ProviderResourceTypeListResult = {
  type: {
    name: "Composite",
    className: "ProviderResourceTypeListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ProviderResourceType"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourceListResult = {
  type: {
    name: "Composite",
    className: "ResourceListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "GenericResourceExpanded"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var Plan = {
  type: {
    name: "Composite",
    className: "Plan",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      publisher: {
        serializedName: "publisher",
        type: {
          name: "String"
        }
      },
      product: {
        serializedName: "product",
        type: {
          name: "String"
        }
      },
      promotionCode: {
        serializedName: "promotionCode",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "version",
        type: {
          name: "String"
        }
      }
    }
  }
};
var Sku = {
  type: {
    name: "Composite",
    className: "Sku",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      tier: {
        serializedName: "tier",
        type: {
          name: "String"
        }
      },
      size: {
        serializedName: "size",
        type: {
          name: "String"
        }
      },
      family: {
        serializedName: "family",
        type: {
          name: "String"
        }
      },
      model: {
        serializedName: "model",
        type: {
          name: "String"
        }
      },
      capacity: {
        serializedName: "capacity",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var Identity = {
  type: {
    name: "Composite",
    className: "Identity",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      tenantId: {
        serializedName: "tenantId",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "Enum",
          allowedValues: [
            "SystemAssigned",
            "UserAssigned",
            "SystemAssigned, UserAssigned",
            "None"
          ]
        }
      },
      userAssignedIdentities: {
        serializedName: "userAssignedIdentities",
        type: {
          name: "Dictionary",
          value: {
            type: {
              name: "Composite",
              className: "IdentityUserAssignedIdentitiesValue"
            }
          }
        }
      }
    }
  }
};
var IdentityUserAssignedIdentitiesValue = {
  type: {
    name: "Composite",
    className: "IdentityUserAssignedIdentitiesValue",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      clientId: {
        serializedName: "clientId",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var Resource = {
  type: {
    name: "Composite",
    className: "Resource",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      extendedLocation: {
        serializedName: "extendedLocation",
        type: {
          name: "Composite",
          className: "ExtendedLocation"
        }
      },
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
};
var ExtendedLocation = {
  type: {
    name: "Composite",
    className: "ExtendedLocation",
    modelProperties: {
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourceGroup = {
  type: {
    name: "Composite",
    className: "ResourceGroup",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "ResourceGroupProperties"
        }
      },
      location: {
        serializedName: "location",
        required: true,
        type: {
          name: "String"
        }
      },
      managedBy: {
        serializedName: "managedBy",
        type: {
          name: "String"
        }
      },
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
};
var ResourceGroupProperties = {
  type: {
    name: "Composite",
    className: "ResourceGroupProperties",
    modelProperties: {
      provisioningState: {
        serializedName: "provisioningState",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourceGroupPatchable = {
  type: {
    name: "Composite",
    className: "ResourceGroupPatchable",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "ResourceGroupProperties"
        }
      },
      managedBy: {
        serializedName: "managedBy",
        type: {
          name: "String"
        }
      },
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
};
var ExportTemplateRequest = {
  type: {
    name: "Composite",
    className: "ExportTemplateRequest",
    modelProperties: {
      resources: {
        serializedName: "resources",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      options: {
        serializedName: "options",
        type: {
          name: "String"
        }
      },
      outputFormat: {
        serializedName: "outputFormat",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourceGroupExportResult = {
  type: {
    name: "Composite",
    className: "ResourceGroupExportResult",
    modelProperties: {
      template: {
        serializedName: "template",
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      },
      output: {
        serializedName: "output",
        type: {
          name: "String"
        }
      },
      error: {
        serializedName: "error",
        type: {
          name: "Composite",
          className: "ErrorResponse"
        }
      }
    }
  }
};
var ResourceGroupListResult = {
  type: {
    name: "Composite",
    className: "ResourceGroupListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ResourceGroup"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourcesMoveInfo = {
  type: {
    name: "Composite",
    className: "ResourcesMoveInfo",
    modelProperties: {
      resources: {
        serializedName: "resources",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      targetResourceGroup: {
        serializedName: "targetResourceGroup",
        type: {
          name: "String"
        }
      }
    }
  }
};
var TagValue = {
  type: {
    name: "Composite",
    className: "TagValue",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      tagValue: {
        serializedName: "tagValue",
        type: {
          name: "String"
        }
      },
      count: {
        serializedName: "count",
        type: {
          name: "Composite",
          className: "TagCount"
        }
      }
    }
  }
};
var TagCount = {
  type: {
    name: "Composite",
    className: "TagCount",
    modelProperties: {
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Number"
        }
      }
    }
  }
};
var TagDetails = {
  type: {
    name: "Composite",
    className: "TagDetails",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      tagName: {
        serializedName: "tagName",
        type: {
          name: "String"
        }
      },
      count: {
        serializedName: "count",
        type: {
          name: "Composite",
          className: "TagCount"
        }
      },
      values: {
        serializedName: "values",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "TagValue"
            }
          }
        }
      }
    }
  }
};
var TagsListResult = {
  type: {
    name: "Composite",
    className: "TagsListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "TagDetails"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var TagsResource = {
  type: {
    name: "Composite",
    className: "TagsResource",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "Tags"
        }
      }
    }
  }
};
var Tags = {
  type: {
    name: "Composite",
    className: "Tags",
    modelProperties: {
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
};
var TagsPatchResource = {
  type: {
    name: "Composite",
    className: "TagsPatchResource",
    modelProperties: {
      operation: {
        serializedName: "operation",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "Tags"
        }
      }
    }
  }
};
var GenericResourceFilter = {
  type: {
    name: "Composite",
    className: "GenericResourceFilter",
    modelProperties: {
      resourceType: {
        serializedName: "resourceType",
        type: {
          name: "String"
        }
      },
      tagname: {
        serializedName: "tagname",
        type: {
          name: "String"
        }
      },
      tagvalue: {
        serializedName: "tagvalue",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourceGroupFilter = {
  type: {
    name: "Composite",
    className: "ResourceGroupFilter",
    modelProperties: {
      tagName: {
        serializedName: "tagName",
        type: {
          name: "String"
        }
      },
      tagValue: {
        serializedName: "tagValue",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourceProviderOperationDisplayProperties = {
  type: {
    name: "Composite",
    className: "ResourceProviderOperationDisplayProperties",
    modelProperties: {
      publisher: {
        serializedName: "publisher",
        type: {
          name: "String"
        }
      },
      provider: {
        serializedName: "provider",
        type: {
          name: "String"
        }
      },
      resource: {
        serializedName: "resource",
        type: {
          name: "String"
        }
      },
      operation: {
        serializedName: "operation",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      }
    }
  }
};
var SubResource = {
  type: {
    name: "Composite",
    className: "SubResource",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      }
    }
  }
};
var GenericResource = {
  type: {
    name: "Composite",
    className: "GenericResource",
    modelProperties: {
      ...Resource.type.modelProperties,
      plan: {
        serializedName: "plan",
        type: {
          name: "Composite",
          className: "Plan"
        }
      },
      properties: {
        serializedName: "properties",
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      },
      kind: {
        constraints: {
          Pattern: new RegExp("^[-\\w\\._,\\(\\)]+$")
        },
        serializedName: "kind",
        type: {
          name: "String"
        }
      },
      managedBy: {
        serializedName: "managedBy",
        type: {
          name: "String"
        }
      },
      sku: {
        serializedName: "sku",
        type: {
          name: "Composite",
          className: "Sku"
        }
      },
      identity: {
        serializedName: "identity",
        type: {
          name: "Composite",
          className: "Identity"
        }
      }
    }
  }
};
var GenericResourceExpanded = {
  type: {
    name: "Composite",
    className: "GenericResourceExpanded",
    modelProperties: {
      ...GenericResource.type.modelProperties,
      createdTime: {
        serializedName: "createdTime",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      changedTime: {
        serializedName: "changedTime",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      provisioningState: {
        serializedName: "provisioningState",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ResourceGroupsDeleteHeaders = {
  type: {
    name: "Composite",
    className: "ResourceGroupsDeleteHeaders",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      }
    }
  }
};
var TagsCreateOrUpdateAtScopeHeaders = {
  type: {
    name: "Composite",
    className: "TagsCreateOrUpdateAtScopeHeaders",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      }
    }
  }
};
var TagsUpdateAtScopeHeaders = {
  type: {
    name: "Composite",
    className: "TagsUpdateAtScopeHeaders",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      }
    }
  }
};
var TagsDeleteAtScopeHeaders = {
  type: {
    name: "Composite",
    className: "TagsDeleteAtScopeHeaders",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      }
    }
  }
};

// node_modules/@azure/arm-resources/dist/esm/models/parameters.js
var accept2 = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var $host2 = {
  parameterPath: "$host",
  mapper: {
    serializedName: "$host",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var apiVersion2 = {
  parameterPath: "apiVersion",
  mapper: {
    defaultValue: "2025-04-01",
    isConstant: true,
    serializedName: "api-version",
    type: {
      name: "String"
    }
  }
};
var nextLink = {
  parameterPath: "nextLink",
  mapper: {
    serializedName: "nextLink",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var resourceProviderNamespace = {
  parameterPath: "resourceProviderNamespace",
  mapper: {
    serializedName: "resourceProviderNamespace",
    required: true,
    type: {
      name: "String"
    }
  }
};
var subscriptionId = {
  parameterPath: "subscriptionId",
  mapper: {
    serializedName: "subscriptionId",
    required: true,
    type: {
      name: "String"
    }
  }
};
var groupId = {
  parameterPath: "groupId",
  mapper: {
    constraints: {
      MaxLength: 90,
      MinLength: 1
    },
    serializedName: "groupId",
    required: true,
    type: {
      name: "String"
    }
  }
};
var contentType2 = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var properties = {
  parameterPath: ["options", "properties"],
  mapper: ProviderRegistrationRequest
};
var expand = {
  parameterPath: ["options", "expand"],
  mapper: {
    serializedName: "$expand",
    type: {
      name: "String"
    }
  }
};
var resourceGroupName = {
  parameterPath: "resourceGroupName",
  mapper: {
    constraints: {
      Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
      MaxLength: 90,
      MinLength: 1
    },
    serializedName: "resourceGroupName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var filter = {
  parameterPath: ["options", "filter"],
  mapper: {
    serializedName: "$filter",
    type: {
      name: "String"
    }
  }
};
var top = {
  parameterPath: ["options", "top"],
  mapper: {
    serializedName: "$top",
    type: {
      name: "Number"
    }
  }
};
var parameters = {
  parameterPath: "parameters",
  mapper: ResourcesMoveInfo
};
var sourceResourceGroupName = {
  parameterPath: "sourceResourceGroupName",
  mapper: {
    constraints: {
      Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
      MaxLength: 90,
      MinLength: 1
    },
    serializedName: "sourceResourceGroupName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var parentResourcePath = {
  parameterPath: "parentResourcePath",
  mapper: {
    serializedName: "parentResourcePath",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var resourceType = {
  parameterPath: "resourceType",
  mapper: {
    serializedName: "resourceType",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var resourceName = {
  parameterPath: "resourceName",
  mapper: {
    serializedName: "resourceName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var apiVersion1 = {
  parameterPath: "apiVersion",
  mapper: {
    serializedName: "api-version",
    required: true,
    type: {
      name: "String"
    }
  }
};
var parameters1 = {
  parameterPath: "parameters",
  mapper: GenericResource
};
var resourceId = {
  parameterPath: "resourceId",
  mapper: {
    serializedName: "resourceId",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var parameters2 = {
  parameterPath: "parameters",
  mapper: ResourceGroup
};
var forceDeletionTypes = {
  parameterPath: ["options", "forceDeletionTypes"],
  mapper: {
    serializedName: "forceDeletionTypes",
    type: {
      name: "String"
    }
  }
};
var parameters3 = {
  parameterPath: "parameters",
  mapper: ResourceGroupPatchable
};
var parameters4 = {
  parameterPath: "parameters",
  mapper: ExportTemplateRequest
};
var resourceGroupName1 = {
  parameterPath: "resourceGroupName",
  mapper: {
    constraints: {
      MaxLength: 90,
      MinLength: 1
    },
    serializedName: "resourceGroupName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var tagName = {
  parameterPath: "tagName",
  mapper: {
    serializedName: "tagName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var tagValue = {
  parameterPath: "tagValue",
  mapper: {
    serializedName: "tagValue",
    required: true,
    type: {
      name: "String"
    }
  }
};
var parameters5 = {
  parameterPath: "parameters",
  mapper: TagsResource
};
var scope = {
  parameterPath: "scope",
  mapper: {
    serializedName: "scope",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var parameters6 = {
  parameterPath: "parameters",
  mapper: TagsPatchResource
};

// node_modules/@azure/arm-resources/dist/esm/operations/operations.js
var OperationsImpl2 = class {
  client;
  /**
   * Initialize a new instance of the class Operations class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists all of the available Microsoft.Resources REST API operations.
   * @param options The options parameters.
   */
  list(options) {
    const iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  async *listPagingPage(options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._list(options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listNext(continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listPagingAll(options) {
    for await (const page of this.listPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Lists all of the available Microsoft.Resources REST API operations.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec2);
  }
  /**
   * ListNext
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listNextOperationSpec);
  }
};
var serializer3 = createSerializer(
  mappers_exports2,
  /* isXml */
  false
);
var listOperationSpec2 = {
  path: "/providers/Microsoft.Resources/operations",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OperationListResult2
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [$host2],
  headerParameters: [accept2],
  serializer: serializer3
};
var listNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OperationListResult2
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host2, nextLink],
  headerParameters: [accept2],
  serializer: serializer3
};

// node_modules/@azure/arm-resources/dist/esm/operations/providers.js
var ProvidersImpl = class {
  client;
  /**
   * Initialize a new instance of the class Providers class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets all resource providers for a subscription.
   * @param options The options parameters.
   */
  list(options) {
    const iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  async *listPagingPage(options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._list(options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listNext(continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listPagingAll(options) {
    for await (const page of this.listPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Gets all resource providers for the tenant.
   * @param options The options parameters.
   */
  listAtTenantScope(options) {
    const iter = this.listAtTenantScopePagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listAtTenantScopePagingPage(options, settings);
      }
    };
  }
  async *listAtTenantScopePagingPage(options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._listAtTenantScope(options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listAtTenantScopeNext(continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listAtTenantScopePagingAll(options) {
    for await (const page of this.listAtTenantScopePagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Unregisters a subscription from a resource provider.
   * @param resourceProviderNamespace The namespace of the resource provider to unregister.
   * @param options The options parameters.
   */
  unregister(resourceProviderNamespace2, options) {
    return this.client.sendOperationRequest({ resourceProviderNamespace: resourceProviderNamespace2, options }, unregisterOperationSpec);
  }
  /**
   * Registers a management group with a resource provider. Use this operation to register a resource
   * provider with resource types that can be deployed at the management group scope. It does not
   * recursively register subscriptions within the management group. Instead, you must register
   * subscriptions individually.
   * @param resourceProviderNamespace The namespace of the resource provider to register.
   * @param groupId The management group ID.
   * @param options The options parameters.
   */
  registerAtManagementGroupScope(resourceProviderNamespace2, groupId2, options) {
    return this.client.sendOperationRequest({ resourceProviderNamespace: resourceProviderNamespace2, groupId: groupId2, options }, registerAtManagementGroupScopeOperationSpec);
  }
  /**
   * Get the provider permissions.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param options The options parameters.
   */
  providerPermissions(resourceProviderNamespace2, options) {
    return this.client.sendOperationRequest({ resourceProviderNamespace: resourceProviderNamespace2, options }, providerPermissionsOperationSpec);
  }
  /**
   * Registers a subscription with a resource provider.
   * @param resourceProviderNamespace The namespace of the resource provider to register.
   * @param options The options parameters.
   */
  register(resourceProviderNamespace2, options) {
    return this.client.sendOperationRequest({ resourceProviderNamespace: resourceProviderNamespace2, options }, registerOperationSpec);
  }
  /**
   * Gets all resource providers for a subscription.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec3);
  }
  /**
   * Gets all resource providers for the tenant.
   * @param options The options parameters.
   */
  _listAtTenantScope(options) {
    return this.client.sendOperationRequest({ options }, listAtTenantScopeOperationSpec);
  }
  /**
   * Gets the specified resource provider.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param options The options parameters.
   */
  get(resourceProviderNamespace2, options) {
    return this.client.sendOperationRequest({ resourceProviderNamespace: resourceProviderNamespace2, options }, getOperationSpec);
  }
  /**
   * Gets the specified resource provider at the tenant level.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param options The options parameters.
   */
  getAtTenantScope(resourceProviderNamespace2, options) {
    return this.client.sendOperationRequest({ resourceProviderNamespace: resourceProviderNamespace2, options }, getAtTenantScopeOperationSpec);
  }
  /**
   * ListNext
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listNextOperationSpec2);
  }
  /**
   * ListAtTenantScopeNext
   * @param nextLink The nextLink from the previous successful call to the ListAtTenantScope method.
   * @param options The options parameters.
   */
  _listAtTenantScopeNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listAtTenantScopeNextOperationSpec);
  }
};
var serializer4 = createSerializer(
  mappers_exports2,
  /* isXml */
  false
);
var unregisterOperationSpec = {
  path: "/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}/unregister",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: Provider
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId
  ],
  headerParameters: [accept2],
  serializer: serializer4
};
var registerAtManagementGroupScopeOperationSpec = {
  path: "/providers/Microsoft.Management/managementGroups/{groupId}/providers/{resourceProviderNamespace}/register",
  httpMethod: "POST",
  responses: {
    200: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    groupId
  ],
  headerParameters: [accept2],
  serializer: serializer4
};
var providerPermissionsOperationSpec = {
  path: "/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}/providerPermissions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderPermissionListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId
  ],
  headerParameters: [accept2],
  serializer: serializer4
};
var registerOperationSpec = {
  path: "/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}/register",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: Provider
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: properties,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId
  ],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer4
};
var listOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/providers",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2, expand],
  urlParameters: [$host2, subscriptionId],
  headerParameters: [accept2],
  serializer: serializer4
};
var listAtTenantScopeOperationSpec = {
  path: "/providers",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2, expand],
  urlParameters: [$host2],
  headerParameters: [accept2],
  serializer: serializer4
};
var getOperationSpec = {
  path: "/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: Provider
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2, expand],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId
  ],
  headerParameters: [accept2],
  serializer: serializer4
};
var getAtTenantScopeOperationSpec = {
  path: "/providers/{resourceProviderNamespace}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: Provider
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2, expand],
  urlParameters: [$host2, resourceProviderNamespace],
  headerParameters: [accept2],
  serializer: serializer4
};
var listNextOperationSpec2 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [
    $host2,
    nextLink,
    subscriptionId
  ],
  headerParameters: [accept2],
  serializer: serializer4
};
var listAtTenantScopeNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host2, nextLink],
  headerParameters: [accept2],
  serializer: serializer4
};

// node_modules/@azure/arm-resources/dist/esm/operations/providerResourceTypes.js
var ProviderResourceTypesImpl = class {
  client;
  /**
   * Initialize a new instance of the class ProviderResourceTypes class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List the resource types for a specified resource provider.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param options The options parameters.
   */
  list(resourceProviderNamespace2, options) {
    return this.client.sendOperationRequest({ resourceProviderNamespace: resourceProviderNamespace2, options }, listOperationSpec4);
  }
};
var serializer5 = createSerializer(
  mappers_exports2,
  /* isXml */
  false
);
var listOperationSpec4 = {
  path: "/subscriptions/{subscriptionId}/providers/{resourceProviderNamespace}/resourceTypes",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderResourceTypeListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2, expand],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId
  ],
  headerParameters: [accept2],
  serializer: serializer5
};

// node_modules/@azure/core-lro/dist/esm/logger.js
var logger = createClientLogger("core-lro");

// node_modules/@azure/core-lro/dist/esm/poller/constants.js
var POLL_INTERVAL_IN_MS = 2e3;
var terminalStates = ["succeeded", "canceled", "failed"];

// node_modules/@azure/core-lro/dist/esm/poller/operation.js
function deserializeState(serializedState) {
  try {
    return JSON.parse(serializedState).state;
  } catch (e) {
    throw new Error(`Unable to deserialize input state: ${serializedState}`);
  }
}
function setStateError(inputs) {
  const { state, stateProxy, isOperationError: isOperationError2 } = inputs;
  return (error) => {
    if (isOperationError2(error)) {
      stateProxy.setError(state, error);
      stateProxy.setFailed(state);
    }
    throw error;
  };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
  let message = currentMessage;
  if (message.slice(-1) !== ".") {
    message = message + ".";
  }
  return message + " " + innerMessage;
}
function simplifyError(err) {
  let message = err.message;
  let code = err.code;
  let curErr = err;
  while (curErr.innererror) {
    curErr = curErr.innererror;
    code = curErr.code;
    message = appendReadableErrorMessage(message, curErr.message);
  }
  return {
    code,
    message
  };
}
function processOperationStatus(result) {
  const { state, stateProxy, status, isDone, processResult, getError, response, setErrorAsResult } = result;
  switch (status) {
    case "succeeded": {
      stateProxy.setSucceeded(state);
      break;
    }
    case "failed": {
      const err = getError === null || getError === void 0 ? void 0 : getError(response);
      let postfix = "";
      if (err) {
        const { code, message } = simplifyError(err);
        postfix = `. ${code}. ${message}`;
      }
      const errStr = `The long-running operation has failed${postfix}`;
      stateProxy.setError(state, new Error(errStr));
      stateProxy.setFailed(state);
      logger.warning(errStr);
      break;
    }
    case "canceled": {
      stateProxy.setCanceled(state);
      break;
    }
  }
  if ((isDone === null || isDone === void 0 ? void 0 : isDone(response, state)) || isDone === void 0 && ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status)) {
    stateProxy.setResult(state, buildResult({
      response,
      state,
      processResult
    }));
  }
}
function buildResult(inputs) {
  const { processResult, response, state } = inputs;
  return processResult ? processResult(response, state) : response;
}
async function initOperation(inputs) {
  const { init, stateProxy, processResult, getOperationStatus: getOperationStatus2, withOperationLocation, setErrorAsResult } = inputs;
  const { operationLocation, resourceLocation, metadata, response } = await init();
  if (operationLocation)
    withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(operationLocation, false);
  const config = {
    metadata,
    operationLocation,
    resourceLocation
  };
  logger.verbose(`LRO: Operation description:`, config);
  const state = stateProxy.initState(config);
  const status = getOperationStatus2({ response, state, operationLocation });
  processOperationStatus({ state, status, stateProxy, response, setErrorAsResult, processResult });
  return state;
}
async function pollOperationHelper(inputs) {
  const { poll, state, stateProxy, operationLocation, getOperationStatus: getOperationStatus2, getResourceLocation: getResourceLocation2, isOperationError: isOperationError2, options } = inputs;
  const response = await poll(operationLocation, options).catch(setStateError({
    state,
    stateProxy,
    isOperationError: isOperationError2
  }));
  const status = getOperationStatus2(response, state);
  logger.verbose(`LRO: Status:
	Polling from: ${state.config.operationLocation}
	Operation status: ${status}
	Polling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
  if (status === "succeeded") {
    const resourceLocation = getResourceLocation2(response, state);
    if (resourceLocation !== void 0) {
      return {
        response: await poll(resourceLocation).catch(setStateError({ state, stateProxy, isOperationError: isOperationError2 })),
        status
      };
    }
  }
  return { response, status };
}
async function pollOperation(inputs) {
  const { poll, state, stateProxy, options, getOperationStatus: getOperationStatus2, getResourceLocation: getResourceLocation2, getOperationLocation: getOperationLocation2, isOperationError: isOperationError2, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult } = inputs;
  const { operationLocation } = state.config;
  if (operationLocation !== void 0) {
    const { response, status } = await pollOperationHelper({
      poll,
      getOperationStatus: getOperationStatus2,
      state,
      stateProxy,
      operationLocation,
      getResourceLocation: getResourceLocation2,
      isOperationError: isOperationError2,
      options
    });
    processOperationStatus({
      status,
      response,
      state,
      stateProxy,
      isDone,
      processResult,
      getError,
      setErrorAsResult
    });
    if (!terminalStates.includes(status)) {
      const intervalInMs = getPollingInterval === null || getPollingInterval === void 0 ? void 0 : getPollingInterval(response);
      if (intervalInMs)
        setDelay(intervalInMs);
      const location = getOperationLocation2 === null || getOperationLocation2 === void 0 ? void 0 : getOperationLocation2(response, state);
      if (location !== void 0) {
        const isUpdated = operationLocation !== location;
        state.config.operationLocation = location;
        withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(location, isUpdated);
      } else
        withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(operationLocation, false);
    }
    updateState === null || updateState === void 0 ? void 0 : updateState(state, response);
  }
}

// node_modules/@azure/core-lro/dist/esm/http/operation.js
function getOperationLocationPollingUrl(inputs) {
  const { azureAsyncOperation, operationLocation } = inputs;
  return operationLocation !== null && operationLocation !== void 0 ? operationLocation : azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
  return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
  return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
  return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
  var _a;
  const { location, requestMethod, requestPath, resourceLocationConfig } = inputs;
  switch (requestMethod) {
    case "PUT": {
      return requestPath;
    }
    case "DELETE": {
      return void 0;
    }
    case "PATCH": {
      return (_a = getDefault()) !== null && _a !== void 0 ? _a : requestPath;
    }
    default: {
      return getDefault();
    }
  }
  function getDefault() {
    switch (resourceLocationConfig) {
      case "azure-async-operation": {
        return void 0;
      }
      case "original-uri": {
        return requestPath;
      }
      case "location":
      default: {
        return location;
      }
    }
  }
}
function inferLroMode(inputs) {
  const { rawResponse, requestMethod, requestPath, resourceLocationConfig } = inputs;
  const operationLocation = getOperationLocationHeader(rawResponse);
  const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
  const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
  const location = getLocationHeader(rawResponse);
  const normalizedRequestMethod = requestMethod === null || requestMethod === void 0 ? void 0 : requestMethod.toLocaleUpperCase();
  if (pollingUrl !== void 0) {
    return {
      mode: "OperationLocation",
      operationLocation: pollingUrl,
      resourceLocation: findResourceLocation({
        requestMethod: normalizedRequestMethod,
        location,
        requestPath,
        resourceLocationConfig
      })
    };
  } else if (location !== void 0) {
    return {
      mode: "ResourceLocation",
      operationLocation: location
    };
  } else if (normalizedRequestMethod === "PUT" && requestPath) {
    return {
      mode: "Body",
      operationLocation: requestPath
    };
  } else {
    return void 0;
  }
}
function transformStatus(inputs) {
  const { status, statusCode } = inputs;
  if (typeof status !== "string" && status !== void 0) {
    throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
  }
  switch (status === null || status === void 0 ? void 0 : status.toLocaleLowerCase()) {
    case void 0:
      return toOperationStatus(statusCode);
    case "succeeded":
      return "succeeded";
    case "failed":
      return "failed";
    case "running":
    case "accepted":
    case "started":
    case "canceling":
    case "cancelling":
      return "running";
    case "canceled":
    case "cancelled":
      return "canceled";
    default: {
      logger.verbose(`LRO: unrecognized operation status: ${status}`);
      return status;
    }
  }
}
function getStatus(rawResponse) {
  var _a;
  const { status } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
  return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
  var _a, _b;
  const { properties: properties2, provisioningState } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
  const status = (_b = properties2 === null || properties2 === void 0 ? void 0 : properties2.provisioningState) !== null && _b !== void 0 ? _b : provisioningState;
  return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
  if (statusCode === 202) {
    return "running";
  } else if (statusCode < 300) {
    return "succeeded";
  } else {
    return "failed";
  }
}
function parseRetryAfter({ rawResponse }) {
  const retryAfter = rawResponse.headers["retry-after"];
  if (retryAfter !== void 0) {
    const retryAfterInSeconds = parseInt(retryAfter);
    return isNaN(retryAfterInSeconds) ? calculatePollingIntervalFromDate(new Date(retryAfter)) : retryAfterInSeconds * 1e3;
  }
  return void 0;
}
function getErrorFromResponse(response) {
  const error = accessBodyProperty(response, "error");
  if (!error) {
    logger.warning(`The long-running operation failed but there is no error property in the response's body`);
    return;
  }
  if (!error.code || !error.message) {
    logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
    return;
  }
  return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
  const timeNow = Math.floor((/* @__PURE__ */ new Date()).getTime());
  const retryAfterTime = retryAfterDate.getTime();
  if (timeNow < retryAfterTime) {
    return retryAfterTime - timeNow;
  }
  return void 0;
}
function getStatusFromInitialResponse(inputs) {
  const { response, state, operationLocation } = inputs;
  function helper() {
    var _a;
    const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
    switch (mode) {
      case void 0:
        return toOperationStatus(response.rawResponse.statusCode);
      case "Body":
        return getOperationStatus(response, state);
      default:
        return "running";
    }
  }
  const status = helper();
  return status === "running" && operationLocation === void 0 ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
  var _a;
  const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
  switch (mode) {
    case "OperationLocation": {
      return getOperationLocationPollingUrl({
        operationLocation: getOperationLocationHeader(rawResponse),
        azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse)
      });
    }
    case "ResourceLocation": {
      return getLocationHeader(rawResponse);
    }
    case "Body":
    default: {
      return void 0;
    }
  }
}
function getOperationStatus({ rawResponse }, state) {
  var _a;
  const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
  switch (mode) {
    case "OperationLocation": {
      return getStatus(rawResponse);
    }
    case "ResourceLocation": {
      return toOperationStatus(rawResponse.statusCode);
    }
    case "Body": {
      return getProvisioningState(rawResponse);
    }
    default:
      throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
  }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop2) {
  var _a, _b;
  return (_a = flatResponse === null || flatResponse === void 0 ? void 0 : flatResponse[prop2]) !== null && _a !== void 0 ? _a : (_b = rawResponse.body) === null || _b === void 0 ? void 0 : _b[prop2];
}
function getResourceLocation(res, state) {
  const loc = accessBodyProperty(res, "resourceLocation");
  if (loc && typeof loc === "string") {
    state.config.resourceLocation = loc;
  }
  return state.config.resourceLocation;
}
function isOperationError(e) {
  return e.name === "RestError";
}

// node_modules/@azure/core-lro/dist/esm/poller/poller.js
var createStateProxy = () => ({
  /**
   * The state at this point is created to be of type OperationState<TResult>.
   * It will be updated later to be of type TState when the
   * customer-provided callback, `updateState`, is called during polling.
   */
  initState: (config) => ({ status: "running", config }),
  setCanceled: (state) => state.status = "canceled",
  setError: (state, error) => state.error = error,
  setResult: (state, result) => state.result = result,
  setRunning: (state) => state.status = "running",
  setSucceeded: (state) => state.status = "succeeded",
  setFailed: (state) => state.status = "failed",
  getError: (state) => state.error,
  getResult: (state) => state.result,
  isCanceled: (state) => state.status === "canceled",
  isFailed: (state) => state.status === "failed",
  isRunning: (state) => state.status === "running",
  isSucceeded: (state) => state.status === "succeeded"
});
function buildCreatePoller(inputs) {
  const { getOperationLocation: getOperationLocation2, getStatusFromInitialResponse: getStatusFromInitialResponse2, getStatusFromPollResponse, isOperationError: isOperationError2, getResourceLocation: getResourceLocation2, getPollingInterval, getError, resolveOnUnsuccessful } = inputs;
  return async ({ init, poll }, options) => {
    const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom } = options || {};
    const stateProxy = createStateProxy();
    const withOperationLocation = withOperationLocationCallback ? /* @__PURE__ */ (() => {
      let called = false;
      return (operationLocation, isUpdated) => {
        if (isUpdated)
          withOperationLocationCallback(operationLocation);
        else if (!called)
          withOperationLocationCallback(operationLocation);
        called = true;
      };
    })() : void 0;
    const state = restoreFrom ? deserializeState(restoreFrom) : await initOperation({
      init,
      stateProxy,
      processResult,
      getOperationStatus: getStatusFromInitialResponse2,
      withOperationLocation,
      setErrorAsResult: !resolveOnUnsuccessful
    });
    let resultPromise;
    const abortController = new AbortController();
    const handlers = /* @__PURE__ */ new Map();
    const handleProgressEvents = async () => handlers.forEach((h) => h(state));
    const cancelErrMsg = "Operation was canceled";
    let currentPollIntervalInMs = intervalInMs;
    const poller = {
      getOperationState: () => state,
      getResult: () => state.result,
      isDone: () => ["succeeded", "failed", "canceled"].includes(state.status),
      isStopped: () => resultPromise === void 0,
      stopPolling: () => {
        abortController.abort();
      },
      toString: () => JSON.stringify({
        state
      }),
      onProgress: (callback) => {
        const s = /* @__PURE__ */ Symbol();
        handlers.set(s, callback);
        return () => handlers.delete(s);
      },
      pollUntilDone: (pollOptions) => resultPromise !== null && resultPromise !== void 0 ? resultPromise : resultPromise = (async () => {
        const { abortSignal: inputAbortSignal } = pollOptions || {};
        function abortListener() {
          abortController.abort();
        }
        const abortSignal = abortController.signal;
        if (inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.aborted) {
          abortController.abort();
        } else if (!abortSignal.aborted) {
          inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.addEventListener("abort", abortListener, { once: true });
        }
        try {
          if (!poller.isDone()) {
            await poller.poll({ abortSignal });
            while (!poller.isDone()) {
              await delay(currentPollIntervalInMs, { abortSignal });
              await poller.poll({ abortSignal });
            }
          }
        } finally {
          inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.removeEventListener("abort", abortListener);
        }
        if (resolveOnUnsuccessful) {
          return poller.getResult();
        } else {
          switch (state.status) {
            case "succeeded":
              return poller.getResult();
            case "canceled":
              throw new Error(cancelErrMsg);
            case "failed":
              throw state.error;
            case "notStarted":
            case "running":
              throw new Error(`Polling completed without succeeding or failing`);
          }
        }
      })().finally(() => {
        resultPromise = void 0;
      }),
      async poll(pollOptions) {
        if (resolveOnUnsuccessful) {
          if (poller.isDone())
            return;
        } else {
          switch (state.status) {
            case "succeeded":
              return;
            case "canceled":
              throw new Error(cancelErrMsg);
            case "failed":
              throw state.error;
          }
        }
        await pollOperation({
          poll,
          state,
          stateProxy,
          getOperationLocation: getOperationLocation2,
          isOperationError: isOperationError2,
          withOperationLocation,
          getPollingInterval,
          getOperationStatus: getStatusFromPollResponse,
          getResourceLocation: getResourceLocation2,
          processResult,
          getError,
          updateState,
          options: pollOptions,
          setDelay: (pollIntervalInMs) => {
            currentPollIntervalInMs = pollIntervalInMs;
          },
          setErrorAsResult: !resolveOnUnsuccessful
        });
        await handleProgressEvents();
        if (!resolveOnUnsuccessful) {
          switch (state.status) {
            case "canceled":
              throw new Error(cancelErrMsg);
            case "failed":
              throw state.error;
          }
        }
      }
    };
    return poller;
  };
}

// node_modules/@azure/core-lro/dist/esm/http/poller.js
async function createHttpPoller(lro, options) {
  const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false } = options || {};
  return buildCreatePoller({
    getStatusFromInitialResponse,
    getStatusFromPollResponse: getOperationStatus,
    isOperationError,
    getOperationLocation,
    getResourceLocation,
    getPollingInterval: parseRetryAfter,
    getError: getErrorFromResponse,
    resolveOnUnsuccessful
  })({
    init: async () => {
      const response = await lro.sendInitialRequest();
      const config = inferLroMode({
        rawResponse: response.rawResponse,
        requestPath: lro.requestPath,
        requestMethod: lro.requestMethod,
        resourceLocationConfig
      });
      return Object.assign({ response, operationLocation: config === null || config === void 0 ? void 0 : config.operationLocation, resourceLocation: config === null || config === void 0 ? void 0 : config.resourceLocation }, (config === null || config === void 0 ? void 0 : config.mode) ? { metadata: { mode: config.mode } } : {});
    },
    poll: lro.sendPollRequest
  }, {
    intervalInMs,
    withOperationLocation,
    restoreFrom,
    updateState,
    processResult: processResult ? ({ flatResponse }, state) => processResult(flatResponse, state) : ({ flatResponse }) => flatResponse
  });
}

// node_modules/@azure/arm-resources/dist/esm/lroImpl.js
function createLroSpec(inputs) {
  const { args, spec, sendOperationFn } = inputs;
  return {
    requestMethod: spec.httpMethod,
    requestPath: spec.path,
    sendInitialRequest: () => sendOperationFn(args, spec),
    sendPollRequest: (path, options) => {
      const { requestBody, ...restSpec } = spec;
      return sendOperationFn(args, {
        ...restSpec,
        httpMethod: "GET",
        path,
        abortSignal: options?.abortSignal
      });
    }
  };
}

// node_modules/@azure/arm-resources/dist/esm/operations/resources.js
var ResourcesImpl = class {
  client;
  /**
   * Initialize a new instance of the class Resources class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Get all the resources for a resource group.
   * @param resourceGroupName The resource group with the resources to get.
   * @param options The options parameters.
   */
  listByResourceGroup(resourceGroupName2, options) {
    const iter = this.listByResourceGroupPagingAll(resourceGroupName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listByResourceGroupPagingPage(resourceGroupName2, options, settings);
      }
    };
  }
  async *listByResourceGroupPagingPage(resourceGroupName2, options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._listByResourceGroup(resourceGroupName2, options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listByResourceGroupNext(resourceGroupName2, continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listByResourceGroupPagingAll(resourceGroupName2, options) {
    for await (const page of this.listByResourceGroupPagingPage(resourceGroupName2, options)) {
      yield* page;
    }
  }
  /**
   * Get all the resources in a subscription.
   * @param options The options parameters.
   */
  list(options) {
    const iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  async *listPagingPage(options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._list(options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listNext(continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listPagingAll(options) {
    for await (const page of this.listPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Get all the resources for a resource group.
   * @param resourceGroupName The resource group with the resources to get.
   * @param options The options parameters.
   */
  _listByResourceGroup(resourceGroupName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, options }, listByResourceGroupOperationSpec);
  }
  /**
   * The resources to be moved must be in the same source resource group in the source subscription being
   * used. The target resource group may be in a different subscription. When moving resources, both the
   * source group and the target group are locked for the duration of the operation. Write and delete
   * operations are blocked on the groups until the move completes.
   * @param sourceResourceGroupName The name of the resource group from the source subscription
   *                                containing the resources to be moved.
   * @param parameters Parameters for moving resources.
   * @param options The options parameters.
   */
  async beginMoveResources(sourceResourceGroupName2, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { sourceResourceGroupName: sourceResourceGroupName2, parameters: parameters7, options },
      spec: moveResourcesOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * The resources to be moved must be in the same source resource group in the source subscription being
   * used. The target resource group may be in a different subscription. When moving resources, both the
   * source group and the target group are locked for the duration of the operation. Write and delete
   * operations are blocked on the groups until the move completes.
   * @param sourceResourceGroupName The name of the resource group from the source subscription
   *                                containing the resources to be moved.
   * @param parameters Parameters for moving resources.
   * @param options The options parameters.
   */
  async beginMoveResourcesAndWait(sourceResourceGroupName2, parameters7, options) {
    const poller = await this.beginMoveResources(sourceResourceGroupName2, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * This operation checks whether the specified resources can be moved to the target. The resources to
   * be moved must be in the same source resource group in the source subscription being used. The target
   * resource group may be in a different subscription. If validation succeeds, it returns HTTP response
   * code 204 (no content). If validation fails, it returns HTTP response code 409 (Conflict) with an
   * error message. Retrieve the URL in the Location header value to check the result of the long-running
   * operation.
   * @param sourceResourceGroupName The name of the resource group from the source subscription
   *                                containing the resources to be validated for move.
   * @param parameters Parameters for moving resources.
   * @param options The options parameters.
   */
  async beginValidateMoveResources(sourceResourceGroupName2, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { sourceResourceGroupName: sourceResourceGroupName2, parameters: parameters7, options },
      spec: validateMoveResourcesOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * This operation checks whether the specified resources can be moved to the target. The resources to
   * be moved must be in the same source resource group in the source subscription being used. The target
   * resource group may be in a different subscription. If validation succeeds, it returns HTTP response
   * code 204 (no content). If validation fails, it returns HTTP response code 409 (Conflict) with an
   * error message. Retrieve the URL in the Location header value to check the result of the long-running
   * operation.
   * @param sourceResourceGroupName The name of the resource group from the source subscription
   *                                containing the resources to be validated for move.
   * @param parameters Parameters for moving resources.
   * @param options The options parameters.
   */
  async beginValidateMoveResourcesAndWait(sourceResourceGroupName2, parameters7, options) {
    const poller = await this.beginValidateMoveResources(sourceResourceGroupName2, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * Get all the resources in a subscription.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec5);
  }
  /**
   * Checks whether a resource exists.
   * @param resourceGroupName The name of the resource group containing the resource to check. The name
   *                          is case insensitive.
   * @param resourceProviderNamespace The resource provider of the resource to check.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type.
   * @param resourceName The name of the resource to check whether it exists.
   * @param apiVersion The API version to use for the operation.
   * @param options The options parameters.
   */
  checkExistence(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceProviderNamespace: resourceProviderNamespace2,
      parentResourcePath: parentResourcePath2,
      resourceType: resourceType2,
      resourceName: resourceName2,
      apiVersion: apiVersion3,
      options
    }, checkExistenceOperationSpec);
  }
  /**
   * Deletes a resource.
   * @param resourceGroupName The name of the resource group that contains the resource to delete. The
   *                          name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type.
   * @param resourceName The name of the resource to delete.
   * @param apiVersion The API version to use for the operation.
   * @param options The options parameters.
   */
  async beginDelete(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: {
        resourceGroupName: resourceGroupName2,
        resourceProviderNamespace: resourceProviderNamespace2,
        parentResourcePath: parentResourcePath2,
        resourceType: resourceType2,
        resourceName: resourceName2,
        apiVersion: apiVersion3,
        options
      },
      spec: deleteOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * Deletes a resource.
   * @param resourceGroupName The name of the resource group that contains the resource to delete. The
   *                          name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type.
   * @param resourceName The name of the resource to delete.
   * @param apiVersion The API version to use for the operation.
   * @param options The options parameters.
   */
  async beginDeleteAndWait(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, options) {
    const poller = await this.beginDelete(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, options);
    return poller.pollUntilDone();
  }
  /**
   * Creates a resource.
   * @param resourceGroupName The name of the resource group for the resource. The name is case
   *                          insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource to create.
   * @param resourceName The name of the resource to create.
   * @param apiVersion The API version to use for the operation.
   * @param parameters Parameters for creating or updating the resource.
   * @param options The options parameters.
   */
  async beginCreateOrUpdate(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: {
        resourceGroupName: resourceGroupName2,
        resourceProviderNamespace: resourceProviderNamespace2,
        parentResourcePath: parentResourcePath2,
        resourceType: resourceType2,
        resourceName: resourceName2,
        apiVersion: apiVersion3,
        parameters: parameters7,
        options
      },
      spec: createOrUpdateOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * Creates a resource.
   * @param resourceGroupName The name of the resource group for the resource. The name is case
   *                          insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource to create.
   * @param resourceName The name of the resource to create.
   * @param apiVersion The API version to use for the operation.
   * @param parameters Parameters for creating or updating the resource.
   * @param options The options parameters.
   */
  async beginCreateOrUpdateAndWait(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, parameters7, options) {
    const poller = await this.beginCreateOrUpdate(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * Updates a resource.
   * @param resourceGroupName The name of the resource group for the resource. The name is case
   *                          insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource to update.
   * @param resourceName The name of the resource to update.
   * @param apiVersion The API version to use for the operation.
   * @param parameters Parameters for updating the resource.
   * @param options The options parameters.
   */
  async beginUpdate(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: {
        resourceGroupName: resourceGroupName2,
        resourceProviderNamespace: resourceProviderNamespace2,
        parentResourcePath: parentResourcePath2,
        resourceType: resourceType2,
        resourceName: resourceName2,
        apiVersion: apiVersion3,
        parameters: parameters7,
        options
      },
      spec: updateOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * Updates a resource.
   * @param resourceGroupName The name of the resource group for the resource. The name is case
   *                          insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource to update.
   * @param resourceName The name of the resource to update.
   * @param apiVersion The API version to use for the operation.
   * @param parameters Parameters for updating the resource.
   * @param options The options parameters.
   */
  async beginUpdateAndWait(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, parameters7, options) {
    const poller = await this.beginUpdate(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * Gets a resource.
   * @param resourceGroupName The name of the resource group containing the resource to get. The name is
   *                          case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource.
   * @param resourceName The name of the resource to get.
   * @param apiVersion The API version to use for the operation.
   * @param options The options parameters.
   */
  get(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, apiVersion3, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceProviderNamespace: resourceProviderNamespace2,
      parentResourcePath: parentResourcePath2,
      resourceType: resourceType2,
      resourceName: resourceName2,
      apiVersion: apiVersion3,
      options
    }, getOperationSpec2);
  }
  /**
   * Checks by ID whether a resource exists. This API currently works only for a limited set of Resource
   * providers. In the event that a Resource provider does not implement this API, ARM will respond with
   * a 405. The alternative then is to use the GET API to check for the existence of the resource.
   * @param resourceId The fully qualified ID of the resource, including the resource name and resource
   *                   type. Use the format,
   *                   /subscriptions/{guid}/resourceGroups/{resource-group-name}/{resource-provider-namespace}/{resource-type}/{resource-name}
   * @param apiVersion The API version to use for the operation.
   * @param options The options parameters.
   */
  checkExistenceById(resourceId2, apiVersion3, options) {
    return this.client.sendOperationRequest({ resourceId: resourceId2, apiVersion: apiVersion3, options }, checkExistenceByIdOperationSpec);
  }
  /**
   * Deletes a resource by ID.
   * @param resourceId The fully qualified ID of the resource, including the resource name and resource
   *                   type. Use the format,
   *                   /subscriptions/{guid}/resourceGroups/{resource-group-name}/{resource-provider-namespace}/{resource-type}/{resource-name}
   * @param apiVersion The API version to use for the operation.
   * @param options The options parameters.
   */
  async beginDeleteById(resourceId2, apiVersion3, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { resourceId: resourceId2, apiVersion: apiVersion3, options },
      spec: deleteByIdOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * Deletes a resource by ID.
   * @param resourceId The fully qualified ID of the resource, including the resource name and resource
   *                   type. Use the format,
   *                   /subscriptions/{guid}/resourceGroups/{resource-group-name}/{resource-provider-namespace}/{resource-type}/{resource-name}
   * @param apiVersion The API version to use for the operation.
   * @param options The options parameters.
   */
  async beginDeleteByIdAndWait(resourceId2, apiVersion3, options) {
    const poller = await this.beginDeleteById(resourceId2, apiVersion3, options);
    return poller.pollUntilDone();
  }
  /**
   * Create a resource by ID.
   * @param resourceId The fully qualified ID of the resource, including the resource name and resource
   *                   type. Use the format,
   *                   /subscriptions/{guid}/resourceGroups/{resource-group-name}/{resource-provider-namespace}/{resource-type}/{resource-name}
   * @param apiVersion The API version to use for the operation.
   * @param parameters Create or update resource parameters.
   * @param options The options parameters.
   */
  async beginCreateOrUpdateById(resourceId2, apiVersion3, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { resourceId: resourceId2, apiVersion: apiVersion3, parameters: parameters7, options },
      spec: createOrUpdateByIdOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * Create a resource by ID.
   * @param resourceId The fully qualified ID of the resource, including the resource name and resource
   *                   type. Use the format,
   *                   /subscriptions/{guid}/resourceGroups/{resource-group-name}/{resource-provider-namespace}/{resource-type}/{resource-name}
   * @param apiVersion The API version to use for the operation.
   * @param parameters Create or update resource parameters.
   * @param options The options parameters.
   */
  async beginCreateOrUpdateByIdAndWait(resourceId2, apiVersion3, parameters7, options) {
    const poller = await this.beginCreateOrUpdateById(resourceId2, apiVersion3, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * Updates a resource by ID.
   * @param resourceId The fully qualified ID of the resource, including the resource name and resource
   *                   type. Use the format,
   *                   /subscriptions/{guid}/resourceGroups/{resource-group-name}/{resource-provider-namespace}/{resource-type}/{resource-name}
   * @param apiVersion The API version to use for the operation.
   * @param parameters Update resource parameters.
   * @param options The options parameters.
   */
  async beginUpdateById(resourceId2, apiVersion3, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { resourceId: resourceId2, apiVersion: apiVersion3, parameters: parameters7, options },
      spec: updateByIdOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * Updates a resource by ID.
   * @param resourceId The fully qualified ID of the resource, including the resource name and resource
   *                   type. Use the format,
   *                   /subscriptions/{guid}/resourceGroups/{resource-group-name}/{resource-provider-namespace}/{resource-type}/{resource-name}
   * @param apiVersion The API version to use for the operation.
   * @param parameters Update resource parameters.
   * @param options The options parameters.
   */
  async beginUpdateByIdAndWait(resourceId2, apiVersion3, parameters7, options) {
    const poller = await this.beginUpdateById(resourceId2, apiVersion3, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * Gets a resource by ID.
   * @param resourceId The fully qualified ID of the resource, including the resource name and resource
   *                   type. Use the format,
   *                   /subscriptions/{guid}/resourceGroups/{resource-group-name}/{resource-provider-namespace}/{resource-type}/{resource-name}
   * @param apiVersion The API version to use for the operation.
   * @param options The options parameters.
   */
  getById(resourceId2, apiVersion3, options) {
    return this.client.sendOperationRequest({ resourceId: resourceId2, apiVersion: apiVersion3, options }, getByIdOperationSpec);
  }
  /**
   * ListByResourceGroupNext
   * @param resourceGroupName The resource group with the resources to get.
   * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
   * @param options The options parameters.
   */
  _listByResourceGroupNext(resourceGroupName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, nextLink: nextLink2, options }, listByResourceGroupNextOperationSpec);
  }
  /**
   * ListNext
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listNextOperationSpec3);
  }
};
var serializer6 = createSerializer(
  mappers_exports2,
  /* isXml */
  false
);
var listByResourceGroupOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/resources",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ResourceListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [
    apiVersion2,
    expand,
    filter,
    top
  ],
  urlParameters: [
    $host2,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept2],
  serializer: serializer6
};
var moveResourcesOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{sourceResourceGroupName}/moveResources",
  httpMethod: "POST",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    sourceResourceGroupName
  ],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer6
};
var validateMoveResourcesOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{sourceResourceGroupName}/validateMoveResources",
  httpMethod: "POST",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    sourceResourceGroupName
  ],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer6
};
var listOperationSpec5 = {
  path: "/subscriptions/{subscriptionId}/resources",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ResourceListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [
    apiVersion2,
    expand,
    filter,
    top
  ],
  urlParameters: [$host2, subscriptionId],
  headerParameters: [accept2],
  serializer: serializer6
};
var checkExistenceOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}",
  httpMethod: "HEAD",
  responses: {
    204: {},
    404: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId,
    resourceGroupName,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept2],
  serializer: serializer6
};
var deleteOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId,
    resourceGroupName,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept2],
  serializer: serializer6
};
var createOrUpdateOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: GenericResource
    },
    201: {
      bodyMapper: GenericResource
    },
    202: {
      bodyMapper: GenericResource
    },
    204: {
      bodyMapper: GenericResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters1,
  queryParameters: [apiVersion1],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId,
    resourceGroupName,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer6
};
var updateOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: GenericResource
    },
    201: {
      bodyMapper: GenericResource
    },
    202: {
      bodyMapper: GenericResource
    },
    204: {
      bodyMapper: GenericResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters1,
  queryParameters: [apiVersion1],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId,
    resourceGroupName,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer6
};
var getOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: GenericResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [
    $host2,
    resourceProviderNamespace,
    subscriptionId,
    resourceGroupName,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept2],
  serializer: serializer6
};
var checkExistenceByIdOperationSpec = {
  path: "/{resourceId}",
  httpMethod: "HEAD",
  responses: {
    204: {},
    404: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [$host2, resourceId],
  headerParameters: [accept2],
  serializer: serializer6
};
var deleteByIdOperationSpec = {
  path: "/{resourceId}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [$host2, resourceId],
  headerParameters: [accept2],
  serializer: serializer6
};
var createOrUpdateByIdOperationSpec = {
  path: "/{resourceId}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: GenericResource
    },
    201: {
      bodyMapper: GenericResource
    },
    202: {
      bodyMapper: GenericResource
    },
    204: {
      bodyMapper: GenericResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters1,
  queryParameters: [apiVersion1],
  urlParameters: [$host2, resourceId],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer6
};
var updateByIdOperationSpec = {
  path: "/{resourceId}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: GenericResource
    },
    201: {
      bodyMapper: GenericResource
    },
    202: {
      bodyMapper: GenericResource
    },
    204: {
      bodyMapper: GenericResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters1,
  queryParameters: [apiVersion1],
  urlParameters: [$host2, resourceId],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer6
};
var getByIdOperationSpec = {
  path: "/{resourceId}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: GenericResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [$host2, resourceId],
  headerParameters: [accept2],
  serializer: serializer6
};
var listByResourceGroupNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ResourceListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [
    $host2,
    nextLink,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept2],
  serializer: serializer6
};
var listNextOperationSpec3 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ResourceListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [
    $host2,
    nextLink,
    subscriptionId
  ],
  headerParameters: [accept2],
  serializer: serializer6
};

// node_modules/@azure/arm-resources/dist/esm/operations/resourceGroups.js
var ResourceGroupsImpl = class {
  client;
  /**
   * Initialize a new instance of the class ResourceGroups class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets all the resource groups for a subscription.
   * @param options The options parameters.
   */
  list(options) {
    const iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  async *listPagingPage(options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._list(options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listNext(continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listPagingAll(options) {
    for await (const page of this.listPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Checks whether a resource group exists.
   * @param resourceGroupName The name of the resource group to check. The name is case insensitive.
   * @param options The options parameters.
   */
  checkExistence(resourceGroupName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, options }, checkExistenceOperationSpec2);
  }
  /**
   * Creates or updates a resource group.
   * @param resourceGroupName The name of the resource group to create or update. Can include
   *                          alphanumeric, underscore, parentheses, hyphen, period (except at end), and Unicode characters that
   *                          match the allowed characters.
   * @param parameters Parameters supplied to the create or update a resource group.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, parameters7, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, parameters: parameters7, options }, createOrUpdateOperationSpec2);
  }
  /**
   * When you delete a resource group, all of its resources are also deleted. Deleting a resource group
   * deletes all of its template deployments and currently stored operations.
   * @param resourceGroupName The name of the resource group to delete. The name is case insensitive.
   * @param options The options parameters.
   */
  async beginDelete(resourceGroupName2, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { resourceGroupName: resourceGroupName2, options },
      spec: deleteOperationSpec2
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * When you delete a resource group, all of its resources are also deleted. Deleting a resource group
   * deletes all of its template deployments and currently stored operations.
   * @param resourceGroupName The name of the resource group to delete. The name is case insensitive.
   * @param options The options parameters.
   */
  async beginDeleteAndWait(resourceGroupName2, options) {
    const poller = await this.beginDelete(resourceGroupName2, options);
    return poller.pollUntilDone();
  }
  /**
   * Gets a resource group.
   * @param resourceGroupName The name of the resource group to get. The name is case insensitive.
   * @param options The options parameters.
   */
  get(resourceGroupName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, options }, getOperationSpec3);
  }
  /**
   * Resource groups can be updated through a simple PATCH operation to a group address. The format of
   * the request is the same as that for creating a resource group. If a field is unspecified, the
   * current value is retained.
   * @param resourceGroupName The name of the resource group to update. The name is case insensitive.
   * @param parameters Parameters supplied to update a resource group.
   * @param options The options parameters.
   */
  update(resourceGroupName2, parameters7, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, parameters: parameters7, options }, updateOperationSpec2);
  }
  /**
   * Captures the specified resource group as a template.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param parameters Parameters for exporting the template.
   * @param options The options parameters.
   */
  async beginExportTemplate(resourceGroupName2, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { resourceGroupName: resourceGroupName2, parameters: parameters7, options },
      spec: exportTemplateOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs,
      resourceLocationConfig: "location"
    });
    await poller.poll();
    return poller;
  }
  /**
   * Captures the specified resource group as a template.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param parameters Parameters for exporting the template.
   * @param options The options parameters.
   */
  async beginExportTemplateAndWait(resourceGroupName2, parameters7, options) {
    const poller = await this.beginExportTemplate(resourceGroupName2, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * Gets all the resource groups for a subscription.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec6);
  }
  /**
   * ListNext
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listNextOperationSpec4);
  }
};
var serializer7 = createSerializer(
  mappers_exports2,
  /* isXml */
  false
);
var checkExistenceOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}",
  httpMethod: "HEAD",
  responses: {
    204: {},
    404: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept2],
  serializer: serializer7
};
var createOrUpdateOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: ResourceGroup
    },
    201: {
      bodyMapper: ResourceGroup
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters2,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer7
};
var deleteOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2, forceDeletionTypes],
  urlParameters: [
    $host2,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept2],
  serializer: serializer7
};
var getOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ResourceGroup
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept2],
  serializer: serializer7
};
var updateOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: ResourceGroup
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters3,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer7
};
var exportTemplateOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/exportTemplate",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: ResourceGroupExportResult
    },
    201: {
      bodyMapper: ResourceGroupExportResult
    },
    202: {
      bodyMapper: ResourceGroupExportResult
    },
    204: {
      bodyMapper: ResourceGroupExportResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters4,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    resourceGroupName1
  ],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer7
};
var listOperationSpec6 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ResourceGroupListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2, filter, top],
  urlParameters: [$host2, subscriptionId],
  headerParameters: [accept2],
  serializer: serializer7
};
var listNextOperationSpec4 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ResourceGroupListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [
    $host2,
    nextLink,
    subscriptionId
  ],
  headerParameters: [accept2],
  serializer: serializer7
};

// node_modules/@azure/arm-resources/dist/esm/operations/tagsOperations.js
var TagsOperationsImpl = class {
  client;
  /**
   * Initialize a new instance of the class TagsOperations class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * This operation performs a union of predefined tags, resource tags, resource group tags and
   * subscription tags, and returns a summary of usage for each tag name and value under the given
   * subscription. In case of a large number of tags, this operation may return a previously cached
   * result.
   * @param options The options parameters.
   */
  list(options) {
    const iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  async *listPagingPage(options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._list(options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listNext(continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listPagingAll(options) {
    for await (const page of this.listPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * This operation allows deleting a value from the list of predefined values for an existing predefined
   * tag name. The value being deleted must not be in use as a tag value for the given tag name for any
   * resource.
   * @param tagName The name of the tag.
   * @param tagValue The value of the tag to delete.
   * @param options The options parameters.
   */
  deleteValue(tagName2, tagValue2, options) {
    return this.client.sendOperationRequest({ tagName: tagName2, tagValue: tagValue2, options }, deleteValueOperationSpec);
  }
  /**
   * This operation allows adding a value to the list of predefined values for an existing predefined tag
   * name. A tag value can have a maximum of 256 characters.
   * @param tagName The name of the tag.
   * @param tagValue The value of the tag to create.
   * @param options The options parameters.
   */
  createOrUpdateValue(tagName2, tagValue2, options) {
    return this.client.sendOperationRequest({ tagName: tagName2, tagValue: tagValue2, options }, createOrUpdateValueOperationSpec);
  }
  /**
   * This operation allows adding a name to the list of predefined tag names for the given subscription.
   * A tag name can have a maximum of 512 characters and is case-insensitive. Tag names cannot have the
   * following prefixes which are reserved for Azure use: 'microsoft', 'azure', 'windows'.
   * @param tagName The name of the tag to create.
   * @param options The options parameters.
   */
  createOrUpdate(tagName2, options) {
    return this.client.sendOperationRequest({ tagName: tagName2, options }, createOrUpdateOperationSpec3);
  }
  /**
   * This operation allows deleting a name from the list of predefined tag names for the given
   * subscription. The name being deleted must not be in use as a tag name for any resource. All
   * predefined values for the given name must have already been deleted.
   * @param tagName The name of the tag.
   * @param options The options parameters.
   */
  delete(tagName2, options) {
    return this.client.sendOperationRequest({ tagName: tagName2, options }, deleteOperationSpec3);
  }
  /**
   * This operation performs a union of predefined tags, resource tags, resource group tags and
   * subscription tags, and returns a summary of usage for each tag name and value under the given
   * subscription. In case of a large number of tags, this operation may return a previously cached
   * result.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec7);
  }
  /**
   * This operation allows adding or replacing the entire set of tags on the specified resource or
   * subscription. The specified entity can have a maximum of 50 tags.
   * @param scope The resource scope.
   * @param parameters Wrapper resource for tags API requests and responses.
   * @param options The options parameters.
   */
  async beginCreateOrUpdateAtScope(scope2, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { scope: scope2, parameters: parameters7, options },
      spec: createOrUpdateAtScopeOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * This operation allows adding or replacing the entire set of tags on the specified resource or
   * subscription. The specified entity can have a maximum of 50 tags.
   * @param scope The resource scope.
   * @param parameters Wrapper resource for tags API requests and responses.
   * @param options The options parameters.
   */
  async beginCreateOrUpdateAtScopeAndWait(scope2, parameters7, options) {
    const poller = await this.beginCreateOrUpdateAtScope(scope2, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * This operation allows replacing, merging or selectively deleting tags on the specified resource or
   * subscription. The specified entity can have a maximum of 50 tags at the end of the operation. The
   * 'replace' option replaces the entire set of existing tags with a new set. The 'merge' option allows
   * adding tags with new names and updating the values of tags with existing names. The 'delete' option
   * allows selectively deleting tags based on given names or name/value pairs.
   * @param scope The resource scope.
   * @param parameters Wrapper resource for tags patch API request only.
   * @param options The options parameters.
   */
  async beginUpdateAtScope(scope2, parameters7, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { scope: scope2, parameters: parameters7, options },
      spec: updateAtScopeOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * This operation allows replacing, merging or selectively deleting tags on the specified resource or
   * subscription. The specified entity can have a maximum of 50 tags at the end of the operation. The
   * 'replace' option replaces the entire set of existing tags with a new set. The 'merge' option allows
   * adding tags with new names and updating the values of tags with existing names. The 'delete' option
   * allows selectively deleting tags based on given names or name/value pairs.
   * @param scope The resource scope.
   * @param parameters Wrapper resource for tags patch API request only.
   * @param options The options parameters.
   */
  async beginUpdateAtScopeAndWait(scope2, parameters7, options) {
    const poller = await this.beginUpdateAtScope(scope2, parameters7, options);
    return poller.pollUntilDone();
  }
  /**
   * Gets the entire set of tags on a resource or subscription.
   * @param scope The resource scope.
   * @param options The options parameters.
   */
  getAtScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, getAtScopeOperationSpec);
  }
  /**
   * Deletes the entire set of tags on a resource or subscription.
   * @param scope The resource scope.
   * @param options The options parameters.
   */
  async beginDeleteAtScope(scope2, options) {
    const directSendOperation = async (args, spec) => {
      return this.client.sendOperationRequest(args, spec);
    };
    const sendOperationFn = async (args, spec) => {
      let currentRawResponse = void 0;
      const providedCallback = args.options?.onResponse;
      const callback = (rawResponse, flatResponse2) => {
        currentRawResponse = rawResponse;
        providedCallback?.(rawResponse, flatResponse2);
      };
      const updatedArgs = {
        ...args,
        options: {
          ...args.options,
          onResponse: callback
        }
      };
      const flatResponse = await directSendOperation(updatedArgs, spec);
      return {
        flatResponse,
        rawResponse: {
          statusCode: currentRawResponse.status,
          body: currentRawResponse.parsedBody,
          headers: currentRawResponse.headers.toJSON()
        }
      };
    };
    const lro = createLroSpec({
      sendOperationFn,
      args: { scope: scope2, options },
      spec: deleteAtScopeOperationSpec
    });
    const poller = await createHttpPoller(lro, {
      restoreFrom: options?.resumeFrom,
      intervalInMs: options?.updateIntervalInMs
    });
    await poller.poll();
    return poller;
  }
  /**
   * Deletes the entire set of tags on a resource or subscription.
   * @param scope The resource scope.
   * @param options The options parameters.
   */
  async beginDeleteAtScopeAndWait(scope2, options) {
    const poller = await this.beginDeleteAtScope(scope2, options);
    return poller.pollUntilDone();
  }
  /**
   * ListNext
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listNextOperationSpec5);
  }
};
var serializer8 = createSerializer(
  mappers_exports2,
  /* isXml */
  false
);
var deleteValueOperationSpec = {
  path: "/subscriptions/{subscriptionId}/tagNames/{tagName}/tagValues/{tagValue}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    tagName,
    tagValue
  ],
  headerParameters: [accept2],
  serializer: serializer8
};
var createOrUpdateValueOperationSpec = {
  path: "/subscriptions/{subscriptionId}/tagNames/{tagName}/tagValues/{tagValue}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: TagValue
    },
    201: {
      bodyMapper: TagValue
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    tagName,
    tagValue
  ],
  headerParameters: [accept2],
  serializer: serializer8
};
var createOrUpdateOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/tagNames/{tagName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: TagDetails
    },
    201: {
      bodyMapper: TagDetails
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    tagName
  ],
  headerParameters: [accept2],
  serializer: serializer8
};
var deleteOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/tagNames/{tagName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host2,
    subscriptionId,
    tagName
  ],
  headerParameters: [accept2],
  serializer: serializer8
};
var listOperationSpec7 = {
  path: "/subscriptions/{subscriptionId}/tagNames",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: TagsListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [$host2, subscriptionId],
  headerParameters: [accept2],
  serializer: serializer8
};
var createOrUpdateAtScopeOperationSpec = {
  path: "/{scope}/providers/Microsoft.Resources/tags/default",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: TagsResource
    },
    201: {
      bodyMapper: TagsResource
    },
    202: {
      bodyMapper: TagsResource
    },
    204: {
      bodyMapper: TagsResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters5,
  queryParameters: [apiVersion2],
  urlParameters: [$host2, scope],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer8
};
var updateAtScopeOperationSpec = {
  path: "/{scope}/providers/Microsoft.Resources/tags/default",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: TagsResource
    },
    201: {
      bodyMapper: TagsResource
    },
    202: {
      bodyMapper: TagsResource
    },
    204: {
      bodyMapper: TagsResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters6,
  queryParameters: [apiVersion2],
  urlParameters: [$host2, scope],
  headerParameters: [accept2, contentType2],
  mediaType: "json",
  serializer: serializer8
};
var getAtScopeOperationSpec = {
  path: "/{scope}/providers/Microsoft.Resources/tags/default",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: TagsResource
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [$host2, scope],
  headerParameters: [accept2],
  serializer: serializer8
};
var deleteAtScopeOperationSpec = {
  path: "/{scope}/providers/Microsoft.Resources/tags/default",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [$host2, scope],
  headerParameters: [accept2],
  serializer: serializer8
};
var listNextOperationSpec5 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: TagsListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [
    $host2,
    nextLink,
    subscriptionId
  ],
  headerParameters: [accept2],
  serializer: serializer8
};

// node_modules/@azure/arm-resources/dist/esm/resourceManagementClient.js
var ResourceManagementClient = class extends ServiceClient {
  $host;
  apiVersion;
  subscriptionId;
  constructor(credentials, subscriptionIdOrOptions, options) {
    if (credentials === void 0) {
      throw new Error("'credentials' cannot be null");
    }
    let subscriptionId2;
    if (typeof subscriptionIdOrOptions === "string") {
      subscriptionId2 = subscriptionIdOrOptions;
    } else if (typeof subscriptionIdOrOptions === "object") {
      options = subscriptionIdOrOptions;
    }
    if (!options) {
      options = {};
    }
    const defaults = {
      requestContentType: "application/json; charset=utf-8",
      credential: credentials
    };
    const packageDetails = `azsdk-js-arm-resources/7.0.0`;
    const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    const optionsWithDefaults = {
      ...defaults,
      ...options,
      userAgentOptions: {
        userAgentPrefix
      },
      endpoint: options.endpoint ?? options.baseUri ?? "https://management.azure.com"
    };
    super(optionsWithDefaults);
    let bearerTokenAuthenticationPolicyFound = false;
    if (options?.pipeline && options.pipeline.getOrderedPolicies().length > 0) {
      const pipelinePolicies = options.pipeline.getOrderedPolicies();
      bearerTokenAuthenticationPolicyFound = pipelinePolicies.some((pipelinePolicy) => pipelinePolicy.name === bearerTokenAuthenticationPolicyName);
    }
    if (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) {
      this.pipeline.removePolicy({
        name: bearerTokenAuthenticationPolicyName
      });
      this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({
        credential: credentials,
        scopes: optionsWithDefaults.credentialScopes ?? `${optionsWithDefaults.endpoint}/.default`,
        challengeCallbacks: {
          authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge
        }
      }));
    }
    this.subscriptionId = subscriptionId2;
    this.$host = options.$host || "https://management.azure.com";
    this.apiVersion = options.apiVersion || "2025-04-01";
    this.operations = new OperationsImpl2(this);
    this.providers = new ProvidersImpl(this);
    this.providerResourceTypes = new ProviderResourceTypesImpl(this);
    this.resources = new ResourcesImpl(this);
    this.resourceGroups = new ResourceGroupsImpl(this);
    this.tagsOperations = new TagsOperationsImpl(this);
    this.addCustomApiVersionPolicy(options.apiVersion);
  }
  /** A function that adds a policy that sets the api-version (or equivalent) to reflect the library version. */
  addCustomApiVersionPolicy(apiVersion3) {
    if (!apiVersion3) {
      return;
    }
    const apiVersionPolicy = {
      name: "CustomApiVersionPolicy",
      async sendRequest(request2, next) {
        const param = request2.url.split("?");
        if (param.length > 1) {
          const newParams = param[1].split("&").map((item) => {
            if (item.indexOf("api-version") > -1) {
              return "api-version=" + apiVersion3;
            } else {
              return item;
            }
          });
          request2.url = param[0] + "?" + newParams.join("&");
        }
        return next(request2);
      }
    };
    this.pipeline.addPolicy(apiVersionPolicy);
  }
  operations;
  providers;
  providerResourceTypes;
  resources;
  resourceGroups;
  tagsOperations;
};

// src/live/timed-agent.ts
import https from "node:https";
function timedHttpsAgent(options, limits) {
  const agent = new https.Agent({ ...options, timeout: limits.requestTimeoutMs });
  const create = agent.createConnection.bind(agent);
  agent.createConnection = (...args) => {
    const socket = create(...args);
    const timedOut = (what, ms) => Object.assign(new Error(`${what} for ${ms} ms`), { code: "ETIMEDOUT" });
    const connect = setTimeout(() => socket.destroy(timedOut("no connection", limits.connectTimeoutMs)), limits.connectTimeoutMs);
    connect.unref();
    socket.once("secureConnect", () => clearTimeout(connect));
    socket.once("close", () => clearTimeout(connect));
    socket.on("timeout", () => socket.destroy(timedOut("no data", limits.requestTimeoutMs)));
    return socket;
  };
  return agent;
}

// providers/azure/arm.ts
var API = {
  tde: "2021-11-01",
  protector: "2021-11-01",
  sqlFirewall: "2021-11-01",
  postgresFlexibleFirewall: "2022-12-01",
  mysqlFlexibleFirewall: "2021-05-01",
  singleServerFirewall: "2017-12-01",
  diagnosticSettings: "2021-05-01-preview",
  workspace: "2022-10-01",
  managementPolicy: "2023-05-01",
  shortTermRetention: "2021-11-01",
  postgresFlexibleConfiguration: "2022-12-01",
  mysqlFlexibleConfiguration: "2021-05-01",
  webConfig: "2023-12-01",
  networkWatcher: "2024-05-01",
  storageAccount: "2023-05-01",
  blobContainer: "2023-05-01"
};
var SERVER_PARAMETERS = {
  "microsoft.dbforpostgresql/flexibleservers": { api: API.postgresFlexibleConfiguration, names: ["require_secure_transport", "ssl_min_protocol_version"] },
  "microsoft.dbformysql/flexibleservers": { api: API.mysqlFlexibleConfiguration, names: ["require_secure_transport", "tls_version"] }
};
var WEB_SITES = /* @__PURE__ */ new Set(["microsoft.web/sites", "microsoft.web/sites/slots"]);
var VNET = "microsoft.network/virtualnetworks";
var STORAGE_ACCOUNT = "microsoft.storage/storageaccounts";
function statusOf(err) {
  const s = err.statusCode;
  return typeof s === "number" ? s : void 0;
}
function describeError(err) {
  const e = err;
  const head = [e.statusCode, e.code].filter((x) => x !== void 0 && x !== "").join(" ");
  const msg = String(e.message ?? err).split("\n")[0].slice(0, 300);
  return head && !msg.startsWith(head) ? `${head}: ${msg}` : msg;
}
async function armGet(client, id, apiVersion3, signal) {
  let body;
  try {
    await client.resources.getById(id.replace(/^\/+/, ""), apiVersion3, {
      ...signal ? { abortSignal: signal } : {},
      onResponse: (raw) => {
        body = raw.bodyAsText ?? void 0;
      }
    });
  } catch (err) {
    if (statusOf(err) === 404) return void 0;
    throw err;
  }
  return body ? JSON.parse(body) : void 0;
}
function collection(id, type, body) {
  const value = isObject(body) && Array.isArray(body.value) ? body.value.filter(isObject) : [];
  if (isObject(body) && typeof body.nextLink === "string" && body.nextLink) return value;
  return [{ id, type, value }];
}
var FIREWALL_API = {
  "microsoft.sql/servers": API.sqlFirewall,
  "microsoft.dbforpostgresql/flexibleservers": API.postgresFlexibleFirewall,
  "microsoft.dbformysql/flexibleservers": API.mysqlFlexibleFirewall,
  "microsoft.dbforpostgresql/servers": API.singleServerFirewall,
  "microsoft.dbformysql/servers": API.singleServerFirewall
};
function subscriptionIn(row) {
  return /^\/subscriptions\/([^/]+)/i.exec(idOf(row) ?? "")?.[1]?.toLowerCase();
}
function hasPublicEndpoint(row, type) {
  return serverAccess(row, type).truth !== "no";
}
var FIREWALL_PAGES = 64;
async function armList(client, id, apiVersion3, listing, signal) {
  const guard = new PageGuard(listing, FIREWALL_PAGES);
  const value = [];
  let next = id;
  while (next) {
    const body = await armGet(client, next, apiVersion3, signal);
    if (isObject(body) && Array.isArray(body.value)) {
      for (const item of body.value) if (isObject(item)) value.push(item);
    }
    const link = isObject(body) && typeof body.nextLink === "string" ? body.nextLink : void 0;
    const token = guard.next(link);
    next = token === void 0 ? void 0 : samePath(token, id);
  }
  return { value };
}
function samePath(link, id) {
  const url = new URL(link, "https://management.azure.com");
  const path = url.pathname.replace(/\/{2,}/g, "/");
  if (path.toLowerCase() !== `/${id.replace(/^\/+/, "")}`.toLowerCase()) throw new Error(`the nextLink of ${id} names another path`);
  return `${path}${url.search}`;
}
function detailReads(row) {
  const type = typeOf(row);
  const id = idOf(row);
  if (!id) return [];
  if (type === "microsoft.sql/servers/databases") {
    if (isSystemDatabase(row)) return [];
    const server = parentId(id);
    return [
      { kind: "SQL database TDE states", path: `${id}/transparentDataEncryption/current`, api: API.tde },
      { kind: "SQL database backup retention policies", path: `${id}/backupShortTermRetentionPolicies/default`, api: API.shortTermRetention },
      ...server && !str(prop(row, "encryptionProtector")) ? [{ kind: "SQL server TDE protectors", path: `${server}/encryptionProtector/current`, api: API.protector, shared: true }] : []
    ];
  }
  if (WEB_SITES.has(type)) return [{ kind: "App Service site configurations", path: `${id}/config/web`, api: API.webConfig }];
  if (type === STORAGE_ACCOUNT) {
    if (lower(str(field(row, "kind")) ?? "") === "filestorage") return [];
    return [
      { kind: "storage account blob services", path: `${id}/blobServices/default`, api: API.storageAccount },
      ...bool(prop(row, "allowBlobPublicAccess")) === false ? [] : [{ kind: "storage account blob containers", path: `${id}/blobServices/default/containers`, api: API.storageAccount, list: "Microsoft.Storage/storageAccounts/blobServices/containers" }]
    ];
  }
  const params = SERVER_PARAMETERS[type];
  const firewall = FIREWALL_API[type];
  return [
    ...params ? params.names.map((n) => ({ kind: "flexible server parameters", path: `${id}/configurations/${n}`, api: params.api })) : [],
    ...firewall && hasPublicEndpoint(row, type) ? [{ kind: "database server firewall rules", path: `${id}/firewallRules`, api: firewall, list: `${String(row.type)}/firewallRules` }] : []
  ];
}
function detailReader(client, failures, signal) {
  const shared = /* @__PURE__ */ new Map();
  const attempt = async (kind, row, read2) => {
    try {
      return await read2();
    } catch (error) {
      failures.push({ kind, subscription: subscriptionIn(row), error });
      return void 0;
    }
  };
  const get = (kind, row, id, api) => attempt(kind, row, async () => ({ body: await armGet(client, id, api, signal) }));
  const read = async (row, r) => {
    if (r.list) {
      const items = await attempt(r.kind, row, () => armList(client, r.path, r.api, `${r.kind} of ${idOf(row) ?? ""}`, signal));
      return items ? collection(r.path, r.list, items) : [];
    }
    const got = await get(r.kind, row, r.path, r.api);
    return isObject(got?.body) ? [got.body] : [];
  };
  const readOnce = (row, r) => {
    if (!r.shared) return read(row, r);
    const key = lower(r.path);
    let p = shared.get(key);
    if (!p) shared.set(key, p = read(row, r));
    return p;
  };
  const flowLogs = /* @__PURE__ */ new Map();
  const subscriptionFlowLogs = (row, sub) => {
    let p = flowLogs.get(sub);
    if (!p) {
      p = (async () => {
        const watchers = await get("network watcher flow logs", row, `/subscriptions/${sub}/providers/Microsoft.Network/networkWatchers`, API.networkWatcher);
        if (!watchers) return void 0;
        const list = isObject(watchers.body) && Array.isArray(watchers.body.value) ? watchers.body.value.filter(isObject) : [];
        let complete = !(isObject(watchers.body) && typeof watchers.body.nextLink === "string" && watchers.body.nextLink);
        const logs = [];
        for (const w of list) {
          const wid = idOf(w);
          if (!wid) continue;
          const got = await get("network watcher flow logs", row, `${wid}/flowLogs`, API.networkWatcher);
          if (!got) return void 0;
          if (isObject(got.body) && Array.isArray(got.body.value)) for (const item of got.body.value.filter(isObject)) logs.push(item);
          if (isObject(got.body) && typeof got.body.nextLink === "string" && got.body.nextLink) complete = false;
        }
        return { logs, complete };
      })();
      flowLogs.set(sub, p);
    }
    return p;
  };
  const flowLogsFor = async (row) => {
    const id = idOf(row);
    const sub = /^\/subscriptions\/([^/]+)/i.exec(id ?? "")?.[1]?.toLowerCase();
    if (!id || !sub) return void 0;
    const all = await subscriptionFlowLogs(row, sub);
    if (!all) return void 0;
    const mine = all.logs.filter((l) => flowLogCovers(row, l));
    return all.complete ? [{ id: `${id}/flowLogs`, type: "Microsoft.Network/networkWatchers/flowLogs", value: mine }] : mine;
  };
  return {
    needs(row) {
      return typeOf(row) === VNET || detailReads(row).length > 0;
    },
    async forRow(row) {
      if (typeOf(row) === VNET) return flowLogsFor(row);
      const out = (await Promise.all(detailReads(row).map((r) => readOnce(row, r)))).flat();
      return out.length ? out : void 0;
    }
  };
}
function activityExports(client, failures, signal) {
  const destinations = /* @__PURE__ */ new Map();
  const destination = (key, load) => {
    let p = destinations.get(key);
    if (!p) {
      p = load();
      destinations.set(key, p);
    }
    return p;
  };
  const fail = (kind, subscription, error) => {
    failures.push({ kind, subscription, error });
    return void 0;
  };
  return async (subscription) => {
    const base = `/subscriptions/${subscription}/providers/Microsoft.Insights/diagnosticSettings`;
    let body;
    try {
      body = await armGet(client, base, API.diagnosticSettings, signal) ?? { value: [] };
    } catch (error) {
      return fail("activity-log diagnostic settings", subscription, error);
    }
    const settings = isObject(body) && Array.isArray(body.value) ? body.value.filter(isObject) : [];
    const enriched = await Promise.all(
      settings.map(async (s) => {
        const attached = [];
        const ws = idAt(prop(s, "workspaceId"));
        if (ws) {
          const rec = await destination(
            `ws|${lower(ws)}`,
            () => armGet(client, ws, API.workspace, signal).then(
              (b) => isObject(b) ? b : void 0,
              (error) => fail("activity-log destination workspaces", subscription, error)
            )
          );
          if (rec) attached.push(rec);
        }
        const account = idAt(prop(s, "storageAccountId"));
        if (account) {
          const rec = await destination(
            `st|${lower(account)}`,
            () => armGet(client, `${account}/managementPolicies/default`, API.managementPolicy, signal).then(
              (b) => isObject(b) ? b : { id: `${account}/managementPolicies`, type: "Microsoft.Storage/storageAccounts/managementPolicies", value: [] },
              (error) => fail("activity-log destination storage lifecycle policies", subscription, error)
            )
          );
          if (rec) attached.push(rec);
          const body2 = await destination(
            `sa|${lower(account)}`,
            () => armGet(client, account, API.storageAccount, signal).then(
              (b) => isObject(b) ? b : void 0,
              (error) => fail("activity-log destination storage accounts", subscription, error)
            )
          );
          if (body2) attached.push(body2);
          const containerId = `${account}/blobServices/default/containers/insights-activity-logs`;
          const container = await destination(
            `ct|${lower(account)}`,
            () => armGet(client, containerId, API.blobContainer, signal).then(
              // No container yet (nothing written) is no policy on it.
              (b) => isObject(b) ? b : { id: containerId, type: "Microsoft.Storage/storageAccounts/blobServices/containers", properties: { hasImmutabilityPolicy: false, hasLegalHold: false } },
              (error) => fail("activity-log destination storage containers", subscription, error)
            )
          );
          if (container) attached.push(container);
        }
        return attached.length ? { ...s, resources: attached } : s;
      })
    );
    const list = isObject(body) && typeof body.nextLink === "string" && body.nextLink ? { value: enriched, nextLink: body.nextLink } : { value: enriched };
    return collection(base, "Microsoft.Insights/diagnosticSettings", list);
  };
}

// providers/azure/channel.ts
var Channel = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  queue = [];
  closed = false;
  failure;
  wakeConsumer;
  wakeProducers = [];
  /** Queues a batch; resolves when there is room (or at once when the consumer has gone). */
  async put(item) {
    while (this.queue.length >= this.capacity && !this.closed) await new Promise((resolve) => this.wakeProducers.push(resolve));
    if (this.closed) return;
    this.queue.push(item);
    this.wakeConsumer?.();
  }
  /** No more batches: the consumer ends after the queued ones (with `error` thrown, if given). */
  close(error) {
    if (error !== void 0 && !this.failure) this.failure = { error };
    this.closed = true;
    this.wakeConsumer?.();
    for (const wake of this.wakeProducers.splice(0)) wake();
  }
  get isClosed() {
    return this.closed;
  }
  async *drain() {
    for (; ; ) {
      if (this.queue.length) {
        const item = this.queue.shift();
        this.wakeProducers.shift()?.();
        yield item;
        continue;
      }
      if (this.failure) throw this.failure.error;
      if (this.closed) return;
      await new Promise((resolve) => this.wakeConsumer = resolve);
      this.wakeConsumer = void 0;
    }
  }
};

// providers/azure/graph.ts
var GRAPH_API_VERSION = "2024-04-01";
var MFA_KEYS = MFA_ASSESSMENTS.map((a) => `'${a.key}'`).join(", ");
var QUERIES = {
  containers: "resourcecontainers | where type =~ 'microsoft.resources/subscriptions' or type =~ 'microsoft.resources/subscriptions/resourcegroups' | project id, name, type, location, subscriptionId, resourceGroup, tags, properties | order by id asc",
  assessments: `securityresources | where (type =~ 'microsoft.security/assessments' and name in~ (${MFA_KEYS})) or type =~ 'microsoft.security/pricings' | project id, name, type, subscriptionId, properties | order by id asc`,
  /** `managedBy`: the VM a disk is attached to (a disk is backed up with its VM). */
  resources: "resources | project id, name, type, kind, location, subscriptionId, resourceGroup, sku, zones, tags, managedBy, properties | order by id asc",
  /** App Service site configurations (`config/web`), a thousand a page rather than one ARM read a site (site-configs.ts). */
  siteConfigs: "appserviceresources | where type =~ 'microsoft.web/sites/config/web' or type =~ 'microsoft.web/sites/slots/config/web' | project id, name, type, subscriptionId, properties | order by id asc",
  /** Azure Backup: what Recovery Services vaults and Backup vaults protect, and the policies that say how long they keep it. */
  backups: "recoveryservicesresources | where type in~ ('microsoft.recoveryservices/vaults/backupfabrics/protectioncontainers/protecteditems', 'microsoft.dataprotection/backupvaults/backupinstances', 'microsoft.recoveryservices/vaults/backuppolicies', 'microsoft.dataprotection/backupvaults/backuppolicies') | project id, name, type, subscriptionId, properties | order by id asc",
  /** With --shard over a management group: its subscriptions, before anything else is read. */
  subscriptions: "resourcecontainers | where type =~ 'microsoft.resources/subscriptions' | project id, subscriptionId | order by id asc"
};
function rowsOf(data) {
  if (Array.isArray(data)) return data.filter(isObject);
  if (!isObject(data)) return [];
  if ("columns" in data && "rows" in data) return tableRows(data.columns, data.rows) ?? [];
  return Object.values(data).filter(isObject);
}
var GraphError = class extends Error {
};
function tableOf(query2) {
  return query2.trim().split(/\s/)[0];
}
async function* graphPages(client, query2, scope2, opts) {
  const guard = new PageGuard(`Resource Graph ${tableOf(query2)} of ${opts.scope}`, opts.maxPages);
  const request2 = (skipToken) => {
    const p = opts.deadline.bound(
      client.resources({ query: query2, ...scope2, options: { top: opts.pageSize, resultFormat: "objectArray", ...skipToken ? { skipToken } : {} } }, { abortSignal: opts.deadline.signal })
    );
    p.catch(() => void 0);
    return p;
  };
  let pending = request2();
  try {
    while (pending) {
      const page = await pending;
      const next = guard.next(page.skipToken);
      pending = next ? request2(next) : void 0;
      if (!page.skipToken && page.resultTruncated === "true") {
        throw new GraphError(`Resource Graph truncated the result after ${page.count} rows without a continuation token`);
      }
      yield rowsOf(page.data);
    }
  } finally {
    pending?.catch(() => void 0);
  }
}

// providers/azure/pipeline.ts
function parseTimespan(v) {
  if (!v) return void 0;
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(v.trim());
  if (m) return ((Number(m[1] ?? 0) * 24 + Number(m[2])) * 3600 + Number(m[3]) * 60 + Number(m[4])) * 1e3;
  return void 0;
}
function requestedDelay(headers) {
  const waits = [];
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const v = Number(headers.get(name));
    if (headers.get(name) && Number.isFinite(v) && v >= 0) waits.push(v);
  }
  const after = headers.get("retry-after");
  if (after) {
    const seconds = Number(after);
    if (Number.isFinite(seconds)) waits.push(seconds * 1e3);
    else if (Number.isFinite(Date.parse(after))) waits.push(Math.max(0, Date.parse(after) - Date.now()));
  }
  const reset = parseTimespan(headers.get("x-ms-user-quota-resets-after"));
  if (reset !== void 0) waits.push(reset);
  return waits.length ? Math.max(...waits) : void 0;
}
function unreadable(response) {
  if (response.status !== 200 || response.readableStreamBody) return void 0;
  const type = response.headers.get("content-type") ?? "";
  const text = (response.bodyAsText ?? "").trim();
  if (!/json/i.test(type)) return `the answer is not JSON (content-type ${type.split(";")[0] || "none"}; a proxy's page?)`;
  const first = text[0];
  const last = text[text.length - 1];
  if (!(first === "{" && last === "}" || first === "[" && last === "]")) return "the answer is not a whole JSON document (cut short?)";
  return void 0;
}
function isAbort(err, request2) {
  return request2.abortSignal?.aborted === true || err?.name === "AbortError";
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("aborted"));
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(new Error("aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var QuotaGate = class {
  notBefore = 0;
  /** How many times a request waited, and for how long in total (for tests and progress). */
  waits = 0;
  waitedMs = 0;
  async pass(signal) {
    const wait = this.notBefore - Date.now();
    if (wait > 0) {
      this.waits++;
      this.waitedMs += wait;
      await sleep(wait, signal);
    }
  }
  observe(headers) {
    const remaining = headers.get("x-ms-user-quota-remaining");
    if (remaining === void 0 || Number(remaining) > 0) return;
    const reset = parseTimespan(headers.get("x-ms-user-quota-resets-after"));
    if (reset !== void 0) this.notBefore = Math.max(this.notBefore, Date.now() + reset);
  }
};
function retryPolicy(opts = {}) {
  const max = opts.maxRetries ?? 8;
  const base = opts.baseDelayMs ?? 1e3;
  const cap = opts.maxDelayMs ?? 6e4;
  const backoff = (attempt) => Math.min(cap, base * 2 ** attempt * (0.5 + Math.random() / 2));
  return {
    name: "cldscanRetryPolicy",
    async sendRequest(request2, next) {
      for (let attempt = 0; ; attempt++) {
        let response;
        let error;
        try {
          response = await next(request2);
        } catch (err) {
          error = err;
        }
        let delay2;
        const garbled = response ? unreadable(response) : void 0;
        if (garbled) {
          error = Object.assign(new Error(garbled), { code: "UNREADABLE_ANSWER", statusCode: 200 });
          response = void 0;
          delay2 = backoff(attempt);
        } else if (response) {
          const s = response.status;
          if (s === 429 || s === 503) delay2 = Math.min(cap, requestedDelay(response.headers) ?? backoff(attempt));
          else if (s === 408 || s >= 500 && s !== 501 && s !== 505) delay2 = backoff(attempt);
        } else if (!isAbort(error, request2)) {
          delay2 = backoff(attempt);
        }
        if (delay2 === void 0 || attempt >= max) {
          if (response) return response;
          throw error;
        }
        await sleep(delay2, request2.abortSignal);
      }
    }
  };
}
function gatePolicy(gate) {
  return {
    name: "cldscanQuotaGate",
    async sendRequest(request2, next) {
      await gate.pass(request2.abortSignal);
      const response = await next(request2);
      gate.observe(response.headers);
      return response;
    }
  };
}
function tune(pipeline, gate, retry) {
  pipeline.removePolicy({ name: "defaultRetryPolicy" });
  pipeline.addPolicy(retryPolicy(retry), { phase: "Retry" });
  pipeline.addPolicy(gatePolicy(gate), { afterPhase: "Retry" });
}

// providers/azure/site-configs.ts
var FIELDS = ["ftpsState", "minTlsVersion", "scmMinTlsVersion"];
var SiteConfigs = class {
  bySite = /* @__PURE__ */ new Map();
  /** A row of the `appserviceresources` query; anything but a site's `config/web` is ignored. */
  add(row) {
    const id = idOf(row);
    const site = id ? /^(.*\/sites\/[^/]+(?:\/slots\/[^/]+)?)\/config\/web$/i.exec(id)?.[1] : void 0;
    if (!id || !site || !/\/config\/web$/.test(typeOf(row))) return;
    const properties2 = {};
    for (const f of FIELDS) {
      const got = prop(row, f);
      if (got.found) properties2[f] = got.value;
    }
    this.bySite.set(site.toLowerCase(), { id, name: "web", type: /\/slots\//i.test(site) ? "Microsoft.Web/sites/slots/config" : "Microsoft.Web/sites/config", properties: properties2 });
  }
  /** The site's configuration, handed over once: the site is judged with it and it is not kept. */
  take(site) {
    const key = idOf(site)?.toLowerCase();
    if (!key) return void 0;
    const config = this.bySite.get(key);
    this.bySite.delete(key);
    return config;
  }
};

// providers/azure/live.ts
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var MANAGEMENT_GROUP = /^[\w.()-]{1,90}$/;
var DETAIL_CONCURRENCY = 8;
function createAzureSource(options) {
  for (const s of options.subscriptions) if (!GUID.test(s)) throw new UserError(`--subscription ${s}: expected a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000)`);
  for (const m of options.managementGroups) if (!MANAGEMENT_GROUP.test(m)) throw new UserError(`--management-group ${m}: expected a management group id (letters, digits, - _ . ( ), at most 90)`);
  const subscriptions = [...new Set(options.subscriptions.map((s) => s.toLowerCase()))];
  const groups = [...new Set(options.managementGroups)];
  const scopes = [
    ...groups.map((id) => ({ kind: "managementGroup", id, label: `azure/managementGroups/${id}` })),
    ...subscriptions.map((id) => ({ kind: "subscription", id, label: categoryOf(id) }))
  ];
  const parts = [
    subscriptions.length ? `${subscriptions.length} subscription${subscriptions.length > 1 ? "s" : ""}` : "",
    groups.length ? `management group${groups.length > 1 ? "s" : ""} ${groups.join(", ")}` : ""
  ].filter(Boolean);
  return {
    cloud: "azure",
    describe: () => `Azure ${parts.join(" and ")}`,
    scan: (ctx) => scanAzure(options, scopes, ctx)
  };
}
function firstLine(err) {
  return String(err?.message ?? err).split("\n").find((l) => l.trim())?.trim() ?? "unknown error";
}
async function* scanAzure(options, scopes, ctx) {
  const endpoint = (options.endpoint ?? process.env.CLDSCAN_AZURE_ENDPOINT)?.replace(/\/+$/, "") || void 0;
  const credential = options.credential ?? new (await import("./esm-SBGLQCTG.mjs")).DefaultAzureCredential();
  const limits = limitsOf(ctx);
  const signIn = new Deadline(limits.deadlineMs, "the Azure sign-in", ctx.signal);
  try {
    await signIn.bound(credential.getToken(`${endpoint ?? "https://management.azure.com"}/.default`, { abortSignal: signIn.signal }));
  } catch (err) {
    const why = Array.isArray(err.errors) ? "none of DefaultAzureCredential's sources gave one: environment variables, workload identity, managed identity, Azure CLI, Azure Developer CLI, Azure PowerShell" : firstLine(err);
    throw new UserError(`Azure: could not get a token (${why}); sign in with az login, or run with a managed identity or workload identity`);
  } finally {
    signIn.dispose();
  }
  const agent = timedHttpsAgent({ ...options.ca ? { ca: options.ca } : {}, keepAlive: true }, limits);
  const common = { ...endpoint ? { endpoint } : {}, agent, userAgentOptions: { userAgentPrefix: "cldscan" } };
  const retry = { maxRetries: limits.maxAttempts - 1, ...options.retry };
  const graph = new ResourceGraphClient(credential, { ...common, apiVersion: GRAPH_API_VERSION });
  tune(graph.pipeline, new QuotaGate(), retry);
  const arm = new ResourceManagementClient(credential, "00000000-0000-0000-0000-000000000000", common);
  tune(arm.pipeline, new QuotaGate(), retry);
  const pageSize = Math.min(1e3, Math.max(1, options.pageSize ?? 1e3));
  const channel = new Channel(Math.max(2, ctx.concurrency * 2));
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  ctx.signal?.addEventListener("abort", onAbort, { once: true });
  const reader = { graph, arm, pageSize, channel, claims: /* @__PURE__ */ new Map(), ctx, signal: stop.signal, maxPages: limits.maxPages, deadlineMs: limits.deadlineMs };
  const mine = scopes.filter((s) => s.kind === "managementGroup" || inShard(s.id, ctx.shard));
  const producer = (async () => {
    try {
      for await (const _ of mapConcurrent(mine, ctx.concurrency, (scope2) => readScope(reader, scope2))) void _;
      channel.close();
    } catch (err) {
      channel.close(err);
    }
  })();
  let drained = false;
  try {
    for await (const batch of channel.drain()) yield* batch;
    drained = true;
  } finally {
    if (!drained) stop.abort();
    channel.close();
    await producer;
    ctx.signal?.removeEventListener("abort", onAbort);
    agent.destroy();
  }
}
var SUBSCRIPTIONS_PER_QUERY = 1e3;
var PRICING_TYPE = "microsoft.security/pricings";
var REGISTRY_TYPE = "microsoft.containerregistry/registries";
async function forEachLimit(items, limit, work) {
  for await (const _ of mapConcurrent(items, limit, work)) void _;
}
async function readScope(r, scope2) {
  const deadline = new Deadline(r.deadlineMs, scope2.kind === "subscription" ? `subscription ${scope2.id}` : `management group ${scope2.id}`, r.signal);
  try {
    await readScopeWithin(r, scope2, deadline);
  } finally {
    deadline.dispose();
  }
}
async function readScopeWithin(r, scope2, deadline) {
  const { ctx } = r;
  const graphScope = scope2.kind === "subscription" ? { subscriptions: [scope2.id] } : { managementGroups: [scope2.id] };
  const sharded = ctx.shard !== void 0 && ctx.shard.count > 1;
  let graphScopes = [graphScope];
  const opts = { pageSize: r.pageSize, deadline, maxPages: r.maxPages, scope: scope2.label };
  async function* pages(query2) {
    for (const g of graphScopes) yield* graphPages(r.graph, query2, g, opts);
  }
  const owned = /* @__PURE__ */ new Set();
  const own = (sub) => {
    if (!sub) return scope2.kind === "managementGroup" && !sharded;
    if (!inShard(sub, ctx.shard)) return false;
    if (!r.claims.has(sub)) r.claims.set(sub, scope2.label);
    if (r.claims.get(sub) !== scope2.label) return false;
    owned.add(sub);
    return true;
  };
  const failures = [];
  const details = detailReader(r.arm, failures, deadline.signal);
  const exportsOf = activityExports(r.arm, failures, deadline.signal);
  let count = 0;
  const emit = async (items) => {
    if (!items.length) return;
    count += items.length;
    ctx.progress.advance(scope2.label, items.length);
    await r.channel.put(items);
  };
  const live = (sub) => ({ input: `live/${categoryOf(sub)}` });
  if (scope2.kind === "subscription" && !own(scope2.id)) {
    ctx.progress.finish(scope2.label, `read with ${r.claims.get(scope2.id)}`);
    return;
  }
  let stage = "Defender for Cloud assessments and plans";
  try {
    if (scope2.kind === "managementGroup" && sharded) {
      stage = "subscriptions of the management group";
      const subs = /* @__PURE__ */ new Set();
      for await (const page of graphPages(r.graph, QUERIES.subscriptions, graphScope, opts)) {
        for (const row of page) {
          const sub = subscriptionOf(row);
          if (sub && inShard(sub, ctx.shard)) subs.add(sub);
        }
      }
      const list = [...subs].sort();
      graphScopes = [];
      for (let i = 0; i < list.length; i += SUBSCRIPTIONS_PER_QUERY) graphScopes.push({ subscriptions: list.slice(i, i + SUBSCRIPTIONS_PER_QUERY) });
      stage = "Defender for Cloud assessments and plans";
    }
    const assessments = /* @__PURE__ */ new Map();
    const pricings = /* @__PURE__ */ new Map();
    for await (const page of pages(QUERIES.assessments)) {
      for (const a of page) {
        const sub = subscriptionOf(a);
        if (!sub) continue;
        const into = typeOf(a) === PRICING_TYPE ? pricings : assessments;
        (into.get(sub) ?? into.set(sub, []).get(sub)).push(a);
      }
    }
    const plansOf = (sub) => pricings.get(sub)?.length ? [{ id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings`, type: "Microsoft.Security/pricings", value: pricings.get(sub) }] : [];
    stage = "subscriptions and resource groups";
    for await (const page of pages(QUERIES.containers)) {
      const items = [];
      await forEachLimit(page, DETAIL_CONCURRENCY, async (row) => {
        const sub = subscriptionOf(row);
        if (!own(sub)) return;
        let raw = row;
        if (typeOf(row) === SUBSCRIPTION_TYPE && sub) {
          ctx.covered(categoryOf(sub));
          const resources = [
            { id: `/subscriptions/${sub}/providers/Microsoft.Security/assessments`, type: "Microsoft.Security/assessments", value: assessments.get(sub) ?? [] },
            // Every plan of the subscription, read whole: none on is a finding on the subscription.
            { id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings`, type: "Microsoft.Security/pricings", value: pricings.get(sub) ?? [] },
            ...await exportsOf(sub) ?? []
          ];
          raw = { ...row, resources };
          for (const plan of pricings.get(sub) ?? []) {
            const resource2 = toResource(plan, { records: [] }, live(sub));
            if (resource2) items.push({ resource: resource2, raw: plan });
          }
        }
        const resource = toResource(raw, { records: nestedDetails(raw) }, live(sub));
        if (resource) items.push({ resource, raw });
      });
      await emit(items);
    }
    if (scope2.kind === "managementGroup" && sharded && !graphScopes.length) {
      ctx.progress.finish(scope2.label, "no subscription in this shard");
      return;
    }
    if (scope2.kind === "subscription" && count === 0) {
      throw Object.assign(new Error(`subscription ${scope2.id} was not found, or this identity cannot read it (it needs the Reader role)`), { code: "SubscriptionNotFound" });
    }
    stage = "App Service site configurations";
    const configs = new SiteConfigs();
    try {
      for await (const page of pages(QUERIES.siteConfigs)) for (const row of page) configs.add(row);
    } catch (err) {
      if (r.signal.aborted || deadline.expired) throw err;
    }
    stage = "Azure Backup protected items, backup instances and policies";
    let protections = new ProtectionIndex();
    try {
      for await (const page of pages(QUERIES.backups)) for (const row of page) protections.add(row);
    } catch (err) {
      if (r.signal.aborted || deadline.expired) throw err;
      protections = void 0;
      reportScope(ctx, scope2, owned, `${stage} (Resource Graph recoveryservicesresources) could not be read: ${describeError(err)}; whether VMs and managed disks are backed up stays unknown`);
    }
    stage = "resources";
    for await (const page of pages(QUERIES.resources)) {
      const rows = page.filter((row) => own(subscriptionOf(row)));
      const extra = /* @__PURE__ */ new Map();
      for (const row of rows) {
        const config = configs.take(row);
        if (config) extra.set(row, [config]);
      }
      await forEachLimit(
        rows.filter((row) => !extra.has(row) && details.needs(row)),
        DETAIL_CONCURRENCY,
        async (row) => {
          const found = await details.forRow(row);
          if (found?.length) extra.set(row, found);
        }
      );
      const items = [];
      for (const row of rows) {
        const sub = subscriptionOf(row);
        const more = [...extra.get(row) ?? [], ...typeOf(row) === REGISTRY_TYPE && sub ? plansOf(sub) : [], ...protections?.detailsFor(row) ?? []];
        const raw = more.length ? { ...row, resources: [...nestedDetails(row), ...more] } : row;
        const resource = toResource(raw, { records: nestedDetails(raw) }, live(subscriptionOf(row)));
        if (resource) items.push({ resource, raw });
      }
      await emit(items);
    }
    ctx.progress.finish(scope2.label, `${count} resources`);
  } catch (err) {
    if (r.signal.aborted) return;
    const message = `${stage} could not be read: ${describeError(err)}`;
    reportScope(ctx, scope2, owned, message);
    ctx.progress.finish(scope2.label, `failed: ${message}`);
  } finally {
    reportFailures(ctx, scope2, failures);
  }
}
function reportScope(ctx, scope2, owned, message) {
  if (scope2.kind === "subscription") {
    ctx.notify({ level: "error", message, scope: `subscription ${scope2.id}`, category: categoryOf(scope2.id) });
    return;
  }
  const where = `management group ${scope2.id}`;
  if (!owned.size) ctx.notify({ level: "error", message: `${where}: ${message}`, scope: where });
  for (const sub of owned) ctx.notify({ level: "error", message: `${where}: ${message}`, scope: `subscription ${sub}`, category: categoryOf(sub) });
}
function reportFailures(ctx, scope2, failures) {
  const grouped = /* @__PURE__ */ new Map();
  for (const f of failures) {
    const key = `${f.subscription}|${f.kind}`;
    const g = grouped.get(key);
    if (g) g.n++;
    else grouped.set(key, { n: 1, first: f.error, sub: f.subscription, kind: f.kind });
  }
  for (const g of grouped.values()) {
    const n = {
      level: "error",
      message: `${g.kind} could not be read (${g.n} ${g.n === 1 ? "read" : "reads"} failed; first: ${describeError(g.first)}); what they would settle stays unknown`,
      scope: g.sub ? `subscription ${g.sub}` : scope2.label
    };
    if (g.sub) n.category = categoryOf(g.sub);
    ctx.notify(n);
  }
}
export {
  createAzureSource
};
