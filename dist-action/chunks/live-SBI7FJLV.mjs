import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  AccountFacts,
  CONTROL_TYPES,
  DEFERRED_TYPES,
  KNOWN_TYPES,
  Lookups,
  MANAGED_RULES,
  PREREQUISITE_TYPES,
  READ_TYPES,
  RECORDER,
  absorb,
  absorbGroups,
  absorbLookup,
  accountItem,
  canonicalId,
  conf,
  decodeJsonText,
  facetsOf,
  hasNeeds,
  inventoryRecord,
  isDeleted,
  isPrerequisite,
  isRecord,
  isUnreadType,
  logGroupFromRule,
  needsOf,
  normaliseItem,
  passwordPolicyFrom,
  recorderFrom,
  recorderFromItem,
  tagsOf,
  text,
  toResource,
  trailArn,
  truthy,
  unreadTypesNote
} from "./chunk-GPFC3LMI.mjs";
import "./chunk-NZ3F65XU.mjs";
import "./chunk-I4GDKXBT.mjs";
import {
  limitsOf,
  mapConcurrent,
  withRetry
} from "./chunk-S2KMQ5VA.mjs";
import {
  inShard
} from "./chunk-JNLTB6MJ.mjs";
import {
  Deadline,
  PageGuard,
  anyOf,
  evidenceAt,
  isIncompleteRead
} from "./chunk-24CSVZM3.mjs";
import "./chunk-JECVGCKA.mjs";
import {
  SignatureV4MultiRegion
} from "./chunk-XMISE4T7.mjs";
import {
  AwsJson1_1Protocol,
  AwsQueryProtocol,
  AwsRestJsonProtocol,
  AwsSdkSigV4ASigner,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_SIGV4A_CONFIG_OPTIONS,
  resolveAwsSdkSigV4AConfig,
  resolveAwsSdkSigV4Config
} from "./chunk-LZMOHU3G.mjs";
import {
  eventStreamSerdeProvider2 as eventStreamSerdeProvider,
  resolveEventStreamSerdeConfig
} from "./chunk-2URPPXSL.mjs";
import {
  Sha256Node
} from "./chunk-3VVMR7UR.mjs";
import {
  ENV_KEY,
  ENV_SECRET,
  fromEnv
} from "./chunk-HLMJNMC6.mjs";
import {
  NodeHttpHandler
} from "./chunk-VGTUY6IC.mjs";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoAuthSigner,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveParams,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-W5BL3T3P.mjs";
import {
  CredentialsProviderError,
  ENV_PROFILE,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  chain,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-AFMZTCDR.mjs";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-D2H7PCJS.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";
import "./chunk-7GYEOXBL.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-DUMRXBCU.mjs";

// node_modules/@aws-sdk/client-config-service/dist-es/auth/httpAuthSchemeProvider.js
var defaultConfigServiceHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "config",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultConfigServiceHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-config-service/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "config"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-config-service/package.json
var package_default = {
  name: "@aws-sdk/client-config-service",
  version: "3.1124.0",
  description: "AWS SDK for JavaScript Config Service Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-config-service",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-config-service"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.977.9",
    "@aws-sdk/credential-provider-node": "^3.972.82",
    "@aws-sdk/types": "^3.974.5",
    "@smithy/core": "^3.33.3",
    "@smithy/fetch-http-handler": "^5.7.2",
    "@smithy/node-http-handler": "^4.11.3",
    "@smithy/types": "^4.17.2",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/remoteProvider.js
var ENV_IMDS_DISABLED = "AWS_EC2_METADATA_DISABLED";
var remoteProvider = async (init) => {
  const { ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI, fromContainerMetadata, fromInstanceMetadata } = await import("./dist-es-OPCW4E4L.mjs");
  if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
    init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
    const { fromHttp } = await import("./dist-es-UBBLA46N.mjs");
    return chain(fromHttp(init), fromContainerMetadata(init));
  }
  if (process.env[ENV_IMDS_DISABLED] && process.env[ENV_IMDS_DISABLED] !== "false") {
    return async () => {
      throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled", { logger: init.logger });
    };
  }
  init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata");
  return fromInstanceMetadata(init);
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/runtime/memoize-chain.js
function memoizeChain(providers, treatAsExpired) {
  const chain2 = internalCreateChain(providers);
  let activeLock;
  let passiveLock;
  let credentials;
  let forceRefreshLock;
  const provider = async (options) => {
    if (options?.forceRefresh) {
      if (!forceRefreshLock) {
        forceRefreshLock = chain2(options).then((c7) => {
          credentials = c7;
        }).finally(() => {
          forceRefreshLock = void 0;
        });
      }
      await forceRefreshLock;
      return credentials;
    }
    if (credentials?.expiration) {
      if (credentials?.expiration?.getTime() < Date.now()) {
        credentials = void 0;
      }
    }
    if (activeLock) {
      await activeLock;
    } else if (!credentials || treatAsExpired?.(credentials)) {
      if (credentials) {
        if (!passiveLock) {
          passiveLock = chain2(options).then((c7) => {
            credentials = c7;
          }).catch(() => {
          }).finally(() => {
            passiveLock = void 0;
          });
        }
      } else {
        activeLock = chain2(options).then((c7) => {
          credentials = c7;
        }).finally(() => {
          activeLock = void 0;
        });
        return provider(options);
      }
    }
    return credentials;
  };
  return provider;
}
var internalCreateChain = (providers) => async (awsIdentityProperties) => {
  let lastProviderError;
  for (const provider of providers) {
    try {
      return await provider(awsIdentityProperties);
    } catch (err) {
      lastProviderError = err;
      if (err?.tryNextLink) {
        continue;
      }
      throw err;
    }
  }
  throw lastProviderError;
};

// node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js
var multipleCredentialSourceWarningEmitted = false;
var defaultProvider = (init = {}) => memoizeChain([
  async () => {
    const profile = init.profile ?? process.env[ENV_PROFILE];
    if (profile) {
      const envStaticCredentialsAreSet = process.env[ENV_KEY] && process.env[ENV_SECRET];
      if (envStaticCredentialsAreSet) {
        if (!multipleCredentialSourceWarningEmitted) {
          const warnFn = init.logger?.warn && init.logger?.constructor?.name !== "NoOpLogger" ? init.logger.warn.bind(init.logger) : console.warn;
          warnFn(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`);
          multipleCredentialSourceWarningEmitted = true;
        }
      }
      throw new CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
        logger: init.logger,
        tryNextLink: true
      });
    }
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv");
    return fromEnv(init)();
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
    const { ssoStartUrl, ssoAccountId, ssoRegion, ssoRoleName, ssoSession } = init;
    if (!ssoStartUrl && !ssoAccountId && !ssoRegion && !ssoRoleName && !ssoSession) {
      throw new CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", { logger: init.logger });
    }
    const { fromSSO } = await import("./dist-es-EWLJ56MA.mjs");
    return fromSSO(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
    const { fromIni } = await import("./dist-es-NKDY757O.mjs");
    return fromIni(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
    const { fromProcess } = await import("./dist-es-3LWMRA7T.mjs");
    return fromProcess(init)(awsIdentityProperties);
  },
  async (awsIdentityProperties) => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
    const { fromTokenFile } = await import("./dist-es-K2KRPDMM.mjs");
    return fromTokenFile(init)(awsIdentityProperties);
  },
  async () => {
    init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider");
    return (await remoteProvider(init))();
  },
  async () => {
    throw new CredentialsProviderError("Could not load credentials from any providers", {
      tryNextLink: false,
      logger: init.logger
    });
  }
], credentialsTreatedAsExpired);
var credentialsTreatedAsExpired = (credentials) => credentials?.expiration !== void 0 && credentials.expiration.getTime() - Date.now() < 3e5;

// node_modules/@aws-sdk/client-config-service/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://config-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://config.{Region}.amazonaws.com", i],
    ["https://config-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://config.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://config.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-config-service/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-config-service/dist-es/models/ConfigServiceServiceException.js
var ConfigServiceServiceException = class _ConfigServiceServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _ConfigServiceServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-config-service/dist-es/models/errors.js
var ConflictException = class _ConflictException extends ConfigServiceServiceException {
  name = "ConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
  }
};
var NoSuchConfigurationRecorderException = class _NoSuchConfigurationRecorderException extends ConfigServiceServiceException {
  name = "NoSuchConfigurationRecorderException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchConfigurationRecorderException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchConfigurationRecorderException.prototype);
  }
};
var ValidationException = class _ValidationException extends ConfigServiceServiceException {
  name = "ValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
  }
};
var NoSuchConfigurationAggregatorException = class _NoSuchConfigurationAggregatorException extends ConfigServiceServiceException {
  name = "NoSuchConfigurationAggregatorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchConfigurationAggregatorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchConfigurationAggregatorException.prototype);
  }
};
var NoAvailableConfigurationRecorderException = class _NoAvailableConfigurationRecorderException extends ConfigServiceServiceException {
  name = "NoAvailableConfigurationRecorderException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoAvailableConfigurationRecorderException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoAvailableConfigurationRecorderException.prototype);
  }
};
var ConformancePackTemplateValidationException = class _ConformancePackTemplateValidationException extends ConfigServiceServiceException {
  name = "ConformancePackTemplateValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConformancePackTemplateValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConformancePackTemplateValidationException.prototype);
  }
};
var InvalidParameterValueException = class _InvalidParameterValueException extends ConfigServiceServiceException {
  name = "InvalidParameterValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
  }
};
var NoSuchConfigRuleException = class _NoSuchConfigRuleException extends ConfigServiceServiceException {
  name = "NoSuchConfigRuleException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchConfigRuleException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchConfigRuleException.prototype);
  }
};
var ResourceInUseException = class _ResourceInUseException extends ConfigServiceServiceException {
  name = "ResourceInUseException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
  }
};
var UnmodifiableEntityException = class _UnmodifiableEntityException extends ConfigServiceServiceException {
  name = "UnmodifiableEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnmodifiableEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnmodifiableEntityException.prototype);
  }
};
var NoSuchConformancePackException = class _NoSuchConformancePackException extends ConfigServiceServiceException {
  name = "NoSuchConformancePackException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchConformancePackException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchConformancePackException.prototype);
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends ConfigServiceServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var LastDeliveryChannelDeleteFailedException = class _LastDeliveryChannelDeleteFailedException extends ConfigServiceServiceException {
  name = "LastDeliveryChannelDeleteFailedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LastDeliveryChannelDeleteFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LastDeliveryChannelDeleteFailedException.prototype);
  }
};
var NoSuchDeliveryChannelException = class _NoSuchDeliveryChannelException extends ConfigServiceServiceException {
  name = "NoSuchDeliveryChannelException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchDeliveryChannelException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchDeliveryChannelException.prototype);
  }
};
var NoSuchOrganizationConfigRuleException = class _NoSuchOrganizationConfigRuleException extends ConfigServiceServiceException {
  name = "NoSuchOrganizationConfigRuleException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchOrganizationConfigRuleException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchOrganizationConfigRuleException.prototype);
  }
};
var OrganizationAccessDeniedException = class _OrganizationAccessDeniedException extends ConfigServiceServiceException {
  name = "OrganizationAccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OrganizationAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationAccessDeniedException.prototype);
  }
};
var NoSuchOrganizationConformancePackException = class _NoSuchOrganizationConformancePackException extends ConfigServiceServiceException {
  name = "NoSuchOrganizationConformancePackException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchOrganizationConformancePackException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchOrganizationConformancePackException.prototype);
  }
};
var InsufficientPermissionsException = class _InsufficientPermissionsException extends ConfigServiceServiceException {
  name = "InsufficientPermissionsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientPermissionsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientPermissionsException.prototype);
  }
};
var NoSuchRemediationConfigurationException = class _NoSuchRemediationConfigurationException extends ConfigServiceServiceException {
  name = "NoSuchRemediationConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchRemediationConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchRemediationConfigurationException.prototype);
  }
};
var RemediationInProgressException = class _RemediationInProgressException extends ConfigServiceServiceException {
  name = "RemediationInProgressException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RemediationInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RemediationInProgressException.prototype);
  }
};
var NoSuchRemediationExceptionException = class _NoSuchRemediationExceptionException extends ConfigServiceServiceException {
  name = "NoSuchRemediationExceptionException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchRemediationExceptionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchRemediationExceptionException.prototype);
  }
};
var NoRunningConfigurationRecorderException = class _NoRunningConfigurationRecorderException extends ConfigServiceServiceException {
  name = "NoRunningConfigurationRecorderException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoRunningConfigurationRecorderException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoRunningConfigurationRecorderException.prototype);
  }
};
var NoSuchRetentionConfigurationException = class _NoSuchRetentionConfigurationException extends ConfigServiceServiceException {
  name = "NoSuchRetentionConfigurationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchRetentionConfigurationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchRetentionConfigurationException.prototype);
  }
};
var InvalidLimitException = class _InvalidLimitException extends ConfigServiceServiceException {
  name = "InvalidLimitException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidLimitException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLimitException.prototype);
  }
};
var InvalidNextTokenException = class _InvalidNextTokenException extends ConfigServiceServiceException {
  name = "InvalidNextTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidNextTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
  }
};
var NoSuchConfigRuleInConformancePackException = class _NoSuchConfigRuleInConformancePackException extends ConfigServiceServiceException {
  name = "NoSuchConfigRuleInConformancePackException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchConfigRuleInConformancePackException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchConfigRuleInConformancePackException.prototype);
  }
};
var OversizedConfigurationItemException = class _OversizedConfigurationItemException extends ConfigServiceServiceException {
  name = "OversizedConfigurationItemException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OversizedConfigurationItemException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OversizedConfigurationItemException.prototype);
  }
};
var ResourceNotDiscoveredException = class _ResourceNotDiscoveredException extends ConfigServiceServiceException {
  name = "ResourceNotDiscoveredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotDiscoveredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotDiscoveredException.prototype);
  }
};
var InvalidTimeRangeException = class _InvalidTimeRangeException extends ConfigServiceServiceException {
  name = "InvalidTimeRangeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTimeRangeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTimeRangeException.prototype);
  }
};
var IdempotentParameterMismatch = class _IdempotentParameterMismatch extends ConfigServiceServiceException {
  name = "IdempotentParameterMismatch";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IdempotentParameterMismatch",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IdempotentParameterMismatch.prototype);
  }
};
var InsufficientDeliveryPolicyException = class _InsufficientDeliveryPolicyException extends ConfigServiceServiceException {
  name = "InsufficientDeliveryPolicyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientDeliveryPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientDeliveryPolicyException.prototype);
  }
};
var InvalidConfigurationRecorderNameException = class _InvalidConfigurationRecorderNameException extends ConfigServiceServiceException {
  name = "InvalidConfigurationRecorderNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidConfigurationRecorderNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidConfigurationRecorderNameException.prototype);
  }
};
var InvalidDeliveryChannelNameException = class _InvalidDeliveryChannelNameException extends ConfigServiceServiceException {
  name = "InvalidDeliveryChannelNameException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDeliveryChannelNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDeliveryChannelNameException.prototype);
  }
};
var InvalidExpressionException = class _InvalidExpressionException extends ConfigServiceServiceException {
  name = "InvalidExpressionException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExpressionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExpressionException.prototype);
  }
};
var InvalidRecordingGroupException = class _InvalidRecordingGroupException extends ConfigServiceServiceException {
  name = "InvalidRecordingGroupException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRecordingGroupException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRecordingGroupException.prototype);
  }
};
var InvalidResultTokenException = class _InvalidResultTokenException extends ConfigServiceServiceException {
  name = "InvalidResultTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidResultTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidResultTokenException.prototype);
  }
};
var InvalidRoleException = class _InvalidRoleException extends ConfigServiceServiceException {
  name = "InvalidRoleException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidRoleException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRoleException.prototype);
  }
};
var InvalidS3KeyPrefixException = class _InvalidS3KeyPrefixException extends ConfigServiceServiceException {
  name = "InvalidS3KeyPrefixException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidS3KeyPrefixException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidS3KeyPrefixException.prototype);
  }
};
var InvalidS3KmsKeyArnException = class _InvalidS3KmsKeyArnException extends ConfigServiceServiceException {
  name = "InvalidS3KmsKeyArnException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidS3KmsKeyArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidS3KmsKeyArnException.prototype);
  }
};
var InvalidSNSTopicARNException = class _InvalidSNSTopicARNException extends ConfigServiceServiceException {
  name = "InvalidSNSTopicARNException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSNSTopicARNException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSNSTopicARNException.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends ConfigServiceServiceException {
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var MaxActiveResourcesExceededException = class _MaxActiveResourcesExceededException extends ConfigServiceServiceException {
  name = "MaxActiveResourcesExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxActiveResourcesExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxActiveResourcesExceededException.prototype);
  }
};
var MaxNumberOfConfigRulesExceededException = class _MaxNumberOfConfigRulesExceededException extends ConfigServiceServiceException {
  name = "MaxNumberOfConfigRulesExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxNumberOfConfigRulesExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxNumberOfConfigRulesExceededException.prototype);
  }
};
var MaxNumberOfConfigurationRecordersExceededException = class _MaxNumberOfConfigurationRecordersExceededException extends ConfigServiceServiceException {
  name = "MaxNumberOfConfigurationRecordersExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxNumberOfConfigurationRecordersExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxNumberOfConfigurationRecordersExceededException.prototype);
  }
};
var MaxNumberOfConformancePacksExceededException = class _MaxNumberOfConformancePacksExceededException extends ConfigServiceServiceException {
  name = "MaxNumberOfConformancePacksExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxNumberOfConformancePacksExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxNumberOfConformancePacksExceededException.prototype);
  }
};
var MaxNumberOfConnectorsExceededException = class _MaxNumberOfConnectorsExceededException extends ConfigServiceServiceException {
  name = "MaxNumberOfConnectorsExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxNumberOfConnectorsExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxNumberOfConnectorsExceededException.prototype);
  }
};
var MaxNumberOfDeliveryChannelsExceededException = class _MaxNumberOfDeliveryChannelsExceededException extends ConfigServiceServiceException {
  name = "MaxNumberOfDeliveryChannelsExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxNumberOfDeliveryChannelsExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxNumberOfDeliveryChannelsExceededException.prototype);
  }
};
var MaxNumberOfOrganizationConfigRulesExceededException = class _MaxNumberOfOrganizationConfigRulesExceededException extends ConfigServiceServiceException {
  name = "MaxNumberOfOrganizationConfigRulesExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxNumberOfOrganizationConfigRulesExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxNumberOfOrganizationConfigRulesExceededException.prototype);
  }
};
var MaxNumberOfOrganizationConformancePacksExceededException = class _MaxNumberOfOrganizationConformancePacksExceededException extends ConfigServiceServiceException {
  name = "MaxNumberOfOrganizationConformancePacksExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxNumberOfOrganizationConformancePacksExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxNumberOfOrganizationConformancePacksExceededException.prototype);
  }
};
var MaxNumberOfRetentionConfigurationsExceededException = class _MaxNumberOfRetentionConfigurationsExceededException extends ConfigServiceServiceException {
  name = "MaxNumberOfRetentionConfigurationsExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MaxNumberOfRetentionConfigurationsExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxNumberOfRetentionConfigurationsExceededException.prototype);
  }
};
var NoAvailableDeliveryChannelException = class _NoAvailableDeliveryChannelException extends ConfigServiceServiceException {
  name = "NoAvailableDeliveryChannelException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoAvailableDeliveryChannelException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoAvailableDeliveryChannelException.prototype);
  }
};
var NoAvailableOrganizationException = class _NoAvailableOrganizationException extends ConfigServiceServiceException {
  name = "NoAvailableOrganizationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoAvailableOrganizationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoAvailableOrganizationException.prototype);
  }
};
var NoSuchBucketException = class _NoSuchBucketException extends ConfigServiceServiceException {
  name = "NoSuchBucketException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchBucketException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchBucketException.prototype);
  }
};
var OrganizationAllFeaturesNotEnabledException = class _OrganizationAllFeaturesNotEnabledException extends ConfigServiceServiceException {
  name = "OrganizationAllFeaturesNotEnabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OrganizationAllFeaturesNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationAllFeaturesNotEnabledException.prototype);
  }
};
var OrganizationConformancePackTemplateValidationException = class _OrganizationConformancePackTemplateValidationException extends ConfigServiceServiceException {
  name = "OrganizationConformancePackTemplateValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OrganizationConformancePackTemplateValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationConformancePackTemplateValidationException.prototype);
  }
};
var ResourceConcurrentModificationException = class _ResourceConcurrentModificationException extends ConfigServiceServiceException {
  name = "ResourceConcurrentModificationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConcurrentModificationException.prototype);
  }
};
var TooManyTagsException = class _TooManyTagsException extends ConfigServiceServiceException {
  name = "TooManyTagsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TooManyTagsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsException.prototype);
  }
};

// node_modules/@aws-sdk/client-config-service/dist-es/schemas/schemas_0.js
var _A = "Annotation";
var _AAR = "AllAwsRegions";
var _AAS = "AccountAggregationSource";
var _ACBCR = "AggregateComplianceByConfigRule";
var _ACBCRL = "AggregateComplianceByConfigRuleList";
var _ACBCRg = "AggregateComplianceByConfigRules";
var _AER = "AggregateEvaluationResult";
var _AERL = "AggregateEvaluationResultList";
var _AERg = "AggregateEvaluationResults";
var _AFRT = "AggregatorFilterResourceType";
var _AFSP = "AggregatorFilterServicePrincipal";
var _AI = "AccountIds";
var _AIc = "AccountId";
var _AR = "AwsRegions";
var _ARTR = "AssociateResourceTypesRequest";
var _ARw = "AwsRegion";
var _ASS = "AggregatedSourceStatus";
var _ASSL = "AggregatedSourceStatusList";
var _Ar = "Arn";
var _BCI = "BaseConfigurationItem";
var _C = "Compliance";
var _CAN = "ConfigurationAggregatorName";
var _CANo = "ConfigurationAggregatorNames";
var _CB = "CreatedBy";
var _CC = "CappedCount";
var _CCC = "ComplianceContributorCount";
var _CE = "ConflictException";
var _CEa = "CapExceeded";
var _CF = "ConnectorFilter";
var _CI = "ConfigurationItem";
var _CPCF = "ConformancePackComplianceFilters";
var _CPCSF = "ConformancePackComplianceScoresFilters";
var _CPDu = "CustomPolicyDetails";
var _CPEF = "ConformancePackEvaluationFilters";
var _CPIP = "ConformancePackInputParameters";
var _CPIPo = "ConformancePackInputParameter";
var _CPNo = "ConformancePackNames";
var _CPRC = "ConformancePackRuleCompliance";
var _CPTVE = "ConformancePackTemplateValidationException";
var _CR = "ConfigurationRecorder";
var _CRA = "ConfigurationRecorderArn";
var _CRAo = "ConfigRuleArn";
var _CRCF = "ConfigRuleComplianceFilters";
var _CRF = "ConfigurationRecorderFilter";
var _CRI = "ConfigRuleId";
var _CRIT = "ConfigRuleInvokedTime";
var _CRIo = "ComplianceResourceId";
var _CRL = "ConfigurationRecorderList";
var _CRN = "ConfigRuleName";
var _CRNo = "ConfigRuleNames";
var _CRNonf = "ConfigurationRecorderNames";
var _CRS = "ConfigRuleState";
var _CRSL = "ConfigurationRecorderStatusList";
var _CRSo = "ConfigurationRecorderStatus";
var _CRSonf = "ConfigurationRecordersStatus";
var _CRTo = "ComplianceResourceTypes";
var _CRo = "ConfigRule";
var _CRon = "ConfigRules";
var _CRonf = "ConfigurationRecorders";
var _CT = "ComplianceType";
var _CTo = "ComplianceTypes";
var _Co = "Controls";
var _Conf = "Configuration";
var _D = "Description";
var _DACBCR = "DescribeAggregateComplianceByConfigRules";
var _DACBCRR = "DescribeAggregateComplianceByConfigRulesRequest";
var _DACBCRRe = "DescribeAggregateComplianceByConfigRulesResponse";
var _DCARe = "DescribeConfigurationAggregatorsRequest";
var _DCASS = "DescribeConfigurationAggregatorSourcesStatus";
var _DCASSR = "DescribeConfigurationAggregatorSourcesStatusRequest";
var _DCASSRe = "DescribeConfigurationAggregatorSourcesStatusResponse";
var _DCBCRR = "DescribeComplianceByConfigRuleRequest";
var _DCBRR = "DescribeComplianceByResourceRequest";
var _DCNe = "DeliveryChannelNames";
var _DCPRe = "DescribeConformancePacksRequest";
var _DCPSR = "DescribeConformancePackStatusRequest";
var _DCRESR = "DescribeConfigRuleEvaluationStatusRequest";
var _DCRF = "DescribeConfigRulesFilters";
var _DCRRes = "DescribeConfigRulesRequest";
var _DCRResc = "DescribeConfigRulesResponse";
var _DCRRescr = "DescribeConfigurationRecordersRequest";
var _DCRRescri = "DescribeConfigurationRecordersResponse";
var _DCRS = "DescribeConfigurationRecorderStatus";
var _DCRSR = "DescribeConfigurationRecorderStatusRequest";
var _DCRSRe = "DescribeConfigurationRecorderStatusResponse";
var _DCRes = "DescribeConfigRules";
var _DCResc = "DescribeConfigurationRecorders";
var _DDCRe = "DescribeDeliveryChannelsRequest";
var _DDCSR = "DescribeDeliveryChannelStatusRequest";
var _DLDA = "DebugLogDeliveryAccounts";
var _DOCPRe = "DescribeOrganizationConformancePacksRequest";
var _DOCPSR = "DescribeOrganizationConformancePackStatusesRequest";
var _DOCRRe = "DescribeOrganizationConfigRulesRequest";
var _DOCRSR = "DescribeOrganizationConfigRuleStatusesRequest";
var _DRCRes = "DescribeRemediationConfigurationsRequest";
var _DRCRescr = "DescribeRetentionConfigurationsRequest";
var _DRTR = "DisassociateResourceTypesRequest";
var _DSB = "DeliveryS3Bucket";
var _DSKP = "DeliveryS3KeyPrefix";
var _EA = "ExcludedAccounts";
var _EBRT = "ExclusionByResourceTypes";
var _EDLD = "EnableDebugLogDelivery";
var _EM = "EvaluationModes";
var _EMC = "EvaluationModeConfiguration";
var _EMv = "EvaluationMode";
var _ER = "EvaluationResult";
var _ERI = "EvaluationResultIdentifier";
var _ERQ = "EvaluationResultQualifier";
var _ERv = "EvaluationResults";
var _ESv = "EventSource";
var _Ex = "Expression";
var _F = "Filters";
var _FIL = "FieldInfoList";
var _FIi = "FieldInfo";
var _GACDBCR = "GetAggregateComplianceDetailsByConfigRule";
var _GACDBCRR = "GetAggregateComplianceDetailsByConfigRuleRequest";
var _GACDBCRRe = "GetAggregateComplianceDetailsByConfigRuleResponse";
var _GCDBCR = "GetComplianceDetailsByConfigRule";
var _GCDBCRR = "GetComplianceDetailsByConfigRuleRequest";
var _GCDBCRRe = "GetComplianceDetailsByConfigRuleResponse";
var _GCDBRR = "GetComplianceDetailsByResourceRequest";
var _GCPCSR = "GetConformancePackComplianceSummaryRequest";
var _GCSBRTR = "GetComplianceSummaryByResourceTypeRequest";
var _GDRC = "GetDiscoveredResourceCounts";
var _GDRCR = "GetDiscoveredResourceCountsRequest";
var _GDRCRe = "GetDiscoveredResourceCountsResponse";
var _ICRNE = "InvalidConfigurationRecorderNameException";
var _IDCNE = "InvalidDeliveryChannelNameException";
var _IDPE = "InsufficientDeliveryPolicyException";
var _IEE = "InvalidExpressionException";
var _ILE = "InvalidLimitException";
var _INTE = "InvalidNextTokenException";
var _IP = "InputParameters";
var _IPE = "InsufficientPermissionsException";
var _IPM = "IdempotentParameterMismatch";
var _IPVE = "InvalidParameterValueException";
var _IRE = "InvalidRoleException";
var _IRGE = "InvalidRecordingGroupException";
var _IRTE = "InvalidResultTokenException";
var _ISKKAE = "InvalidS3KmsKeyArnException";
var _ISKPE = "InvalidS3KeyPrefixException";
var _ISNSTARNE = "InvalidSNSTopicARNException";
var _ITRE = "InvalidTimeRangeException";
var _K = "Key";
var _L = "Limit";
var _LDCDFE = "LastDeliveryChannelDeleteFailedException";
var _LDRR = "ListDiscoveredResourcesRequest";
var _LEC = "LastErrorCode";
var _LEE = "LimitExceededException";
var _LEM = "LastErrorMessage";
var _LFA = "LambdaFunctionArn";
var _LUS = "LastUpdateStatus";
var _LUT = "LastUpdateTime";
var _M = "Mode";
var _MAREE = "MaxActiveResourcesExceededException";
var _MEF = "MaximumExecutionFrequency";
var _MNOCEE = "MaxNumberOfConnectorsExceededException";
var _MNOCPEE = "MaxNumberOfConformancePacksExceededException";
var _MNOCREE = "MaxNumberOfConfigRulesExceededException";
var _MNOCREEa = "MaxNumberOfConfigurationRecordersExceededException";
var _MNODCEE = "MaxNumberOfDeliveryChannelsExceededException";
var _MNOOCPEE = "MaxNumberOfOrganizationConformancePacksExceededException";
var _MNOOCREE = "MaxNumberOfOrganizationConfigRulesExceededException";
var _MNORCEE = "MaxNumberOfRetentionConfigurationsExceededException";
var _MR = "MaxResults";
var _MT = "MessageType";
var _N = "Name";
var _NACRE = "NoAvailableConfigurationRecorderException";
var _NADCE = "NoAvailableDeliveryChannelException";
var _NAOE = "NoAvailableOrganizationException";
var _NRCRE = "NoRunningConfigurationRecorderException";
var _NSBE = "NoSuchBucketException";
var _NSCAE = "NoSuchConfigurationAggregatorException";
var _NSCPE = "NoSuchConformancePackException";
var _NSCRE = "NoSuchConfigRuleException";
var _NSCREo = "NoSuchConfigurationRecorderException";
var _NSCRICPE = "NoSuchConfigRuleInConformancePackException";
var _NSDCE = "NoSuchDeliveryChannelException";
var _NSOCPE = "NoSuchOrganizationConformancePackException";
var _NSOCRE = "NoSuchOrganizationConfigRuleException";
var _NSRCE = "NoSuchRemediationConfigurationException";
var _NSRCEo = "NoSuchRetentionConfigurationException";
var _NSREE = "NoSuchRemediationExceptionException";
var _NT = "NextToken";
var _O = "Owner";
var _OADE = "OrganizationAccessDeniedException";
var _OAFNEE = "OrganizationAllFeaturesNotEnabledException";
var _OAS = "OrganizationAggregationSource";
var _OCIE = "OversizedConfigurationItemException";
var _OCPA = "OrganizationConformancePackArn";
var _OCPN = "OrganizationConformancePackName";
var _OCPNr = "OrganizationConformancePackNames";
var _OCPRM = "OrganizationCustomPolicyRuleMetadata";
var _OCPRMNP = "OrganizationCustomPolicyRuleMetadataNoPolicy";
var _OCPTVE = "OrganizationConformancePackTemplateValidationException";
var _OCPr = "OrganizationConformancePack";
var _OCRA = "OrganizationConfigRuleArn";
var _OCRM = "OrganizationCustomRuleMetadata";
var _OCRN = "OrganizationConfigRuleName";
var _OCRNr = "OrganizationConfigRuleNames";
var _OCRTT = "OrganizationConfigRuleTriggerTypes";
var _OCRr = "OrganizationConfigRule";
var _OMRM = "OrganizationManagedRuleMetadata";
var _OT = "OrderingTimestamp";
var _PN = "ParameterName";
var _POCPR = "PutOrganizationConformancePackRequest";
var _POCRR = "PutOrganizationConfigRuleRequest";
var _PR = "PolicyRuntime";
var _PRCRut = "PutResourceConfigRequest";
var _PT = "PolicyText";
var _PV = "ParameterValue";
var _QI = "QueryInfo";
var _R = "Relationship";
var _RA = "ResourceArn";
var _RAo = "RoleArn";
var _RCME = "ResourceConcurrentModificationException";
var _RCNe = "RetentionConfigurationNames";
var _RCes = "ResourceCount";
var _RCesou = "ResourceCounts";
var _REI = "ResourceEvaluationId";
var _REV = "RuleEvaluationVisibility";
var _RG = "RecordingGroup";
var _RI = "ResourceId";
var _RIPE = "RemediationInProgressException";
var _RIS = "ResourceIdScope";
var _RIUE = "ResourceInUseException";
var _RIes = "ResourceIds";
var _RIu = "RuleIdentifier";
var _RL = "RelationshipList";
var _RM = "RecordingMode";
var _RMO = "RecordingModeOverride";
var _RMOe = "RecordingModeOverrides";
var _RN = "ResourceName";
var _RNDE = "ResourceNotDiscoveredException";
var _RNFE = "ResourceNotFoundException";
var _RRT = "ResultRecordedTime";
var _RS = "RecordingStrategy";
var _RT = "ResourceType";
var _RTS = "ResourceTypesScope";
var _RTe = "ResourceTypes";
var _RTes = "ResultToken";
var _Res = "Results";
var _S = "Source";
var _SARC = "SelectAggregateResourceConfig";
var _SARCR = "SelectAggregateResourceConfigRequest";
var _SARCRe = "SelectAggregateResourceConfigResponse";
var _SCRER = "StartConfigRulesEvaluationRequest";
var _SCc = "ScopeConfiguration";
var _SDo = "SourceDetails";
var _SDou = "SourceDetail";
var _SF = "SelectFields";
var _SI = "SourceId";
var _SIo = "SourceIdentifier";
var _SP = "ServicePrincipal";
var _SPe = "ServicePrincipals";
var _SRC = "SelectResourceConfig";
var _SRCR = "SelectResourceConfigRequest";
var _SRCRe = "SelectResourceConfigResponse";
var _ST = "SourceType";
var _SV = "StaticValue";
var _SVI = "SchemaVersionId";
var _Sc = "Scope";
var _T = "Type";
var _TB = "TemplateBody";
var _TK = "TagKey";
var _TKS = "TagKeyScope";
var _TKa = "TagKeys";
var _TLa = "TagsList";
var _TMTE = "TooManyTagsException";
var _TSU = "TemplateS3Uri";
var _TVS = "TagValueScope";
var _TVa = "TagValue";
var _Ta = "Tags";
var _Tag = "Tag";
var _UEE = "UnmodifiableEntityException";
var _URR = "UntagResourceRequest";
var _US = "UpdateStatus";
var _V = "Value";
var _VE = "ValidationException";
var _Va = "Values";
var _a = "arn";
var _aI = "accountId";
var _aR = "awsRegion";
var _aRl = "allRegions";
var _aS = "allSupported";
var _aZ = "availabilityZone";
var _c = "client";
var _cA = "connectorArn";
var _cICT = "configurationItemCaptureTime";
var _cIDT = "configurationItemDeliveryTime";
var _cIMDH = "configurationItemMD5Hash";
var _cIS = "configurationItemStatus";
var _cSI = "configurationStateId";
var _co = "configuration";
var _cou = "count";
var _d = "description";
var _e = "error";
var _eBRT = "exclusionByResourceTypes";
var _fN = "filterName";
var _fV = "filterValue";
var _fVi = "filterValues";
var _hE = "httpError";
var _iDR = "includeDeletedResources";
var _iGRT = "includeGlobalResourceTypes";
var _iR = "includedRegions";
var _l = "limit";
var _lEC = "lastErrorCode";
var _lEM = "lastErrorMessage";
var _lS = "lastStatus";
var _lSCT = "lastStatusChangeTime";
var _lSTa = "lastStartTime";
var _lSTas = "lastStopTime";
var _m = "message";
var _n = "name";
var _nT = "nextToken";
var _r = "relationships";
var _rARN = "roleARN";
var _rC = "resourceCounts";
var _rCT = "resourceCreationTime";
var _rE = "relatedEvents";
var _rF = "recordingFrequency";
var _rG = "recordingGroup";
var _rI = "resourceId";
var _rIe = "resourceIds";
var _rM = "recordingMode";
var _rMO = "recordingModeOverrides";
var _rN = "resourceName";
var _rNe = "relationshipName";
var _rS = "recordingScope";
var _rSe = "recordingStrategy";
var _rT = "resourceType";
var _rTe = "resourceTypes";
var _re = "recording";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.configservice";
var _sC = "supplementaryConfiguration";
var _sCc = "scopeConfiguration";
var _sP = "servicePrincipal";
var _sT = "scopeType";
var _sV = "scopeValues";
var _t = "tags";
var _tDR = "totalDiscoveredResources";
var _uO = "useOnly";
var _v = "version";
var n0 = "com.amazonaws.configservice";
var _s_registry = TypeRegistry.for(_s);
var ConfigServiceServiceException$ = [-3, _s, "ConfigServiceServiceException", 0, [], []];
_s_registry.registerError(ConfigServiceServiceException$, ConfigServiceServiceException);
var n0_registry = TypeRegistry.for(n0);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var ConformancePackTemplateValidationException$ = [
  -3,
  n0,
  _CPTVE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ConformancePackTemplateValidationException$, ConformancePackTemplateValidationException);
var IdempotentParameterMismatch$ = [
  -3,
  n0,
  _IPM,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(IdempotentParameterMismatch$, IdempotentParameterMismatch);
var InsufficientDeliveryPolicyException$ = [
  -3,
  n0,
  _IDPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientDeliveryPolicyException$, InsufficientDeliveryPolicyException);
var InsufficientPermissionsException$ = [
  -3,
  n0,
  _IPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InsufficientPermissionsException$, InsufficientPermissionsException);
var InvalidConfigurationRecorderNameException$ = [
  -3,
  n0,
  _ICRNE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidConfigurationRecorderNameException$, InvalidConfigurationRecorderNameException);
var InvalidDeliveryChannelNameException$ = [
  -3,
  n0,
  _IDCNE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDeliveryChannelNameException$, InvalidDeliveryChannelNameException);
var InvalidExpressionException$ = [
  -3,
  n0,
  _IEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExpressionException$, InvalidExpressionException);
var InvalidLimitException$ = [
  -3,
  n0,
  _ILE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidLimitException$, InvalidLimitException);
var InvalidNextTokenException$ = [
  -3,
  n0,
  _INTE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidRecordingGroupException$ = [
  -3,
  n0,
  _IRGE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidRecordingGroupException$, InvalidRecordingGroupException);
var InvalidResultTokenException$ = [
  -3,
  n0,
  _IRTE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidResultTokenException$, InvalidResultTokenException);
var InvalidRoleException$ = [
  -3,
  n0,
  _IRE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidRoleException$, InvalidRoleException);
var InvalidS3KeyPrefixException$ = [
  -3,
  n0,
  _ISKPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidS3KeyPrefixException$, InvalidS3KeyPrefixException);
var InvalidS3KmsKeyArnException$ = [
  -3,
  n0,
  _ISKKAE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidS3KmsKeyArnException$, InvalidS3KmsKeyArnException);
var InvalidSNSTopicARNException$ = [
  -3,
  n0,
  _ISNSTARNE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidSNSTopicARNException$, InvalidSNSTopicARNException);
var InvalidTimeRangeException$ = [
  -3,
  n0,
  _ITRE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTimeRangeException$, InvalidTimeRangeException);
var LastDeliveryChannelDeleteFailedException$ = [
  -3,
  n0,
  _LDCDFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LastDeliveryChannelDeleteFailedException$, LastDeliveryChannelDeleteFailedException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MaxActiveResourcesExceededException$ = [
  -3,
  n0,
  _MAREE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxActiveResourcesExceededException$, MaxActiveResourcesExceededException);
var MaxNumberOfConfigRulesExceededException$ = [
  -3,
  n0,
  _MNOCREE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxNumberOfConfigRulesExceededException$, MaxNumberOfConfigRulesExceededException);
var MaxNumberOfConfigurationRecordersExceededException$ = [
  -3,
  n0,
  _MNOCREEa,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxNumberOfConfigurationRecordersExceededException$, MaxNumberOfConfigurationRecordersExceededException);
var MaxNumberOfConformancePacksExceededException$ = [
  -3,
  n0,
  _MNOCPEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxNumberOfConformancePacksExceededException$, MaxNumberOfConformancePacksExceededException);
var MaxNumberOfConnectorsExceededException$ = [
  -3,
  n0,
  _MNOCEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxNumberOfConnectorsExceededException$, MaxNumberOfConnectorsExceededException);
var MaxNumberOfDeliveryChannelsExceededException$ = [
  -3,
  n0,
  _MNODCEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxNumberOfDeliveryChannelsExceededException$, MaxNumberOfDeliveryChannelsExceededException);
var MaxNumberOfOrganizationConfigRulesExceededException$ = [
  -3,
  n0,
  _MNOOCREE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxNumberOfOrganizationConfigRulesExceededException$, MaxNumberOfOrganizationConfigRulesExceededException);
var MaxNumberOfOrganizationConformancePacksExceededException$ = [
  -3,
  n0,
  _MNOOCPEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxNumberOfOrganizationConformancePacksExceededException$, MaxNumberOfOrganizationConformancePacksExceededException);
var MaxNumberOfRetentionConfigurationsExceededException$ = [
  -3,
  n0,
  _MNORCEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MaxNumberOfRetentionConfigurationsExceededException$, MaxNumberOfRetentionConfigurationsExceededException);
var NoAvailableConfigurationRecorderException$ = [
  -3,
  n0,
  _NACRE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoAvailableConfigurationRecorderException$, NoAvailableConfigurationRecorderException);
var NoAvailableDeliveryChannelException$ = [
  -3,
  n0,
  _NADCE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoAvailableDeliveryChannelException$, NoAvailableDeliveryChannelException);
var NoAvailableOrganizationException$ = [
  -3,
  n0,
  _NAOE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoAvailableOrganizationException$, NoAvailableOrganizationException);
var NoRunningConfigurationRecorderException$ = [
  -3,
  n0,
  _NRCRE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoRunningConfigurationRecorderException$, NoRunningConfigurationRecorderException);
var NoSuchBucketException$ = [
  -3,
  n0,
  _NSBE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchBucketException$, NoSuchBucketException);
var NoSuchConfigRuleException$ = [
  -3,
  n0,
  _NSCRE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchConfigRuleException$, NoSuchConfigRuleException);
var NoSuchConfigRuleInConformancePackException$ = [
  -3,
  n0,
  _NSCRICPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchConfigRuleInConformancePackException$, NoSuchConfigRuleInConformancePackException);
var NoSuchConfigurationAggregatorException$ = [
  -3,
  n0,
  _NSCAE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchConfigurationAggregatorException$, NoSuchConfigurationAggregatorException);
var NoSuchConfigurationRecorderException$ = [
  -3,
  n0,
  _NSCREo,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchConfigurationRecorderException$, NoSuchConfigurationRecorderException);
var NoSuchConformancePackException$ = [
  -3,
  n0,
  _NSCPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchConformancePackException$, NoSuchConformancePackException);
var NoSuchDeliveryChannelException$ = [
  -3,
  n0,
  _NSDCE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchDeliveryChannelException$, NoSuchDeliveryChannelException);
var NoSuchOrganizationConfigRuleException$ = [
  -3,
  n0,
  _NSOCRE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchOrganizationConfigRuleException$, NoSuchOrganizationConfigRuleException);
var NoSuchOrganizationConformancePackException$ = [
  -3,
  n0,
  _NSOCPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchOrganizationConformancePackException$, NoSuchOrganizationConformancePackException);
var NoSuchRemediationConfigurationException$ = [
  -3,
  n0,
  _NSRCE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchRemediationConfigurationException$, NoSuchRemediationConfigurationException);
var NoSuchRemediationExceptionException$ = [
  -3,
  n0,
  _NSREE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchRemediationExceptionException$, NoSuchRemediationExceptionException);
var NoSuchRetentionConfigurationException$ = [
  -3,
  n0,
  _NSRCEo,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchRetentionConfigurationException$, NoSuchRetentionConfigurationException);
var OrganizationAccessDeniedException$ = [
  -3,
  n0,
  _OADE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OrganizationAccessDeniedException$, OrganizationAccessDeniedException);
var OrganizationAllFeaturesNotEnabledException$ = [
  -3,
  n0,
  _OAFNEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OrganizationAllFeaturesNotEnabledException$, OrganizationAllFeaturesNotEnabledException);
var OrganizationConformancePackTemplateValidationException$ = [
  -3,
  n0,
  _OCPTVE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OrganizationConformancePackTemplateValidationException$, OrganizationConformancePackTemplateValidationException);
var OversizedConfigurationItemException$ = [
  -3,
  n0,
  _OCIE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(OversizedConfigurationItemException$, OversizedConfigurationItemException);
var RemediationInProgressException$ = [
  -3,
  n0,
  _RIPE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(RemediationInProgressException$, RemediationInProgressException);
var ResourceConcurrentModificationException$ = [
  -3,
  n0,
  _RCME,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceConcurrentModificationException$, ResourceConcurrentModificationException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotDiscoveredException$ = [
  -3,
  n0,
  _RNDE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotDiscoveredException$, ResourceNotDiscoveredException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var TooManyTagsException$ = [
  -3,
  n0,
  _TMTE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var UnmodifiableEntityException$ = [
  -3,
  n0,
  _UEE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(UnmodifiableEntityException$, UnmodifiableEntityException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccountAggregationSource$ = [
  3,
  n0,
  _AAS,
  0,
  [_AI, _AAR, _AR],
  [64 | 0, 2, 64 | 0],
  1
];
var AggregateComplianceByConfigRule$ = [
  3,
  n0,
  _ACBCR,
  0,
  [_CRN, _C, _AIc, _ARw],
  [0, () => Compliance$, 0, 0]
];
var AggregatedSourceStatus$ = [
  3,
  n0,
  _ASS,
  0,
  [_SI, _ST, _ARw, _LUS, _LUT, _LEC, _LEM],
  [0, 0, 0, 0, 4, 0, 0]
];
var AggregateEvaluationResult$ = [
  3,
  n0,
  _AER,
  0,
  [_ERI, _CT, _RRT, _CRIT, _A, _AIc, _ARw],
  [() => EvaluationResultIdentifier$, 0, 4, 4, 0, 0, 0]
];
var AggregatorFilterResourceType$ = [
  3,
  n0,
  _AFRT,
  0,
  [_T, _V],
  [0, 64 | 0]
];
var AggregatorFilterServicePrincipal$ = [
  3,
  n0,
  _AFSP,
  0,
  [_T, _V],
  [0, 64 | 0]
];
var AssociateResourceTypesRequest$ = [
  3,
  n0,
  _ARTR,
  0,
  [_CRA, _RTe],
  [0, 64 | 0],
  2
];
var BaseConfigurationItem$ = [
  3,
  n0,
  _BCI,
  0,
  [_v, _aI, _cICT, _cIS, _cSI, _a, _rT, _rI, _rN, _aR, _aZ, _rCT, _co, _sC, _rF, _cIDT],
  [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 128 | 0, 0, 4]
];
var Compliance$ = [
  3,
  n0,
  _C,
  0,
  [_CT, _CCC],
  [0, () => ComplianceContributorCount$]
];
var ComplianceContributorCount$ = [
  3,
  n0,
  _CCC,
  0,
  [_CC, _CEa],
  [1, 2]
];
var ConfigRule$ = [
  3,
  n0,
  _CRo,
  0,
  [_S, _CRN, _CRAo, _CRI, _D, _Sc, _IP, _MEF, _CRS, _CB, _EM, _REV],
  [() => Source$, 0, 0, 0, 0, () => Scope$, 0, 0, 0, 0, () => EvaluationModes, 0],
  1
];
var ConfigRuleComplianceFilters$ = [
  3,
  n0,
  _CRCF,
  0,
  [_CRN, _CT, _AIc, _ARw],
  [0, 0, 0, 0]
];
var ConfigurationItem$ = [
  3,
  n0,
  _CI,
  0,
  [_v, _aI, _cICT, _cIS, _cSI, _cIMDH, _a, _rT, _rI, _rN, _aR, _aZ, _rCT, _t, _rE, _r, _co, _sC, _rF, _cIDT],
  [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 128 | 0, 64 | 0, () => RelationshipList, 0, 128 | 0, 0, 4]
];
var ConfigurationRecorder$ = [
  3,
  n0,
  _CR,
  0,
  [_a, _n, _rARN, _rG, _rM, _rS, _sP, _cA, _sCc],
  [0, 0, 0, () => RecordingGroup$, () => RecordingMode$, 0, 0, 0, () => ScopeConfiguration$]
];
var ConfigurationRecorderFilter$ = [
  3,
  n0,
  _CRF,
  0,
  [_fN, _fV],
  [0, 64 | 0]
];
var ConfigurationRecorderStatus$ = [
  3,
  n0,
  _CRSo,
  0,
  [_a, _n, _lSTa, _lSTas, _re, _lS, _lEC, _lEM, _lSCT, _sP],
  [0, 0, 4, 4, 2, 0, 0, 0, 4, 0]
];
var ConformancePackComplianceFilters$ = [
  3,
  n0,
  _CPCF,
  0,
  [_CRNo, _CT],
  [64 | 0, 0]
];
var ConformancePackComplianceScoresFilters$ = [
  3,
  n0,
  _CPCSF,
  0,
  [_CPNo],
  [64 | 0],
  1
];
var ConformancePackEvaluationFilters$ = [
  3,
  n0,
  _CPEF,
  0,
  [_CRNo, _CT, _RT, _RIes],
  [64 | 0, 0, 0, 64 | 0]
];
var ConformancePackInputParameter$ = [
  3,
  n0,
  _CPIPo,
  0,
  [_PN, _PV],
  [0, 0],
  2
];
var ConformancePackRuleCompliance$ = [
  3,
  n0,
  _CPRC,
  0,
  [_CRN, _CT, _Co],
  [0, 0, 64 | 0]
];
var ConnectorFilter$ = [
  3,
  n0,
  _CF,
  0,
  [_fN, _fVi],
  [0, 64 | 0]
];
var CustomPolicyDetails$ = [
  3,
  n0,
  _CPDu,
  0,
  [_PR, _PT, _EDLD],
  [0, 0, 2],
  2
];
var DescribeAggregateComplianceByConfigRulesRequest$ = [
  3,
  n0,
  _DACBCRR,
  0,
  [_CAN, _F, _L, _NT],
  [0, () => ConfigRuleComplianceFilters$, 1, 0],
  1
];
var DescribeAggregateComplianceByConfigRulesResponse$ = [
  3,
  n0,
  _DACBCRRe,
  0,
  [_ACBCRg, _NT],
  [() => AggregateComplianceByConfigRuleList, 0]
];
var DescribeComplianceByConfigRuleRequest$ = [
  3,
  n0,
  _DCBCRR,
  0,
  [_CRNo, _CTo, _NT],
  [64 | 0, 64 | 0, 0]
];
var DescribeComplianceByResourceRequest$ = [
  3,
  n0,
  _DCBRR,
  0,
  [_RT, _RI, _CTo, _L, _NT],
  [0, 0, 64 | 0, 1, 0]
];
var DescribeConfigRuleEvaluationStatusRequest$ = [
  3,
  n0,
  _DCRESR,
  0,
  [_CRNo, _NT, _L],
  [64 | 0, 0, 1]
];
var DescribeConfigRulesFilters$ = [
  3,
  n0,
  _DCRF,
  0,
  [_EMv, _REV],
  [0, 0]
];
var DescribeConfigRulesRequest$ = [
  3,
  n0,
  _DCRRes,
  0,
  [_CRNo, _F, _NT],
  [64 | 0, () => DescribeConfigRulesFilters$, 0]
];
var DescribeConfigRulesResponse$ = [
  3,
  n0,
  _DCRResc,
  0,
  [_CRon, _NT],
  [() => ConfigRules, 0]
];
var DescribeConfigurationAggregatorSourcesStatusRequest$ = [
  3,
  n0,
  _DCASSR,
  0,
  [_CAN, _US, _NT, _L],
  [0, 64 | 0, 0, 1],
  1
];
var DescribeConfigurationAggregatorSourcesStatusResponse$ = [
  3,
  n0,
  _DCASSRe,
  0,
  [_ASSL, _NT],
  [() => AggregatedSourceStatusList, 0]
];
var DescribeConfigurationAggregatorsRequest$ = [
  3,
  n0,
  _DCARe,
  0,
  [_CANo, _NT, _L],
  [64 | 0, 0, 1]
];
var DescribeConfigurationRecordersRequest$ = [
  3,
  n0,
  _DCRRescr,
  0,
  [_CRNonf, _SP, _Ar],
  [64 | 0, 0, 0]
];
var DescribeConfigurationRecordersResponse$ = [
  3,
  n0,
  _DCRRescri,
  0,
  [_CRonf],
  [() => ConfigurationRecorderList]
];
var DescribeConfigurationRecorderStatusRequest$ = [
  3,
  n0,
  _DCRSR,
  0,
  [_CRNonf, _SP, _Ar],
  [64 | 0, 0, 0]
];
var DescribeConfigurationRecorderStatusResponse$ = [
  3,
  n0,
  _DCRSRe,
  0,
  [_CRSonf],
  [() => ConfigurationRecorderStatusList]
];
var DescribeConformancePacksRequest$ = [
  3,
  n0,
  _DCPRe,
  0,
  [_CPNo, _L, _NT],
  [64 | 0, 1, 0]
];
var DescribeConformancePackStatusRequest$ = [
  3,
  n0,
  _DCPSR,
  0,
  [_CPNo, _L, _NT],
  [64 | 0, 1, 0]
];
var DescribeDeliveryChannelsRequest$ = [
  3,
  n0,
  _DDCRe,
  0,
  [_DCNe],
  [64 | 0]
];
var DescribeDeliveryChannelStatusRequest$ = [
  3,
  n0,
  _DDCSR,
  0,
  [_DCNe],
  [64 | 0]
];
var DescribeOrganizationConfigRulesRequest$ = [
  3,
  n0,
  _DOCRRe,
  0,
  [_OCRNr, _L, _NT],
  [64 | 0, 1, 0]
];
var DescribeOrganizationConfigRuleStatusesRequest$ = [
  3,
  n0,
  _DOCRSR,
  0,
  [_OCRNr, _L, _NT],
  [64 | 0, 1, 0]
];
var DescribeOrganizationConformancePacksRequest$ = [
  3,
  n0,
  _DOCPRe,
  0,
  [_OCPNr, _L, _NT],
  [64 | 0, 1, 0]
];
var DescribeOrganizationConformancePackStatusesRequest$ = [
  3,
  n0,
  _DOCPSR,
  0,
  [_OCPNr, _L, _NT],
  [64 | 0, 1, 0]
];
var DescribeRemediationConfigurationsRequest$ = [
  3,
  n0,
  _DRCRes,
  0,
  [_CRNo],
  [64 | 0],
  1
];
var DescribeRetentionConfigurationsRequest$ = [
  3,
  n0,
  _DRCRescr,
  0,
  [_RCNe, _NT],
  [64 | 0, 0]
];
var DisassociateResourceTypesRequest$ = [
  3,
  n0,
  _DRTR,
  0,
  [_CRA, _RTe],
  [0, 64 | 0],
  2
];
var EvaluationModeConfiguration$ = [
  3,
  n0,
  _EMC,
  0,
  [_M],
  [0]
];
var EvaluationResult$ = [
  3,
  n0,
  _ER,
  0,
  [_ERI, _CT, _RRT, _CRIT, _A, _RTes],
  [() => EvaluationResultIdentifier$, 0, 4, 4, 0, 0]
];
var EvaluationResultIdentifier$ = [
  3,
  n0,
  _ERI,
  0,
  [_ERQ, _OT, _REI],
  [() => EvaluationResultQualifier$, 4, 0]
];
var EvaluationResultQualifier$ = [
  3,
  n0,
  _ERQ,
  0,
  [_CRN, _RT, _RI, _EMv],
  [0, 0, 0, 0]
];
var ExclusionByResourceTypes$ = [
  3,
  n0,
  _EBRT,
  0,
  [_rTe],
  [64 | 0]
];
var FieldInfo$ = [
  3,
  n0,
  _FIi,
  0,
  [_N],
  [0]
];
var GetAggregateComplianceDetailsByConfigRuleRequest$ = [
  3,
  n0,
  _GACDBCRR,
  0,
  [_CAN, _CRN, _AIc, _ARw, _CT, _L, _NT],
  [0, 0, 0, 0, 0, 1, 0],
  4
];
var GetAggregateComplianceDetailsByConfigRuleResponse$ = [
  3,
  n0,
  _GACDBCRRe,
  0,
  [_AERg, _NT],
  [() => AggregateEvaluationResultList, 0]
];
var GetComplianceDetailsByConfigRuleRequest$ = [
  3,
  n0,
  _GCDBCRR,
  0,
  [_CRN, _CTo, _L, _NT],
  [0, 64 | 0, 1, 0],
  1
];
var GetComplianceDetailsByConfigRuleResponse$ = [
  3,
  n0,
  _GCDBCRRe,
  0,
  [_ERv, _NT],
  [() => EvaluationResults, 0]
];
var GetComplianceDetailsByResourceRequest$ = [
  3,
  n0,
  _GCDBRR,
  0,
  [_RT, _RI, _CTo, _NT, _REI],
  [0, 0, 64 | 0, 0, 0]
];
var GetComplianceSummaryByResourceTypeRequest$ = [
  3,
  n0,
  _GCSBRTR,
  0,
  [_RTe],
  [64 | 0]
];
var GetConformancePackComplianceSummaryRequest$ = [
  3,
  n0,
  _GCPCSR,
  0,
  [_CPNo, _L, _NT],
  [64 | 0, 1, 0],
  1
];
var GetDiscoveredResourceCountsRequest$ = [
  3,
  n0,
  _GDRCR,
  0,
  [_rTe, _l, _nT],
  [64 | 0, 1, 0]
];
var GetDiscoveredResourceCountsResponse$ = [
  3,
  n0,
  _GDRCRe,
  0,
  [_tDR, _rC, _nT],
  [1, () => ResourceCounts, 0]
];
var ListDiscoveredResourcesRequest$ = [
  3,
  n0,
  _LDRR,
  0,
  [_rT, _rIe, _rN, _l, _iDR, _nT],
  [0, 64 | 0, 0, 1, 2, 0],
  1
];
var OrganizationAggregationSource$ = [
  3,
  n0,
  _OAS,
  0,
  [_RAo, _AR, _AAR],
  [0, 64 | 0, 2],
  1
];
var OrganizationConfigRule$ = [
  3,
  n0,
  _OCRr,
  0,
  [_OCRN, _OCRA, _OMRM, _OCRM, _EA, _LUT, _OCPRM],
  [0, 0, () => OrganizationManagedRuleMetadata$, () => OrganizationCustomRuleMetadata$, 64 | 0, 4, () => OrganizationCustomPolicyRuleMetadataNoPolicy$],
  2
];
var OrganizationConformancePack$ = [
  3,
  n0,
  _OCPr,
  0,
  [_OCPN, _OCPA, _LUT, _DSB, _DSKP, _CPIP, _EA],
  [0, 0, 4, 0, 0, () => ConformancePackInputParameters, 64 | 0],
  3
];
var OrganizationCustomPolicyRuleMetadata$ = [
  3,
  n0,
  _OCPRM,
  0,
  [_PR, _PT, _D, _OCRTT, _IP, _MEF, _RTS, _RIS, _TKS, _TVS, _DLDA],
  [0, 0, 0, 64 | 0, 0, 0, 64 | 0, 0, 0, 0, 64 | 0],
  2
];
var OrganizationCustomPolicyRuleMetadataNoPolicy$ = [
  3,
  n0,
  _OCPRMNP,
  0,
  [_D, _OCRTT, _IP, _MEF, _RTS, _RIS, _TKS, _TVS, _PR, _DLDA],
  [0, 64 | 0, 0, 0, 64 | 0, 0, 0, 0, 0, 64 | 0]
];
var OrganizationCustomRuleMetadata$ = [
  3,
  n0,
  _OCRM,
  0,
  [_LFA, _OCRTT, _D, _IP, _MEF, _RTS, _RIS, _TKS, _TVS],
  [0, 64 | 0, 0, 0, 0, 64 | 0, 0, 0, 0],
  2
];
var OrganizationManagedRuleMetadata$ = [
  3,
  n0,
  _OMRM,
  0,
  [_RIu, _D, _IP, _MEF, _RTS, _RIS, _TKS, _TVS],
  [0, 0, 0, 0, 64 | 0, 0, 0, 0],
  1
];
var PutOrganizationConfigRuleRequest$ = [
  3,
  n0,
  _POCRR,
  0,
  [_OCRN, _OMRM, _OCRM, _EA, _OCPRM, _Ta],
  [0, () => OrganizationManagedRuleMetadata$, () => OrganizationCustomRuleMetadata$, 64 | 0, () => OrganizationCustomPolicyRuleMetadata$, () => TagsList],
  1
];
var PutOrganizationConformancePackRequest$ = [
  3,
  n0,
  _POCPR,
  0,
  [_OCPN, _TSU, _TB, _DSB, _DSKP, _CPIP, _EA, _Ta],
  [0, 0, 0, 0, 0, () => ConformancePackInputParameters, 64 | 0, () => TagsList],
  1
];
var PutResourceConfigRequest$ = [
  3,
  n0,
  _PRCRut,
  0,
  [_RT, _SVI, _RI, _Conf, _RN, _Ta],
  [0, 0, 0, 0, 0, 128 | 0],
  4
];
var QueryInfo$ = [
  3,
  n0,
  _QI,
  0,
  [_SF],
  [() => FieldInfoList]
];
var RecordingGroup$ = [
  3,
  n0,
  _RG,
  0,
  [_aS, _iGRT, _rTe, _eBRT, _rSe],
  [2, 2, 64 | 0, () => ExclusionByResourceTypes$, () => RecordingStrategy$]
];
var RecordingMode$ = [
  3,
  n0,
  _RM,
  0,
  [_rF, _rMO],
  [0, () => RecordingModeOverrides],
  1
];
var RecordingModeOverride$ = [
  3,
  n0,
  _RMO,
  0,
  [_rTe, _rF, _d],
  [64 | 0, 0, 0],
  2
];
var RecordingStrategy$ = [
  3,
  n0,
  _RS,
  0,
  [_uO],
  [0]
];
var Relationship$ = [
  3,
  n0,
  _R,
  0,
  [_rT, _rI, _rN, _rNe],
  [0, 0, 0, 0]
];
var ResourceCount$ = [
  3,
  n0,
  _RCes,
  0,
  [_rT, _cou],
  [0, 1]
];
var Scope$ = [
  3,
  n0,
  _Sc,
  0,
  [_CRTo, _TK, _TVa, _CRIo, _SPe],
  [64 | 0, 0, 0, 0, 64 | 0]
];
var ScopeConfiguration$ = [
  3,
  n0,
  _SCc,
  0,
  [_sT, _aRl, _sV, _iR],
  [0, 2, 64 | 0, 64 | 0],
  2
];
var SelectAggregateResourceConfigRequest$ = [
  3,
  n0,
  _SARCR,
  0,
  [_Ex, _CAN, _L, _MR, _NT],
  [0, 0, 1, 1, 0],
  2
];
var SelectAggregateResourceConfigResponse$ = [
  3,
  n0,
  _SARCRe,
  0,
  [_Res, _QI, _NT],
  [64 | 0, () => QueryInfo$, 0]
];
var SelectResourceConfigRequest$ = [
  3,
  n0,
  _SRCR,
  0,
  [_Ex, _L, _NT],
  [0, 1, 0],
  1
];
var SelectResourceConfigResponse$ = [
  3,
  n0,
  _SRCRe,
  0,
  [_Res, _QI, _NT],
  [64 | 0, () => QueryInfo$, 0]
];
var Source$ = [
  3,
  n0,
  _S,
  0,
  [_O, _SIo, _SDo, _CPDu],
  [0, 0, () => SourceDetails, () => CustomPolicyDetails$],
  1
];
var SourceDetail$ = [
  3,
  n0,
  _SDou,
  0,
  [_ESv, _MT, _MEF],
  [0, 0, 0]
];
var StartConfigRulesEvaluationRequest$ = [
  3,
  n0,
  _SCRER,
  0,
  [_CRNo],
  [64 | 0]
];
var StaticValue$ = [
  3,
  n0,
  _SV,
  0,
  [_Va],
  [64 | 0],
  1
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RA, _TKa],
  [0, 64 | 0],
  2
];
var AccountAggregationSourceAccountList = 64 | 0;
var AggregateComplianceByConfigRuleList = [
  1,
  n0,
  _ACBCRL,
  0,
  () => AggregateComplianceByConfigRule$
];
var AggregatedSourceStatusList = [
  1,
  n0,
  _ASSL,
  0,
  () => AggregatedSourceStatus$
];
var AggregatedSourceStatusTypeList = 64 | 0;
var AggregateEvaluationResultList = [
  1,
  n0,
  _AERL,
  0,
  () => AggregateEvaluationResult$
];
var AggregatorRegionList = 64 | 0;
var ComplianceResourceTypes = 64 | 0;
var ComplianceTypes = 64 | 0;
var ConfigRuleNames = 64 | 0;
var ConfigRules = [
  1,
  n0,
  _CRon,
  0,
  () => ConfigRule$
];
var ConfigurationAggregatorNameList = 64 | 0;
var ConfigurationRecorderFilterValues = 64 | 0;
var ConfigurationRecorderList = [
  1,
  n0,
  _CRL,
  0,
  () => ConfigurationRecorder$
];
var ConfigurationRecorderNameList = 64 | 0;
var ConfigurationRecorderStatusList = [
  1,
  n0,
  _CRSL,
  0,
  () => ConfigurationRecorderStatus$
];
var ConformancePackComplianceResourceIds = 64 | 0;
var ConformancePackConfigRuleNames = 64 | 0;
var ConformancePackInputParameters = [
  1,
  n0,
  _CPIP,
  0,
  () => ConformancePackInputParameter$
];
var ConformancePackNameFilter = 64 | 0;
var ConformancePackNamesList = 64 | 0;
var ConformancePackNamesToSummarizeList = 64 | 0;
var ControlsList = 64 | 0;
var DebugLogDeliveryAccounts = 64 | 0;
var DeliveryChannelNameList = 64 | 0;
var EvaluationModes = [
  1,
  n0,
  _EM,
  0,
  () => EvaluationModeConfiguration$
];
var EvaluationResults = [
  1,
  n0,
  _ERv,
  0,
  () => EvaluationResult$
];
var ExcludedAccounts = 64 | 0;
var FieldInfoList = [
  1,
  n0,
  _FIL,
  0,
  () => FieldInfo$
];
var FilterValueList = 64 | 0;
var IncludedRegions = 64 | 0;
var OrganizationConfigRuleNames = 64 | 0;
var OrganizationConfigRuleTriggerTypeNoSNs = 64 | 0;
var OrganizationConfigRuleTriggerTypes = 64 | 0;
var OrganizationConformancePackNames = 64 | 0;
var RecordingModeOverrides = [
  1,
  n0,
  _RMOe,
  0,
  () => RecordingModeOverride$
];
var RecordingModeResourceTypesList = 64 | 0;
var ReevaluateConfigRuleNames = 64 | 0;
var RelatedEventList = 64 | 0;
var RelationshipList = [
  1,
  n0,
  _RL,
  0,
  () => Relationship$
];
var ResourceCounts = [
  1,
  n0,
  _RCesou,
  0,
  () => ResourceCount$
];
var ResourceIdList = 64 | 0;
var ResourceTypeList = 64 | 0;
var ResourceTypes = 64 | 0;
var ResourceTypesScope = 64 | 0;
var ResourceTypeValueList = 64 | 0;
var Results = 64 | 0;
var RetentionConfigurationNameList = 64 | 0;
var ScopeValues = 64 | 0;
var ServicePrincipals = 64 | 0;
var ServicePrincipalValueList = 64 | 0;
var SourceDetails = [
  1,
  n0,
  _SDo,
  0,
  () => SourceDetail$
];
var StaticParameterValues = 64 | 0;
var TagKeyList = 64 | 0;
var TagsList = [
  1,
  n0,
  _TLa,
  0,
  () => Tag$
];
var SupplementaryConfiguration = 128 | 0;
var Tags = 128 | 0;
var DescribeAggregateComplianceByConfigRules$ = [
  9,
  n0,
  _DACBCR,
  0,
  () => DescribeAggregateComplianceByConfigRulesRequest$,
  () => DescribeAggregateComplianceByConfigRulesResponse$
];
var DescribeConfigRules$ = [
  9,
  n0,
  _DCRes,
  0,
  () => DescribeConfigRulesRequest$,
  () => DescribeConfigRulesResponse$
];
var DescribeConfigurationAggregatorSourcesStatus$ = [
  9,
  n0,
  _DCASS,
  0,
  () => DescribeConfigurationAggregatorSourcesStatusRequest$,
  () => DescribeConfigurationAggregatorSourcesStatusResponse$
];
var DescribeConfigurationRecorders$ = [
  9,
  n0,
  _DCResc,
  0,
  () => DescribeConfigurationRecordersRequest$,
  () => DescribeConfigurationRecordersResponse$
];
var DescribeConfigurationRecorderStatus$ = [
  9,
  n0,
  _DCRS,
  0,
  () => DescribeConfigurationRecorderStatusRequest$,
  () => DescribeConfigurationRecorderStatusResponse$
];
var GetAggregateComplianceDetailsByConfigRule$ = [
  9,
  n0,
  _GACDBCR,
  0,
  () => GetAggregateComplianceDetailsByConfigRuleRequest$,
  () => GetAggregateComplianceDetailsByConfigRuleResponse$
];
var GetComplianceDetailsByConfigRule$ = [
  9,
  n0,
  _GCDBCR,
  0,
  () => GetComplianceDetailsByConfigRuleRequest$,
  () => GetComplianceDetailsByConfigRuleResponse$
];
var GetDiscoveredResourceCounts$ = [
  9,
  n0,
  _GDRC,
  0,
  () => GetDiscoveredResourceCountsRequest$,
  () => GetDiscoveredResourceCountsResponse$
];
var SelectAggregateResourceConfig$ = [
  9,
  n0,
  _SARC,
  0,
  () => SelectAggregateResourceConfigRequest$,
  () => SelectAggregateResourceConfigResponse$
];
var SelectResourceConfig$ = [
  9,
  n0,
  _SRC,
  0,
  () => SelectResourceConfigRequest$,
  () => SelectResourceConfigResponse$
];

// node_modules/@aws-sdk/client-config-service/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2014-11-12",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultConfigServiceHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.configservice",
      errorTypeRegistries,
      xmlNamespace: "http://config.amazonaws.com/doc/2014-11-12/",
      version: "2014-11-12",
      serviceTarget: "StarlingDoveService"
    },
    serviceId: config?.serviceId ?? "Config Service",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-config-service/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-config-service/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-config-service/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-config-service/dist-es/ConfigServiceClient.js
var ConfigServiceClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultConfigServiceHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-config-service/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "StarlingDoveService", "ConfigServiceClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-config-service/dist-es/commands/DescribeAggregateComplianceByConfigRulesCommand.js
var DescribeAggregateComplianceByConfigRulesCommand = class extends command(_ep0, _mw0, "DescribeAggregateComplianceByConfigRules", DescribeAggregateComplianceByConfigRules$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/DescribeConfigRulesCommand.js
var DescribeConfigRulesCommand = class extends command(_ep0, _mw0, "DescribeConfigRules", DescribeConfigRules$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/DescribeConfigurationAggregatorSourcesStatusCommand.js
var DescribeConfigurationAggregatorSourcesStatusCommand = class extends command(_ep0, _mw0, "DescribeConfigurationAggregatorSourcesStatus", DescribeConfigurationAggregatorSourcesStatus$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/DescribeConfigurationRecordersCommand.js
var DescribeConfigurationRecordersCommand = class extends command(_ep0, _mw0, "DescribeConfigurationRecorders", DescribeConfigurationRecorders$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/DescribeConfigurationRecorderStatusCommand.js
var DescribeConfigurationRecorderStatusCommand = class extends command(_ep0, _mw0, "DescribeConfigurationRecorderStatus", DescribeConfigurationRecorderStatus$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/GetAggregateComplianceDetailsByConfigRuleCommand.js
var GetAggregateComplianceDetailsByConfigRuleCommand = class extends command(_ep0, _mw0, "GetAggregateComplianceDetailsByConfigRule", GetAggregateComplianceDetailsByConfigRule$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/GetComplianceDetailsByConfigRuleCommand.js
var GetComplianceDetailsByConfigRuleCommand = class extends command(_ep0, _mw0, "GetComplianceDetailsByConfigRule", GetComplianceDetailsByConfigRule$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/GetDiscoveredResourceCountsCommand.js
var GetDiscoveredResourceCountsCommand = class extends command(_ep0, _mw0, "GetDiscoveredResourceCounts", GetDiscoveredResourceCounts$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/SelectAggregateResourceConfigCommand.js
var SelectAggregateResourceConfigCommand = class extends command(_ep0, _mw0, "SelectAggregateResourceConfig", SelectAggregateResourceConfig$) {
};

// node_modules/@aws-sdk/client-config-service/dist-es/commands/SelectResourceConfigCommand.js
var SelectResourceConfigCommand = class extends command(_ep0, _mw0, "SelectResourceConfig", SelectResourceConfig$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudTrailHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption2(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "cloudtrail",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultCloudTrailHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption2(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig2 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters2 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cloudtrail"
  });
};
var commonParams2 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudtrail/package.json
var package_default2 = {
  name: "@aws-sdk/client-cloudtrail",
  version: "3.1124.0",
  description: "AWS SDK for JavaScript Cloudtrail Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudtrail",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudtrail"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.977.9",
    "@aws-sdk/credential-provider-node": "^3.972.82",
    "@aws-sdk/types": "^3.974.5",
    "@smithy/core": "^3.33.3",
    "@smithy/fetch-http-handler": "^5.7.2",
    "@smithy/node-http-handler": "^4.11.3",
    "@smithy/types": "^4.17.2",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/endpoint/bdd.js
var m = "ref";
var a2 = -1;
var b2 = true;
var c2 = "isSet";
var d2 = "PartitionResult";
var e2 = "booleanEquals";
var f2 = "getAttr";
var g2 = "stringEquals";
var h2 = { [m]: "Endpoint" };
var i2 = { [m]: d2 };
var j2 = { [m]: "Region" };
var k2 = {};
var l = [j2];
var _data2 = {
  conditions: [
    [c2, [h2]],
    [c2, l],
    ["aws.partition", l, d2],
    [e2, [{ [m]: "UseFIPS" }, b2]],
    [e2, [{ [m]: "UseDualStack" }, b2]],
    [e2, [{ fn: f2, argv: [i2, "supportsDualStack"] }, b2]],
    [e2, [{ fn: f2, argv: [i2, "supportsFIPS"] }, b2]],
    [g2, [j2, "us-gov-east-1"]],
    [g2, [j2, "us-gov-west-1"]]
  ],
  results: [
    [a2],
    [a2, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a2, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h2, k2],
    ["https://cloudtrail-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k2],
    [a2, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://cloudtrail.us-gov-east-1.amazonaws.com", k2],
    ["https://cloudtrail.us-gov-west-1.amazonaws.com", k2],
    ["https://cloudtrail-fips.{Region}.{PartitionResult#dnsSuffix}", k2],
    [a2, "FIPS is enabled but this partition does not support FIPS"],
    ["https://cloudtrail.{Region}.{PartitionResult#dualStackDnsSuffix}", k2],
    [a2, "DualStack is enabled but this partition does not support DualStack"],
    ["https://cloudtrail.{Region}.{PartitionResult#dnsSuffix}", k2],
    [a2, "Invalid Configuration: Missing Region"]
  ]
};
var root2 = 2;
var r2 = 1e8;
var nodes2 = new Int32Array([
  -1,
  1,
  -1,
  0,
  14,
  3,
  1,
  4,
  r2 + 13,
  2,
  5,
  r2 + 13,
  3,
  8,
  6,
  4,
  7,
  r2 + 12,
  5,
  r2 + 10,
  r2 + 11,
  4,
  12,
  9,
  6,
  10,
  r2 + 9,
  7,
  r2 + 6,
  11,
  8,
  r2 + 7,
  r2 + 8,
  5,
  13,
  r2 + 5,
  6,
  r2 + 4,
  r2 + 5,
  3,
  r2 + 1,
  15,
  4,
  r2 + 2,
  r2 + 3
]);
var bdd2 = BinaryDecisionDiagram.from(nodes2, root2, _data2.conditions, _data2.results);

// node_modules/@aws-sdk/client-cloudtrail/dist-es/endpoint/endpointResolver.js
var cache2 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver2 = (endpointParams, context = {}) => {
  return cache2.get(endpointParams, () => decideEndpoint(bdd2, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-cloudtrail/dist-es/models/CloudTrailServiceException.js
var CloudTrailServiceException = class _CloudTrailServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudTrailServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends CloudTrailServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var AccountHasOngoingImportException = class _AccountHasOngoingImportException extends CloudTrailServiceException {
  name = "AccountHasOngoingImportException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountHasOngoingImportException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountHasOngoingImportException.prototype);
    this.Message = opts.Message;
  }
};
var AccountNotFoundException = class _AccountNotFoundException extends CloudTrailServiceException {
  name = "AccountNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AccountNotRegisteredException = class _AccountNotRegisteredException extends CloudTrailServiceException {
  name = "AccountNotRegisteredException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotRegisteredException.prototype);
    this.Message = opts.Message;
  }
};
var AccountRegisteredException = class _AccountRegisteredException extends CloudTrailServiceException {
  name = "AccountRegisteredException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountRegisteredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountRegisteredException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelARNInvalidException = class _ChannelARNInvalidException extends CloudTrailServiceException {
  name = "ChannelARNInvalidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelARNInvalidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelARNInvalidException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelNotFoundException = class _ChannelNotFoundException extends CloudTrailServiceException {
  name = "ChannelNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CloudTrailARNInvalidException = class _CloudTrailARNInvalidException extends CloudTrailServiceException {
  name = "CloudTrailARNInvalidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudTrailARNInvalidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudTrailARNInvalidException.prototype);
    this.Message = opts.Message;
  }
};
var ConflictException2 = class _ConflictException extends CloudTrailServiceException {
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreARNInvalidException = class _EventDataStoreARNInvalidException extends CloudTrailServiceException {
  name = "EventDataStoreARNInvalidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreARNInvalidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreARNInvalidException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreNotFoundException = class _EventDataStoreNotFoundException extends CloudTrailServiceException {
  name = "EventDataStoreNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InactiveEventDataStoreException = class _InactiveEventDataStoreException extends CloudTrailServiceException {
  name = "InactiveEventDataStoreException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InactiveEventDataStoreException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InactiveEventDataStoreException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTagParameterException = class _InvalidTagParameterException extends CloudTrailServiceException {
  name = "InvalidTagParameterException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTagParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTagParameterException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTrailNameException = class _InvalidTrailNameException extends CloudTrailServiceException {
  name = "InvalidTrailNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTrailNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTrailNameException.prototype);
    this.Message = opts.Message;
  }
};
var NoManagementAccountSLRExistsException = class _NoManagementAccountSLRExistsException extends CloudTrailServiceException {
  name = "NoManagementAccountSLRExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NoManagementAccountSLRExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoManagementAccountSLRExistsException.prototype);
    this.Message = opts.Message;
  }
};
var NotOrganizationMasterAccountException = class _NotOrganizationMasterAccountException extends CloudTrailServiceException {
  name = "NotOrganizationMasterAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NotOrganizationMasterAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotOrganizationMasterAccountException.prototype);
    this.Message = opts.Message;
  }
};
var OperationNotPermittedException = class _OperationNotPermittedException extends CloudTrailServiceException {
  name = "OperationNotPermittedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationNotPermittedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationNotPermittedException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException2 = class _ResourceNotFoundException extends CloudTrailServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceTypeNotSupportedException = class _ResourceTypeNotSupportedException extends CloudTrailServiceException {
  name = "ResourceTypeNotSupportedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceTypeNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceTypeNotSupportedException.prototype);
    this.Message = opts.Message;
  }
};
var TagsLimitExceededException = class _TagsLimitExceededException extends CloudTrailServiceException {
  name = "TagsLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TagsLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TagsLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var UnsupportedOperationException = class _UnsupportedOperationException extends CloudTrailServiceException {
  name = "UnsupportedOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "UnsupportedOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedOperationException.prototype);
    this.Message = opts.Message;
  }
};
var InactiveQueryException = class _InactiveQueryException extends CloudTrailServiceException {
  name = "InactiveQueryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InactiveQueryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InactiveQueryException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterException = class _InvalidParameterException extends CloudTrailServiceException {
  name = "InvalidParameterException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
    this.Message = opts.Message;
  }
};
var QueryIdNotFoundException = class _QueryIdNotFoundException extends CloudTrailServiceException {
  name = "QueryIdNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "QueryIdNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _QueryIdNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CannotDelegateManagementAccountException = class _CannotDelegateManagementAccountException extends CloudTrailServiceException {
  name = "CannotDelegateManagementAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CannotDelegateManagementAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CannotDelegateManagementAccountException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelAlreadyExistsException = class _ChannelAlreadyExistsException extends CloudTrailServiceException {
  name = "ChannelAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelExistsForEDSException = class _ChannelExistsForEDSException extends CloudTrailServiceException {
  name = "ChannelExistsForEDSException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelExistsForEDSException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelExistsForEDSException.prototype);
    this.Message = opts.Message;
  }
};
var ChannelMaxLimitExceededException = class _ChannelMaxLimitExceededException extends CloudTrailServiceException {
  name = "ChannelMaxLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChannelMaxLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChannelMaxLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidEventDataStoreCategoryException = class _InvalidEventDataStoreCategoryException extends CloudTrailServiceException {
  name = "InvalidEventDataStoreCategoryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidEventDataStoreCategoryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventDataStoreCategoryException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidSourceException = class _InvalidSourceException extends CloudTrailServiceException {
  name = "InvalidSourceException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSourceException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSourceException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientEncryptionPolicyException = class _InsufficientEncryptionPolicyException extends CloudTrailServiceException {
  name = "InsufficientEncryptionPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientEncryptionPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientEncryptionPolicyException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidQueryStatementException = class _InvalidQueryStatementException extends CloudTrailServiceException {
  name = "InvalidQueryStatementException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidQueryStatementException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidQueryStatementException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends CloudTrailServiceException {
  name = "ServiceQuotaExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.Message = opts.Message;
  }
};
var CloudTrailAccessNotEnabledException = class _CloudTrailAccessNotEnabledException extends CloudTrailServiceException {
  name = "CloudTrailAccessNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudTrailAccessNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudTrailAccessNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreAlreadyExistsException = class _EventDataStoreAlreadyExistsException extends CloudTrailServiceException {
  name = "EventDataStoreAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreMaxLimitExceededException = class _EventDataStoreMaxLimitExceededException extends CloudTrailServiceException {
  name = "EventDataStoreMaxLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreMaxLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreMaxLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientDependencyServiceAccessPermissionException = class _InsufficientDependencyServiceAccessPermissionException extends CloudTrailServiceException {
  name = "InsufficientDependencyServiceAccessPermissionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientDependencyServiceAccessPermissionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientDependencyServiceAccessPermissionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidEventSelectorsException = class _InvalidEventSelectorsException extends CloudTrailServiceException {
  name = "InvalidEventSelectorsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidEventSelectorsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventSelectorsException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidKmsKeyIdException = class _InvalidKmsKeyIdException extends CloudTrailServiceException {
  name = "InvalidKmsKeyIdException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidKmsKeyIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidKmsKeyIdException.prototype);
    this.Message = opts.Message;
  }
};
var KmsException = class _KmsException extends CloudTrailServiceException {
  name = "KmsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyNotFoundException = class _KmsKeyNotFoundException extends CloudTrailServiceException {
  name = "KmsKeyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationNotInAllFeaturesModeException = class _OrganizationNotInAllFeaturesModeException extends CloudTrailServiceException {
  name = "OrganizationNotInAllFeaturesModeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotInAllFeaturesModeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotInAllFeaturesModeException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationsNotInUseException = class _OrganizationsNotInUseException extends CloudTrailServiceException {
  name = "OrganizationsNotInUseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationsNotInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationsNotInUseException.prototype);
    this.Message = opts.Message;
  }
};
var ThrottlingException = class _ThrottlingException extends CloudTrailServiceException {
  name = "ThrottlingException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.Message = opts.Message;
  }
};
var CloudTrailInvalidClientTokenIdException = class _CloudTrailInvalidClientTokenIdException extends CloudTrailServiceException {
  name = "CloudTrailInvalidClientTokenIdException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudTrailInvalidClientTokenIdException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudTrailInvalidClientTokenIdException.prototype);
    this.Message = opts.Message;
  }
};
var CloudWatchLogsDeliveryUnavailableException = class _CloudWatchLogsDeliveryUnavailableException extends CloudTrailServiceException {
  name = "CloudWatchLogsDeliveryUnavailableException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CloudWatchLogsDeliveryUnavailableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CloudWatchLogsDeliveryUnavailableException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientS3BucketPolicyException = class _InsufficientS3BucketPolicyException extends CloudTrailServiceException {
  name = "InsufficientS3BucketPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientS3BucketPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientS3BucketPolicyException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientSnsTopicPolicyException = class _InsufficientSnsTopicPolicyException extends CloudTrailServiceException {
  name = "InsufficientSnsTopicPolicyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientSnsTopicPolicyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientSnsTopicPolicyException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidCloudWatchLogsLogGroupArnException = class _InvalidCloudWatchLogsLogGroupArnException extends CloudTrailServiceException {
  name = "InvalidCloudWatchLogsLogGroupArnException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidCloudWatchLogsLogGroupArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCloudWatchLogsLogGroupArnException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidCloudWatchLogsRoleArnException = class _InvalidCloudWatchLogsRoleArnException extends CloudTrailServiceException {
  name = "InvalidCloudWatchLogsRoleArnException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidCloudWatchLogsRoleArnException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCloudWatchLogsRoleArnException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends CloudTrailServiceException {
  name = "InvalidParameterCombinationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidParameterCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidS3BucketNameException = class _InvalidS3BucketNameException extends CloudTrailServiceException {
  name = "InvalidS3BucketNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidS3BucketNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidS3BucketNameException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidS3PrefixException = class _InvalidS3PrefixException extends CloudTrailServiceException {
  name = "InvalidS3PrefixException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidS3PrefixException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidS3PrefixException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidSnsTopicNameException = class _InvalidSnsTopicNameException extends CloudTrailServiceException {
  name = "InvalidSnsTopicNameException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidSnsTopicNameException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSnsTopicNameException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyDisabledException = class _KmsKeyDisabledException extends CloudTrailServiceException {
  name = "KmsKeyDisabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyDisabledException.prototype);
    this.Message = opts.Message;
  }
};
var MaximumNumberOfTrailsExceededException = class _MaximumNumberOfTrailsExceededException extends CloudTrailServiceException {
  name = "MaximumNumberOfTrailsExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MaximumNumberOfTrailsExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaximumNumberOfTrailsExceededException.prototype);
    this.Message = opts.Message;
  }
};
var S3BucketDoesNotExistException = class _S3BucketDoesNotExistException extends CloudTrailServiceException {
  name = "S3BucketDoesNotExistException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "S3BucketDoesNotExistException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _S3BucketDoesNotExistException.prototype);
    this.Message = opts.Message;
  }
};
var TrailAlreadyExistsException = class _TrailAlreadyExistsException extends CloudTrailServiceException {
  name = "TrailAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrailAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrailAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var TrailNotProvidedException = class _TrailNotProvidedException extends CloudTrailServiceException {
  name = "TrailNotProvidedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrailNotProvidedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrailNotProvidedException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreFederationEnabledException = class _EventDataStoreFederationEnabledException extends CloudTrailServiceException {
  name = "EventDataStoreFederationEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreFederationEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreFederationEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreHasOngoingImportException = class _EventDataStoreHasOngoingImportException extends CloudTrailServiceException {
  name = "EventDataStoreHasOngoingImportException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreHasOngoingImportException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreHasOngoingImportException.prototype);
    this.Message = opts.Message;
  }
};
var EventDataStoreTerminationProtectedException = class _EventDataStoreTerminationProtectedException extends CloudTrailServiceException {
  name = "EventDataStoreTerminationProtectedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "EventDataStoreTerminationProtectedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EventDataStoreTerminationProtectedException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceARNNotValidException = class _ResourceARNNotValidException extends CloudTrailServiceException {
  name = "ResourceARNNotValidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceARNNotValidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceARNNotValidException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends CloudTrailServiceException {
  name = "ResourcePolicyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidHomeRegionException = class _InvalidHomeRegionException extends CloudTrailServiceException {
  name = "InvalidHomeRegionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidHomeRegionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidHomeRegionException.prototype);
    this.Message = opts.Message;
  }
};
var TrailNotFoundException = class _TrailNotFoundException extends CloudTrailServiceException {
  name = "TrailNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TrailNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TrailNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var NotOrganizationManagementAccountException = class _NotOrganizationManagementAccountException extends CloudTrailServiceException {
  name = "NotOrganizationManagementAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NotOrganizationManagementAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotOrganizationManagementAccountException.prototype);
    this.Message = opts.Message;
  }
};
var ConcurrentModificationException = class _ConcurrentModificationException extends CloudTrailServiceException {
  name = "ConcurrentModificationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
    this.Message = opts.Message;
  }
};
var GenerateResponseException = class _GenerateResponseException extends CloudTrailServiceException {
  name = "GenerateResponseException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "GenerateResponseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GenerateResponseException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidEventDataStoreStatusException = class _InvalidEventDataStoreStatusException extends CloudTrailServiceException {
  name = "InvalidEventDataStoreStatusException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidEventDataStoreStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventDataStoreStatusException.prototype);
    this.Message = opts.Message;
  }
};
var ImportNotFoundException = class _ImportNotFoundException extends CloudTrailServiceException {
  name = "ImportNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ImportNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ImportNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InsightNotEnabledException = class _InsightNotEnabledException extends CloudTrailServiceException {
  name = "InsightNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsightNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsightNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidMaxResultsException = class _InvalidMaxResultsException extends CloudTrailServiceException {
  name = "InvalidMaxResultsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidMaxResultsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidMaxResultsException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidNextTokenException2 = class _InvalidNextTokenException extends CloudTrailServiceException {
  name = "InvalidNextTokenException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidNextTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTimeRangeException2 = class _InvalidTimeRangeException extends CloudTrailServiceException {
  name = "InvalidTimeRangeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTimeRangeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTimeRangeException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidTokenException = class _InvalidTokenException extends CloudTrailServiceException {
  name = "InvalidTokenException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTokenException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidDateRangeException = class _InvalidDateRangeException extends CloudTrailServiceException {
  name = "InvalidDateRangeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidDateRangeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDateRangeException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidQueryStatusException = class _InvalidQueryStatusException extends CloudTrailServiceException {
  name = "InvalidQueryStatusException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidQueryStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidQueryStatusException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidEventCategoryException = class _InvalidEventCategoryException extends CloudTrailServiceException {
  name = "InvalidEventCategoryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidEventCategoryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEventCategoryException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidLookupAttributesException = class _InvalidLookupAttributesException extends CloudTrailServiceException {
  name = "InvalidLookupAttributesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidLookupAttributesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLookupAttributesException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientIAMAccessPermissionException = class _InsufficientIAMAccessPermissionException extends CloudTrailServiceException {
  name = "InsufficientIAMAccessPermissionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientIAMAccessPermissionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientIAMAccessPermissionException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidInsightSelectorsException = class _InvalidInsightSelectorsException extends CloudTrailServiceException {
  name = "InvalidInsightSelectorsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidInsightSelectorsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInsightSelectorsException.prototype);
    this.Message = opts.Message;
  }
};
var ResourcePolicyNotValidException = class _ResourcePolicyNotValidException extends CloudTrailServiceException {
  name = "ResourcePolicyNotValidException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourcePolicyNotValidException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePolicyNotValidException.prototype);
    this.Message = opts.Message;
  }
};
var DelegatedAdminAccountLimitExceededException = class _DelegatedAdminAccountLimitExceededException extends CloudTrailServiceException {
  name = "DelegatedAdminAccountLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "DelegatedAdminAccountLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DelegatedAdminAccountLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidImportSourceException = class _InvalidImportSourceException extends CloudTrailServiceException {
  name = "InvalidImportSourceException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidImportSourceException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidImportSourceException.prototype);
    this.Message = opts.Message;
  }
};
var MaxConcurrentQueriesException = class _MaxConcurrentQueriesException extends CloudTrailServiceException {
  name = "MaxConcurrentQueriesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "MaxConcurrentQueriesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MaxConcurrentQueriesException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/schemas/schemas_0.js
var _AC = "AggregationConfiguration";
var _ADE = "AccessDeniedException";
var _AES = "AdvancedEventSelector";
var _AESd = "AdvancedEventSelectors";
var _AFS = "AdvancedFieldSelector";
var _AFSd = "AdvancedFieldSelectors";
var _AHOIE = "AccountHasOngoingImportException";
var _ANFE = "AccountNotFoundException";
var _ANRE = "AccountNotRegisteredException";
var _ARE = "AccountRegisteredException";
var _BS = "BytesScanned";
var _CAEE = "ChannelAlreadyExistsException";
var _CARNIE = "ChannelARNInvalidException";
var _CDMAE = "CannotDelegateManagementAccountException";
var _CE2 = "ConflictException";
var _CEFEDSE = "ChannelExistsForEDSException";
var _CKS = "ContextKeySelector";
var _CME = "ConcurrentModificationException";
var _CMLEE = "ChannelMaxLimitExceededException";
var _CNFE = "ChannelNotFoundException";
var _CT2 = "CreatedTimestamp";
var _CTANEE = "CloudTrailAccessNotEnabledException";
var _CTARNIE = "CloudTrailARNInvalidException";
var _CTICTIE = "CloudTrailInvalidClientTokenIdException";
var _CWLDUE = "CloudWatchLogsDeliveryUnavailableException";
var _CWLLGA = "CloudWatchLogsLogGroupArn";
var _CWLRA = "CloudWatchLogsRoleArn";
var _D2 = "Destinations";
var _DAALEE = "DelegatedAdminAccountLimitExceededException";
var _DI = "DashboardId";
var _DR = "DataResource";
var _DRa = "DataResources";
var _DSU = "DeliveryS3Uri";
var _DT = "DataType";
var _DTRes = "DescribeTrailsRequest";
var _DTResc = "DescribeTrailsResponse";
var _DTes = "DescribeTrails";
var _Di = "Dimensions";
var _E = "Equals";
var _EC = "EventCategory";
var _ECr = "ErrorCode";
var _ECv = "EventsCompleted";
var _ECve = "EventCategories";
var _EDSAEE = "EventDataStoreAlreadyExistsException";
var _EDSARNIE = "EventDataStoreARNInvalidException";
var _EDSFEE = "EventDataStoreFederationEnabledException";
var _EDSHOIE = "EventDataStoreHasOngoingImportException";
var _EDSMLEE = "EventDataStoreMaxLimitExceededException";
var _EDSNFE = "EventDataStoreNotFoundException";
var _EDSOAI = "EventDataStoreOwnerAccountId";
var _EDSTPE = "EventDataStoreTerminationProtectedException";
var _EDSv = "EventDataStores";
var _EET = "EndEventTime";
var _EM2 = "ErrorMessage";
var _EMES = "ExcludeManagementEventSources";
var _EN = "EventName";
var _ES = "EventSource";
var _ESv2 = "EventSelector";
var _ESve = "EventSelectors";
var _ETn = "EndTime";
var _EW = "EndsWith";
var _F2 = "Field";
var _FC = "FilesCompleted";
var _FE = "FailedEntries";
var _FS = "FieldSelectors";
var _GES = "GetEventSelectors";
var _GESR = "GetEventSelectorsRequest";
var _GESRe = "GetEventSelectorsResponse";
var _GIRe = "GetImportResponse";
var _GQR = "GenerateQueryRequest";
var _GQRRe = "GetQueryResultsResponse";
var _GRE = "GenerateResponseException";
var _GTS = "GetTrailStatus";
var _GTSR = "GetTrailStatusRequest";
var _GTSRe = "GetTrailStatusResponse";
var _HCES = "HasCustomEventSelectors";
var _HIS = "HasInsightSelectors";
var _HR = "HomeRegion";
var _ICWLLGAE = "InvalidCloudWatchLogsLogGroupArnException";
var _ICWLRAE = "InvalidCloudWatchLogsRoleArnException";
var _IDRE = "InvalidDateRangeException";
var _IDSAPE = "InsufficientDependencyServiceAccessPermissionException";
var _IECE = "InvalidEventCategoryException";
var _IEDSCE = "InvalidEventDataStoreCategoryException";
var _IEDSE = "InactiveEventDataStoreException";
var _IEDSSE = "InvalidEventDataStoreStatusException";
var _IEPE = "InsufficientEncryptionPolicyException";
var _IESE = "InvalidEventSelectorsException";
var _IGSE = "IncludeGlobalServiceEvents";
var _IHRE = "InvalidHomeRegionException";
var _II = "ImportId";
var _IIAMAPE = "InsufficientIAMAccessPermissionException";
var _IISE = "InvalidImportSourceException";
var _IISEn = "InvalidInsightSelectorsException";
var _IKKIE = "InvalidKmsKeyIdException";
var _IL = "IsLogging";
var _ILAE = "InvalidLookupAttributesException";
var _ILI = "ImportsListItem";
var _IME = "IncludeManagementEvents";
var _IMRE = "InvalidMaxResultsException";
var _IMRT = "IsMultiRegionTrail";
var _INEE = "InsightNotEnabledException";
var _INFE = "ImportNotFoundException";
var _INTE2 = "InvalidNextTokenException";
var _IOT = "IsOrganizationTrail";
var _IPCE = "InvalidParameterCombinationException";
var _IPE2 = "InvalidParameterException";
var _IQE = "InactiveQueryException";
var _IQSE = "InvalidQueryStatementException";
var _IQSEn = "InvalidQueryStatusException";
var _ISBNE = "InvalidS3BucketNameException";
var _ISBPE = "InsufficientS3BucketPolicyException";
var _ISE = "InvalidSourceException";
var _ISPE = "InvalidS3PrefixException";
var _ISTNE = "InvalidSnsTopicNameException";
var _ISTPE = "InsufficientSnsTopicPolicyException";
var _ISm = "ImportSource";
var _ISmp = "ImportStatus";
var _ISmpo = "ImportStatistics";
var _ISns = "InsightSelector";
var _ISnsi = "InsightSource";
var _IT = "InsightType";
var _ITE = "InvalidTokenException";
var _ITNE = "InvalidTrailNameException";
var _ITPE = "InvalidTagParameterException";
var _ITRE2 = "InvalidTimeRangeException";
var _KE = "KmsException";
var _KKDE = "KmsKeyDisabledException";
var _KKI = "KmsKeyId";
var _KKNFE = "KmsKeyNotFoundException";
var _LCWLDE = "LatestCloudWatchLogsDeliveryError";
var _LCWLDT = "LatestCloudWatchLogsDeliveryTime";
var _LDAS = "LatestDeliveryAttemptSucceeded";
var _LDAT = "LatestDeliveryAttemptTime";
var _LDDE = "LatestDigestDeliveryError";
var _LDDT = "LatestDigestDeliveryTime";
var _LDE = "LatestDeliveryError";
var _LDT = "LatestDeliveryTime";
var _LFVE = "LogFileValidationEnabled";
var _LIDR = "ListInsightsDataRequest";
var _LIMDRi = "ListInsightsMetricDataResponse";
var _LNAS = "LatestNotificationAttemptSucceeded";
var _LNAT = "LatestNotificationAttemptTime";
var _LNE = "LatestNotificationError";
var _LNT = "LatestNotificationTime";
var _LTR = "ListTagsRequest";
var _M2 = "Message";
var _MCQE = "MaxConcurrentQueriesException";
var _MNOTEE = "MaximumNumberOfTrailsExceededException";
var _MR2 = "MaxResults";
var _N2 = "Name";
var _NE = "NotEquals";
var _NEW = "NotEndsWith";
var _NMASLREE = "NoManagementAccountSLRExistsException";
var _NOMAE = "NotOrganizationManagementAccountException";
var _NOMAEo = "NotOrganizationMasterAccountException";
var _NSW = "NotStartsWith";
var _NT2 = "NextToken";
var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
var _ONIUE = "OrganizationsNotInUseException";
var _ONPE = "OperationNotPermittedException";
var _P = "Prompt";
var _PC = "PrefixesCompleted";
var _PF = "PrefixesFound";
var _QA = "QueryAlias";
var _QINFE = "QueryIdNotFoundException";
var _QP = "QueryParameters";
var _QPV = "QueryParameterValues";
var _QRR = "QueryResultRows";
var _QRRu = "QueryResultRow";
var _QS = "QueryStatus";
var _QSue = "QueryStatistics";
var _QSuer = "QueryStatement";
var _RARNNVE = "ResourceARNNotValidException";
var _RC = "ResultsCount";
var _RIL = "ResourceIdList";
var _RNFE2 = "ResourceNotFoundException";
var _RPNFE = "ResourcePolicyNotFoundException";
var _RPNVE = "ResourcePolicyNotValidException";
var _RTNSE = "ResourceTypeNotSupportedException";
var _RW = "RequestWidget";
var _RWT = "ReadWriteType";
var _SBARA = "S3BucketAccessRoleArn";
var _SBDNEE = "S3BucketDoesNotExistException";
var _SBN = "S3BucketName";
var _SBR = "S3BucketRegion";
var _SDRR = "StartDashboardRefreshRequest";
var _SET = "StartEventTime";
var _SIR = "StartImportRequest";
var _SIRt = "StartImportResponse";
var _SIRtop = "StopImportResponse";
var _SIS = "S3ImportSource";
var _SKP = "S3KeyPrefix";
var _SLT = "StartLoggingTime";
var _SLTt = "StopLoggingTime";
var _SLU = "S3LocationUri";
var _SQEE = "ServiceQuotaExceededException";
var _SQR = "StartQueryRequest";
var _ST2 = "StartTime";
var _STARN = "SnsTopicARN";
var _STN = "SnsTopicName";
var _SW = "StartsWith";
var _S_ = "S3";
var _T2 = "Templates";
var _TAEE = "TrailAlreadyExistsException";
var _TARN = "TrailARN";
var _TE = "ThrottlingException";
var _TLEE = "TagsLimitExceededException";
var _TLS = "TimeLoggingStarted";
var _TLSi = "TimeLoggingStopped";
var _TLr = "TrailList";
var _TN = "TrailName";
var _TNFE = "TrailNotFoundException";
var _TNPE = "TrailNotProvidedException";
var _TRC = "TotalResultsCount";
var _Ti = "Timestamps";
var _Tr = "Trail";
var _Ty = "Type";
var _UOE = "UnsupportedOperationException";
var _UT = "UpdatedTimestamp";
var _V2 = "Values";
var _VP = "ViewProperties";
var _Wi = "Widget";
var _aQE = "awsQueryError";
var _c2 = "client";
var _e2 = "error";
var _hE2 = "httpError";
var _iST = "includeShadowTrails";
var _s2 = "smithy.ts.sdk.synthetic.com.amazonaws.cloudtrail";
var _tL = "trailList";
var _tNL = "trailNameList";
var n02 = "com.amazonaws.cloudtrail";
var _s_registry2 = TypeRegistry.for(_s2);
var CloudTrailServiceException$ = [-3, _s2, "CloudTrailServiceException", 0, [], []];
_s_registry2.registerError(CloudTrailServiceException$, CloudTrailServiceException);
var n0_registry2 = TypeRegistry.for(n02);
var AccessDeniedException$ = [
  -3,
  n02,
  _ADE,
  { [_aQE]: [`ResourceAccessDenied`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_M2],
  [0]
];
n0_registry2.registerError(AccessDeniedException$, AccessDeniedException);
var AccountHasOngoingImportException$ = [
  -3,
  n02,
  _AHOIE,
  { [_aQE]: [`AccountHasOngoingImport`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(AccountHasOngoingImportException$, AccountHasOngoingImportException);
var AccountNotFoundException$ = [
  -3,
  n02,
  _ANFE,
  { [_aQE]: [`AccountNotFound`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(AccountNotFoundException$, AccountNotFoundException);
var AccountNotRegisteredException$ = [
  -3,
  n02,
  _ANRE,
  { [_aQE]: [`AccountNotRegistered`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
var AccountRegisteredException$ = [
  -3,
  n02,
  _ARE,
  { [_aQE]: [`AccountRegistered`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(AccountRegisteredException$, AccountRegisteredException);
var CannotDelegateManagementAccountException$ = [
  -3,
  n02,
  _CDMAE,
  { [_aQE]: [`CannotDelegateManagementAccount`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(CannotDelegateManagementAccountException$, CannotDelegateManagementAccountException);
var ChannelAlreadyExistsException$ = [
  -3,
  n02,
  _CAEE,
  { [_aQE]: [`ChannelAlreadyExists`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ChannelAlreadyExistsException$, ChannelAlreadyExistsException);
var ChannelARNInvalidException$ = [
  -3,
  n02,
  _CARNIE,
  { [_aQE]: [`ChannelARNInvalid`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ChannelARNInvalidException$, ChannelARNInvalidException);
var ChannelExistsForEDSException$ = [
  -3,
  n02,
  _CEFEDSE,
  { [_aQE]: [`ChannelExistsForEDS`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ChannelExistsForEDSException$, ChannelExistsForEDSException);
var ChannelMaxLimitExceededException$ = [
  -3,
  n02,
  _CMLEE,
  { [_aQE]: [`ChannelMaxLimitExceeded`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ChannelMaxLimitExceededException$, ChannelMaxLimitExceededException);
var ChannelNotFoundException$ = [
  -3,
  n02,
  _CNFE,
  { [_aQE]: [`ChannelNotFound`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(ChannelNotFoundException$, ChannelNotFoundException);
var CloudTrailAccessNotEnabledException$ = [
  -3,
  n02,
  _CTANEE,
  { [_aQE]: [`CloudTrailAccessNotEnabled`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(CloudTrailAccessNotEnabledException$, CloudTrailAccessNotEnabledException);
var CloudTrailARNInvalidException$ = [
  -3,
  n02,
  _CTARNIE,
  { [_aQE]: [`CloudTrailARNInvalid`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(CloudTrailARNInvalidException$, CloudTrailARNInvalidException);
var CloudTrailInvalidClientTokenIdException$ = [
  -3,
  n02,
  _CTICTIE,
  { [_aQE]: [`CloudTrailInvalidClientTokenId`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(CloudTrailInvalidClientTokenIdException$, CloudTrailInvalidClientTokenIdException);
var CloudWatchLogsDeliveryUnavailableException$ = [
  -3,
  n02,
  _CWLDUE,
  { [_aQE]: [`CloudWatchLogsDeliveryUnavailable`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(CloudWatchLogsDeliveryUnavailableException$, CloudWatchLogsDeliveryUnavailableException);
var ConcurrentModificationException$ = [
  -3,
  n02,
  _CME,
  { [_aQE]: [`ConcurrentModification`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$2 = [
  -3,
  n02,
  _CE2,
  { [_aQE]: [`ConflictException`, 409], [_e2]: _c2, [_hE2]: 409 },
  [_M2],
  [0]
];
n0_registry2.registerError(ConflictException$2, ConflictException2);
var DelegatedAdminAccountLimitExceededException$ = [
  -3,
  n02,
  _DAALEE,
  { [_aQE]: [`DelegatedAdminAccountLimitExceeded`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(DelegatedAdminAccountLimitExceededException$, DelegatedAdminAccountLimitExceededException);
var EventDataStoreAlreadyExistsException$ = [
  -3,
  n02,
  _EDSAEE,
  { [_aQE]: [`EventDataStoreAlreadyExists`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(EventDataStoreAlreadyExistsException$, EventDataStoreAlreadyExistsException);
var EventDataStoreARNInvalidException$ = [
  -3,
  n02,
  _EDSARNIE,
  { [_aQE]: [`EventDataStoreARNInvalid`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(EventDataStoreARNInvalidException$, EventDataStoreARNInvalidException);
var EventDataStoreFederationEnabledException$ = [
  -3,
  n02,
  _EDSFEE,
  { [_aQE]: [`EventDataStoreFederationEnabled`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(EventDataStoreFederationEnabledException$, EventDataStoreFederationEnabledException);
var EventDataStoreHasOngoingImportException$ = [
  -3,
  n02,
  _EDSHOIE,
  { [_aQE]: [`EventDataStoreHasOngoingImport`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(EventDataStoreHasOngoingImportException$, EventDataStoreHasOngoingImportException);
var EventDataStoreMaxLimitExceededException$ = [
  -3,
  n02,
  _EDSMLEE,
  { [_aQE]: [`EventDataStoreMaxLimitExceeded`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(EventDataStoreMaxLimitExceededException$, EventDataStoreMaxLimitExceededException);
var EventDataStoreNotFoundException$ = [
  -3,
  n02,
  _EDSNFE,
  { [_aQE]: [`EventDataStoreNotFound`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(EventDataStoreNotFoundException$, EventDataStoreNotFoundException);
var EventDataStoreTerminationProtectedException$ = [
  -3,
  n02,
  _EDSTPE,
  { [_aQE]: [`EventDataStoreTerminationProtectedException`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(EventDataStoreTerminationProtectedException$, EventDataStoreTerminationProtectedException);
var GenerateResponseException$ = [
  -3,
  n02,
  _GRE,
  { [_aQE]: [`GenerateResponse`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(GenerateResponseException$, GenerateResponseException);
var ImportNotFoundException$ = [
  -3,
  n02,
  _INFE,
  { [_aQE]: [`ImportNotFound`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(ImportNotFoundException$, ImportNotFoundException);
var InactiveEventDataStoreException$ = [
  -3,
  n02,
  _IEDSE,
  { [_aQE]: [`InactiveEventDataStore`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InactiveEventDataStoreException$, InactiveEventDataStoreException);
var InactiveQueryException$ = [
  -3,
  n02,
  _IQE,
  { [_aQE]: [`InactiveQuery`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InactiveQueryException$, InactiveQueryException);
var InsightNotEnabledException$ = [
  -3,
  n02,
  _INEE,
  { [_aQE]: [`InsightNotEnabled`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InsightNotEnabledException$, InsightNotEnabledException);
var InsufficientDependencyServiceAccessPermissionException$ = [
  -3,
  n02,
  _IDSAPE,
  { [_aQE]: [`InsufficientDependencyServiceAccessPermission`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InsufficientDependencyServiceAccessPermissionException$, InsufficientDependencyServiceAccessPermissionException);
var InsufficientEncryptionPolicyException$ = [
  -3,
  n02,
  _IEPE,
  { [_aQE]: [`InsufficientEncryptionPolicy`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InsufficientEncryptionPolicyException$, InsufficientEncryptionPolicyException);
var InsufficientIAMAccessPermissionException$ = [
  -3,
  n02,
  _IIAMAPE,
  { [_aQE]: [`InsufficientIAMAccessPermission`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InsufficientIAMAccessPermissionException$, InsufficientIAMAccessPermissionException);
var InsufficientS3BucketPolicyException$ = [
  -3,
  n02,
  _ISBPE,
  { [_aQE]: [`InsufficientS3BucketPolicy`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_M2],
  [0]
];
n0_registry2.registerError(InsufficientS3BucketPolicyException$, InsufficientS3BucketPolicyException);
var InsufficientSnsTopicPolicyException$ = [
  -3,
  n02,
  _ISTPE,
  { [_aQE]: [`InsufficientSnsTopicPolicy`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_M2],
  [0]
];
n0_registry2.registerError(InsufficientSnsTopicPolicyException$, InsufficientSnsTopicPolicyException);
var InvalidCloudWatchLogsLogGroupArnException$ = [
  -3,
  n02,
  _ICWLLGAE,
  { [_aQE]: [`InvalidCloudWatchLogsLogGroupArn`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidCloudWatchLogsLogGroupArnException$, InvalidCloudWatchLogsLogGroupArnException);
var InvalidCloudWatchLogsRoleArnException$ = [
  -3,
  n02,
  _ICWLRAE,
  { [_aQE]: [`InvalidCloudWatchLogsRoleArn`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidCloudWatchLogsRoleArnException$, InvalidCloudWatchLogsRoleArnException);
var InvalidDateRangeException$ = [
  -3,
  n02,
  _IDRE,
  { [_aQE]: [`InvalidDateRange`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidDateRangeException$, InvalidDateRangeException);
var InvalidEventCategoryException$ = [
  -3,
  n02,
  _IECE,
  { [_aQE]: [`InvalidEventCategory`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidEventCategoryException$, InvalidEventCategoryException);
var InvalidEventDataStoreCategoryException$ = [
  -3,
  n02,
  _IEDSCE,
  { [_aQE]: [`InvalidEventDataStoreCategory`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidEventDataStoreCategoryException$, InvalidEventDataStoreCategoryException);
var InvalidEventDataStoreStatusException$ = [
  -3,
  n02,
  _IEDSSE,
  { [_aQE]: [`InvalidEventDataStoreStatus`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidEventDataStoreStatusException$, InvalidEventDataStoreStatusException);
var InvalidEventSelectorsException$ = [
  -3,
  n02,
  _IESE,
  { [_aQE]: [`InvalidEventSelectors`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidEventSelectorsException$, InvalidEventSelectorsException);
var InvalidHomeRegionException$ = [
  -3,
  n02,
  _IHRE,
  { [_aQE]: [`InvalidHomeRegion`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidHomeRegionException$, InvalidHomeRegionException);
var InvalidImportSourceException$ = [
  -3,
  n02,
  _IISE,
  { [_aQE]: [`InvalidImportSource`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidImportSourceException$, InvalidImportSourceException);
var InvalidInsightSelectorsException$ = [
  -3,
  n02,
  _IISEn,
  { [_aQE]: [`InvalidInsightSelectors`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidInsightSelectorsException$, InvalidInsightSelectorsException);
var InvalidKmsKeyIdException$ = [
  -3,
  n02,
  _IKKIE,
  { [_aQE]: [`InvalidKmsKeyId`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidKmsKeyIdException$, InvalidKmsKeyIdException);
var InvalidLookupAttributesException$ = [
  -3,
  n02,
  _ILAE,
  { [_aQE]: [`InvalidLookupAttributes`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidLookupAttributesException$, InvalidLookupAttributesException);
var InvalidMaxResultsException$ = [
  -3,
  n02,
  _IMRE,
  { [_aQE]: [`InvalidMaxResults`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidMaxResultsException$, InvalidMaxResultsException);
var InvalidNextTokenException$2 = [
  -3,
  n02,
  _INTE2,
  { [_aQE]: [`InvalidNextToken`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidNextTokenException$2, InvalidNextTokenException2);
var InvalidParameterCombinationException$ = [
  -3,
  n02,
  _IPCE,
  { [_aQE]: [`InvalidParameterCombinationError`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterException$ = [
  -3,
  n02,
  _IPE2,
  { [_aQE]: [`InvalidParameter`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidQueryStatementException$ = [
  -3,
  n02,
  _IQSE,
  { [_aQE]: [`InvalidQueryStatement`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidQueryStatementException$, InvalidQueryStatementException);
var InvalidQueryStatusException$ = [
  -3,
  n02,
  _IQSEn,
  { [_aQE]: [`InvalidQueryStatus`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidQueryStatusException$, InvalidQueryStatusException);
var InvalidS3BucketNameException$ = [
  -3,
  n02,
  _ISBNE,
  { [_aQE]: [`InvalidS3BucketName`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidS3BucketNameException$, InvalidS3BucketNameException);
var InvalidS3PrefixException$ = [
  -3,
  n02,
  _ISPE,
  { [_aQE]: [`InvalidS3Prefix`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidS3PrefixException$, InvalidS3PrefixException);
var InvalidSnsTopicNameException$ = [
  -3,
  n02,
  _ISTNE,
  { [_aQE]: [`InvalidSnsTopicName`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidSnsTopicNameException$, InvalidSnsTopicNameException);
var InvalidSourceException$ = [
  -3,
  n02,
  _ISE,
  { [_aQE]: [`InvalidSource`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidSourceException$, InvalidSourceException);
var InvalidTagParameterException$ = [
  -3,
  n02,
  _ITPE,
  { [_aQE]: [`InvalidTagParameter`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidTagParameterException$, InvalidTagParameterException);
var InvalidTimeRangeException$2 = [
  -3,
  n02,
  _ITRE2,
  { [_aQE]: [`InvalidTimeRange`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidTimeRangeException$2, InvalidTimeRangeException2);
var InvalidTokenException$ = [
  -3,
  n02,
  _ITE,
  { [_aQE]: [`InvalidToken`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidTokenException$, InvalidTokenException);
var InvalidTrailNameException$ = [
  -3,
  n02,
  _ITNE,
  { [_aQE]: [`InvalidTrailName`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(InvalidTrailNameException$, InvalidTrailNameException);
var KmsException$ = [
  -3,
  n02,
  _KE,
  { [_aQE]: [`KmsException`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(KmsException$, KmsException);
var KmsKeyDisabledException$ = [
  -3,
  n02,
  _KKDE,
  { [_aQE]: [`KmsKeyDisabled`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
var KmsKeyNotFoundException$ = [
  -3,
  n02,
  _KKNFE,
  { [_aQE]: [`KmsKeyNotFound`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
var MaxConcurrentQueriesException$ = [
  -3,
  n02,
  _MCQE,
  { [_aQE]: [`MaxConcurrentQueries`, 429], [_e2]: _c2, [_hE2]: 429 },
  [_M2],
  [0]
];
n0_registry2.registerError(MaxConcurrentQueriesException$, MaxConcurrentQueriesException);
var MaximumNumberOfTrailsExceededException$ = [
  -3,
  n02,
  _MNOTEE,
  { [_aQE]: [`MaximumNumberOfTrailsExceeded`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_M2],
  [0]
];
n0_registry2.registerError(MaximumNumberOfTrailsExceededException$, MaximumNumberOfTrailsExceededException);
var NoManagementAccountSLRExistsException$ = [
  -3,
  n02,
  _NMASLREE,
  { [_aQE]: [`NoManagementAccountSLRExists`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_M2],
  [0]
];
n0_registry2.registerError(NoManagementAccountSLRExistsException$, NoManagementAccountSLRExistsException);
var NotOrganizationManagementAccountException$ = [
  -3,
  n02,
  _NOMAE,
  { [_aQE]: [`NotOrganizationManagementAccount`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_M2],
  [0]
];
n0_registry2.registerError(NotOrganizationManagementAccountException$, NotOrganizationManagementAccountException);
var NotOrganizationMasterAccountException$ = [
  -3,
  n02,
  _NOMAEo,
  { [_aQE]: [`NotOrganizationMasterAccount`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(NotOrganizationMasterAccountException$, NotOrganizationMasterAccountException);
var OperationNotPermittedException$ = [
  -3,
  n02,
  _ONPE,
  { [_aQE]: [`OperationNotPermitted`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(OperationNotPermittedException$, OperationNotPermittedException);
var OrganizationNotInAllFeaturesModeException$ = [
  -3,
  n02,
  _ONIAFME,
  { [_aQE]: [`OrganizationNotInAllFeaturesMode`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var OrganizationsNotInUseException$ = [
  -3,
  n02,
  _ONIUE,
  { [_aQE]: [`OrganizationsNotInUse`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(OrganizationsNotInUseException$, OrganizationsNotInUseException);
var QueryIdNotFoundException$ = [
  -3,
  n02,
  _QINFE,
  { [_aQE]: [`QueryIdNotFound`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(QueryIdNotFoundException$, QueryIdNotFoundException);
var ResourceARNNotValidException$ = [
  -3,
  n02,
  _RARNNVE,
  { [_aQE]: [`ResourceARNNotValid`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ResourceARNNotValidException$, ResourceARNNotValidException);
var ResourceNotFoundException$2 = [
  -3,
  n02,
  _RNFE2,
  { [_aQE]: [`ResourceNotFound`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ResourceNotFoundException$2, ResourceNotFoundException2);
var ResourcePolicyNotFoundException$ = [
  -3,
  n02,
  _RPNFE,
  { [_aQE]: [`ResourcePolicyNotFound`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ResourcePolicyNotValidException$ = [
  -3,
  n02,
  _RPNVE,
  { [_aQE]: [`ResourcePolicyNotValid`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ResourcePolicyNotValidException$, ResourcePolicyNotValidException);
var ResourceTypeNotSupportedException$ = [
  -3,
  n02,
  _RTNSE,
  { [_aQE]: [`ResourceTypeNotSupported`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ResourceTypeNotSupportedException$, ResourceTypeNotSupportedException);
var S3BucketDoesNotExistException$ = [
  -3,
  n02,
  _SBDNEE,
  { [_aQE]: [`S3BucketDoesNotExist`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(S3BucketDoesNotExistException$, S3BucketDoesNotExistException);
var ServiceQuotaExceededException$ = [
  -3,
  n02,
  _SQEE,
  { [_aQE]: [`ServiceQuotaExceeded`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var TagsLimitExceededException$ = [
  -3,
  n02,
  _TLEE,
  { [_aQE]: [`TagsLimitExceeded`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(TagsLimitExceededException$, TagsLimitExceededException);
var ThrottlingException$ = [
  -3,
  n02,
  _TE,
  { [_aQE]: [`ThrottlingException`, 429], [_e2]: _c2, [_hE2]: 429 },
  [_M2],
  [0]
];
n0_registry2.registerError(ThrottlingException$, ThrottlingException);
var TrailAlreadyExistsException$ = [
  -3,
  n02,
  _TAEE,
  { [_aQE]: [`TrailAlreadyExists`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(TrailAlreadyExistsException$, TrailAlreadyExistsException);
var TrailNotFoundException$ = [
  -3,
  n02,
  _TNFE,
  { [_aQE]: [`TrailNotFound`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(TrailNotFoundException$, TrailNotFoundException);
var TrailNotProvidedException$ = [
  -3,
  n02,
  _TNPE,
  { [_aQE]: [`TrailNotProvided`, 404], [_e2]: _c2, [_hE2]: 404 },
  [_M2],
  [0]
];
n0_registry2.registerError(TrailNotProvidedException$, TrailNotProvidedException);
var UnsupportedOperationException$ = [
  -3,
  n02,
  _UOE,
  { [_aQE]: [`UnsupportedOperation`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_M2],
  [0]
];
n0_registry2.registerError(UnsupportedOperationException$, UnsupportedOperationException);
var errorTypeRegistries2 = [
  _s_registry2,
  n0_registry2
];
var AdvancedEventSelector$ = [
  3,
  n02,
  _AES,
  0,
  [_FS, _N2],
  [() => AdvancedFieldSelectors, 0],
  1
];
var AdvancedFieldSelector$ = [
  3,
  n02,
  _AFS,
  0,
  [_F2, _E, _SW, _EW, _NE, _NSW, _NEW],
  [0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0],
  1
];
var AggregationConfiguration$ = [
  3,
  n02,
  _AC,
  0,
  [_T2, _EC],
  [64 | 0, 0],
  2
];
var ContextKeySelector$ = [
  3,
  n02,
  _CKS,
  0,
  [_Ty, _E],
  [0, 64 | 0],
  2
];
var DataResource$ = [
  3,
  n02,
  _DR,
  0,
  [_Ty, _V2],
  [0, 64 | 0]
];
var DescribeTrailsRequest$ = [
  3,
  n02,
  _DTRes,
  0,
  [_tNL, _iST],
  [64 | 0, 2]
];
var DescribeTrailsResponse$ = [
  3,
  n02,
  _DTResc,
  0,
  [_tL],
  [() => TrailList]
];
var EventSelector$ = [
  3,
  n02,
  _ESv2,
  0,
  [_RWT, _IME, _DRa, _EMES],
  [0, 2, () => DataResources, 64 | 0]
];
var GenerateQueryRequest$ = [
  3,
  n02,
  _GQR,
  0,
  [_EDSv, _P],
  [64 | 0, 0],
  2
];
var GetEventSelectorsRequest$ = [
  3,
  n02,
  _GESR,
  0,
  [_TN],
  [0],
  1
];
var GetEventSelectorsResponse$ = [
  3,
  n02,
  _GESRe,
  0,
  [_TARN, _ESve, _AESd],
  [0, () => EventSelectors, () => AdvancedEventSelectors]
];
var GetImportResponse$ = [
  3,
  n02,
  _GIRe,
  0,
  [_II, _D2, _ISm, _SET, _EET, _ISmp, _CT2, _UT, _ISmpo],
  [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4, () => ImportStatistics$]
];
var GetQueryResultsResponse$ = [
  3,
  n02,
  _GQRRe,
  0,
  [_QS, _QSue, _QRR, _NT2, _EM2],
  [0, () => QueryStatistics$, [1, n02, _QRR, 0, [1, n02, _QRRu, 0, 128 | 0]], 0, 0]
];
var GetTrailStatusRequest$ = [
  3,
  n02,
  _GTSR,
  0,
  [_N2],
  [0],
  1
];
var GetTrailStatusResponse$ = [
  3,
  n02,
  _GTSRe,
  0,
  [_IL, _LDE, _LNE, _LDT, _LNT, _SLT, _SLTt, _LCWLDE, _LCWLDT, _LDDT, _LDDE, _LDAT, _LNAT, _LNAS, _LDAS, _TLS, _TLSi],
  [2, 0, 0, 4, 4, 4, 4, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0]
];
var ImportsListItem$ = [
  3,
  n02,
  _ILI,
  0,
  [_II, _ISmp, _D2, _CT2, _UT],
  [0, 0, 64 | 0, 4, 4]
];
var ImportSource$ = [
  3,
  n02,
  _ISm,
  0,
  [_S_],
  [() => S3ImportSource$],
  1
];
var ImportStatistics$ = [
  3,
  n02,
  _ISmpo,
  0,
  [_PF, _PC, _FC, _ECv, _FE],
  [1, 1, 1, 1, 1]
];
var InsightSelector$ = [
  3,
  n02,
  _ISns,
  0,
  [_IT, _ECve],
  [0, 64 | 0]
];
var ListInsightsDataRequest$ = [
  3,
  n02,
  _LIDR,
  0,
  [_ISnsi, _DT, _Di, _ST2, _ETn, _MR2, _NT2],
  [0, 0, 128 | 0, 4, 4, 1, 0],
  2
];
var ListInsightsMetricDataResponse$ = [
  3,
  n02,
  _LIMDRi,
  0,
  [_TARN, _ES, _EN, _IT, _ECr, _Ti, _V2, _NT2],
  [0, 0, 0, 0, 0, 64 | 4, 64 | 1, 0]
];
var ListTagsRequest$ = [
  3,
  n02,
  _LTR,
  0,
  [_RIL, _NT2],
  [64 | 0, 0],
  1
];
var QueryStatistics$ = [
  3,
  n02,
  _QSue,
  0,
  [_RC, _TRC, _BS],
  [1, 1, 1]
];
var RequestWidget$ = [
  3,
  n02,
  _RW,
  0,
  [_QSuer, _VP, _QP],
  [0, 128 | 0, 64 | 0],
  2
];
var S3ImportSource$ = [
  3,
  n02,
  _SIS,
  0,
  [_SLU, _SBR, _SBARA],
  [0, 0, 0],
  3
];
var StartDashboardRefreshRequest$ = [
  3,
  n02,
  _SDRR,
  0,
  [_DI, _QPV],
  [0, 128 | 0],
  1
];
var StartImportRequest$ = [
  3,
  n02,
  _SIR,
  0,
  [_D2, _ISm, _SET, _EET, _II],
  [64 | 0, () => ImportSource$, 4, 4, 0]
];
var StartImportResponse$ = [
  3,
  n02,
  _SIRt,
  0,
  [_II, _D2, _ISm, _SET, _EET, _ISmp, _CT2, _UT],
  [0, 64 | 0, () => ImportSource$, 4, 4, 0, 4, 4]
];
var StartQueryRequest$ = [
  3,
  n02,
  _SQR,
  0,
  [_QSuer, _DSU, _QA, _QP, _EDSOAI],
  [0, 0, 0, 64 | 0, 0]
];
var StopImportResponse$ = [
  3,
  n02,
  _SIRtop,
  0,
  [_II, _ISm, _D2, _ISmp, _CT2, _UT, _SET, _EET, _ISmpo],
  [0, () => ImportSource$, 64 | 0, 0, 4, 4, 4, 4, () => ImportStatistics$]
];
var Trail$ = [
  3,
  n02,
  _Tr,
  0,
  [_N2, _SBN, _SKP, _STN, _STARN, _IGSE, _IMRT, _HR, _TARN, _LFVE, _CWLLGA, _CWLRA, _KKI, _HCES, _HIS, _IOT],
  [0, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, 0, 2, 2, 2]
];
var Widget$ = [
  3,
  n02,
  _Wi,
  0,
  [_QA, _QSuer, _QP, _VP],
  [0, 0, 64 | 0, 128 | 0]
];
var AdvancedEventSelectors = [
  1,
  n02,
  _AESd,
  0,
  () => AdvancedEventSelector$
];
var AdvancedFieldSelectors = [
  1,
  n02,
  _AFSd,
  0,
  () => AdvancedFieldSelector$
];
var DataResources = [
  1,
  n02,
  _DRa,
  0,
  () => DataResource$
];
var DataResourceValues = 64 | 0;
var EventDataStoreList = 64 | 0;
var EventSelectors = [
  1,
  n02,
  _ESve,
  0,
  () => EventSelector$
];
var ExcludeManagementEventSources = 64 | 0;
var ImportDestinations = 64 | 0;
var InsightsMetricValues = 64 | 1;
var Operator = 64 | 0;
var OperatorTargetList = 64 | 0;
var QueryParameters = 64 | 0;
var QueryResultRow = [
  1,
  n02,
  _QRRu,
  0,
  128 | 0
];
var QueryResultRows = [
  1,
  n02,
  _QRR,
  0,
  [1, n02, _QRRu, 0, 128 | 0]
];
var ResourceIdList2 = 64 | 0;
var SourceEventCategories = 64 | 0;
var Templates = 64 | 0;
var Timestamps = 64 | 4;
var TrailList = [
  1,
  n02,
  _TLr,
  0,
  () => Trail$
];
var TrailNameList = 64 | 0;
var ListInsightsDataDimensions = 128 | 0;
var QueryParameterValues = 128 | 0;
var QueryResultColumn = 128 | 0;
var ViewPropertiesMap = 128 | 0;
var DescribeTrails$ = [
  9,
  n02,
  _DTes,
  2,
  () => DescribeTrailsRequest$,
  () => DescribeTrailsResponse$
];
var GetEventSelectors$ = [
  9,
  n02,
  _GES,
  2,
  () => GetEventSelectorsRequest$,
  () => GetEventSelectorsResponse$
];
var GetTrailStatus$ = [
  9,
  n02,
  _GTS,
  2,
  () => GetTrailStatusRequest$,
  () => GetTrailStatusResponse$
];

// node_modules/@aws-sdk/client-cloudtrail/dist-es/runtimeConfig.shared.js
var getRuntimeConfig3 = (config) => {
  return {
    apiVersion: "2013-11-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver2,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudTrailHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudtrail",
      errorTypeRegistries: errorTypeRegistries2,
      xmlNamespace: "http://cloudtrail.amazonaws.com/doc/2013-11-01/",
      version: "2013-11-01",
      serviceTarget: "CloudTrail_20131101"
    },
    serviceId: config?.serviceId ?? "CloudTrail",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/runtimeConfig.js
var getRuntimeConfig4 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig3(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default2.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration2 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig2 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions2 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration2(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig2(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/CloudTrailClient.js
var CloudTrailClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig4(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters2(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig2(_config_6);
    const _config_8 = resolveRuntimeExtensions2(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudTrailHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams2, "CloudTrail_20131101", "CloudTrailClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/DescribeTrailsCommand.js
var DescribeTrailsCommand = class extends command2(_ep02, _mw02, "DescribeTrails", DescribeTrails$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetEventSelectorsCommand.js
var GetEventSelectorsCommand = class extends command2(_ep02, _mw02, "GetEventSelectors", GetEventSelectors$) {
};

// node_modules/@aws-sdk/client-cloudtrail/dist-es/commands/GetTrailStatusCommand.js
var GetTrailStatusCommand = class extends command2(_ep02, _mw02, "GetTrailStatus", GetTrailStatus$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudWatchLogsHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption3(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "logs",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultCloudWatchLogsHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption3(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig3 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters3 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "logs"
  });
};
var commonParams3 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/package.json
var package_default3 = {
  name: "@aws-sdk/client-cloudwatch-logs",
  version: "3.1124.0",
  description: "AWS SDK for JavaScript Cloudwatch Logs Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudwatch-logs",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudwatch-logs"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.977.9",
    "@aws-sdk/credential-provider-node": "^3.972.82",
    "@aws-sdk/types": "^3.974.5",
    "@smithy/core": "^3.33.3",
    "@smithy/fetch-http-handler": "^5.7.2",
    "@smithy/node-http-handler": "^4.11.3",
    "@smithy/types": "^4.17.2",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.3.2",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/bdd.js
var m2 = "ref";
var a3 = -1;
var b3 = true;
var c3 = "isSet";
var d3 = "PartitionResult";
var e3 = "booleanEquals";
var f3 = "getAttr";
var g3 = "stringEquals";
var h3 = { [m2]: "Endpoint" };
var i3 = { [m2]: d3 };
var j3 = { [m2]: "Region" };
var k3 = {};
var l2 = [j3];
var _data3 = {
  conditions: [
    [c3, [h3]],
    [c3, l2],
    ["aws.partition", l2, d3],
    [e3, [{ [m2]: "UseFIPS" }, b3]],
    [e3, [{ [m2]: "UseDualStack" }, b3]],
    [e3, [{ fn: f3, argv: [i3, "supportsDualStack"] }, b3]],
    [e3, [{ fn: f3, argv: [i3, "supportsFIPS"] }, b3]],
    [g3, [j3, "us-gov-east-1"]],
    [g3, [j3, "us-gov-west-1"]]
  ],
  results: [
    [a3],
    [a3, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a3, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h3, k3],
    ["https://logs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k3],
    [a3, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://logs.us-gov-east-1.amazonaws.com", k3],
    ["https://logs.us-gov-west-1.amazonaws.com", k3],
    ["https://logs-fips.{Region}.{PartitionResult#dnsSuffix}", k3],
    [a3, "FIPS is enabled but this partition does not support FIPS"],
    ["https://logs.{Region}.{PartitionResult#dualStackDnsSuffix}", k3],
    [a3, "DualStack is enabled but this partition does not support DualStack"],
    ["https://logs.{Region}.{PartitionResult#dnsSuffix}", k3],
    [a3, "Invalid Configuration: Missing Region"]
  ]
};
var root3 = 2;
var r3 = 1e8;
var nodes3 = new Int32Array([
  -1,
  1,
  -1,
  0,
  14,
  3,
  1,
  4,
  r3 + 13,
  2,
  5,
  r3 + 13,
  3,
  8,
  6,
  4,
  7,
  r3 + 12,
  5,
  r3 + 10,
  r3 + 11,
  4,
  12,
  9,
  6,
  10,
  r3 + 9,
  7,
  r3 + 6,
  11,
  8,
  r3 + 7,
  r3 + 8,
  5,
  13,
  r3 + 5,
  6,
  r3 + 4,
  r3 + 5,
  3,
  r3 + 1,
  15,
  4,
  r3 + 2,
  r3 + 3
]);
var bdd3 = BinaryDecisionDiagram.from(nodes3, root3, _data3.conditions, _data3.results);

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/endpoint/endpointResolver.js
var cache3 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver3 = (endpointParams, context = {}) => {
  return cache3.get(endpointParams, () => decideEndpoint(bdd3, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/CloudWatchLogsServiceException.js
var CloudWatchLogsServiceException = class _CloudWatchLogsServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudWatchLogsServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/models/errors.js
var AccessDeniedException2 = class _AccessDeniedException extends CloudWatchLogsServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var InvalidParameterException2 = class _InvalidParameterException extends CloudWatchLogsServiceException {
  name = "InvalidParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
  }
};
var OperationAbortedException = class _OperationAbortedException extends CloudWatchLogsServiceException {
  name = "OperationAbortedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OperationAbortedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationAbortedException.prototype);
  }
};
var ResourceNotFoundException3 = class _ResourceNotFoundException extends CloudWatchLogsServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};
var ServiceUnavailableException = class _ServiceUnavailableException extends CloudWatchLogsServiceException {
  name = "ServiceUnavailableException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceUnavailableException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
  }
};
var InternalServerException = class _InternalServerException extends CloudWatchLogsServiceException {
  name = "InternalServerException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
  }
};
var ThrottlingException2 = class _ThrottlingException extends CloudWatchLogsServiceException {
  name = "ThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
  }
};
var ValidationException2 = class _ValidationException extends CloudWatchLogsServiceException {
  name = "ValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
  }
};
var InvalidOperationException = class _InvalidOperationException extends CloudWatchLogsServiceException {
  name = "InvalidOperationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOperationException.prototype);
  }
};
var ConflictException3 = class _ConflictException extends CloudWatchLogsServiceException {
  name = "ConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
  }
};
var ServiceQuotaExceededException2 = class _ServiceQuotaExceededException extends CloudWatchLogsServiceException {
  name = "ServiceQuotaExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
  }
};
var LimitExceededException2 = class _LimitExceededException extends CloudWatchLogsServiceException {
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends CloudWatchLogsServiceException {
  name = "ResourceAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceAlreadyExistsException.prototype);
  }
};
var DataAlreadyAcceptedException = class _DataAlreadyAcceptedException extends CloudWatchLogsServiceException {
  name = "DataAlreadyAcceptedException";
  $fault = "client";
  expectedSequenceToken;
  constructor(opts) {
    super({
      name: "DataAlreadyAcceptedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DataAlreadyAcceptedException.prototype);
    this.expectedSequenceToken = opts.expectedSequenceToken;
  }
};
var InternalStreamingException = class _InternalStreamingException extends CloudWatchLogsServiceException {
  name = "InternalStreamingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InternalStreamingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalStreamingException.prototype);
  }
};
var InvalidSequenceTokenException = class _InvalidSequenceTokenException extends CloudWatchLogsServiceException {
  name = "InvalidSequenceTokenException";
  $fault = "client";
  expectedSequenceToken;
  constructor(opts) {
    super({
      name: "InvalidSequenceTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSequenceTokenException.prototype);
    this.expectedSequenceToken = opts.expectedSequenceToken;
  }
};
var UnrecognizedClientException = class _UnrecognizedClientException extends CloudWatchLogsServiceException {
  name = "UnrecognizedClientException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnrecognizedClientException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnrecognizedClientException.prototype);
  }
};
var SessionStreamingException = class _SessionStreamingException extends CloudWatchLogsServiceException {
  name = "SessionStreamingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SessionStreamingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SessionStreamingException.prototype);
  }
};
var SessionTimeoutException = class _SessionTimeoutException extends CloudWatchLogsServiceException {
  name = "SessionTimeoutException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SessionTimeoutException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SessionTimeoutException.prototype);
  }
};
var MalformedQueryException = class _MalformedQueryException extends CloudWatchLogsServiceException {
  name = "MalformedQueryException";
  $fault = "client";
  queryCompileError;
  constructor(opts) {
    super({
      name: "MalformedQueryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedQueryException.prototype);
    this.queryCompileError = opts.queryCompileError;
  }
};
var TooManyTagsException2 = class _TooManyTagsException extends CloudWatchLogsServiceException {
  name = "TooManyTagsException";
  $fault = "client";
  resourceName;
  constructor(opts) {
    super({
      name: "TooManyTagsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTagsException.prototype);
    this.resourceName = opts.resourceName;
  }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/schemas/schemas_0.js
var _A2 = "Anomaly";
var _AD = "AnomalyDetector";
var _ADE2 = "AccessDeniedException";
var _AF = "AllowedFields";
var _AK = "AddKeys";
var _AKE = "AddKeyEntry";
var _AKEd = "AddKeyEntries";
var _CDR = "CreateDeliveryRequest";
var _CE3 = "ConflictException";
var _CLADR = "CreateLogAnomalyDetectorRequest";
var _CLGR = "CreateLogGroupRequest";
var _CLTR = "CreateLookupTableRequest";
var _CSQR = "CreateScheduledQueryRequest";
var _CSV = "CSV";
var _CT3 = "ConfigurationTemplate";
var _CTDCV = "ConfigurationTemplateDeliveryConfigValues";
var _CV = "CopyValue";
var _CVE = "CopyValueEntry";
var _CVEo = "CopyValueEntries";
var _D3 = "Delivery";
var _DAAE = "DataAlreadyAcceptedException";
var _DAPRe = "DescribeAccountPoliciesRequest";
var _DC = "DestinationConfiguration";
var _DCTR = "DescribeConfigurationTemplatesRequest";
var _DD = "DeliveryDestination";
var _DDC = "DeliveryDestinationConfiguration";
var _DFIR = "DescribeFieldIndexesRequest";
var _DIPRes = "DescribeIndexPoliciesRequest";
var _DITBR = "DescribeImportTaskBatchesRequest";
var _DK = "DeleteKeys";
var _DLGRe = "DescribeLogGroupsRequest";
var _DLGRes = "DescribeLogGroupsResponse";
var _DLGe = "DescribeLogGroups";
var _DSCS = "DeliverySourceConfigurationSchema";
var _DSCSe = "DeliverySourceConfigurationSchemas";
var _DSF = "DataSourceFilter";
var _DSFa = "DataSourceFilters";
var _DSe = "DeliverySource";
var _DTC = "DateTimeConverter";
var _E2 = "Entity";
var _FD = "FieldsData";
var _FLER = "FilterLogEventsRequest";
var _G = "Grok";
var _GLADRe = "GetLogAnomalyDetectorResponse";
var _GLO = "GetLogObject";
var _GLOR = "GetLogObjectRequest";
var _GLORS = "GetLogObjectResponseStream";
var _GLORe = "GetLogObjectResponse";
var _GLRRe = "GetLogRecordResponse";
var _GSQHR = "GetScheduledQueryHistoryRequest";
var _GSQRe = "GetScheduledQueryResponse";
var _IOE = "InvalidOperationException";
var _IPE3 = "InvalidParameterException";
var _ISE2 = "InternalServerException";
var _ISEn = "InternalStreamingException";
var _ISTE = "InvalidSequenceTokenException";
var _LALGSR = "ListAggregateLogGroupSummariesRequest";
var _LCS = "LowerCaseString";
var _LE = "LogEvent";
var _LEE2 = "LimitExceededException";
var _LG = "LogGroup";
var _LGo = "LogGroups";
var _LLGFQRi = "ListLogGroupsForQueryResponse";
var _LLGR = "ListLogGroupsRequest";
var _LSo = "LogSamples";
var _LT = "LookupTable";
var _LTC = "LookupTableConfiguration";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTLGRi = "ListTagsLogGroupResponse";
var _LTM = "ListToMap";
var _LTSLE = "LiveTailSessionLogEvent";
var _LTSM = "LiveTailSessionMetadata";
var _LTSR = "LiveTailSessionResults";
var _LTSS = "LiveTailSessionStart";
var _LTSU = "LiveTailSessionUpdate";
var _MF = "MetricFilter";
var _MFMR = "MetricFilterMatchRecord";
var _MK = "MoveKeys";
var _MKE = "MoveKeyEntry";
var _MKEo = "MoveKeyEntries";
var _MQE = "MalformedQueryException";
var _MT2 = "MetricTransformation";
var _MTe = "MetricTransformations";
var _OAE = "OperationAbortedException";
var _OSRC = "OpenSearchResourceConfig";
var _PC2 = "ParseCloudfront";
var _PDDR = "PutDeliveryDestinationRequest";
var _PDR = "PutDestinationRequest";
var _PDSR = "PutDeliverySourceRequest";
var _PJSON = "ParseJSON";
var _PKV = "ParseKeyValue";
var _PMFR = "PutMetricFilterRequest";
var _PP = "ParsePostgres";
var _PQDR = "PutQueryDefinitionRequest";
var _PR2 = "ParseRoute53";
var _PSFR = "PutSubscriptionFilterRequest";
var _PT2 = "PatternToken";
var _PTOCSF = "ParseToOCSF";
var _PTa = "PatternTokens";
var _PVPC = "ParseVPC";
var _PWAF = "ParseWAF";
var _Pr = "Processor";
var _Pro = "Processors";
var _QCE = "QueryCompileError";
var _QCEL = "QueryCompileErrorLocation";
var _QD = "QueryDefinition";
var _QP2 = "QueryParameter";
var _QPL = "QueryParameterList";
var _RAEE = "ResourceAlreadyExistsException";
var _RF = "RecordField";
var _RK = "RenameKeys";
var _RKE = "RenameKeyEntry";
var _RKEe = "RenameKeyEntries";
var _RNFE3 = "ResourceNotFoundException";
var _SC = "S3Configuration";
var _SDC = "S3DeliveryConfiguration";
var _SF2 = "SubscriptionFilter";
var _SLT2 = "StartLiveTail";
var _SLTR = "StartLiveTailRequest";
var _SLTRS = "StartLiveTailResponseStream";
var _SLTRt = "StartLiveTailResponse";
var _SQEE2 = "ServiceQuotaExceededException";
var _SQR2 = "StartQueryRequest";
var _SS = "SplitString";
var _SSE = "SessionStreamingException";
var _SSEp = "SplitStringEntry";
var _SSEpl = "SplitStringEntries";
var _SSEu = "SubstituteStringEntry";
var _SSEub = "SubstituteStringEntries";
var _SSu = "SubstituteString";
var _STE = "SessionTimeoutException";
var _STI = "S3TablesIntegration";
var _SUE = "ServiceUnavailableException";
var _TC = "TypeConverter";
var _TCE = "TypeConverterEntry";
var _TCEy = "TypeConverterEntries";
var _TE2 = "ThrottlingException";
var _TF = "TagFilter";
var _TFa = "TagFilters";
var _TLGR = "TagLogGroupRequest";
var _TMFR = "TestMetricFilterRequest";
var _TMTE2 = "TooManyTagsException";
var _TRR = "TagResourceRequest";
var _TS = "TrimString";
var _TTR = "TestTransformerRequest";
var _UCE = "UnrecognizedClientException";
var _UCS = "UpperCaseString";
var _UDCR = "UpdateDeliveryConfigurationRequest";
var _ULGR = "UntagLogGroupRequest";
var _URR2 = "UntagResourceRequest";
var _USQR = "UpdateScheduledQueryRequest";
var _USQRp = "UpdateScheduledQueryResponse";
var _VE2 = "ValidationException";
var _a2 = "active";
var _aA = "applicationArn";
var _aAFAVLDFR = "allowedActionForAllowVendedLogsDeliveryForResource";
var _aDA = "anomalyDetectorArn";
var _aDS = "anomalyDetectorStatus";
var _aF = "allowedFields";
var _aFD = "allowedFieldDelimiters";
var _aIc = "accountIdentifiers";
var _aIn = "anomalyId";
var _aK = "addKeys";
var _aOF = "allowedOutputFormats";
var _aOTL = "applyOnTransformedLogs";
var _aSPF = "allowedSuffixPathFields";
var _aVT = "anomalyVisibilityTime";
var _ar = "arn";
var _at = "attributes";
var _bIS = "batchImportStatus";
var _bTAE = "bearerTokenAuthenticationEnabled";
var _c3 = "client";
var _cT = "creationTime";
var _cTS = "creationTimeStamp";
var _cTl = "clientToken";
var _cV = "copyValue";
var _co2 = "columns";
var _cs = "csv";
var _d2 = "description";
var _dA = "destinationArn";
var _dC = "destinationConfiguration";
var _dDA = "deliveryDestinationArn";
var _dDC = "deliveryDestinationConfiguration";
var _dDCV = "defaultDeliveryConfigValues";
var _dDT = "deliveryDestinationType";
var _dDTe = "deliveryDestinationTypes";
var _dI = "destinationIdentifier";
var _dK = "deleteKeys";
var _dN = "detectorName";
var _dNa = "datasourceName";
var _dNe = "destinationName";
var _dPE = "deletionProtectionEnabled";
var _dPS = "dataProtectionStatus";
var _dRA = "destinationResourceArn";
var _dSC = "deliverySourceConfiguration";
var _dSN = "deliverySourceName";
var _dSRA = "dataSourceRoleArn";
var _dSa = "dataSources";
var _dT = "datasourceType";
var _dTC = "dateTimeConverter";
var _dTP = "dynamicTokenPosition";
var _dV = "defaultValue";
var _dVP = "dashboardViewerPrincipals";
var _da = "data";
var _del = "delimiter";
var _des = "destination";
var _di = "dimensions";
var _dis = "distribution";
var _e3 = "error";
var _eCO = "endCharOffset";
var _eF = "evaluationFrequency";
var _eHCP = "enableHiveCompatiblePath";
var _eMv = "eventMessage";
var _eN = "eventNumber";
var _eRA = "executionRoleArn";
var _eS = "executionStatuses";
var _eSF = "emitSystemFields";
var _eSFD = "emitSystemFieldDimensions";
var _eST = "expectedSequenceToken";
var _eSv = "eventSource";
var _eTO = "endTimeOffset";
var _eTn = "endTime";
var _eV = "extractedValues";
var _en = "entries";
var _end = "endpoint";
var _enu = "enumerations";
var _f = "from";
var _fD = "fieldDelimiter";
var _fE = "flattenedElement";
var _fINi = "fieldIndexNames";
var _fN2 = "filterName";
var _fP = "filterPattern";
var _fS = "firstSeen";
var _fSC = "fieldSelectionCriteria";
var _fSi = "fieldStream";
var _fi = "fields";
var _fl = "flatten";
var _g = "grok";
var _gB = "groupBy";
var _h = "histogram";
var _hE3 = "httpError";
var _i = "identifier";
var _iC = "indexCategories";
var _iDs = "isDynamic";
var _iI = "importId";
var _iLA = "includeLinkedAccounts";
var _iPLS = "isPatternLevelSuppression";
var _iPn = "inheritedProperties";
var _iT = "ingestionTime";
var _iTN = "inferredTokenName";
var _id = "id";
var _in = "interleaved";
var _k = "key";
var _kA = "keyAttributes";
var _kKA = "kmsKeyArn";
var _kKI = "kmsKeyId";
var _kN = "keyName";
var _kP = "keyPrefix";
var _kVD = "keyValueDelimiter";
var _l2 = "locale";
var _lCS = "lowerCaseString";
var _lEFP = "logEventFilterPattern";
var _lEM2 = "logEventMessages";
var _lES = "lastExecutionStatus";
var _lG = "logGroups";
var _lGA = "logGroupArn";
var _lGAL = "logGroupArnList";
var _lGCo = "logGroupClass";
var _lGI = "logGroupIdentifiers";
var _lGIo = "logGroupIdentifier";
var _lGN = "logGroupName";
var _lGNP = "logGroupNamePrefix";
var _lGNPo = "logGroupNamePattern";
var _lGNo = "logGroupNames";
var _lGT = "logGroupTags";
var _lM = "lastModified";
var _lMTS = "lastModifiedTimeStamp";
var _lOP = "logObjectPointer";
var _lR = "logRecord";
var _lS2 = "lastSeen";
var _lSN = "logStreamName";
var _lSNP = "logStreamNamePrefix";
var _lSNPo = "logStreamNamePrefixes";
var _lSNo = "logStreamNames";
var _lSo = "logSamples";
var _lT = "logType";
var _lTA = "lookupTableArn";
var _lTC = "lookupTableConfiguration";
var _lTM = "listToMap";
var _lTN = "lookupTableName";
var _lTT = "lastTriggeredTime";
var _lTo = "logTypes";
var _lUT = "lastUpdatedTime";
var _li = "limit";
var _lo = "location";
var _m2 = "message";
var _mFC = "metricFilterCount";
var _mK = "moveKeys";
var _mN = "metricName";
var _mNe = "metricNamespace";
var _mP = "matchPatterns";
var _mR = "maxResults";
var _mT = "metricTransformations";
var _mV = "minValue";
var _mVa = "maxValue";
var _mVap = "mappingVersion";
var _mVe = "metricValue";
var _ma = "match";
var _man = "mandatory";
var _n2 = "name";
var _nMV = "nonMatchValue";
var _nT2 = "nextToken";
var _oAI = "ownerAccountId";
var _oF = "outputFormat";
var _oIE = "overwriteIfExists";
var _oV = "ocsfVersion";
var _p = "priority";
var _pC = "parseCloudfront";
var _pI = "patternId";
var _pJSON = "parseJSON";
var _pKV = "parseKeyValue";
var _pN = "policyName";
var _pP = "parsePostgres";
var _pR = "patternRegex";
var _pRa = "parseRoute53";
var _pS = "patternString";
var _pT = "policyType";
var _pTOCSF = "parseToOCSF";
var _pTa = "patternTokens";
var _pVPC = "parseVPC";
var _pWAF = "parseWAF";
var _pa = "parameters";
var _qC = "quoteCharacter";
var _qCE = "queryCompileError";
var _qDI = "queryDefinitionId";
var _qI = "queryId";
var _qL = "queryLanguage";
var _qS = "queryString";
var _rA = "resourceArn";
var _rAe = "resourceArns";
var _rAo = "roleArn";
var _rC2 = "recordsCount";
var _rD = "retentionDays";
var _rF2 = "recordFields";
var _rID = "retentionInDays";
var _rIe2 = "requestId";
var _rK = "renameKeys";
var _rN2 = "resourceName";
var _rSe2 = "responseStream";
var _rT2 = "resourceType";
var _rTe2 = "resourceTypes";
var _rTen = "renameTo";
var _s3 = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatchlogs";
var _sB = "sizeBytes";
var _sBt = "storedBytes";
var _sCO = "startCharOffset";
var _sCo = "s3Configuration";
var _sD = "suppressedDate";
var _sDC = "s3DeliveryConfiguration";
var _sE = "scheduleExpression";
var _sET = "scheduleEndTime";
var _sFH = "startFromHead";
var _sI = "sessionId";
var _sM = "sessionMetadata";
var _sP2 = "suffixPath";
var _sQA = "scheduledQueryArn";
var _sR = "statusReason";
var _sRe = "sessionResults";
var _sST = "scheduleStartTime";
var _sSe = "sessionStart";
var _sSp = "splitString";
var _sSu = "substituteString";
var _sT2 = "sourceTimezone";
var _sTI = "s3TablesIntegration";
var _sTO = "startTimeOffset";
var _sTc = "scheduleType";
var _sTt = "startTime";
var _sU = "suppressedUntil";
var _sUe = "sessionUpdate";
var _sV2 = "supportedValues";
var _sa = "sampled";
var _se = "server";
var _ser = "service";
var _so = "source";
var _st = "state";
var _sta = "status";
var _str = "streaming";
var _su = "suppressed";
var _t2 = "target";
var _tA = "targetArn";
var _tB = "tableBody";
var _tC = "transformerConfig";
var _tCy = "typeConverter";
var _tF = "targetFormat";
var _tFa = "tableFields";
var _tK = "tagKeys";
var _tNa = "tableName";
var _tS = "tokenString";
var _tSr = "trimString";
var _tT = "targetTimezone";
var _ta = "tags";
var _ti = "timezone";
var _tim = "timestamp";
var _to = "to";
var _ty = "type";
var _u = "unmask";
var _uCS = "upperCaseString";
var _un = "unit";
var _v2 = "value";
var _vK = "valueKey";
var _vT = "valueType";
var _va = "values";
var _wK = "withKeys";
var n03 = "com.amazonaws.cloudwatchlogs";
var _s_registry3 = TypeRegistry.for(_s3);
var CloudWatchLogsServiceException$ = [-3, _s3, "CloudWatchLogsServiceException", 0, [], []];
_s_registry3.registerError(CloudWatchLogsServiceException$, CloudWatchLogsServiceException);
var n0_registry3 = TypeRegistry.for(n03);
var AccessDeniedException$2 = [
  -3,
  n03,
  _ADE2,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(AccessDeniedException$2, AccessDeniedException2);
var ConflictException$3 = [
  -3,
  n03,
  _CE3,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(ConflictException$3, ConflictException3);
var DataAlreadyAcceptedException$ = [
  -3,
  n03,
  _DAAE,
  { [_e3]: _c3 },
  [_eST, _m2],
  [0, 0]
];
n0_registry3.registerError(DataAlreadyAcceptedException$, DataAlreadyAcceptedException);
var InternalServerException$ = [
  -3,
  n03,
  _ISE2,
  { [_e3]: _se, [_hE3]: 500 },
  [_m2],
  [0]
];
n0_registry3.registerError(InternalServerException$, InternalServerException);
var InternalStreamingException$ = [
  -3,
  n03,
  _ISEn,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(InternalStreamingException$, InternalStreamingException);
var InvalidOperationException$ = [
  -3,
  n03,
  _IOE,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(InvalidOperationException$, InvalidOperationException);
var InvalidParameterException$2 = [
  -3,
  n03,
  _IPE3,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(InvalidParameterException$2, InvalidParameterException2);
var InvalidSequenceTokenException$ = [
  -3,
  n03,
  _ISTE,
  { [_e3]: _c3 },
  [_eST, _m2],
  [0, 0]
];
n0_registry3.registerError(InvalidSequenceTokenException$, InvalidSequenceTokenException);
var LimitExceededException$2 = [
  -3,
  n03,
  _LEE2,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(LimitExceededException$2, LimitExceededException2);
var MalformedQueryException$ = [
  -3,
  n03,
  _MQE,
  { [_e3]: _c3 },
  [_qCE, _m2],
  [() => QueryCompileError$, 0]
];
n0_registry3.registerError(MalformedQueryException$, MalformedQueryException);
var OperationAbortedException$ = [
  -3,
  n03,
  _OAE,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(OperationAbortedException$, OperationAbortedException);
var ResourceAlreadyExistsException$ = [
  -3,
  n03,
  _RAEE,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
var ResourceNotFoundException$3 = [
  -3,
  n03,
  _RNFE3,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(ResourceNotFoundException$3, ResourceNotFoundException3);
var ServiceQuotaExceededException$2 = [
  -3,
  n03,
  _SQEE2,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(ServiceQuotaExceededException$2, ServiceQuotaExceededException2);
var ServiceUnavailableException$ = [
  -3,
  n03,
  _SUE,
  { [_e3]: _se },
  [_m2],
  [0]
];
n0_registry3.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var SessionStreamingException$ = [
  -3,
  n03,
  _SSE,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(SessionStreamingException$, SessionStreamingException);
var SessionTimeoutException$ = [
  -3,
  n03,
  _STE,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(SessionTimeoutException$, SessionTimeoutException);
var ThrottlingException$2 = [
  -3,
  n03,
  _TE2,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(ThrottlingException$2, ThrottlingException2);
var TooManyTagsException$2 = [
  -3,
  n03,
  _TMTE2,
  { [_e3]: _c3, [_hE3]: 400 },
  [_m2, _rN2],
  [0, 0]
];
n0_registry3.registerError(TooManyTagsException$2, TooManyTagsException2);
var UnrecognizedClientException$ = [
  -3,
  n03,
  _UCE,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(UnrecognizedClientException$, UnrecognizedClientException);
var ValidationException$2 = [
  -3,
  n03,
  _VE2,
  { [_e3]: _c3 },
  [_m2],
  [0]
];
n0_registry3.registerError(ValidationException$2, ValidationException2);
var errorTypeRegistries3 = [
  _s_registry3,
  n0_registry3
];
var AddKeyEntry$ = [
  3,
  n03,
  _AKE,
  0,
  [_k, _v2, _oIE],
  [0, 0, 2],
  2
];
var AddKeys$ = [
  3,
  n03,
  _AK,
  0,
  [_en],
  [() => AddKeyEntries],
  1
];
var Anomaly$ = [
  3,
  n03,
  _A2,
  0,
  [_aIn, _pI, _aDA, _pS, _fS, _lS2, _d2, _a2, _st, _h, _lSo, _pTa, _lGAL, _pR, _p, _su, _sD, _sU, _iPLS],
  [0, 0, 0, 0, 1, 1, 0, 2, 0, 128 | 1, () => LogSamples, () => PatternTokens, 64 | 0, 0, 0, 2, 1, 1, 2],
  13
];
var AnomalyDetector$ = [
  3,
  n03,
  _AD,
  0,
  [_aDA, _dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
  [0, 0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
];
var ConfigurationTemplate$ = [
  3,
  n03,
  _CT3,
  0,
  [_ser, _lT, _rT2, _dDT, _dDCV, _aF, _aOF, _aAFAVLDFR, _aFD, _aSPF, _dSC, _sTI],
  [0, 0, 0, 0, () => ConfigurationTemplateDeliveryConfigValues$, () => AllowedFields, 64 | 0, 0, 64 | 0, 64 | 0, () => DeliverySourceConfigurationSchemas, () => S3TablesIntegration$]
];
var ConfigurationTemplateDeliveryConfigValues$ = [
  3,
  n03,
  _CTDCV,
  0,
  [_rF2, _fD, _sDC],
  [64 | 0, 0, () => S3DeliveryConfiguration$]
];
var CopyValue$ = [
  3,
  n03,
  _CV,
  0,
  [_en],
  [() => CopyValueEntries],
  1
];
var CopyValueEntry$ = [
  3,
  n03,
  _CVE,
  0,
  [_so, _t2, _oIE],
  [0, 0, 2],
  2
];
var CreateDeliveryRequest$ = [
  3,
  n03,
  _CDR,
  0,
  [_dSN, _dDA, _rF2, _fD, _sDC, _ta],
  [0, 0, 64 | 0, 0, () => S3DeliveryConfiguration$, 128 | 0],
  2
];
var CreateLogAnomalyDetectorRequest$ = [
  3,
  n03,
  _CLADR,
  0,
  [_lGAL, _dN, _eF, _fP, _kKI, _aVT, _ta],
  [64 | 0, 0, 0, 0, 0, 1, 128 | 0],
  1
];
var CreateLogGroupRequest$ = [
  3,
  n03,
  _CLGR,
  0,
  [_lGN, _kKI, _ta, _lGCo, _dPE],
  [0, 0, 128 | 0, 0, 2],
  1
];
var CreateLookupTableRequest$ = [
  3,
  n03,
  _CLTR,
  0,
  [_lTN, _d2, _tB, _qI, _kKI, _ta],
  [0, 0, 0, 0, 0, 128 | 0],
  1
];
var CreateScheduledQueryRequest$ = [
  3,
  n03,
  _CSQR,
  0,
  [_n2, _qL, _qS, _sE, _eRA, _d2, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st, _ta],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0, 128 | 0],
  5
];
var CSV$ = [
  3,
  n03,
  _CSV,
  0,
  [_qC, _del, _co2, _so, _des],
  [0, 0, 64 | 0, 0, 0]
];
var DataSourceFilter$ = [
  3,
  n03,
  _DSF,
  0,
  [_n2, _ty],
  [0, 0],
  1
];
var DateTimeConverter$ = [
  3,
  n03,
  _DTC,
  0,
  [_so, _t2, _mP, _tF, _sT2, _tT, _l2],
  [0, 0, 64 | 0, 0, 0, 0, 0],
  3
];
var DeleteKeys$ = [
  3,
  n03,
  _DK,
  0,
  [_wK],
  [64 | 0],
  1
];
var Delivery$ = [
  3,
  n03,
  _D3,
  0,
  [_id, _ar, _dSN, _dDA, _dDT, _rF2, _fD, _sDC, _ta],
  [0, 0, 0, 0, 0, 64 | 0, 0, () => S3DeliveryConfiguration$, 128 | 0]
];
var DeliveryDestination$ = [
  3,
  n03,
  _DD,
  0,
  [_n2, _ar, _dDT, _oF, _dDC, _ta],
  [0, 0, 0, 0, () => DeliveryDestinationConfiguration$, 128 | 0]
];
var DeliveryDestinationConfiguration$ = [
  3,
  n03,
  _DDC,
  0,
  [_dRA],
  [0],
  1
];
var DeliverySource$ = [
  3,
  n03,
  _DSe,
  0,
  [_n2, _ar, _rAe, _ser, _lT, _ta, _dSC, _sta, _sR],
  [0, 0, 64 | 0, 0, 0, 128 | 0, 128 | 0, 0, 0]
];
var DeliverySourceConfigurationSchema$ = [
  3,
  n03,
  _DSCS,
  0,
  [_kN, _vT, _dV, _sV2, _mV, _mVa],
  [0, 0, 0, 64 | 0, 1, 1],
  3
];
var DescribeAccountPoliciesRequest$ = [
  3,
  n03,
  _DAPRe,
  0,
  [_pT, _pN, _aIc, _nT2],
  [0, 0, 64 | 0, 0],
  1
];
var DescribeConfigurationTemplatesRequest$ = [
  3,
  n03,
  _DCTR,
  0,
  [_ser, _lTo, _rTe2, _dDTe, _nT2, _li],
  [0, 64 | 0, 64 | 0, 64 | 0, 0, 1]
];
var DescribeFieldIndexesRequest$ = [
  3,
  n03,
  _DFIR,
  0,
  [_lGI, _iC, _nT2],
  [64 | 0, 64 | 0, 0],
  1
];
var DescribeImportTaskBatchesRequest$ = [
  3,
  n03,
  _DITBR,
  0,
  [_iI, _bIS, _li, _nT2],
  [0, 64 | 0, 1, 0],
  1
];
var DescribeIndexPoliciesRequest$ = [
  3,
  n03,
  _DIPRes,
  0,
  [_lGI, _nT2],
  [64 | 0, 0],
  1
];
var DescribeLogGroupsRequest$ = [
  3,
  n03,
  _DLGRe,
  0,
  [_aIc, _lGNP, _lGNPo, _nT2, _li, _iLA, _lGCo, _lGI],
  [64 | 0, 0, 0, 0, 1, 2, 0, 64 | 0]
];
var DescribeLogGroupsResponse$ = [
  3,
  n03,
  _DLGRes,
  0,
  [_lG, _nT2],
  [() => LogGroups, 0]
];
var DestinationConfiguration$ = [
  3,
  n03,
  _DC,
  0,
  [_sCo, _lTC],
  [() => S3Configuration$, () => LookupTableConfiguration$]
];
var Entity$ = [
  3,
  n03,
  _E2,
  0,
  [_kA, _at],
  [128 | 0, 128 | 0]
];
var FieldsData$ = [
  3,
  n03,
  _FD,
  0,
  [_da],
  [21]
];
var FilterLogEventsRequest$ = [
  3,
  n03,
  _FLER,
  0,
  [_lGN, _lGIo, _lSNo, _lSNP, _sTt, _eTn, _fP, _nT2, _li, _sFH, _in, _u],
  [0, 0, 64 | 0, 0, 1, 1, 0, 0, 1, 2, 2, 2]
];
var GetLogAnomalyDetectorResponse$ = [
  3,
  n03,
  _GLADRe,
  0,
  [_dN, _lGAL, _eF, _fP, _aDS, _kKI, _cTS, _lMTS, _aVT],
  [0, 64 | 0, 0, 0, 0, 0, 1, 1, 1]
];
var GetLogObjectRequest$ = [
  3,
  n03,
  _GLOR,
  0,
  [_lOP, _u],
  [0, 2],
  1
];
var GetLogObjectResponse$ = [
  3,
  n03,
  _GLORe,
  0,
  [_fSi],
  [[() => GetLogObjectResponseStream$, 0]]
];
var GetLogRecordResponse$ = [
  3,
  n03,
  _GLRRe,
  0,
  [_lR],
  [128 | 0]
];
var GetScheduledQueryHistoryRequest$ = [
  3,
  n03,
  _GSQHR,
  0,
  [_i, _sTt, _eTn, _eS, _mR, _nT2],
  [0, 1, 1, 64 | 0, 1, 0],
  3
];
var GetScheduledQueryResponse$ = [
  3,
  n03,
  _GSQRe,
  0,
  [_sQA, _n2, _d2, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
];
var Grok$ = [
  3,
  n03,
  _G,
  0,
  [_ma, _so],
  [0, 0],
  1
];
var ListAggregateLogGroupSummariesRequest$ = [
  3,
  n03,
  _LALGSR,
  0,
  [_gB, _aIc, _iLA, _lGCo, _lGNPo, _dSa, _nT2, _li],
  [0, 64 | 0, 2, 0, 0, () => DataSourceFilters, 0, 1],
  1
];
var ListLogGroupsForQueryResponse$ = [
  3,
  n03,
  _LLGFQRi,
  0,
  [_lGI, _nT2],
  [64 | 0, 0]
];
var ListLogGroupsRequest$ = [
  3,
  n03,
  _LLGR,
  0,
  [_lGNPo, _lGCo, _iLA, _aIc, _nT2, _li, _dSa, _fINi, _lGT],
  [0, 0, 2, 64 | 0, 0, 1, () => DataSourceFilters, 64 | 0, () => TagFilters]
];
var ListTagsForResourceResponse$ = [
  3,
  n03,
  _LTFRRi,
  0,
  [_ta],
  [128 | 0]
];
var ListTagsLogGroupResponse$ = [
  3,
  n03,
  _LTLGRi,
  0,
  [_ta],
  [128 | 0]
];
var ListToMap$ = [
  3,
  n03,
  _LTM,
  0,
  [_so, _k, _vK, _t2, _fl, _fE],
  [0, 0, 0, 0, 2, 0],
  2
];
var LiveTailSessionLogEvent$ = [
  3,
  n03,
  _LTSLE,
  0,
  [_lSN, _lGIo, _m2, _tim, _iT],
  [0, 0, 0, 1, 1]
];
var LiveTailSessionMetadata$ = [
  3,
  n03,
  _LTSM,
  0,
  [_sa],
  [2]
];
var LiveTailSessionStart$ = [
  3,
  n03,
  _LTSS,
  0,
  [_rIe2, _sI, _lGI, _lSNo, _lSNPo, _lEFP],
  [0, 0, 64 | 0, 64 | 0, 64 | 0, 0]
];
var LiveTailSessionUpdate$ = [
  3,
  n03,
  _LTSU,
  0,
  [_sM, _sRe],
  [() => LiveTailSessionMetadata$, () => LiveTailSessionResults]
];
var LogEvent$ = [
  3,
  n03,
  _LE,
  0,
  [_tim, _m2],
  [1, 0]
];
var LogGroup$ = [
  3,
  n03,
  _LG,
  0,
  [_lGN, _cT, _rID, _mFC, _ar, _sBt, _kKI, _dPS, _iPn, _lGCo, _lGA, _dPE, _bTAE],
  [0, 1, 1, 1, 0, 1, 0, 0, 64 | 0, 0, 0, 2, 2]
];
var LookupTable$ = [
  3,
  n03,
  _LT,
  0,
  [_lTA, _lTN, _d2, _tFa, _rC2, _sB, _lUT, _kKI],
  [0, 0, 0, 64 | 0, 1, 1, 1, 0]
];
var LookupTableConfiguration$ = [
  3,
  n03,
  _LTC,
  0,
  [_tNa, _rAo, _d2, _kKI, _ta],
  [0, 0, 0, 0, 128 | 0],
  2
];
var LowerCaseString$ = [
  3,
  n03,
  _LCS,
  0,
  [_wK],
  [64 | 0],
  1
];
var MetricFilter$ = [
  3,
  n03,
  _MF,
  0,
  [_fN2, _fP, _mT, _cT, _lGN, _aOTL, _fSC, _eSFD],
  [0, 0, () => MetricTransformations, 1, 0, 2, 0, 64 | 0]
];
var MetricFilterMatchRecord$ = [
  3,
  n03,
  _MFMR,
  0,
  [_eN, _eMv, _eV],
  [1, 0, 128 | 0]
];
var MetricTransformation$ = [
  3,
  n03,
  _MT2,
  0,
  [_mN, _mNe, _mVe, _dV, _di, _un],
  [0, 0, 0, 1, 128 | 0, 0],
  3
];
var MoveKeyEntry$ = [
  3,
  n03,
  _MKE,
  0,
  [_so, _t2, _oIE],
  [0, 0, 2],
  2
];
var MoveKeys$ = [
  3,
  n03,
  _MK,
  0,
  [_en],
  [() => MoveKeyEntries],
  1
];
var OpenSearchResourceConfig$ = [
  3,
  n03,
  _OSRC,
  0,
  [_dSRA, _dVP, _rD, _kKA, _aA],
  [0, 64 | 0, 1, 0, 0],
  3
];
var ParseCloudfront$ = [
  3,
  n03,
  _PC2,
  0,
  [_so],
  [0]
];
var ParseJSON$ = [
  3,
  n03,
  _PJSON,
  0,
  [_so, _des],
  [0, 0]
];
var ParseKeyValue$ = [
  3,
  n03,
  _PKV,
  0,
  [_so, _des, _fD, _kVD, _kP, _nMV, _oIE],
  [0, 0, 0, 0, 0, 0, 2]
];
var ParsePostgres$ = [
  3,
  n03,
  _PP,
  0,
  [_so],
  [0]
];
var ParseRoute53$ = [
  3,
  n03,
  _PR2,
  0,
  [_so],
  [0]
];
var ParseToOCSF$ = [
  3,
  n03,
  _PTOCSF,
  0,
  [_eSv, _oV, _so, _mVap],
  [0, 0, 0, 0],
  2
];
var ParseVPC$ = [
  3,
  n03,
  _PVPC,
  0,
  [_so],
  [0]
];
var ParseWAF$ = [
  3,
  n03,
  _PWAF,
  0,
  [_so],
  [0]
];
var PatternToken$ = [
  3,
  n03,
  _PT2,
  0,
  [_dTP, _iDs, _tS, _enu, _iTN],
  [1, 2, 0, 128 | 1, 0]
];
var Processor$ = [
  3,
  n03,
  _Pr,
  0,
  [_aK, _cV, _cs, _dTC, _dK, _g, _lTM, _lCS, _mK, _pC, _pJSON, _pKV, _pRa, _pTOCSF, _pP, _pVPC, _pWAF, _rK, _sSp, _sSu, _tSr, _tCy, _uCS],
  [() => AddKeys$, () => CopyValue$, () => CSV$, () => DateTimeConverter$, () => DeleteKeys$, () => Grok$, () => ListToMap$, () => LowerCaseString$, () => MoveKeys$, () => ParseCloudfront$, () => ParseJSON$, () => ParseKeyValue$, () => ParseRoute53$, () => ParseToOCSF$, () => ParsePostgres$, () => ParseVPC$, () => ParseWAF$, () => RenameKeys$, () => SplitString$, () => SubstituteString$, () => TrimString$, () => TypeConverter$, () => UpperCaseString$]
];
var PutDeliveryDestinationRequest$ = [
  3,
  n03,
  _PDDR,
  0,
  [_n2, _oF, _dDC, _dDT, _ta],
  [0, 0, () => DeliveryDestinationConfiguration$, 0, 128 | 0],
  1
];
var PutDeliverySourceRequest$ = [
  3,
  n03,
  _PDSR,
  0,
  [_n2, _rA, _lT, _ta, _dSC],
  [0, 0, 0, 128 | 0, 128 | 0],
  3
];
var PutDestinationRequest$ = [
  3,
  n03,
  _PDR,
  0,
  [_dNe, _tA, _rAo, _ta],
  [0, 0, 0, 128 | 0],
  3
];
var PutMetricFilterRequest$ = [
  3,
  n03,
  _PMFR,
  0,
  [_lGN, _fN2, _fP, _mT, _aOTL, _fSC, _eSFD],
  [0, 0, 0, () => MetricTransformations, 2, 0, 64 | 0],
  4
];
var PutQueryDefinitionRequest$ = [
  3,
  n03,
  _PQDR,
  0,
  [_n2, _qS, _qL, _qDI, _lGNo, _cTl, _pa],
  [0, 0, 0, 0, 64 | 0, [0, 4], () => QueryParameterList],
  2
];
var PutSubscriptionFilterRequest$ = [
  3,
  n03,
  _PSFR,
  0,
  [_lGN, _fN2, _fP, _dA, _rAo, _dis, _aOTL, _fSC, _eSF],
  [0, 0, 0, 0, 0, 0, 2, 0, 64 | 0],
  4
];
var QueryCompileError$ = [
  3,
  n03,
  _QCE,
  0,
  [_lo, _m2],
  [() => QueryCompileErrorLocation$, 0]
];
var QueryCompileErrorLocation$ = [
  3,
  n03,
  _QCEL,
  0,
  [_sCO, _eCO],
  [1, 1]
];
var QueryDefinition$ = [
  3,
  n03,
  _QD,
  0,
  [_qL, _qDI, _n2, _qS, _lM, _lGNo, _pa],
  [0, 0, 0, 0, 1, 64 | 0, () => QueryParameterList]
];
var QueryParameter$ = [
  3,
  n03,
  _QP2,
  0,
  [_n2, _dV, _d2],
  [0, 0, 0],
  1
];
var RecordField$ = [
  3,
  n03,
  _RF,
  0,
  [_n2, _man],
  [0, 2]
];
var RenameKeyEntry$ = [
  3,
  n03,
  _RKE,
  0,
  [_k, _rTen, _oIE],
  [0, 0, 2],
  2
];
var RenameKeys$ = [
  3,
  n03,
  _RK,
  0,
  [_en],
  [() => RenameKeyEntries],
  1
];
var S3Configuration$ = [
  3,
  n03,
  _SC,
  0,
  [_dI, _rAo, _oAI, _kKI],
  [0, 0, 0, 0],
  2
];
var S3DeliveryConfiguration$ = [
  3,
  n03,
  _SDC,
  0,
  [_sP2, _eHCP],
  [0, 2]
];
var S3TablesIntegration$ = [
  3,
  n03,
  _STI,
  0,
  [_dNa, _dT],
  [0, 0]
];
var SplitString$ = [
  3,
  n03,
  _SS,
  0,
  [_en],
  [() => SplitStringEntries],
  1
];
var SplitStringEntry$ = [
  3,
  n03,
  _SSEp,
  0,
  [_so, _del],
  [0, 0],
  2
];
var StartLiveTailRequest$ = [
  3,
  n03,
  _SLTR,
  0,
  [_lGI, _lSNo, _lSNPo, _lEFP],
  [64 | 0, 64 | 0, 64 | 0, 0],
  1
];
var StartLiveTailResponse$ = [
  3,
  n03,
  _SLTRt,
  0,
  [_rSe2],
  [[() => StartLiveTailResponseStream$, 0]]
];
var StartQueryRequest$2 = [
  3,
  n03,
  _SQR2,
  0,
  [_sTt, _eTn, _qS, _qL, _lGN, _lGNo, _lGI, _li],
  [1, 1, 0, 0, 0, 64 | 0, 64 | 0, 1],
  3
];
var SubscriptionFilter$ = [
  3,
  n03,
  _SF2,
  0,
  [_fN2, _lGN, _fP, _dA, _rAo, _dis, _aOTL, _cT, _fSC, _eSF],
  [0, 0, 0, 0, 0, 0, 2, 1, 0, 64 | 0]
];
var SubstituteString$ = [
  3,
  n03,
  _SSu,
  0,
  [_en],
  [() => SubstituteStringEntries],
  1
];
var SubstituteStringEntry$ = [
  3,
  n03,
  _SSEu,
  0,
  [_so, _f, _to],
  [0, 0, 0],
  3
];
var TagFilter$ = [
  3,
  n03,
  _TF,
  0,
  [_k, _va],
  [0, 64 | 0],
  1
];
var TagLogGroupRequest$ = [
  3,
  n03,
  _TLGR,
  0,
  [_lGN, _ta],
  [0, 128 | 0],
  2
];
var TagResourceRequest$ = [
  3,
  n03,
  _TRR,
  0,
  [_rA, _ta],
  [0, 128 | 0],
  2
];
var TestMetricFilterRequest$ = [
  3,
  n03,
  _TMFR,
  0,
  [_fP, _lEM2],
  [0, 64 | 0],
  2
];
var TestTransformerRequest$ = [
  3,
  n03,
  _TTR,
  0,
  [_tC, _lEM2],
  [() => Processors, 64 | 0],
  2
];
var TrimString$ = [
  3,
  n03,
  _TS,
  0,
  [_wK],
  [64 | 0],
  1
];
var TypeConverter$ = [
  3,
  n03,
  _TC,
  0,
  [_en],
  [() => TypeConverterEntries],
  1
];
var TypeConverterEntry$ = [
  3,
  n03,
  _TCE,
  0,
  [_k, _ty],
  [0, 0],
  2
];
var UntagLogGroupRequest$ = [
  3,
  n03,
  _ULGR,
  0,
  [_lGN, _ta],
  [0, 64 | 0],
  2
];
var UntagResourceRequest$2 = [
  3,
  n03,
  _URR2,
  0,
  [_rA, _tK],
  [0, 64 | 0],
  2
];
var UpdateDeliveryConfigurationRequest$ = [
  3,
  n03,
  _UDCR,
  0,
  [_id, _rF2, _fD, _sDC],
  [0, 64 | 0, 0, () => S3DeliveryConfiguration$],
  1
];
var UpdateScheduledQueryRequest$ = [
  3,
  n03,
  _USQR,
  0,
  [_i, _qL, _qS, _sE, _eRA, _d2, _lGI, _ti, _sTO, _eTO, _dC, _sST, _sET, _st],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, 1, 1, () => DestinationConfiguration$, 1, 1, 0],
  5
];
var UpdateScheduledQueryResponse$ = [
  3,
  n03,
  _USQRp,
  0,
  [_sQA, _n2, _d2, _qL, _qS, _lGI, _sE, _ti, _sTO, _eTO, _dC, _st, _sTc, _lTT, _lES, _sST, _sET, _eRA, _cT, _lUT],
  [0, 0, 0, 0, 0, 64 | 0, 0, 0, 1, 1, () => DestinationConfiguration$, 0, 0, 1, 0, 1, 1, 0, 1, 1]
];
var UpperCaseString$ = [
  3,
  n03,
  _UCS,
  0,
  [_wK],
  [64 | 0],
  1
];
var AccountIds = 64 | 0;
var AddKeyEntries = [
  1,
  n03,
  _AKEd,
  0,
  () => AddKeyEntry$
];
var AllowedFieldDelimiters = 64 | 0;
var AllowedFields = [
  1,
  n03,
  _AF,
  0,
  () => RecordField$
];
var Columns = 64 | 0;
var CopyValueEntries = [
  1,
  n03,
  _CVEo,
  0,
  () => CopyValueEntry$
];
var DashboardViewerPrincipals = 64 | 0;
var DataSourceFilters = [
  1,
  n03,
  _DSFa,
  0,
  () => DataSourceFilter$
];
var DeleteWithKeys = 64 | 0;
var DeliveryDestinationTypes = 64 | 0;
var DeliverySourceConfigurationSchemas = [
  1,
  n03,
  _DSCSe,
  0,
  () => DeliverySourceConfigurationSchema$
];
var DeliverySourceConfigurationSupportedValues = 64 | 0;
var DescribeFieldIndexesLogGroupIdentifiers = 64 | 0;
var DescribeIndexPoliciesLogGroupIdentifiers = 64 | 0;
var DescribeLogGroupsLogGroupIdentifiers = 64 | 0;
var EmitSystemFields = 64 | 0;
var ExecutionStatusList = 64 | 0;
var FieldIndexNames = 64 | 0;
var ImportStatusList = 64 | 0;
var IndexCategories = 64 | 0;
var InheritedProperties = 64 | 0;
var InputLogStreamNames = 64 | 0;
var LiveTailSessionResults = [
  1,
  n03,
  _LTSR,
  0,
  () => LiveTailSessionLogEvent$
];
var LogGroupArnList = 64 | 0;
var LogGroupIdentifiers = 64 | 0;
var LogGroupNames = 64 | 0;
var LogGroups = [
  1,
  n03,
  _LGo,
  0,
  () => LogGroup$
];
var LogSamples = [
  1,
  n03,
  _LSo,
  0,
  () => LogEvent$
];
var LogTypes = 64 | 0;
var LowerCaseStringWithKeys = 64 | 0;
var MatchPatterns = 64 | 0;
var MetricTransformations = [
  1,
  n03,
  _MTe,
  0,
  () => MetricTransformation$
];
var MoveKeyEntries = [
  1,
  n03,
  _MKEo,
  0,
  () => MoveKeyEntry$
];
var OutputFormats = 64 | 0;
var PatternTokens = [
  1,
  n03,
  _PTa,
  0,
  () => PatternToken$
];
var Processors = [
  1,
  n03,
  _Pro,
  0,
  () => Processor$
];
var QueryParameterList = [
  1,
  n03,
  _QPL,
  0,
  () => QueryParameter$
];
var RecordFields = 64 | 0;
var RenameKeyEntries = [
  1,
  n03,
  _RKEe,
  0,
  () => RenameKeyEntry$
];
var ResourceArns = 64 | 0;
var ResourceTypes2 = 64 | 0;
var ScheduledQueryLogGroupIdentifiers = 64 | 0;
var SplitStringEntries = [
  1,
  n03,
  _SSEpl,
  0,
  () => SplitStringEntry$
];
var StartLiveTailLogGroupIdentifiers = 64 | 0;
var SubstituteStringEntries = [
  1,
  n03,
  _SSEub,
  0,
  () => SubstituteStringEntry$
];
var TableFields = 64 | 0;
var TagFilters = [
  1,
  n03,
  _TFa,
  0,
  () => TagFilter$
];
var TagFilterValues = 64 | 0;
var TagKeyList2 = 64 | 0;
var TagList = 64 | 0;
var TestEventMessages = 64 | 0;
var TrimStringWithKeys = 64 | 0;
var TypeConverterEntries = [
  1,
  n03,
  _TCEy,
  0,
  () => TypeConverterEntry$
];
var UpperCaseStringWithKeys = 64 | 0;
var DeliverySourceConfiguration = 128 | 0;
var Dimensions = 128 | 0;
var EntityAttributes = 128 | 0;
var EntityKeyAttributes = 128 | 0;
var Enumerations = 128 | 1;
var ExtractedValues = 128 | 0;
var Histogram = 128 | 1;
var LogRecord = 128 | 0;
var Tags2 = 128 | 0;
var GetLogObjectResponseStream$ = [
  4,
  n03,
  _GLORS,
  { [_str]: 1 },
  [_fi, _ISEn],
  [() => FieldsData$, [() => InternalStreamingException$, 0]]
];
var StartLiveTailResponseStream$ = [
  4,
  n03,
  _SLTRS,
  { [_str]: 1 },
  [_sSe, _sUe, _STE, _SSE],
  [() => LiveTailSessionStart$, () => LiveTailSessionUpdate$, [() => SessionTimeoutException$, 0], [() => SessionStreamingException$, 0]]
];
var DescribeLogGroups$ = [
  9,
  n03,
  _DLGe,
  0,
  () => DescribeLogGroupsRequest$,
  () => DescribeLogGroupsResponse$
];
var GetLogObject$ = [
  9,
  n03,
  _GLO,
  { [_end]: ["stream-"] },
  () => GetLogObjectRequest$,
  () => GetLogObjectResponse$
];
var StartLiveTail$ = [
  9,
  n03,
  _SLT2,
  { [_end]: ["stream-"] },
  () => StartLiveTailRequest$,
  () => StartLiveTailResponse$
];

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeConfig.shared.js
var getRuntimeConfig5 = (config) => {
  return {
    apiVersion: "2014-03-28",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver3,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchLogsHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_1Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudwatchlogs",
      errorTypeRegistries: errorTypeRegistries3,
      xmlNamespace: "http://monitoring.amazonaws.com/doc/2014-03-28/",
      version: "2014-03-28",
      serviceTarget: "Logs_20140328"
    },
    serviceId: config?.serviceId ?? "CloudWatch Logs",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeConfig.js
var getRuntimeConfig6 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig5(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default3.version }),
    eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration3 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig3 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions3 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration3(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig3(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/CloudWatchLogsClient.js
var CloudWatchLogsClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig6(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters3(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveEventStreamSerdeConfig(_config_6);
    const _config_8 = resolveHttpAuthSchemeConfig3(_config_7);
    const _config_9 = resolveRuntimeExtensions3(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudWatchLogsHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commandBuilder.js
var command3 = makeBuilder(commonParams3, "Logs_20140328", "CloudWatchLogsClient", getEndpointPlugin);
var _ep03 = {};
var _mw03 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeLogGroupsCommand.js
var DescribeLogGroupsCommand = class extends command3(_ep03, _mw03, "DescribeLogGroups", DescribeLogGroups$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthSchemeProvider.js
var defaultIAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption4(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "iam",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultIAMHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption4(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig4 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters4 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "iam"
  });
};
var commonParams4 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-iam/package.json
var package_default4 = {
  name: "@aws-sdk/client-iam",
  version: "3.1124.0",
  description: "AWS SDK for JavaScript Iam Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-iam",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-iam"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.977.9",
    "@aws-sdk/credential-provider-node": "^3.972.82",
    "@aws-sdk/types": "^3.974.5",
    "@smithy/core": "^3.33.3",
    "@smithy/fetch-http-handler": "^5.7.2",
    "@smithy/node-http-handler": "^4.11.3",
    "@smithy/types": "^4.17.2",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.3.2",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/bdd.js
var v = "ref";
var w = "authSchemes";
var x = "name";
var y = "signingRegion";
var a4 = -1;
var b4 = true;
var c4 = "isSet";
var d4 = "PartitionResult";
var e4 = "stringEquals";
var f4 = "booleanEquals";
var g4 = "getAttr";
var h4 = { [v]: "Endpoint" };
var i4 = { "fn": g4, "argv": [{ [v]: d4 }, "name"] };
var j4 = { [v]: d4 };
var k4 = { [w]: [{ [x]: "sigv4", [y]: "us-east-1" }] };
var l3 = { [w]: [{ [x]: "sigv4", [y]: "cn-north-1" }] };
var m3 = { [w]: [{ [x]: "sigv4", [y]: "us-gov-west-1" }] };
var n = { [w]: [{ [x]: "sigv4", [y]: "us-iso-east-1" }] };
var o = { [w]: [{ [x]: "sigv4", [y]: "us-isob-east-1" }] };
var p = { [w]: [{ [x]: "sigv4", [y]: "eu-isoe-west-1" }] };
var q = { [w]: [{ [x]: "sigv4", [y]: "us-isof-south-1" }] };
var s = { [w]: [{ [x]: "sigv4", [y]: "eusc-de-east-1" }] };
var t = { [w]: [{ [x]: "sigv4", [y]: "{PartitionResult#implicitGlobalRegion}" }] };
var u = [{ [v]: "Region" }];
var _data4 = {
  conditions: [
    [c4, [h4]],
    [c4, u],
    ["aws.partition", u, d4],
    [e4, [i4, "aws"]],
    [e4, [i4, "aws-cn"]],
    [e4, [i4, "aws-us-gov"]],
    [e4, [i4, "aws-iso"]],
    [f4, [{ [v]: "UseFIPS" }, b4]],
    [f4, [{ [v]: "UseDualStack" }, b4]],
    [e4, [i4, "aws-iso-b"]],
    [e4, [i4, "aws-iso-e"]],
    [e4, [i4, "aws-iso-f"]],
    [e4, [i4, "aws-eusc"]],
    [f4, [{ fn: g4, argv: [j4, "supportsDualStack"] }, b4]],
    [f4, [{ fn: g4, argv: [j4, "supportsFIPS"] }, b4]]
  ],
  results: [
    [a4],
    [a4, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a4, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h4, {}],
    ["https://iam.amazonaws.com", k4],
    ["https://iam-fips.amazonaws.com", k4],
    ["https://iam.global.api.aws", k4],
    ["https://iam-fips.global.api.aws", k4],
    ["https://iam.global.api.amazonwebservices.com.cn", l3],
    ["https://iam-fips.api.amazonwebservices.com.cn", l3],
    ["https://iam.cn-north-1.amazonaws.com.cn", l3],
    ["https://iam-fips.amazonaws.com.cn", l3],
    ["https://iam.us-gov.api.aws", m3],
    ["https://iam.us-gov.amazonaws.com", m3],
    ["https://iam.us-iso-east-1.c2s.ic.gov", n],
    ["https://iam-fips.us-iso-east-1.c2s.ic.gov", n],
    ["https://iam.api.aws.ic.gov", n],
    ["https://iam-fips.api.aws.ic.gov", n],
    ["https://iam.us-isob-east-1.sc2s.sgov.gov", o],
    ["https://iam-fips.us-isob-east-1.sc2s.sgov.gov", o],
    ["https://iam.api.aws.scloud", o],
    ["https://iam-fips.api.aws.scloud", o],
    ["https://iam.eu-isoe-west-1.cloud.adc-e.uk", p],
    ["https://iam-fips.cloud.adc-e.uk", p],
    ["https://iam.api.cloud-aws.adc-e.uk", p],
    ["https://iam-fips.api.cloud-aws.adc-e.uk", p],
    ["https://iam.us-isof-south-1.csp.hci.ic.gov", q],
    ["https://iam-fips.csp.hci.ic.gov", q],
    ["https://iam.api.aws.hci.ic.gov", q],
    ["https://iam-fips.api.aws.hci.ic.gov", q],
    ["https://iam.eusc-de-east-1.amazonaws.eu", s],
    ["https://iam-fips.amazonaws.eu", s],
    ["https://iam.global.api.amazonwebservices.eu", s],
    ["https://iam-fips.api.amazonwebservices.eu", s],
    ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
    [a4, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
    [a4, "FIPS is enabled but this partition does not support FIPS"],
    ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
    [a4, "DualStack is enabled but this partition does not support DualStack"],
    ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
    [a4, "Invalid Configuration: Missing Region"]
  ]
};
var root4 = 2;
var r4 = 1e8;
var nodes4 = new Int32Array([
  -1,
  1,
  -1,
  0,
  42,
  3,
  1,
  4,
  r4 + 41,
  2,
  5,
  r4 + 41,
  3,
  39,
  6,
  4,
  36,
  7,
  5,
  35,
  8,
  6,
  32,
  9,
  7,
  20,
  10,
  8,
  15,
  11,
  9,
  r4 + 18,
  12,
  10,
  r4 + 22,
  13,
  11,
  r4 + 26,
  14,
  12,
  r4 + 30,
  r4 + 40,
  9,
  r4 + 20,
  16,
  10,
  r4 + 24,
  17,
  11,
  r4 + 28,
  18,
  12,
  r4 + 32,
  19,
  13,
  r4 + 38,
  r4 + 39,
  8,
  26,
  21,
  9,
  r4 + 19,
  22,
  10,
  r4 + 23,
  23,
  11,
  r4 + 27,
  24,
  12,
  r4 + 31,
  25,
  14,
  r4 + 36,
  r4 + 37,
  9,
  r4 + 21,
  27,
  10,
  r4 + 25,
  28,
  11,
  r4 + 29,
  29,
  12,
  r4 + 33,
  30,
  13,
  31,
  r4 + 35,
  14,
  r4 + 34,
  r4 + 35,
  7,
  34,
  33,
  8,
  r4 + 16,
  r4 + 14,
  8,
  r4 + 17,
  r4 + 15,
  8,
  r4 + 12,
  r4 + 13,
  7,
  38,
  37,
  8,
  r4 + 8,
  r4 + 10,
  8,
  r4 + 9,
  r4 + 11,
  7,
  41,
  40,
  8,
  r4 + 6,
  r4 + 4,
  8,
  r4 + 7,
  r4 + 5,
  7,
  r4 + 1,
  43,
  8,
  r4 + 2,
  r4 + 3
]);
var bdd4 = BinaryDecisionDiagram.from(nodes4, root4, _data4.conditions, _data4.results);

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/endpointResolver.js
var cache4 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver4 = (endpointParams, context = {}) => {
  return cache4.get(endpointParams, () => decideEndpoint(bdd4, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-iam/dist-es/models/IAMServiceException.js
var IAMServiceException = class _IAMServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _IAMServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/models/errors.js
var ConcurrentModificationException2 = class _ConcurrentModificationException extends IAMServiceException {
  name = "ConcurrentModificationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
  }
};
var NoSuchEntityException = class _NoSuchEntityException extends IAMServiceException {
  name = "NoSuchEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchEntityException.prototype);
  }
};
var ServiceFailureException = class _ServiceFailureException extends IAMServiceException {
  name = "ServiceFailureException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceFailureException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceFailureException.prototype);
  }
};
var AccountNotManagementOrDelegatedAdministratorException = class _AccountNotManagementOrDelegatedAdministratorException extends IAMServiceException {
  name = "AccountNotManagementOrDelegatedAdministratorException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotManagementOrDelegatedAdministratorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotManagementOrDelegatedAdministratorException.prototype);
    this.Message = opts.Message;
  }
};
var EntityAlreadyExistsException = class _EntityAlreadyExistsException extends IAMServiceException {
  name = "EntityAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EntityAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityAlreadyExistsException.prototype);
  }
};
var InvalidInputException = class _InvalidInputException extends IAMServiceException {
  name = "InvalidInputException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidInputException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidInputException.prototype);
  }
};
var LimitExceededException3 = class _LimitExceededException extends IAMServiceException {
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends IAMServiceException {
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
  }
};
var NameConflictException = class _NameConflictException extends IAMServiceException {
  name = "NameConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NameConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NameConflictException.prototype);
  }
};
var RoleModifiedException = class _RoleModifiedException extends IAMServiceException {
  name = "RoleModifiedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleModifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleModifiedException.prototype);
  }
};
var RoleTemplateDisabledException = class _RoleTemplateDisabledException extends IAMServiceException {
  name = "RoleTemplateDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleTemplateDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleTemplateDisabledException.prototype);
  }
};
var UnmodifiableEntityException2 = class _UnmodifiableEntityException extends IAMServiceException {
  name = "UnmodifiableEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnmodifiableEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnmodifiableEntityException.prototype);
  }
};
var PolicyNotAttachableException = class _PolicyNotAttachableException extends IAMServiceException {
  name = "PolicyNotAttachableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PolicyNotAttachableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyNotAttachableException.prototype);
  }
};
var EntityTemporarilyUnmodifiableException = class _EntityTemporarilyUnmodifiableException extends IAMServiceException {
  name = "EntityTemporarilyUnmodifiableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EntityTemporarilyUnmodifiableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityTemporarilyUnmodifiableException.prototype);
  }
};
var InvalidUserTypeException = class _InvalidUserTypeException extends IAMServiceException {
  name = "InvalidUserTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidUserTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUserTypeException.prototype);
  }
};
var PasswordPolicyViolationException = class _PasswordPolicyViolationException extends IAMServiceException {
  name = "PasswordPolicyViolationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PasswordPolicyViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PasswordPolicyViolationException.prototype);
  }
};
var OpenIdIdpCommunicationErrorException = class _OpenIdIdpCommunicationErrorException extends IAMServiceException {
  name = "OpenIdIdpCommunicationErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpenIdIdpCommunicationErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpenIdIdpCommunicationErrorException.prototype);
  }
};
var ServiceNotSupportedException = class _ServiceNotSupportedException extends IAMServiceException {
  name = "ServiceNotSupportedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceNotSupportedException.prototype);
  }
};
var DeleteConflictException = class _DeleteConflictException extends IAMServiceException {
  name = "DeleteConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeleteConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeleteConflictException.prototype);
  }
};
var OrganizationNotFoundException = class _OrganizationNotFoundException extends IAMServiceException {
  name = "OrganizationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationNotInAllFeaturesModeException2 = class _OrganizationNotInAllFeaturesModeException extends IAMServiceException {
  name = "OrganizationNotInAllFeaturesModeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotInAllFeaturesModeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotInAllFeaturesModeException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceAccessNotEnabledException = class _ServiceAccessNotEnabledException extends IAMServiceException {
  name = "ServiceAccessNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceAccessNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceAccessNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var FeatureDisabledException = class _FeatureDisabledException extends IAMServiceException {
  name = "FeatureDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureDisabledException.prototype);
  }
};
var InvalidAuthenticationCodeException = class _InvalidAuthenticationCodeException extends IAMServiceException {
  name = "InvalidAuthenticationCodeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAuthenticationCodeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAuthenticationCodeException.prototype);
  }
};
var CallerIsNotManagementAccountException = class _CallerIsNotManagementAccountException extends IAMServiceException {
  name = "CallerIsNotManagementAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CallerIsNotManagementAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CallerIsNotManagementAccountException.prototype);
    this.Message = opts.Message;
  }
};
var FeatureEnabledException = class _FeatureEnabledException extends IAMServiceException {
  name = "FeatureEnabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureEnabledException.prototype);
  }
};
var ReportGenerationLimitExceededException = class _ReportGenerationLimitExceededException extends IAMServiceException {
  name = "ReportGenerationLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReportGenerationLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReportGenerationLimitExceededException.prototype);
  }
};
var CredentialReportExpiredException = class _CredentialReportExpiredException extends IAMServiceException {
  name = "CredentialReportExpiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportExpiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportExpiredException.prototype);
  }
};
var CredentialReportNotPresentException = class _CredentialReportNotPresentException extends IAMServiceException {
  name = "CredentialReportNotPresentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportNotPresentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportNotPresentException.prototype);
  }
};
var CredentialReportNotReadyException = class _CredentialReportNotReadyException extends IAMServiceException {
  name = "CredentialReportNotReadyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportNotReadyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportNotReadyException.prototype);
  }
};
var UnrecognizedPublicKeyEncodingException = class _UnrecognizedPublicKeyEncodingException extends IAMServiceException {
  name = "UnrecognizedPublicKeyEncodingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnrecognizedPublicKeyEncodingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnrecognizedPublicKeyEncodingException.prototype);
  }
};
var PolicyEvaluationException = class _PolicyEvaluationException extends IAMServiceException {
  name = "PolicyEvaluationException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "PolicyEvaluationException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyEvaluationException.prototype);
  }
};
var KeyPairMismatchException = class _KeyPairMismatchException extends IAMServiceException {
  name = "KeyPairMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeyPairMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeyPairMismatchException.prototype);
  }
};
var MalformedCertificateException = class _MalformedCertificateException extends IAMServiceException {
  name = "MalformedCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedCertificateException.prototype);
  }
};
var DuplicateCertificateException = class _DuplicateCertificateException extends IAMServiceException {
  name = "DuplicateCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateCertificateException.prototype);
  }
};
var InvalidCertificateException = class _InvalidCertificateException extends IAMServiceException {
  name = "InvalidCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCertificateException.prototype);
  }
};
var DuplicateSSHPublicKeyException = class _DuplicateSSHPublicKeyException extends IAMServiceException {
  name = "DuplicateSSHPublicKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateSSHPublicKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateSSHPublicKeyException.prototype);
  }
};
var InvalidPublicKeyException = class _InvalidPublicKeyException extends IAMServiceException {
  name = "InvalidPublicKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPublicKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPublicKeyException.prototype);
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/schemas/schemas_0.js
var _A3 = "Arn";
var _AAc = "AccountAliases";
var _ABO = "AllowedByOrganizations";
var _ABPB = "AllowedByPermissionsBoundary";
var _AI2 = "ApproverId";
var _AMP = "AttachedManagedPolicies";
var _AN = "AttachmentName";
var _ANMODAE = "AccountNotManagementOrDelegatedAdministratorException";
var _ANc = "ActionNames";
var _AP = "AttachedPolicy";
var _APB = "AttachedPermissionsBoundary";
var _ARPDT = "AssumeRolePolicyDocumentTemplate";
var _AT = "AttachmentType";
var _AUTCP = "AllowUsersToChangePassword";
var _CA = "CallerArn";
var _CD = "CreateDate";
var _CE4 = "ContextEntry";
var _CELT = "ContextEntryListType";
var _CEo = "ContextEntries";
var _CIDL = "ClientIDList";
var _CINMAE = "CallerIsNotManagementAccountException";
var _CKN = "ContextKeyName";
var _CKNo = "ContextKeyNames";
var _CKT = "ContextKeyType";
var _CKV = "ContextKeyValues";
var _CME2 = "ConcurrentModificationException";
var _COIDCPR = "CreateOpenIDConnectProviderRequest";
var _CREE = "CredentialReportExpiredException";
var _CRNPE = "CredentialReportNotPresentException";
var _CRNRE = "CredentialReportNotReadyException";
var _CT4 = "CreateTimestamp";
var _Ce = "Certifications";
var _Co2 = "Content";
var _Col = "Column";
var _D4 = "Description";
var _DCE = "DeleteConflictException";
var _DCEu = "DuplicateCertificateException";
var _DMV = "DefaultMinorVersion";
var _DORCMRi = "DisableOrganizationsRootCredentialsManagementResponse";
var _DORSRi = "DisableOrganizationsRootSessionsResponse";
var _DP = "DelegationPermission";
var _DR2 = "DelegationRequest";
var _DRI = "DelegationRequestId";
var _DSSHPKE = "DuplicateSSHPublicKeyException";
var _DV = "DefaultValue";
var _EAEE = "EntityAlreadyExistsException";
var _EAN = "EvalActionName";
var _EDD = "EvalDecisionDetails";
var _EDn = "EnableDate";
var _EDv = "EvalDecision";
var _EF = "EnabledFeatures";
var _EORCMRn = "EnableOrganizationsRootCredentialsManagementResponse";
var _EORSRn = "EnableOrganizationsRootSessionsResponse";
var _EPn = "EndPosition";
var _EPx = "ExpirePasswords";
var _ER2 = "EvaluationResult";
var _ERD = "EvalResourceDecision";
var _ERN = "EvalResourceName";
var _ET = "ExpirationTime";
var _ETUE = "EntityTemporarilyUnmodifiableException";
var _Ena = "Enabled";
var _F3 = "Filter";
var _FDE = "FeatureDisabledException";
var _FEE = "FeatureEnabledException";
var _GAADR = "GetAccountAuthorizationDetailsRequest";
var _GAPP = "GetAccountPasswordPolicy";
var _GAPPR = "GetAccountPasswordPolicyResponse";
var _GAPRe = "GetAccountPropertiesResponse";
var _GASR = "GetAccountSummaryResponse";
var _GCKFCPR = "GetContextKeysForCustomPolicyRequest";
var _GCKFPPR = "GetContextKeysForPrincipalPolicyRequest";
var _GCKFPR = "GetContextKeysForPolicyResponse";
var _GCR = "GenerateCredentialReport";
var _GCRR = "GenerateCredentialReportResponse";
var _GCRRe = "GetCredentialReportResponse";
var _GCRe = "GetCredentialReport";
var _GL = "GroupList";
var _GMFADRe = "GetMFADeviceResponse";
var _GOIDCPRe = "GetOpenIDConnectProviderResponse";
var _GT = "GeneratedTime";
var _HE = "HardExpiry";
var _IACE = "InvalidAuthenticationCodeException";
var _ICE = "InvalidCertificateException";
var _IIE = "InvalidInputException";
var _IPIT = "InlinePolicyIdentifierType";
var _IPIn = "InlinePolicyIdentifier";
var _IPKE = "InvalidPublicKeyException";
var _IPN = "InstanceProfileName";
var _IPT = "InlinePolicyTemplates";
var _IPn = "InlinePolicy";
var _IR = "IsRequired";
var _IT2 = "IsTruncated";
var _IUTE = "InvalidUserTypeException";
var _Im = "Immutable";
var _K2 = "Key";
var _KPME = "KeyPairMismatchException";
var _LAARi = "ListAccountAliasesResponse";
var _LEE3 = "LimitExceededException";
var _LGPRi = "ListGroupPoliciesResponse";
var _LOFRi = "ListOrganizationsFeaturesResponse";
var _LPGSAR = "ListPoliciesGrantingServiceAccessRequest";
var _LRPRi = "ListRolePoliciesResponse";
var _LUPRi = "ListUserPoliciesResponse";
var _Li = "Line";
var _M3 = "Message";
var _MBT = "ManagedByType";
var _MBV = "ManagedByValue";
var _MCE = "MalformedCertificateException";
var _MCV = "MissingContextValues";
var _MI = "MaxItems";
var _MPA = "MaxPasswordAge";
var _MPAa = "ManagedPolicyArns";
var _MPDE = "MalformedPolicyDocumentException";
var _MPL = "MinimumPasswordLength";
var _MS = "MatchedStatements";
var _MSD = "MaxSessionDuration";
var _MV = "MinorVersion";
var _MVa = "MajorVersion";
var _Ma = "Marker";
var _N3 = "Name";
var _NCE = "NameConflictException";
var _NSEE = "NoSuchEntityException";
var _No = "Notes";
var _OAI = "OwnerAccountId";
var _ODD = "OrganizationsDecisionDetail";
var _OI = "OwnerId";
var _OIDCPA = "OpenIDConnectProviderArn";
var _OIICEE = "OpenIdIdpCommunicationErrorException";
var _OIr = "OrganizationId";
var _ONFE = "OrganizationNotFoundException";
var _ONIAFME2 = "OrganizationNotInAllFeaturesModeException";
var _OOPIL = "OrderedOrganizationPolicyInputList";
var _OOPT = "OrderedOrganizationPolicyType";
var _OPLT = "OrganizationPolicyListType";
var _OSBO = "OnlySendByOwner";
var _P2 = "Permissions";
var _PA = "PolicyArn";
var _PAPR = "PutAccountPropertiesRequest";
var _PB = "PermissionsBoundary";
var _PBA = "PermissionsBoundaryArn";
var _PBAe = "PermissionBoundaryArn";
var _PBDD = "PermissionsBoundaryDecisionDetail";
var _PBPIL = "PermissionsBoundaryPolicyInputList";
var _PBT = "PermissionsBoundaryType";
var _PD = "PolicyDocument";
var _PDa = "ParameterDefinition";
var _PDar = "ParametersDefinition";
var _PDo = "PolicyDetail";
var _PEE = "PolicyEvaluationException";
var _PEL = "PolicyExclusionList";
var _PELT = "PolicyExclusionsListType";
var _PIL = "PolicyInputList";
var _PIo = "PolicyIdentifier";
var _PN2 = "PolicyName";
var _PNAE = "PolicyNotAttachableException";
var _PNo = "PolicyNames";
var _PP2 = "PermissionPolicy";
var _PPVE = "PasswordPolicyViolationException";
var _PPa = "PasswordPolicy";
var _PPo = "PolicyParameter";
var _PRP = "PasswordReusePrevention";
var _PSA = "PolicySourceArn";
var _PT3 = "PolicyType";
var _PTA = "PolicyTemplateArn";
var _Pa = "Path";
var _Par = "Parameters";
var _Pos = "Position";
var _Pr2 = "Properties";
var _R2 = "Region";
var _RA2 = "ResourceArns";
var _RDP = "RoleDescriptionPattern";
var _RF2 = "ReportFormat";
var _RGLEE = "ReportGenerationLimitExceededException";
var _RHO = "ResourceHandlingOption";
var _RI2 = "RequestorId";
var _RLC = "RequireLowercaseCharacters";
var _RM2 = "RequestMessage";
var _RME = "RoleModifiedException";
var _RN2 = "RoleName";
var _RNP = "RoleNamePattern";
var _RNe = "RequestorName";
var _RNeq = "RequireNumbers";
var _RO = "ResourceOwner";
var _RP = "ResourcePolicy";
var _RPP = "RolePathPattern";
var _RPRA = "RolePermissionRestrictionArns";
var _RR = "RejectionReason";
var _RS2 = "RequireSymbols";
var _RSR = "ResourceSpecificResults";
var _RSRLT = "ResourceSpecificResultListType";
var _RSRe = "ResourceSpecificResult";
var _RTDE = "RoleTemplateDisabledException";
var _RTT = "RoleTagsTemplate";
var _RTV = "RoleTemplateVersion";
var _RU = "RedirectUrl";
var _RUC = "RequireUppercaseCharacters";
var _RUT = "RoleUsageType";
var _RVE = "ReplacementValueEntry";
var _Res2 = "Resources";
var _SAMLPA = "SAMLProviderArn";
var _SANEE = "ServiceAccessNotEnabledException";
var _SCN = "ServerCertificateName";
var _SCPIL = "ServiceControlPolicyInputList";
var _SCPR = "SimulateCustomPolicyRequest";
var _SD = "SessionDuration";
var _SFE = "ServiceFailureException";
var _SLT3 = "StatementListType";
var _SM = "SummaryMap";
var _SNSE = "ServiceNotSupportedException";
var _SNer = "SerialNumber";
var _SNerv = "ServiceNamespaces";
var _SPI = "SourcePolicyId";
var _SPPR = "SimulatePrincipalPolicyRequest";
var _SPT = "SourcePolicyType";
var _SPt = "StartPosition";
var _ST3 = "SubType";
var _St = "State";
var _Sta = "Statement";
var _T3 = "Tags";
var _TA = "TemplateArn";
var _TK2 = "TagKeys";
var _TL = "ThumbprintList";
var _TN2 = "TemplateName";
var _TT = "TagTemplate";
var _TVI = "TemplateVersionId";
var _Ta2 = "Tag";
var _Ty2 = "Type";
var _U = "Url";
var _UDs = "UserDetail";
var _UEE2 = "UnmodifiableEntityException";
var _UI = "UserId";
var _UIPR = "UntagInstanceProfileRequest";
var _UMFADR = "UntagMFADeviceRequest";
var _UN = "UserName";
var _UOIDCPR = "UntagOpenIDConnectProviderRequest";
var _UOIDCPTR = "UpdateOpenIDConnectProviderThumbprintRequest";
var _UPKEE = "UnrecognizedPublicKeyEncodingException";
var _UPL = "UserPolicyList";
var _UPR = "UntagPolicyRequest";
var _URR3 = "UntagRoleRequest";
var _USAMLPR = "UntagSAMLProviderRequest";
var _USCR = "UntagServerCertificateRequest";
var _UT2 = "UpdatedTime";
var _UTp = "UpdateTimestamp";
var _UUR = "UntagUserRequest";
var _VE3 = "VersionEnabled";
var _Va2 = "Values";
var _Val = "Value";
var _aPLT = "attachedPoliciesListType";
var _aQE2 = "awsQueryError";
var _c4 = "client";
var _e4 = "error";
var _hE4 = "httpError";
var _iPTLT = "inlinePolicyTemplateListType";
var _m3 = "message";
var _pDLT = "parametersDefinitionListType";
var _pDLTo = "policyDetailListType";
var _pPLT = "policyParameterListType";
var _s4 = "smithy.ts.sdk.synthetic.com.amazonaws.iam";
var _se2 = "server";
var _tLT = "tagListType";
var _tTLT = "tagTemplateListType";
var n04 = "com.amazonaws.iam";
var _s_registry4 = TypeRegistry.for(_s4);
var IAMServiceException$ = [-3, _s4, "IAMServiceException", 0, [], []];
_s_registry4.registerError(IAMServiceException$, IAMServiceException);
var n0_registry4 = TypeRegistry.for(n04);
var AccountNotManagementOrDelegatedAdministratorException$ = [
  -3,
  n04,
  _ANMODAE,
  { [_e4]: _c4, [_hE4]: 400 },
  [_M3],
  [0]
];
n0_registry4.registerError(AccountNotManagementOrDelegatedAdministratorException$, AccountNotManagementOrDelegatedAdministratorException);
var CallerIsNotManagementAccountException$ = [
  -3,
  n04,
  _CINMAE,
  { [_e4]: _c4, [_hE4]: 400 },
  [_M3],
  [0]
];
n0_registry4.registerError(CallerIsNotManagementAccountException$, CallerIsNotManagementAccountException);
var ConcurrentModificationException$2 = [
  -3,
  n04,
  _CME2,
  { [_aQE2]: [`ConcurrentModification`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(ConcurrentModificationException$2, ConcurrentModificationException2);
var CredentialReportExpiredException$ = [
  -3,
  n04,
  _CREE,
  { [_aQE2]: [`ReportExpired`, 410], [_e4]: _c4, [_hE4]: 410 },
  [_m3],
  [0]
];
n0_registry4.registerError(CredentialReportExpiredException$, CredentialReportExpiredException);
var CredentialReportNotPresentException$ = [
  -3,
  n04,
  _CRNPE,
  { [_aQE2]: [`ReportNotPresent`, 410], [_e4]: _c4, [_hE4]: 410 },
  [_m3],
  [0]
];
n0_registry4.registerError(CredentialReportNotPresentException$, CredentialReportNotPresentException);
var CredentialReportNotReadyException$ = [
  -3,
  n04,
  _CRNRE,
  { [_aQE2]: [`ReportInProgress`, 404], [_e4]: _c4, [_hE4]: 404 },
  [_m3],
  [0]
];
n0_registry4.registerError(CredentialReportNotReadyException$, CredentialReportNotReadyException);
var DeleteConflictException$ = [
  -3,
  n04,
  _DCE,
  { [_aQE2]: [`DeleteConflict`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(DeleteConflictException$, DeleteConflictException);
var DuplicateCertificateException$ = [
  -3,
  n04,
  _DCEu,
  { [_aQE2]: [`DuplicateCertificate`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(DuplicateCertificateException$, DuplicateCertificateException);
var DuplicateSSHPublicKeyException$ = [
  -3,
  n04,
  _DSSHPKE,
  { [_aQE2]: [`DuplicateSSHPublicKey`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(DuplicateSSHPublicKeyException$, DuplicateSSHPublicKeyException);
var EntityAlreadyExistsException$ = [
  -3,
  n04,
  _EAEE,
  { [_aQE2]: [`EntityAlreadyExists`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(EntityAlreadyExistsException$, EntityAlreadyExistsException);
var EntityTemporarilyUnmodifiableException$ = [
  -3,
  n04,
  _ETUE,
  { [_aQE2]: [`EntityTemporarilyUnmodifiable`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(EntityTemporarilyUnmodifiableException$, EntityTemporarilyUnmodifiableException);
var FeatureDisabledException$ = [
  -3,
  n04,
  _FDE,
  { [_aQE2]: [`FeatureDisabled`, 404], [_e4]: _c4, [_hE4]: 404 },
  [_m3],
  [0]
];
n0_registry4.registerError(FeatureDisabledException$, FeatureDisabledException);
var FeatureEnabledException$ = [
  -3,
  n04,
  _FEE,
  { [_aQE2]: [`FeatureEnabled`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(FeatureEnabledException$, FeatureEnabledException);
var InvalidAuthenticationCodeException$ = [
  -3,
  n04,
  _IACE,
  { [_aQE2]: [`InvalidAuthenticationCode`, 403], [_e4]: _c4, [_hE4]: 403 },
  [_m3],
  [0]
];
n0_registry4.registerError(InvalidAuthenticationCodeException$, InvalidAuthenticationCodeException);
var InvalidCertificateException$ = [
  -3,
  n04,
  _ICE,
  { [_aQE2]: [`InvalidCertificate`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(InvalidCertificateException$, InvalidCertificateException);
var InvalidInputException$ = [
  -3,
  n04,
  _IIE,
  { [_aQE2]: [`InvalidInput`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(InvalidInputException$, InvalidInputException);
var InvalidPublicKeyException$ = [
  -3,
  n04,
  _IPKE,
  { [_aQE2]: [`InvalidPublicKey`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(InvalidPublicKeyException$, InvalidPublicKeyException);
var InvalidUserTypeException$ = [
  -3,
  n04,
  _IUTE,
  { [_aQE2]: [`InvalidUserType`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(InvalidUserTypeException$, InvalidUserTypeException);
var KeyPairMismatchException$ = [
  -3,
  n04,
  _KPME,
  { [_aQE2]: [`KeyPairMismatch`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(KeyPairMismatchException$, KeyPairMismatchException);
var LimitExceededException$3 = [
  -3,
  n04,
  _LEE3,
  { [_aQE2]: [`LimitExceeded`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(LimitExceededException$3, LimitExceededException3);
var MalformedCertificateException$ = [
  -3,
  n04,
  _MCE,
  { [_aQE2]: [`MalformedCertificate`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(MalformedCertificateException$, MalformedCertificateException);
var MalformedPolicyDocumentException$ = [
  -3,
  n04,
  _MPDE,
  { [_aQE2]: [`MalformedPolicyDocument`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var NameConflictException$ = [
  -3,
  n04,
  _NCE,
  { [_aQE2]: [`NameConflict`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(NameConflictException$, NameConflictException);
var NoSuchEntityException$ = [
  -3,
  n04,
  _NSEE,
  { [_aQE2]: [`NoSuchEntity`, 404], [_e4]: _c4, [_hE4]: 404 },
  [_m3],
  [0]
];
n0_registry4.registerError(NoSuchEntityException$, NoSuchEntityException);
var OpenIdIdpCommunicationErrorException$ = [
  -3,
  n04,
  _OIICEE,
  { [_aQE2]: [`OpenIdIdpCommunicationError`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(OpenIdIdpCommunicationErrorException$, OpenIdIdpCommunicationErrorException);
var OrganizationNotFoundException$ = [
  -3,
  n04,
  _ONFE,
  { [_e4]: _c4, [_hE4]: 400 },
  [_M3],
  [0]
];
n0_registry4.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
var OrganizationNotInAllFeaturesModeException$2 = [
  -3,
  n04,
  _ONIAFME2,
  { [_e4]: _c4, [_hE4]: 400 },
  [_M3],
  [0]
];
n0_registry4.registerError(OrganizationNotInAllFeaturesModeException$2, OrganizationNotInAllFeaturesModeException2);
var PasswordPolicyViolationException$ = [
  -3,
  n04,
  _PPVE,
  { [_aQE2]: [`PasswordPolicyViolation`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(PasswordPolicyViolationException$, PasswordPolicyViolationException);
var PolicyEvaluationException$ = [
  -3,
  n04,
  _PEE,
  { [_aQE2]: [`PolicyEvaluation`, 500], [_e4]: _se2, [_hE4]: 500 },
  [_m3],
  [0]
];
n0_registry4.registerError(PolicyEvaluationException$, PolicyEvaluationException);
var PolicyNotAttachableException$ = [
  -3,
  n04,
  _PNAE,
  { [_aQE2]: [`PolicyNotAttachable`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(PolicyNotAttachableException$, PolicyNotAttachableException);
var ReportGenerationLimitExceededException$ = [
  -3,
  n04,
  _RGLEE,
  { [_aQE2]: [`ReportGenerationLimitExceeded`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(ReportGenerationLimitExceededException$, ReportGenerationLimitExceededException);
var RoleModifiedException$ = [
  -3,
  n04,
  _RME,
  { [_aQE2]: [`RoleModified`, 409], [_e4]: _c4, [_hE4]: 409 },
  [_m3],
  [0]
];
n0_registry4.registerError(RoleModifiedException$, RoleModifiedException);
var RoleTemplateDisabledException$ = [
  -3,
  n04,
  _RTDE,
  { [_aQE2]: [`RoleTemplateDisabled`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(RoleTemplateDisabledException$, RoleTemplateDisabledException);
var ServiceAccessNotEnabledException$ = [
  -3,
  n04,
  _SANEE,
  { [_e4]: _c4, [_hE4]: 400 },
  [_M3],
  [0]
];
n0_registry4.registerError(ServiceAccessNotEnabledException$, ServiceAccessNotEnabledException);
var ServiceFailureException$ = [
  -3,
  n04,
  _SFE,
  { [_aQE2]: [`ServiceFailure`, 500], [_e4]: _se2, [_hE4]: 500 },
  [_m3],
  [0]
];
n0_registry4.registerError(ServiceFailureException$, ServiceFailureException);
var ServiceNotSupportedException$ = [
  -3,
  n04,
  _SNSE,
  { [_aQE2]: [`NotSupportedService`, 404], [_e4]: _c4, [_hE4]: 404 },
  [_m3],
  [0]
];
n0_registry4.registerError(ServiceNotSupportedException$, ServiceNotSupportedException);
var UnmodifiableEntityException$2 = [
  -3,
  n04,
  _UEE2,
  { [_aQE2]: [`UnmodifiableEntity`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(UnmodifiableEntityException$2, UnmodifiableEntityException2);
var UnrecognizedPublicKeyEncodingException$ = [
  -3,
  n04,
  _UPKEE,
  { [_aQE2]: [`UnrecognizedPublicKeyEncoding`, 400], [_e4]: _c4, [_hE4]: 400 },
  [_m3],
  [0]
];
n0_registry4.registerError(UnrecognizedPublicKeyEncodingException$, UnrecognizedPublicKeyEncodingException);
var errorTypeRegistries4 = [
  _s_registry4,
  n0_registry4
];
var AttachedPermissionsBoundary$ = [
  3,
  n04,
  _APB,
  0,
  [_PBT, _PBA],
  [0, 0]
];
var AttachedPolicy$ = [
  3,
  n04,
  _AP,
  0,
  [_PN2, _PA],
  [0, 0]
];
var ContextEntry$ = [
  3,
  n04,
  _CE4,
  0,
  [_CKN, _CKV, _CKT],
  [0, 64 | 0, 0]
];
var CreateOpenIDConnectProviderRequest$ = [
  3,
  n04,
  _COIDCPR,
  0,
  [_U, _CIDL, _TL, _T3],
  [0, 64 | 0, 64 | 0, () => tagListType],
  1
];
var DelegationPermission$ = [
  3,
  n04,
  _DP,
  0,
  [_PTA, _Par],
  [0, () => policyParameterListType]
];
var DelegationRequest$ = [
  3,
  n04,
  _DR2,
  0,
  [_DRI, _OAI, _D4, _RM2, _P2, _PP2, _RPRA, _OI, _AI2, _St, _ET, _RI2, _RNe, _CD, _SD, _RU, _No, _RR, _OSBO, _UT2],
  [0, 0, 0, 0, () => DelegationPermission$, 0, 64 | 0, 0, 0, 0, 4, 0, 0, 4, 1, 0, 0, 0, 2, 4]
];
var DisableOrganizationsRootCredentialsManagementResponse$ = [
  3,
  n04,
  _DORCMRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var DisableOrganizationsRootSessionsResponse$ = [
  3,
  n04,
  _DORSRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EnableOrganizationsRootCredentialsManagementResponse$ = [
  3,
  n04,
  _EORCMRn,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EnableOrganizationsRootSessionsResponse$ = [
  3,
  n04,
  _EORSRn,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EvaluationResult$2 = [
  3,
  n04,
  _ER2,
  0,
  [_EAN, _EDv, _ERN, _MS, _MCV, _ODD, _PBDD, _EDD, _RSR],
  [0, 0, 0, () => StatementListType, 64 | 0, () => OrganizationsDecisionDetail$, () => PermissionsBoundaryDecisionDetail$, 128 | 0, () => ResourceSpecificResultListType],
  2
];
var GenerateCredentialReportResponse$ = [
  3,
  n04,
  _GCRR,
  0,
  [_St, _D4],
  [0, 0]
];
var GetAccountAuthorizationDetailsRequest$ = [
  3,
  n04,
  _GAADR,
  0,
  [_F3, _MI, _Ma],
  [64 | 0, 1, 0]
];
var GetAccountPasswordPolicyResponse$ = [
  3,
  n04,
  _GAPPR,
  0,
  [_PPa],
  [() => PasswordPolicy$],
  1
];
var GetAccountPropertiesResponse$ = [
  3,
  n04,
  _GAPRe,
  0,
  [_Pr2],
  [128 | 0]
];
var GetAccountSummaryResponse$ = [
  3,
  n04,
  _GASR,
  0,
  [_SM],
  [128 | 1]
];
var GetContextKeysForCustomPolicyRequest$ = [
  3,
  n04,
  _GCKFCPR,
  0,
  [_PIL],
  [64 | 0],
  1
];
var GetContextKeysForPolicyResponse$ = [
  3,
  n04,
  _GCKFPR,
  0,
  [_CKNo],
  [64 | 0]
];
var GetContextKeysForPrincipalPolicyRequest$ = [
  3,
  n04,
  _GCKFPPR,
  0,
  [_PSA, _PIL],
  [0, 64 | 0],
  1
];
var GetCredentialReportResponse$ = [
  3,
  n04,
  _GCRRe,
  0,
  [_Co2, _RF2, _GT],
  [21, 0, 4]
];
var GetMFADeviceResponse$ = [
  3,
  n04,
  _GMFADRe,
  0,
  [_SNer, _UN, _EDn, _Ce],
  [0, 0, 4, 128 | 0],
  1
];
var GetOpenIDConnectProviderResponse$ = [
  3,
  n04,
  _GOIDCPRe,
  0,
  [_U, _CIDL, _TL, _CD, _T3],
  [0, 64 | 0, 64 | 0, 4, () => tagListType]
];
var InlinePolicy$ = [
  3,
  n04,
  _IPn,
  0,
  [_PN2, _PD],
  [0, 0],
  2
];
var InlinePolicyIdentifierType$ = [
  3,
  n04,
  _IPIT,
  0,
  [_PN2, _AT, _AN],
  [0, 0, 0],
  3
];
var ListAccountAliasesResponse$ = [
  3,
  n04,
  _LAARi,
  0,
  [_AAc, _IT2, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListGroupPoliciesResponse$ = [
  3,
  n04,
  _LGPRi,
  0,
  [_PNo, _IT2, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListOrganizationsFeaturesResponse$ = [
  3,
  n04,
  _LOFRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var ListPoliciesGrantingServiceAccessRequest$ = [
  3,
  n04,
  _LPGSAR,
  0,
  [_A3, _SNerv, _Ma],
  [0, 64 | 0, 0],
  2
];
var ListRolePoliciesResponse$ = [
  3,
  n04,
  _LRPRi,
  0,
  [_PNo, _IT2, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListUserPoliciesResponse$ = [
  3,
  n04,
  _LUPRi,
  0,
  [_PNo, _IT2, _Ma],
  [64 | 0, 2, 0],
  1
];
var OrderedOrganizationPolicyType$ = [
  3,
  n04,
  _OOPT,
  0,
  [_SCPIL],
  [64 | 0]
];
var OrganizationsDecisionDetail$ = [
  3,
  n04,
  _ODD,
  0,
  [_ABO],
  [2]
];
var ParameterDefinition$ = [
  3,
  n04,
  _PDa,
  0,
  [_N3, _Ty2, _ST3, _D4, _IR, _DV, _Im],
  [0, 0, 0, 0, 2, 0, 2],
  2
];
var PasswordPolicy$ = [
  3,
  n04,
  _PPa,
  0,
  [_MPL, _RS2, _RNeq, _RUC, _RLC, _AUTCP, _EPx, _MPA, _PRP, _HE],
  [1, 2, 2, 2, 2, 2, 2, 1, 1, 2]
];
var PermissionsBoundaryDecisionDetail$ = [
  3,
  n04,
  _PBDD,
  0,
  [_ABPB],
  [2]
];
var PolicyDetail$ = [
  3,
  n04,
  _PDo,
  0,
  [_PN2, _PD],
  [0, 0]
];
var PolicyParameter$ = [
  3,
  n04,
  _PPo,
  0,
  [_N3, _Va2, _Ty2],
  [0, 64 | 0, 0]
];
var Position$ = [
  3,
  n04,
  _Pos,
  0,
  [_Li, _Col],
  [1, 1]
];
var PutAccountPropertiesRequest$ = [
  3,
  n04,
  _PAPR,
  0,
  [_Pr2],
  [128 | 0],
  1
];
var ReplacementValueEntry$ = [
  3,
  n04,
  _RVE,
  0,
  [_Va2],
  [64 | 0],
  1
];
var ResourceSpecificResult$ = [
  3,
  n04,
  _RSRe,
  0,
  [_ERN, _ERD, _MS, _MCV, _EDD, _PBDD],
  [0, 0, () => StatementListType, 64 | 0, 128 | 0, () => PermissionsBoundaryDecisionDetail$],
  2
];
var RoleTemplateVersion$ = [
  3,
  n04,
  _RTV,
  0,
  [_TA, _TN2, _TVI, _D4, _MVa, _DMV, _MBT, _MBV, _Ena, _MV, _RNP, _RPP, _RDP, _ARPDT, _IPT, _MPAa, _PBAe, _PDar, _RTT, _MSD, _VE3, _CT4, _UTp],
  [0, 0, 0, 0, 1, 1, 0, 0, 2, 1, 0, 0, 0, 0, () => inlinePolicyTemplateListType, 64 | 0, 0, () => parametersDefinitionListType, () => tagTemplateListType, 1, 2, 4, 4]
];
var RoleUsageType$ = [
  3,
  n04,
  _RUT,
  0,
  [_R2, _Res2],
  [0, 64 | 0]
];
var SimulateCustomPolicyRequest$ = [
  3,
  n04,
  _SCPR,
  0,
  [_PIL, _ANc, _PBPIL, _OOPIL, _RA2, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
  [64 | 0, 64 | 0, 64 | 0, () => OrganizationPolicyListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0],
  2
];
var SimulatePrincipalPolicyRequest$ = [
  3,
  n04,
  _SPPR,
  0,
  [_PSA, _ANc, _PIL, _PBPIL, _PEL, _RA2, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
  [0, 64 | 0, 64 | 0, 64 | 0, () => PolicyExclusionsListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0],
  2
];
var Statement$ = [
  3,
  n04,
  _Sta,
  0,
  [_SPI, _SPT, _SPt, _EPn],
  [0, 0, () => Position$, () => Position$]
];
var Tag$2 = [
  3,
  n04,
  _Ta2,
  0,
  [_K2, _Val],
  [0, 0],
  2
];
var TagTemplate$ = [
  3,
  n04,
  _TT,
  0,
  [_K2, _Val],
  [0, 0],
  2
];
var UntagInstanceProfileRequest$ = [
  3,
  n04,
  _UIPR,
  0,
  [_IPN, _TK2],
  [0, 64 | 0],
  2
];
var UntagMFADeviceRequest$ = [
  3,
  n04,
  _UMFADR,
  0,
  [_SNer, _TK2],
  [0, 64 | 0],
  2
];
var UntagOpenIDConnectProviderRequest$ = [
  3,
  n04,
  _UOIDCPR,
  0,
  [_OIDCPA, _TK2],
  [0, 64 | 0],
  2
];
var UntagPolicyRequest$ = [
  3,
  n04,
  _UPR,
  0,
  [_PA, _TK2],
  [0, 64 | 0],
  2
];
var UntagRoleRequest$ = [
  3,
  n04,
  _URR3,
  0,
  [_RN2, _TK2],
  [0, 64 | 0],
  2
];
var UntagSAMLProviderRequest$ = [
  3,
  n04,
  _USAMLPR,
  0,
  [_SAMLPA, _TK2],
  [0, 64 | 0],
  2
];
var UntagServerCertificateRequest$ = [
  3,
  n04,
  _USCR,
  0,
  [_SCN, _TK2],
  [0, 64 | 0],
  2
];
var UntagUserRequest$ = [
  3,
  n04,
  _UUR,
  0,
  [_UN, _TK2],
  [0, 64 | 0],
  2
];
var UpdateOpenIDConnectProviderThumbprintRequest$ = [
  3,
  n04,
  _UOIDCPTR,
  0,
  [_OIDCPA, _TL],
  [0, 64 | 0],
  2
];
var UserDetail$ = [
  3,
  n04,
  _UDs,
  0,
  [_Pa, _UN, _UI, _A3, _CD, _UPL, _GL, _AMP, _PB, _T3],
  [0, 0, 0, 0, 4, () => policyDetailListType, 64 | 0, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType]
];
var __Unit = "unit";
var accountAliasListType = 64 | 0;
var ActionNameListType = 64 | 0;
var ArnListType = 64 | 0;
var attachedPoliciesListType = [
  1,
  n04,
  _aPLT,
  0,
  () => AttachedPolicy$
];
var clientIDListType = 64 | 0;
var ContextEntryListType = [
  1,
  n04,
  _CELT,
  0,
  () => ContextEntry$
];
var ContextKeyNamesResultListType = 64 | 0;
var ContextKeyValueListType = 64 | 0;
var entityListType = 64 | 0;
var FeaturesListType = 64 | 0;
var groupNameListType = 64 | 0;
var inlinePolicyTemplateListType = [
  1,
  n04,
  _iPTLT,
  0,
  () => InlinePolicy$
];
var managedPolicyArnListType = 64 | 0;
var OrganizationPolicyListType = [
  1,
  n04,
  _OPLT,
  0,
  () => OrderedOrganizationPolicyType$
];
var parametersDefinitionListType = [
  1,
  n04,
  _pDLT,
  0,
  () => ParameterDefinition$
];
var policyDetailListType = [
  1,
  n04,
  _pDLTo,
  0,
  () => PolicyDetail$
];
var PolicyExclusionsListType = [
  1,
  n04,
  _PELT,
  0,
  () => PolicyIdentifier$
];
var policyNameListType = 64 | 0;
var policyParameterListType = [
  1,
  n04,
  _pPLT,
  0,
  () => PolicyParameter$
];
var policyParameterValuesListType = 64 | 0;
var replacementValueListType = 64 | 0;
var ResourceNameListType = 64 | 0;
var ResourceSpecificResultListType = [
  1,
  n04,
  _RSRLT,
  0,
  () => ResourceSpecificResult$
];
var rolePermissionRestrictionArnListType = 64 | 0;
var serviceNamespaceListType = 64 | 0;
var SimulationPolicyListType = 64 | 0;
var StatementListType = [
  1,
  n04,
  _SLT3,
  0,
  () => Statement$
];
var tagKeyListType = 64 | 0;
var tagListType = [
  1,
  n04,
  _tLT,
  0,
  () => Tag$2
];
var tagTemplateListType = [
  1,
  n04,
  _tTLT,
  0,
  () => TagTemplate$
];
var thumbprintListType = 64 | 0;
var accountPropertiesMapType = 128 | 0;
var CertificationMapType = 128 | 0;
var EvalDecisionDetailsType = 128 | 0;
var summaryMapType = 128 | 1;
var PolicyIdentifier$ = [
  4,
  n04,
  _PIo,
  0,
  [_PT3, _PA, _IPIn],
  [0, 0, () => InlinePolicyIdentifierType$]
];
var GenerateCredentialReport$ = [
  9,
  n04,
  _GCR,
  0,
  () => __Unit,
  () => GenerateCredentialReportResponse$
];
var GetAccountPasswordPolicy$ = [
  9,
  n04,
  _GAPP,
  0,
  () => __Unit,
  () => GetAccountPasswordPolicyResponse$
];
var GetCredentialReport$ = [
  9,
  n04,
  _GCRe,
  0,
  () => __Unit,
  () => GetCredentialReportResponse$
];

// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.shared.js
var getRuntimeConfig7 = (config) => {
  return {
    apiVersion: "2010-05-08",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver4,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultIAMHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.iam",
      errorTypeRegistries: errorTypeRegistries4,
      xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
      version: "2010-05-08",
      serviceTarget: "AWSIdentityManagementV20100508"
    },
    serviceId: config?.serviceId ?? "IAM",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.js
var getRuntimeConfig8 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig7(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default4.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration4 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig4 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-iam/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions4 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration4(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig4(extensionConfiguration));
};

// node_modules/@aws-sdk/client-iam/dist-es/IAMClient.js
var IAMClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig8(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters4(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig4(_config_6);
    const _config_8 = resolveRuntimeExtensions4(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultIAMHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/commandBuilder.js
var command4 = makeBuilder(commonParams4, "AWSIdentityManagementV20100508", "IAMClient", getEndpointPlugin);
var _ep04 = {};
var _mw04 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-iam/dist-es/commands/GenerateCredentialReportCommand.js
var GenerateCredentialReportCommand = class extends command4(_ep04, _mw04, "GenerateCredentialReport", GenerateCredentialReport$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccountPasswordPolicyCommand.js
var GetAccountPasswordPolicyCommand = class extends command4(_ep04, _mw04, "GetAccountPasswordPolicy", GetAccountPasswordPolicy$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetCredentialReportCommand.js
var GetCredentialReportCommand = class extends command4(_ep04, _mw04, "GetCredentialReport", GetCredentialReport$) {
};

// node_modules/@aws-sdk/client-inspector2/dist-es/auth/httpAuthSchemeProvider.js
var defaultInspector2HttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption5(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "inspector2",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultInspector2HttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption5(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig5 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-inspector2/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters5 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "inspector2"
  });
};
var commonParams5 = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-inspector2/package.json
var package_default5 = {
  name: "@aws-sdk/client-inspector2",
  description: "AWS SDK for JavaScript Inspector2 Client for Node.js, Browser and React Native",
  version: "3.1085.0",
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:index": "tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"
  },
  main: "./dist-cjs/index.js",
  types: "./dist-types/index.d.ts",
  module: "./dist-es/index.js",
  sideEffects: false,
  dependencies: {
    "@aws-sdk/core": "^3.975.1",
    "@aws-sdk/credential-provider-node": "^3.972.66",
    "@aws-sdk/types": "^3.974.0",
    "@smithy/core": "^3.29.2",
    "@smithy/fetch-http-handler": "^5.6.4",
    "@smithy/node-http-handler": "^4.9.4",
    "@smithy/types": "^4.16.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~5.8.3"
  },
  engines: {
    node: ">=20.0.0"
  },
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  files: [
    "dist-*/**"
  ],
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  license: "Apache-2.0",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-inspector2",
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-inspector2"
  }
};

// node_modules/@aws-sdk/client-inspector2/dist-es/endpoint/bdd.js
var k5 = "ref";
var a5 = -1;
var b5 = true;
var c5 = "isSet";
var d5 = "PartitionResult";
var e5 = "booleanEquals";
var f5 = "getAttr";
var g5 = { [k5]: "Endpoint" };
var h5 = { [k5]: d5 };
var i5 = {};
var j5 = [{ [k5]: "Region" }];
var _data5 = {
  conditions: [
    [c5, [g5]],
    [c5, j5],
    ["aws.partition", j5, d5],
    [e5, [{ [k5]: "UseFIPS" }, b5]],
    [e5, [{ [k5]: "UseDualStack" }, b5]],
    [e5, [{ fn: f5, argv: [h5, "supportsDualStack"] }, b5]],
    [e5, [{ fn: f5, argv: [h5, "supportsFIPS"] }, b5]]
  ],
  results: [
    [a5],
    [a5, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a5, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g5, i5],
    ["https://inspector2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i5],
    [a5, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://inspector2-fips.{Region}.{PartitionResult#dnsSuffix}", i5],
    [a5, "FIPS is enabled but this partition does not support FIPS"],
    ["https://inspector2.{Region}.{PartitionResult#dualStackDnsSuffix}", i5],
    [a5, "DualStack is enabled but this partition does not support DualStack"],
    ["https://inspector2.{Region}.{PartitionResult#dnsSuffix}", i5],
    [a5, "Invalid Configuration: Missing Region"]
  ]
};
var root5 = 2;
var r5 = 1e8;
var nodes5 = new Int32Array([
  -1,
  1,
  -1,
  0,
  12,
  3,
  1,
  4,
  r5 + 11,
  2,
  5,
  r5 + 11,
  3,
  8,
  6,
  4,
  7,
  r5 + 10,
  5,
  r5 + 8,
  r5 + 9,
  4,
  10,
  9,
  6,
  r5 + 6,
  r5 + 7,
  5,
  11,
  r5 + 5,
  6,
  r5 + 4,
  r5 + 5,
  3,
  r5 + 1,
  13,
  4,
  r5 + 2,
  r5 + 3
]);
var bdd5 = BinaryDecisionDiagram.from(nodes5, root5, _data5.conditions, _data5.results);

// node_modules/@aws-sdk/client-inspector2/dist-es/endpoint/endpointResolver.js
var cache5 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver5 = (endpointParams, context = {}) => {
  return cache5.get(endpointParams, () => decideEndpoint(bdd5, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-inspector2/dist-es/models/Inspector2ServiceException.js
var Inspector2ServiceException = class _Inspector2ServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _Inspector2ServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-inspector2/dist-es/models/errors.js
var AccessDeniedException3 = class _AccessDeniedException extends Inspector2ServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var InternalServerException2 = class _InternalServerException extends Inspector2ServiceException {
  name = "InternalServerException";
  $fault = "server";
  $retryable = {};
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};
var ServiceQuotaExceededException3 = class _ServiceQuotaExceededException extends Inspector2ServiceException {
  name = "ServiceQuotaExceededException";
  $fault = "client";
  resourceId;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.resourceId = opts.resourceId;
  }
};
var ThrottlingException3 = class _ThrottlingException extends Inspector2ServiceException {
  name = "ThrottlingException";
  $fault = "client";
  $retryable = {
    throttling: true
  };
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};
var ValidationException3 = class _ValidationException extends Inspector2ServiceException {
  name = "ValidationException";
  $fault = "client";
  reason;
  fields;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.reason = opts.reason;
    this.fields = opts.fields;
  }
};
var BadRequestException = class _BadRequestException extends Inspector2ServiceException {
  name = "BadRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BadRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BadRequestException.prototype);
  }
};
var ConflictException4 = class _ConflictException extends Inspector2ServiceException {
  name = "ConflictException";
  $fault = "client";
  resourceId;
  resourceType;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.resourceId = opts.resourceId;
    this.resourceType = opts.resourceType;
  }
};
var ResourceNotFoundException4 = class _ResourceNotFoundException extends Inspector2ServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
  }
};

// node_modules/@aws-sdk/client-inspector2/dist-es/schemas/schemas_0.js
var _A4 = "Account";
var _AA = "AccountAggregation";
var _AAR2 = "AccountAggregationResponse";
var _AARm = "AmiAggregationResponse";
var _AAm = "AmiAggregation";
var _ACCAF = "AwsConfigConnectorArnFilter";
var _ACCAFL = "AwsConfigConnectorArnFilterList";
var _ACR = "AssociateConfigurationRequest";
var _ACRL = "AssociateConfigurationRequestList";
var _AD2 = "AtigData";
var _ADE3 = "AccessDeniedException";
var _AE = "AutoEnable";
var _AECA = "AwsEcrContainerAggregation";
var _AECAR = "AwsEcrContainerAggregationResponse";
var _AECID = "AwsEcrContainerImageDetails";
var _AEID = "AwsEc2InstanceDetails";
var _AEMD = "AwsEcsMetadataDetails";
var _AEMDw = "AwsEksMetadataDetails";
var _AEWI = "AwsEksWorkloadInfo";
var _AEWIL = "AwsEksWorkloadInfoList";
var _AIFL = "AccountIdFilterList";
var _AL = "AccountList";
var _ALFD = "AwsLambdaFunctionDetails";
var _AM = "AssociateMember";
var _AMR = "AssociateMemberRequest";
var _AMRs = "AssociateMemberResponse";
var _APDC = "AzureProviderDetailCreate";
var _APDU = "AzureProviderDetailUpdate";
var _AR2 = "AggregationRequest";
var _ARL = "AggregationResponseList";
var _ARg = "AggregationResponse";
var _AS = "AccountState";
var _ASC = "AzureScopeConfiguration";
var _ASCI = "AzureScopeConfigurationInput";
var _ASL = "AccountStateList";
var _AU = "AuthorizationUrl";
var _BACSSC = "BatchAssociateCodeSecurityScanConfiguration";
var _BACSSCR = "BatchAssociateCodeSecurityScanConfigurationRequest";
var _BACSSCRa = "BatchAssociateCodeSecurityScanConfigurationResponse";
var _BDCSSC = "BatchDisassociateCodeSecurityScanConfiguration";
var _BDCSSCR = "BatchDisassociateCodeSecurityScanConfigurationRequest";
var _BDCSSCRa = "BatchDisassociateCodeSecurityScanConfigurationResponse";
var _BGAS = "BatchGetAccountStatus";
var _BGASR = "BatchGetAccountStatusRequest";
var _BGASRa = "BatchGetAccountStatusResponse";
var _BGCS = "BatchGetCodeSnippet";
var _BGCSR = "BatchGetCodeSnippetRequest";
var _BGCSRa = "BatchGetCodeSnippetResponse";
var _BGFD = "BatchGetFindingDetails";
var _BGFDR = "BatchGetFindingDetailsRequest";
var _BGFDRa = "BatchGetFindingDetailsResponse";
var _BGFTI = "BatchGetFreeTrialInfo";
var _BGFTIR = "BatchGetFreeTrialInfoRequest";
var _BGFTIRa = "BatchGetFreeTrialInfoResponse";
var _BGMEDIS = "BatchGetMemberEc2DeepInspectionStatus";
var _BGMEDISR = "BatchGetMemberEc2DeepInspectionStatusRequest";
var _BGMEDISRa = "BatchGetMemberEc2DeepInspectionStatusResponse";
var _BRE = "BadRequestException";
var _BUMEDIS = "BatchUpdateMemberEc2DeepInspectionStatus";
var _BUMEDISR = "BatchUpdateMemberEc2DeepInspectionStatusRequest";
var _BUMEDISRa = "BatchUpdateMemberEc2DeepInspectionStatusResponse";
var _C2 = "Connector";
var _CAF = "ConnectorArnFilter";
var _CAFL = "ConnectorArnFilterList";
var _CC2 = "CreateConnector";
var _CCA = "CisCheckAggregation";
var _CCAL = "CisCheckAggregationList";
var _CCISC = "ConnectorContainerImageScanConfiguration";
var _CCR = "CreateConnectorRequest";
var _CCRr = "CreateConnectorResponse";
var _CCSC = "CreateCisScanConfiguration";
var _CCSCR = "CreateCisScanConfigurationRequest";
var _CCSCRr = "CreateCisScanConfigurationResponse";
var _CCSI = "CreateCodeSecurityIntegration";
var _CCSIR = "CreateCodeSecurityIntegrationRequest";
var _CCSIRr = "CreateCodeSecurityIntegrationResponse";
var _CCSSC = "CreateCodeSecurityScanConfiguration";
var _CCSSCR = "CreateCodeSecurityScanConfigurationRequest";
var _CCSSCRr = "CreateCodeSecurityScanConfigurationResponse";
var _CCT = "CreateCisTargets";
var _CD2 = "CisaData";
var _CDF = "CisDateFilter";
var _CDFL = "CoverageDateFilterList";
var _CDFo = "CoverageDateFilter";
var _CDL = "ClusterDetailsList";
var _CDl = "ClusterDetails";
var _CE5 = "ConflictException";
var _CF2 = "CreateFilter";
var _CFAFL = "CisFindingArnFilterList";
var _CFC = "ConnectorFilterCriteria";
var _CFCo = "CoverageFilterCriteria";
var _CFIFC = "ClusterForImageFilterCriteria";
var _CFP = "CodeFilePath";
var _CFR = "CreateFilterRequest";
var _CFRR = "CancelFindingsReportRequest";
var _CFRRa = "CancelFindingsReportResponse";
var _CFRRr = "CreateFindingsReportRequest";
var _CFRRre = "CreateFindingsReportResponse";
var _CFRa = "CancelFindingsReport";
var _CFRr = "CreateFilterResponse";
var _CFRre = "CreateFindingsReport";
var _CFSF = "CisFindingStatusFilter";
var _CFSFL = "CisFindingStatusFilterList";
var _CGLSMID = "CreateGitLabSelfManagedIntegrationDetail";
var _CH = "ConnectorHealth";
var _CI2 = "ClusterInformation";
var _CIA = "ContainerImageAggregation";
var _CIAR = "ContainerImageAggregationResponse";
var _CID = "CreateIntegrationDetail";
var _CIFL = "CheckIdFilterList";
var _CIL = "ClusterInformationList";
var _CIM = "ContainerImageMetadata";
var _CISC = "ContinuousIntegrationScanConfiguration";
var _CL = "CodeLine";
var _CLL = "CodeLineList";
var _CLo = "ConnectorList";
var _CLou = "CountsList";
var _CM = "ClusterMetadata";
var _CMF = "CoverageMapFilter";
var _CMFL = "CoverageMapFilterList";
var _CNF = "CisNumberFilter";
var _CNFL = "CisNumberFilterList";
var _CNFLo = "CoverageNumberFilterList";
var _CNFo = "CoverageNumberFilter";
var _CNT = "ConnectorNextToken";
var _CP = "ComputePlatform";
var _CR2 = "CoveredResource";
var _CRA2 = "CodeRepositoryAggregation";
var _CRAR = "CodeRepositoryAggregationResponse";
var _CRD = "CodeRepositoryDetails";
var _CRM = "CodeRepositoryMetadata";
var _CRMo = "ContainerRegistryMetadata";
var _CRMon = "ContainerRepositoryMetadata";
var _CRODS = "CodeRepositoryOnDemandScan";
var _CRSF = "CisResultStatusFilter";
var _CRSFL = "CisResultStatusFilterList";
var _CRo2 = "CoveredResources";
var _CS = "CisScan";
var _CSA = "CvssScoreAdjustment";
var _CSAFL = "CisScanArnFilterList";
var _CSAL = "CvssScoreAdjustmentList";
var _CSBFL = "CisScheduledByFilterList";
var _CSC = "CisScanConfiguration";
var _CSCAFL = "CisScanConfigurationArnFilterList";
var _CSCI = "ConnectorScanConfigurationItem";
var _CSCIL = "ConnectorScanConfigurationItemList";
var _CSCL = "CisScanConfigurationList";
var _CSCo = "ConnectorScanConfiguration";
var _CSD = "CvssScoreDetails";
var _CSDFL = "CisScanDateFilterList";
var _CSE = "CodeSnippetError";
var _CSEL = "CodeSnippetErrorList";
var _CSER = "CancelSbomExportRequest";
var _CSERa = "CancelSbomExportResponse";
var _CSERr = "CreateSbomExportRequest";
var _CSERre = "CreateSbomExportResponse";
var _CSEa = "CancelSbomExport";
var _CSEr = "CreateSbomExport";
var _CSF = "CisStringFilter";
var _CSFL = "CoverageStringFilterList";
var _CSFo = "CoverageStringFilter";
var _CSIS = "CodeSecurityIntegrationSummary";
var _CSL = "CisScanList";
var _CSLF = "CisSecurityLevelFilter";
var _CSLFL = "CisSecurityLevelFilterList";
var _CSLv = "CvssScoreList";
var _CSM = "CisSessionMessage";
var _CSMi = "CisSessionMessages";
var _CSNFL = "CisScanNameFilterList";
var _CSR = "CodeSnippetResult";
var _CSRABCFC = "CisScanResultsAggregatedByChecksFilterCriteria";
var _CSRABTRFC = "CisScanResultsAggregatedByTargetResourceFilterCriteria";
var _CSRD = "CisScanResultDetails";
var _CSRDFC = "CisScanResultDetailsFilterCriteria";
var _CSRDL = "CisScanResultDetailsList";
var _CSRL = "CodeSnippetResultList";
var _CSRo = "CodeSecurityResource";
var _CSSC = "CodeSecurityScanConfiguration";
var _CSSCAS = "CodeSecurityScanConfigurationAssociationSummary";
var _CSSCASo = "CodeSecurityScanConfigurationAssociationSummaries";
var _CSSCS = "CodeSecurityScanConfigurationSummary";
var _CSSCSo = "CodeSecurityScanConfigurationSummaries";
var _CSSF = "CisScanStatusFilter";
var _CSSFL = "CisScanStatusFilterList";
var _CSv = "CvssScore";
var _CT5 = "CisTargets";
var _CTF = "ConnectorTypeFilter";
var _CTFL = "ConnectorTypeFilterList";
var _CTRA = "CisTargetResourceAggregation";
var _CTRAL = "CisTargetResourceAggregationList";
var _CTSF = "CisTargetStatusFilter";
var _CTSRF = "CisTargetStatusReasonFilter";
var _CVD = "CodeVulnerabilityDetails";
var _Co3 = "Counts";
var _Cv = "Cvss2";
var _Cvs = "Cvss3";
var _Cvss = "Cvss4";
var _D5 = "Destination";
var _DA = "DelegatedAdmin";
var _DAA = "DelegatedAdminAccount";
var _DAAL = "DelegatedAdminAccountList";
var _DC2 = "DeleteConnector";
var _DCR = "DeleteConnectorRequest";
var _DCRL = "DisassociateConfigurationRequestList";
var _DCRe = "DeleteConnectorResponse";
var _DCRi = "DisassociateConfigurationRequest";
var _DCSC = "DeleteCisScanConfiguration";
var _DCSCR = "DeleteCisScanConfigurationRequest";
var _DCSCRe = "DeleteCisScanConfigurationResponse";
var _DCSI = "DeleteCodeSecurityIntegration";
var _DCSIR = "DeleteCodeSecurityIntegrationRequest";
var _DCSIRe = "DeleteCodeSecurityIntegrationResponse";
var _DCSSC = "DeleteCodeSecurityScanConfiguration";
var _DCSSCR = "DeleteCodeSecurityScanConfigurationRequest";
var _DCSSCRe = "DeleteCodeSecurityScanConfigurationResponse";
var _DDAA = "DisableDelegatedAdminAccount";
var _DDAAR = "DisableDelegatedAdminAccountRequest";
var _DDAARi = "DisableDelegatedAdminAccountResponse";
var _DF = "DateFilter";
var _DFL = "DateFilterList";
var _DFR = "DeleteFilterRequest";
var _DFRe = "DeleteFilterResponse";
var _DFe = "DeleteFilter";
var _DM = "DisassociateMember";
var _DMR = "DisassociateMemberRequest";
var _DMRi = "DisassociateMemberResponse";
var _DOC = "DescribeOrganizationConfiguration";
var _DOCR = "DescribeOrganizationConfigurationRequest";
var _DOCRe = "DescribeOrganizationConfigurationResponse";
var _DR3 = "DisableRequest";
var _DRi = "DisableResponse";
var _DS = "DailySchedule";
var _Di2 = "Disable";
var _E3 = "Epss";
var _EC2 = "Ec2Configuration";
var _ECIM = "EcrContainerImageMetadata";
var _ECS = "Ec2ConfigurationState";
var _ECSc = "EcrConfigurationState";
var _ECc = "EcrConfiguration";
var _ED = "EpssDetails";
var _EDAA = "EnableDelegatedAdminAccount";
var _EDAAR = "EnableDelegatedAdminAccountRequest";
var _EDAARn = "EnableDelegatedAdminAccountResponse";
var _EDx = "ExploitabilityDetails";
var _EIA = "Ec2InstanceAggregation";
var _EIAR = "Ec2InstanceAggregationResponse";
var _EL = "EvidenceList";
var _EM3 = "Ec2Metadata";
var _EO = "ExploitObserved";
var _ER3 = "EnableRequest";
var _ERDS = "EcrRescanDurationState";
var _ERM = "EcrRepositoryMetadata";
var _ERn = "EnableResponse";
var _ESMS = "Ec2ScanModeState";
var _En = "Enable";
var _Ev = "Evidence";
var _F4 = "Filter";
var _FA = "FailedAccount";
var _FAL = "FailedAccountList";
var _FAR = "FailedAssociationResult";
var _FARL = "FailedAssociationResultList";
var _FC2 = "FilterCriteria";
var _FD2 = "FindingDetail";
var _FDE2 = "FindingDetailsError";
var _FDEL = "FindingDetailsErrorList";
var _FDi = "FindingDetails";
var _FL = "FilterList";
var _FLi = "FindingList";
var _FMAEDISS = "FailedMemberAccountEc2DeepInspectionStatusState";
var _FMAEDISSL = "FailedMemberAccountEc2DeepInspectionStatusStateList";
var _FTA = "FindingTypeAggregation";
var _FTAI = "FreeTrialAccountInfo";
var _FTAIL = "FreeTrialAccountInfoList";
var _FTAR = "FindingTypeAggregationResponse";
var _FTI = "FreeTrialInfo";
var _FTIE = "FreeTrialInfoError";
var _FTIEL = "FreeTrialInfoErrorList";
var _FTIL = "FreeTrialInfoList";
var _Fi = "Finding";
var _GC = "GetConfiguration";
var _GCFI = "GetClustersForImage";
var _GCFIR = "GetClustersForImageRequest";
var _GCFIRe = "GetClustersForImageResponse";
var _GCR2 = "GetConfigurationRequest";
var _GCRe2 = "GetConfigurationResponse";
var _GCSI = "GetCodeSecurityIntegration";
var _GCSIR = "GetCodeSecurityIntegrationRequest";
var _GCSIRe = "GetCodeSecurityIntegrationResponse";
var _GCSR = "GetCisScanReport";
var _GCSRD = "GetCisScanResultDetails";
var _GCSRDR = "GetCisScanResultDetailsRequest";
var _GCSRDRe = "GetCisScanResultDetailsResponse";
var _GCSRR = "GetCisScanReportRequest";
var _GCSRRe = "GetCisScanReportResponse";
var _GCSS = "GetCodeSecurityScan";
var _GCSSC = "GetCodeSecurityScanConfiguration";
var _GCSSCR = "GetCodeSecurityScanConfigurationRequest";
var _GCSSCRe = "GetCodeSecurityScanConfigurationResponse";
var _GCSSR = "GetCodeSecurityScanRequest";
var _GCSSRe = "GetCodeSecurityScanResponse";
var _GDAA = "GetDelegatedAdminAccount";
var _GDAAR = "GetDelegatedAdminAccountRequest";
var _GDAARe = "GetDelegatedAdminAccountResponse";
var _GEDIC = "GetEc2DeepInspectionConfiguration";
var _GEDICR = "GetEc2DeepInspectionConfigurationRequest";
var _GEDICRe = "GetEc2DeepInspectionConfigurationResponse";
var _GEK = "GetEncryptionKey";
var _GEKR = "GetEncryptionKeyRequest";
var _GEKRe = "GetEncryptionKeyResponse";
var _GFRS = "GetFindingsReportStatus";
var _GFRSR = "GetFindingsReportStatusRequest";
var _GFRSRe = "GetFindingsReportStatusResponse";
var _GHAC = "GitHubAuthCode";
var _GLAC = "GitLabAuthCode";
var _GLAT = "GitLabAccessToken";
var _GM = "GetMember";
var _GMR = "GetMemberRequest";
var _GMRe = "GetMemberResponse";
var _GSE = "GetSbomExport";
var _GSER = "GetSbomExportRequest";
var _GSERe = "GetSbomExportResponse";
var _I = "Image";
var _ILA = "ImageLayerAggregation";
var _ILAR = "ImageLayerAggregationResponse";
var _IS = "IntegrationSummaries";
var _ISD = "InspectorScoreDetails";
var _ISE3 = "InternalServerException";
var _IU = "InstanceUrl";
var _LAP = "ListAccountPermissions";
var _LAPR = "ListAccountPermissionsRequest";
var _LAPRi = "ListAccountPermissionsResponse";
var _LC = "ListConnectors";
var _LCR = "ListConnectorsRequest";
var _LCRi = "ListConnectorsResponse";
var _LCRis = "ListCoverageRequest";
var _LCRist = "ListCoverageResponse";
var _LCS2 = "ListCisScans";
var _LCSC = "ListCisScanConfigurations";
var _LCSCFC = "ListCisScanConfigurationsFilterCriteria";
var _LCSCR = "ListCisScanConfigurationsRequest";
var _LCSCRi = "ListCisScanConfigurationsResponse";
var _LCSCRis = "ListConnectorScanConfigurationsRequest";
var _LCSCRist = "ListConnectorScanConfigurationsResponse";
var _LCSCi = "ListConnectorScanConfigurations";
var _LCSFC = "ListCisScansFilterCriteria";
var _LCSI = "ListCodeSecurityIntegrations";
var _LCSIR = "ListCodeSecurityIntegrationsRequest";
var _LCSIRi = "ListCodeSecurityIntegrationsResponse";
var _LCSR = "ListCisScansRequest";
var _LCSRABC = "ListCisScanResultsAggregatedByChecks";
var _LCSRABCR = "ListCisScanResultsAggregatedByChecksRequest";
var _LCSRABCRi = "ListCisScanResultsAggregatedByChecksResponse";
var _LCSRABTR = "ListCisScanResultsAggregatedByTargetResource";
var _LCSRABTRR = "ListCisScanResultsAggregatedByTargetResourceRequest";
var _LCSRABTRRi = "ListCisScanResultsAggregatedByTargetResourceResponse";
var _LCSRi = "ListCisScansResponse";
var _LCSRis = "ListCoverageStatisticsRequest";
var _LCSRist = "ListCoverageStatisticsResponse";
var _LCSSC = "ListCodeSecurityScanConfigurations";
var _LCSSCA = "ListCodeSecurityScanConfigurationAssociations";
var _LCSSCAR = "ListCodeSecurityScanConfigurationAssociationsRequest";
var _LCSSCARi = "ListCodeSecurityScanConfigurationAssociationsResponse";
var _LCSSCR = "ListCodeSecurityScanConfigurationsRequest";
var _LCSSCRi = "ListCodeSecurityScanConfigurationsResponse";
var _LCSi = "ListCoverageStatistics";
var _LCi = "ListCoverage";
var _LDAA = "ListDelegatedAdminAccounts";
var _LDAAR = "ListDelegatedAdminAccountsRequest";
var _LDAARi = "ListDelegatedAdminAccountsResponse";
var _LF = "ListFilters";
var _LFA2 = "LambdaFunctionAggregation";
var _LFAR = "LambdaFunctionAggregationResponse";
var _LFARi = "ListFindingAggregationsRequest";
var _LFARis = "ListFindingAggregationsResponse";
var _LFAi = "ListFindingAggregations";
var _LFM = "LambdaFunctionMetadata";
var _LFR = "ListFiltersRequest";
var _LFRi = "ListFiltersResponse";
var _LFRis = "ListFindingsRequest";
var _LFRist = "ListFindingsResponse";
var _LFi = "ListFindings";
var _LLA = "LambdaLayerAggregation";
var _LLAR = "LambdaLayerAggregationResponse";
var _LM = "ListMembers";
var _LMR = "ListMembersRequest";
var _LMRi = "ListMembersResponse";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi2 = "ListTagsForResourceResponse";
var _LUT2 = "ListUsageTotals";
var _LUTR = "ListUsageTotalsRequest";
var _LUTRi = "ListUsageTotalsResponse";
var _LVC = "LambdaVpcConfig";
var _M4 = "Member";
var _MAEDIS = "MemberAccountEc2DeepInspectionStatus";
var _MAEDISL = "MemberAccountEc2DeepInspectionStatusList";
var _MAEDISS = "MemberAccountEc2DeepInspectionStatusState";
var _MAEDISSL = "MemberAccountEc2DeepInspectionStatusStateList";
var _MF2 = "MapFilter";
var _MFL = "MapFilterList";
var _ML = "MemberList";
var _MS2 = "MonthlySchedule";
var _NF = "NumberFilter";
var _NFL = "NumberFilterList";
var _NP = "NetworkPath";
var _NRD = "NetworkReachabilityDetails";
var _OAIFL = "OneAccountIdFilterList";
var _OTS = "OneTimeSchedule";
var _P3 = "Permission";
var _PA2 = "PackageAggregation";
var _PAR = "PackageAggregationResponse";
var _PCISC = "ProjectContinuousIntegrationScanConfiguration";
var _PCISCL = "ProjectContinuousIntegrationScanConfigurationList";
var _PCSSC = "ProjectCodeSecurityScanConfiguration";
var _PDC = "ProviderDetailCreate";
var _PDU = "ProviderDetailUpdate";
var _PF2 = "PackageFilter";
var _PFL = "PackageFilterList";
var _PFLl = "PlatformFilterList";
var _PFLr = "ProviderFilterList";
var _PFr = "ProviderFilter";
var _PPSC = "ProjectPeriodicScanConfiguration";
var _PPSCL = "ProjectPeriodicScanConfigurationList";
var _PR3 = "PortRange";
var _PRF = "PortRangeFilter";
var _PRFL = "PortRangeFilterList";
var _PSC = "PeriodicScanConfiguration";
var _PVD = "PackageVulnerabilityDetails";
var _Pe = "Permissions";
var _R3 = "Recommendation";
var _RA3 = "Retry-After";
var _RAR = "RepositoryAggregationResponse";
var _RAe = "RepositoryAggregation";
var _RD = "ResourceDetails";
var _REK = "ResetEncryptionKey";
var _REKR = "ResetEncryptionKeyRequest";
var _REKRe = "ResetEncryptionKeyResponse";
var _RFC = "ResourceFilterCriteria";
var _RIFL = "ResourceIdFilterList";
var _RL2 = "ResourceList";
var _RMF = "ResourceMapFilter";
var _RMFL = "ResourceMapFilterList";
var _RNFE4 = "ResourceNotFoundException";
var _RS3 = "ResourceState";
var _RSF = "ResourceStringFilter";
var _RSFL = "ResourceStringFilterList";
var _RSM = "ResourceScanMetadata";
var _RSe = "ResourceStatus";
var _RTFL = "ResourceTagFilterList";
var _Re = "Remediation";
var _Res3 = "Resource";
var _S2 = "State";
var _SAR = "SuccessfulAssociationResult";
var _SARL = "SuccessfulAssociationResultList";
var _SC2 = "ScopeConfiguration";
var _SCI = "ScopeConfigurationInput";
var _SCMP = "StopCisMessageProgress";
var _SCS = "StartCisSession";
var _SCSH = "SendCisSessionHealth";
var _SCSHR = "SendCisSessionHealthRequest";
var _SCSHRe = "SendCisSessionHealthResponse";
var _SCSM = "StartCisSessionMessage";
var _SCSMt = "StopCisSessionMessage";
var _SCSR = "StartCisSessionRequest";
var _SCSRt = "StartCisSessionResponse";
var _SCSRto = "StopCisSessionRequest";
var _SCSRtop = "StopCisSessionResponse";
var _SCSS = "StartCodeSecurityScan";
var _SCSSR = "StartCodeSecurityScanRequest";
var _SCSSRt = "StartCodeSecurityScanResponse";
var _SCST = "SendCisSessionTelemetry";
var _SCSTR = "SendCisSessionTelemetryRequest";
var _SCSTRe = "SendCisSessionTelemetryResponse";
var _SCSt = "StopCisSession";
var _SCe = "SeverityCounts";
var _SCo = "SortCriteria";
var _SCt = "StatusCounts";
var _SF3 = "ServerlessFunction";
var _SFA = "ServerlessFunctionAggregation";
var _SFAR = "ServerlessFunctionAggregationResponse";
var _SFL = "StringFilterList";
var _SFM = "ServerlessFunctionMetadata";
var _SFt = "StringFilter";
var _SFu = "SuggestedFix";
var _SFug = "SuggestedFixes";
var _SL = "StepList";
var _SQEE3 = "ServiceQuotaExceededException";
var _SS2 = "ScanStatus";
var _SSc = "ScopeSettings";
var _SV2 = "SearchVulnerabilities";
var _SVFC = "SearchVulnerabilitiesFilterCriteria";
var _SVR = "SearchVulnerabilitiesRequest";
var _SVRe = "SearchVulnerabilitiesResponse";
var _Sc2 = "Schedule";
var _St2 = "Step";
var _T4 = "Time";
var _TA2 = "TitleAggregation";
var _TAR = "TitleAggregationResponse";
var _TE3 = "ThrottlingException";
var _TF2 = "TagFilter";
var _TFL = "TitleFilterList";
var _TR = "TagResource";
var _TRR2 = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _TRT = "TargetResourceTags";
var _TSFL = "TargetStatusFilterList";
var _TSRFL = "TargetStatusReasonFilterList";
var _U2 = "Url";
var _UC = "UpdateConfiguration";
var _UCI = "UpdateConfigurationInheritance";
var _UCR = "UpdateConfigurationRequest";
var _UCRp = "UpdateConfigurationResponse";
var _UCRpd = "UpdateConnectorRequest";
var _UCRpda = "UpdateConnectorResponse";
var _UCSC = "UpdateCisScanConfiguration";
var _UCSCR = "UpdateCisScanConfigurationRequest";
var _UCSCRp = "UpdateCisScanConfigurationResponse";
var _UCSCRpd = "UpdateConnectorScanConfigurationRequest";
var _UCSCRpda = "UpdateConnectorScanConfigurationResponse";
var _UCSCp = "UpdateConnectorScanConfiguration";
var _UCSI = "UpdateCodeSecurityIntegration";
var _UCSIR = "UpdateCodeSecurityIntegrationRequest";
var _UCSIRp = "UpdateCodeSecurityIntegrationResponse";
var _UCSSC = "UpdateCodeSecurityScanConfiguration";
var _UCSSCR = "UpdateCodeSecurityScanConfigurationRequest";
var _UCSSCRp = "UpdateCodeSecurityScanConfigurationResponse";
var _UCT = "UpdateCisTargets";
var _UCp = "UpdateConnector";
var _UEDIC = "UpdateEc2DeepInspectionConfiguration";
var _UEDICR = "UpdateEc2DeepInspectionConfigurationRequest";
var _UEDICRp = "UpdateEc2DeepInspectionConfigurationResponse";
var _UEK = "UpdateEncryptionKey";
var _UEKR = "UpdateEncryptionKeyRequest";
var _UEKRp = "UpdateEncryptionKeyResponse";
var _UF = "UpdateFilter";
var _UFR = "UpdateFilterRequest";
var _UFRp = "UpdateFilterResponse";
var _UGHID = "UpdateGitHubIntegrationDetail";
var _UGLSMID = "UpdateGitLabSelfManagedIntegrationDetail";
var _UID = "UpdateIntegrationDetails";
var _UL = "UsageList";
var _UOC = "UpdateOrganizationConfiguration";
var _UOCR = "UpdateOrganizationConfigurationRequest";
var _UOCRp = "UpdateOrganizationConfigurationResponse";
var _UOEDIC = "UpdateOrgEc2DeepInspectionConfiguration";
var _UOEDICR = "UpdateOrgEc2DeepInspectionConfigurationRequest";
var _UOEDICRp = "UpdateOrgEc2DeepInspectionConfigurationResponse";
var _UR = "UntagResource";
var _URR4 = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _UT3 = "UsageTotal";
var _UTL = "UsageTotalList";
var _Us = "Usage";
var _V3 = "Vm";
var _VE4 = "ValidationException";
var _VEF = "ValidationExceptionField";
var _VEFa = "ValidationExceptionFields";
var _VIA = "VmInstanceAggregation";
var _VIAR = "VmInstanceAggregationResponse";
var _VIM = "VmInstanceMetadata";
var _VMSS = "VMScannerState";
var _VP2 = "VulnerablePackage";
var _VPL = "VulnerablePackageList";
var _Vu = "Vulnerability";
var _Vul = "Vulnerabilities";
var _WS = "WeeklySchedule";
var _a3 = "amis";
var _aA2 = "activatedAt";
var _aAI = "awsAccountId";
var _aAc = "accountAggregation";
var _aAm = "amiAggregation";
var _aC = "adjustedCvss";
var _aCCA = "awsConfigConnectorArn";
var _aCCAw = "awsConfigConnectorArns";
var _aCR = "associateConfigurationRequests";
var _aCu = "authCode";
var _aD = "atigData";
var _aDI = "activateDeepInspection";
var _aE = "autoEnable";
var _aECA = "awsEcrContainerAggregation";
var _aECI = "awsEcrContainerImage";
var _aEI = "awsEc2Instance";
var _aEMD = "awsEcsMetadataDetails";
var _aEMDw = "awsEksMetadataDetails";
var _aI2 = "accountId";
var _aIF = "accountIdFilters";
var _aIVMS = "autoInstallVMScanner";
var _aIc2 = "accountIds";
var _aIf = "affectedInstances";
var _aIff = "affectedImages";
var _aIm = "amiId";
var _aLF = "awsLambdaFunction";
var _aR2 = "azureRegions";
var _aRg = "aggregationRequest";
var _aT = "accessToken";
var _aTg = "aggregationType";
var _aU = "authorizationUrl";
var _aVMS = "activateVMScanner";
var _ac = "accounts";
var _act = "action";
var _acti = "activated";
var _ad = "adjustments";
var _al = "all";
var _am = "ami";
var _ar2 = "architectures";
var _arc = "architecture";
var _arch = "arch";
var _arn = "arn";
var _arns = "arns";
var _as = "associations";
var _au = "author";
var _az = "azure";
var _b = "begin";
var _bI = "beginInclusive";
var _bN = "bucketName";
var _bP = "benchmarkProfile";
var _bS = "baseScore";
var _bV = "benchmarkVersion";
var _c5 = "client";
var _cA2 = "clusterArn";
var _cAI = "cloudAccountId";
var _cAIl = "cloudAccountIds";
var _cAh = "checkAggregations";
var _cAo = "connectorArn";
var _cAom = "componentArn";
var _cAon = "connectorArns";
var _cAr = "createdAt";
var _cBG = "countsByGroup";
var _cCIT = "cloudContainerImageTags";
var _cCRN = "cloudContainerRepositoryName";
var _cCRNl = "cloudContainerRegistryName";
var _cD = "checkDescription";
var _cDi = "cisaData";
var _cDl = "clusterDetails";
var _cDo = "codeDigest";
var _cI = "checkId";
var _cIA = "cloudImageArchitecture";
var _cIAo = "containerImageAggregation";
var _cID = "cloudImageDigest";
var _cIF = "checkIdFilters";
var _cIIUC = "cloudImageInUseCount";
var _cILIUA = "cloudImageLastInUseAt";
var _cIPA = "cloudImagePushedAt";
var _cIR = "cloudImageRegistry";
var _cIRN = "cloudImageRepositoryName";
var _cIS2 = "containerImageScanning";
var _cISC = "continuousIntegrationScanConfiguration";
var _cISCo = "continuousIntegrationScanConfigurations";
var _cISSE = "continuousIntegrationScanSupportedEvents";
var _cIT = "cloudImageTags";
var _cIo = "componentId";
var _cIon = "containerImage";
var _cM = "clusterMetadata";
var _cO = "createdOn";
var _cOI = "cloudOrgId";
var _cOIl = "cloudOrgIds";
var _cP = "cloudProvider";
var _cPAI = "cloudProviderAccountId";
var _cPOI = "cloudProviderOrgId";
var _cPR = "cloudProviderRegion";
var _cPl = "cloudPartition";
var _cPlo = "cloudProviders";
var _cPlou = "cloudPartitions";
var _cPo = "computePlatform";
var _cR = "cloudRegion";
var _cRA = "codeRepositoryAggregation";
var _cRD = "cisRuleDetails";
var _cRPN = "codeRepositoryProjectName";
var _cRPT = "codeRepositoryProviderType";
var _cRPTV = "codeRepositoryProviderTypeVisibility";
var _cRl = "cloudRegions";
var _cRo = "codeRepository";
var _cRon = "containerRepository";
var _cRont = "containerRegistry";
var _cRov = "coveredResources";
var _cS = "codeSha256";
var _cSFER = "cloudServerlessFunctionExecutionRole";
var _cSFLMA = "cloudServerlessFunctionLastModifiedAt";
var _cSFN = "cloudServerlessFunctionName";
var _cSFR = "cloudServerlessFunctionRuntime";
var _cSFT = "cloudServerlessFunctionTags";
var _cSR = "codeSnippetResults";
var _cSo = "codeSnippet";
var _cSon = "connectorStatus";
var _cSv = "cvssSource";
var _cT2 = "connectorType";
var _cTl2 = "clientToken";
var _cTo = "componentType";
var _cVD = "codeVulnerabilityDetails";
var _cVDN = "codeVulnerabilityDetectorName";
var _cVDT = "codeVulnerabilityDetectorTags";
var _cVFP = "codeVulnerabilityFilePath";
var _cVIR = "cloudVmImageReference";
var _cVIT = "cloudVmInstanceTags";
var _cVNI = "cloudVmNetworkId";
var _cVSI = "cloudVmSubnetIds";
var _cl = "cluster";
var _co3 = "comparison";
var _cod = "code";
var _con = "content";
var _conf = "configuration";
var _confi = "configurations";
var _cou2 = "count";
var _cr = "criteria";
var _cri = "critical";
var _cu = "currency";
var _cv = "cvss";
var _cvs = "cvss4";
var _cvss = "cvss3";
var _cvss_ = "cvss2";
var _cw = "cwes";
var _d3 = "description";
var _dA2 = "dateAdded";
var _dAA = "delegatedAdminAccounts";
var _dAAI = "delegatedAdminAccountId";
var _dAe = "delegatedAdmin";
var _dCR = "disassociateConfigurationRequests";
var _dD = "dateDue";
var _dG = "detailsGroup";
var _dI2 = "detectorId";
var _dL = "detailLevel";
var _dN2 = "detectorName";
var _dP = "detectionPlatforms";
var _dT2 = "detectorTags";
var _da2 = "day";
var _dai = "daily";
var _day = "days";
var _de = "details";
var _des2 = "destination";
var _e5 = "error";
var _eA = "exploitAvailable";
var _eAAFC = "exploitAvailableActiveFindingsCount";
var _eAC = "exploitAvailableCount";
var _eC = "errorCode";
var _eCc = "ecrConfiguration";
var _eCco = "ec2Configuration";
var _eCr = "errorChecks";
var _eD = "evidenceDetail";
var _eDx = "exploitabilityDetails";
var _eI = "endInclusive";
var _eIA = "ecrImageArchitecture";
var _eIAc = "ec2InstanceAggregation";
var _eIH = "ecrImageHash";
var _eIII = "ec2InstanceImageId";
var _eIIUC = "ecrImageInUseCount";
var _eILIUA = "ecrImageLastInUseAt";
var _eIPA = "ecrImagePushedAt";
var _eIR = "ecrImageRegistry";
var _eIRN = "ecrImageRepositoryName";
var _eISI = "ec2InstanceSubnetId";
var _eIT = "ecrImageTags";
var _eITc = "ec2InstanceTags";
var _eIVI = "ec2InstanceVpcId";
var _eIc = "ecrImage";
var _eL = "endLine";
var _eM = "errorMessage";
var _eMC = "estimatedMonthlyCost";
var _eO = "exploitObserved";
var _eR = "evidenceRule";
var _eRA2 = "executionRoleArn";
var _eRN = "ecrRepositoryName";
var _eRc = "ecrRepository";
var _eRx = "executionRole";
var _eS2 = "enablementStatus";
var _eSR = "enablementStatusReason";
var _eSS = "ec2ScanStatus";
var _eSST = "earliestScanStartTime";
var _eSp = "epssScore";
var _ec = "ec2";
var _ecr = "ecr";
var _en2 = "end";
var _ep = "epss";
var _epo = "epoch";
var _er = "errors";
var _ev = "evidences";
var _f2 = "fields";
var _fA = "failedAssociations";
var _fAAFC = "fixAvailableActiveFindingsCount";
var _fAC = "fixAvailableCount";
var _fAF = "findingArnFilters";
var _fAI = "failedAccountIds";
var _fAa = "failedAccounts";
var _fAi = "findingArns";
var _fAil = "filterArn";
var _fAin = "findingArn";
var _fAix = "fixAvailable";
var _fC = "failedChecks";
var _fCF = "failedChecksFilters";
var _fCi = "filterCriteria";
var _fD2 = "findingDetails";
var _fE2 = "frequencyExpression";
var _fIV = "fixedInVersion";
var _fN3 = "functionName";
var _fNi = "fileName";
var _fNu = "functionNames";
var _fOA = "firstObservedAt";
var _fP2 = "filePath";
var _fRF = "failedResourcesFilters";
var _fS2 = "firstSeen";
var _fSF = "findingStatusFilters";
var _fSi2 = "findingStatus";
var _fT = "findingType";
var _fTA = "findingTypeAggregation";
var _fTI = "freeTrialInfo";
var _fTu = "functionTags";
var _fa = "failed";
var _fi2 = "filter";
var _fie = "field";
var _fil = "filters";
var _fin = "findings";
var _fo = "format";
var _fr = "frequency";
var _g2 = "github";
var _gB2 = "groupBy";
var _gK = "groupKey";
var _gSM = "gitlabSelfManaged";
var _h2 = "health";
var _hE5 = "httpError";
var _hH = "httpHeader";
var _hQ = "httpQuery";
var _hi = "high";
var _ht = "http";
var _i2 = "integrations";
var _iA = "integrationArn";
var _iC2 = "informationalChecks";
var _iD = "imageDigests";
var _iDm = "imageDigest";
var _iH = "imageHash";
var _iHn = "inventoryHash";
var _iI2 = "imageId";
var _iIPA = "iamInstanceProfileArn";
var _iIn = "instanceIds";
var _iIns = "instanceId";
var _iInst = "installationId";
var _iLA2 = "imageLayerAggregation";
var _iPA = "imagePulledAt";
var _iS = "imageShas";
var _iSD = "inspectorScoreDetails";
var _iSm = "imageSha";
var _iSn = "inspectorScore";
var _iT2 = "imageTags";
var _iTn = "instanceTags";
var _iU = "instanceUrl";
var _iUC = "inUseCount";
var _iVA = "ipV4Addresses";
var _iVAp = "ipV6Addresses";
var _id2 = "id";
var _im = "image";
var _it = "items";
var _k2 = "key";
var _kKA2 = "kmsKeyArn";
var _kKI2 = "kmsKeyId";
var _kN2 = "keyName";
var _kP2 = "keyPrefix";
var _l3 = "lambda";
var _lA = "launchedAt";
var _lAa = "layerArns";
var _lAay = "layerArn";
var _lC = "lambdaCode";
var _lCA = "lastCheckedAt";
var _lCI = "lastCommitId";
var _lF = "lambdaFunction";
var _lFA = "lambdaFunctionAggregation";
var _lFERA = "lambdaFunctionExecutionRoleArn";
var _lFL = "lambdaFunctionLayers";
var _lFLMA = "lambdaFunctionLastModifiedAt";
var _lFN = "lambdaFunctionName";
var _lFR = "lambdaFunctionRuntime";
var _lFT = "lambdaFunctionTags";
var _lH = "layerHashes";
var _lHa = "layerHash";
var _lI = "lowerInclusive";
var _lIU = "lastInUse";
var _lIUA = "lastInUseAt";
var _lKEA = "lastKnownExploitAt";
var _lLA = "lambdaLayerAggregation";
var _lMA = "lastModifiedAt";
var _lN = "lineNumber";
var _lOA = "lastObservedAt";
var _lS3 = "lastSeen";
var _lSA = "lastScanAt";
var _lSAa = "lastScannedAt";
var _lSCI = "lastScannedCommitId";
var _lSST = "latestScanStartTime";
var _lT2 = "lambdaTags";
var _lUA = "lastUpdatedAt";
var _lUO = "lastUpdateOn";
var _la = "layers";
var _le = "level";
var _m4 = "message";
var _mALR = "maxAccountLimitReached";
var _mR2 = "maxResults";
var _me = "metric";
var _med = "medium";
var _mem = "member";
var _memb = "members";
var _mes = "messages";
var _mo = "monthly";
var _n3 = "namespace";
var _nAC = "notApplicableChecks";
var _nEC = "notEvaluatedChecks";
var _nF = "networkFindings";
var _nI = "networkId";
var _nP = "networkProtocol";
var _nPe = "networkPath";
var _nRD = "networkReachabilityDetails";
var _nT3 = "nextToken";
var _na = "name";
var _o = "operation";
var _oA = "onlyAssociated";
var _oAI2 = "ownerAccountId";
var _oDS = "onDemandScan";
var _oI = "ownerId";
var _oPP = "orgPackagePaths";
var _oPR = "openPortRange";
var _oS = "operatingSystems";
var _oSp = "operatingSystem";
var _oT = "oneTime";
var _p2 = "platform";
var _pA = "pushedAt";
var _pAI = "providerAccountId";
var _pAa = "packageAggregation";
var _pD = "pushDuration";
var _pDRD = "pullDateRescanDuration";
var _pDRM = "pullDateRescanMode";
var _pDr = "providerDetail";
var _pDu = "pullDuration";
var _pF = "platformFilters";
var _pI2 = "projectId";
var _pM = "packageManager";
var _pN2 = "projectNames";
var _pNa = "packageNames";
var _pNac = "packageName";
var _pNr = "projectName";
var _pOI = "providerOrgId";
var _pP2 = "providerPartition";
var _pPa = "packagePaths";
var _pR2 = "providerRegion";
var _pRo = "portRange";
var _pSC = "periodicScanConfiguration";
var _pSCe = "periodicScanConfigurations";
var _pSF = "periodicScanFrequency";
var _pSS = "projectSelectionScope";
var _pT2 = "packageType";
var _pTV = "providerTypeVisibility";
var _pTr = "providerTypes";
var _pTro = "providerType";
var _pVD = "packageVulnerabilityDetails";
var _pa2 = "partition";
var _pas = "passed";
var _pe = "permissions";
var _pr = "product";
var _pro = "provider";
var _prog = "progress";
var _prot = "protocol";
var _r2 = "reason";
var _rA2 = "resourceArn";
var _rAS = "retryAfterSeconds";
var _rAe2 = "repositoryAggregation";
var _rD2 = "rescanDuration";
var _rDS = "rescanDurationState";
var _rF3 = "reportFormat";
var _rFC = "resourceFilterCriteria";
var _rI2 = "resourceId";
var _rIe3 = "resourceIds";
var _rIep = "reportId";
var _rIu = "ruleId";
var _rM2 = "resourceMetadata";
var _rN3 = "repositoryName";
var _rS2 = "resourceStatus";
var _rSC = "ruleSetCategories";
var _rSe3 = "resourceState";
var _rSel = "relationshipStatus";
var _rSi = "riskScore";
var _rT3 = "resourceType";
var _rTe3 = "resourceTypes";
var _rTes = "resourceTags";
var _rU = "referenceUrls";
var _rUC = "runningUnitCount";
var _rV = "relatedVulnerabilities";
var _re2 = "resource";
var _rec = "recommendation";
var _reg = "registry";
var _regi = "registries";
var _regio = "region";
var _rel = "release";
var _rem = "remediation";
var _rep = "repositories";
var _repo = "repository";
var _res = "resources";
var _resp = "responses";
var _ru = "runtime";
var _run = "runtimes";
var _s5 = "smithy.ts.sdk.synthetic.com.amazonaws.inspector2";
var _sA = "successfulAssociations";
var _sAF = "scanAtFilters";
var _sAFc = "scanArnFilters";
var _sAc = "scanArn";
var _sB2 = "sortBy";
var _sBF = "scheduledByFilters";
var _sBc = "scheduledBy";
var _sC2 = "severityCounts";
var _sCA = "scanConfigurationArn";
var _sCAF = "scanConfigurationArnFilters";
var _sCc2 = "scopeConfiguration";
var _sCca = "scanConfiguration";
var _sCcan = "scanConfigurations";
var _sCo2 = "sortCriteria";
var _sCt = "statusCounts";
var _sCta = "statusCode";
var _sCu = "successfulChecks";
var _sD2 = "scanDate";
var _sDe = "s3Destination";
var _sE2 = "supportedEvents";
var _sEu = "supportedEvent";
var _sF = "statusFilters";
var _sFA = "serverlessFunctionAggregation";
var _sFN = "serverlessFunctionName";
var _sFc = "scanFrequency";
var _sFe = "serverlessFunction";
var _sFu = "suggestedFixes";
var _sGI = "securityGroupIds";
var _sI2 = "subnetId";
var _sIc = "scanId";
var _sIt = "startInclusive";
var _sIu = "subnetIds";
var _sJI = "scanJobId";
var _sL = "securityLevel";
var _sLF = "securityLevelFilters";
var _sLH = "sourceLayerHash";
var _sLLA = "sourceLambdaLayerArn";
var _sLt = "startLine";
var _sM2 = "scanMode";
var _sMS = "scanModeState";
var _sMSc = "scanModeStatus";
var _sMt = "statusMessage";
var _sN = "scanName";
var _sNF = "scanNameFilters";
var _sO = "sortOrder";
var _sR2 = "statusReason";
var _sRD = "scanResultDetails";
var _sRt = "stateReason";
var _sS = "serverlessScanning";
var _sSC = "scanStatusCode";
var _sSF = "scanStatusFilters";
var _sSR = "scanStatusReason";
var _sSc = "scanStatus";
var _sSco = "scopeSettings";
var _sScor = "scoreSource";
var _sT3 = "scanType";
var _sTc2 = "scopeType";
var _sTe = "sessionToken";
var _sTt2 = "startTime";
var _sU2 = "sourceUrl";
var _sUC = "stoppedUnitCount";
var _sV3 = "scoringVector";
var _sVc = "scopeValues";
var _sc = "schedule";
var _sca = "scans";
var _sco = "score";
var _se3 = "server";
var _ser2 = "service";
var _sev = "severity";
var _sk = "skipped";
var _so2 = "source";
var _st2 = "status";
var _sta2 = "state";
var _star = "start";
var _ste = "steps";
var _t3 = "targets";
var _tA2 = "targetAccounts";
var _tAIF = "targetAccountIdFilters";
var _tAi = "titleAggregation";
var _tC2 = "totalChecks";
var _tCo = "totalCounts";
var _tDA = "taskDefinitionArn";
var _tF2 = "titleFilters";
var _tK2 = "tagKeys";
var _tOD = "timeOfDay";
var _tRA = "targetResourceAggregations";
var _tRI = "targetResourceId";
var _tRIF = "targetResourceIdFilters";
var _tRT = "targetResourceTags";
var _tRTF = "targetResourceTagFilters";
var _tS2 = "targetStatus";
var _tSF = "targetStatusFilters";
var _tSR = "targetStatusReason";
var _tSRF = "targetStatusReasonFilters";
var _ta2 = "tags";
var _te = "text";
var _ti2 = "title";
var _tim2 = "timezone";
var _tit = "titles";
var _to2 = "tools";
var _tot = "totals";
var _tota = "total";
var _tt = "ttps";
var _ty2 = "type";
var _u2 = "url";
var _uA = "updatedAt";
var _uC = "unknownChecks";
var _uCI = "updateConfigurationInheritance";
var _uI = "upperInclusive";
var _us = "usage";
var _v3 = "value";
var _vC = "vpcConfig";
var _vCA = "vendorCreatedAt";
var _vI = "vpcId";
var _vIA = "vmInstanceAggregation";
var _vIR = "vmImageReference";
var _vIRm = "vmImageReferences";
var _vIm = "vmInstance";
var _vIu = "vulnerabilityId";
var _vIul = "vulnerabilityIds";
var _vN = "vmName";
var _vP = "vulnerablePackages";
var _vS = "vmScanning";
var _vSS = "vmScannerState";
var _vSe = "vendorSeverity";
var _vSu = "vulnerabilitySource";
var _vUA = "vendorUpdatedAt";
var _ve = "version";
var _ven = "vendor";
var _vm = "vm";
var _vu = "vulnerabilities";
var _w = "weekly";
var _wIL = "workloadInfoList";
var n05 = "com.amazonaws.inspector2";
var _s_registry5 = TypeRegistry.for(_s5);
var Inspector2ServiceException$ = [-3, _s5, "Inspector2ServiceException", 0, [], []];
_s_registry5.registerError(Inspector2ServiceException$, Inspector2ServiceException);
var n0_registry5 = TypeRegistry.for(n05);
var AccessDeniedException$3 = [
  -3,
  n05,
  _ADE3,
  { [_e5]: _c5, [_hE5]: 403 },
  [_m4],
  [0],
  1
];
n0_registry5.registerError(AccessDeniedException$3, AccessDeniedException3);
var BadRequestException$ = [
  -3,
  n05,
  _BRE,
  { [_e5]: _c5, [_hE5]: 400 },
  [_m4],
  [0],
  1
];
n0_registry5.registerError(BadRequestException$, BadRequestException);
var ConflictException$4 = [
  -3,
  n05,
  _CE5,
  { [_e5]: _c5, [_hE5]: 409 },
  [_m4, _rI2, _rT3],
  [0, 0, 0],
  3
];
n0_registry5.registerError(ConflictException$4, ConflictException4);
var InternalServerException$2 = [
  -3,
  n05,
  _ISE3,
  { [_e5]: _se3, [_hE5]: 500 },
  [_m4, _rAS],
  [0, [1, { [_hH]: _RA3 }]],
  1
];
n0_registry5.registerError(InternalServerException$2, InternalServerException2);
var ResourceNotFoundException$4 = [
  -3,
  n05,
  _RNFE4,
  { [_e5]: _c5, [_hE5]: 404 },
  [_m4],
  [0],
  1
];
n0_registry5.registerError(ResourceNotFoundException$4, ResourceNotFoundException4);
var ServiceQuotaExceededException$3 = [
  -3,
  n05,
  _SQEE3,
  { [_e5]: _c5, [_hE5]: 402 },
  [_m4, _rI2],
  [0, 0],
  2
];
n0_registry5.registerError(ServiceQuotaExceededException$3, ServiceQuotaExceededException3);
var ThrottlingException$3 = [
  -3,
  n05,
  _TE3,
  { [_e5]: _c5, [_hE5]: 429 },
  [_m4, _rAS],
  [0, [1, { [_hH]: _RA3 }]],
  1
];
n0_registry5.registerError(ThrottlingException$3, ThrottlingException3);
var ValidationException$3 = [
  -3,
  n05,
  _VE4,
  { [_e5]: _c5, [_hE5]: 400 },
  [_m4, _r2, _f2],
  [0, 0, () => ValidationExceptionFields],
  2
];
n0_registry5.registerError(ValidationException$3, ValidationException3);
var errorTypeRegistries5 = [
  _s_registry5,
  n0_registry5
];
var AuthorizationUrl = [0, n05, _AU, 8, 0];
var ConnectorNextToken = [0, n05, _CNT, 8, 0];
var GitHubAuthCode = [0, n05, _GHAC, 8, 0];
var GitLabAccessToken = [0, n05, _GLAT, 8, 0];
var GitLabAuthCode = [0, n05, _GLAC, 8, 0];
var InstanceUrl = [0, n05, _IU, 8, 0];
var Account$ = [
  3,
  n05,
  _A4,
  0,
  [_aI2, _st2, _rS2],
  [0, 0, () => ResourceStatus$],
  3
];
var AccountAggregation$ = [
  3,
  n05,
  _AA,
  0,
  [_fT, _rT3, _sO, _sB2],
  [0, 0, 0, 0]
];
var AccountAggregationResponse$ = [
  3,
  n05,
  _AAR2,
  0,
  [_aI2, _sC2, _eAC, _fAC],
  [0, () => SeverityCounts$, 1, 1]
];
var AccountState$ = [
  3,
  n05,
  _AS,
  0,
  [_aI2, _sta2, _rSe3],
  [0, () => State$, () => ResourceState$],
  3
];
var AmiAggregation$ = [
  3,
  n05,
  _AAm,
  0,
  [_a3, _sO, _sB2],
  [() => StringFilterList, 0, 0]
];
var AmiAggregationResponse$ = [
  3,
  n05,
  _AARm,
  0,
  [_am, _aI2, _cP, _cPl, _cR, _cOI, _cAI, _sC2, _aIf],
  [0, 0, 0, 0, 0, 0, 0, () => SeverityCounts$, 1],
  1
];
var AssociateConfigurationRequest$ = [
  3,
  n05,
  _ACR,
  0,
  [_sCA, _re2],
  [0, () => CodeSecurityResource$],
  2
];
var AssociateMemberRequest$ = [
  3,
  n05,
  _AMR,
  0,
  [_aI2],
  [0],
  1
];
var AssociateMemberResponse$ = [
  3,
  n05,
  _AMRs,
  0,
  [_aI2],
  [0],
  1
];
var AtigData$ = [
  3,
  n05,
  _AD2,
  0,
  [_fS2, _lS3, _t3, _tt],
  [4, 4, 64 | 0, 64 | 0]
];
var AutoEnable$ = [
  3,
  n05,
  _AE,
  0,
  [_ec, _ecr, _l3, _lC, _cRo],
  [2, 2, 2, 2, 2],
  2
];
var AwsConfigConnectorArnFilter$ = [
  3,
  n05,
  _ACCAF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var AwsEc2InstanceDetails$ = [
  3,
  n05,
  _AEID,
  0,
  [_ty2, _iI2, _iVA, _iVAp, _kN2, _iIPA, _vI, _sI2, _lA, _p2],
  [0, 0, 64 | 0, 64 | 0, 0, 0, 0, 0, 4, 0]
];
var AwsEcrContainerAggregation$ = [
  3,
  n05,
  _AECA,
  0,
  [_rIe3, _iS, _rep, _ar2, _iT2, _sO, _sB2, _lIUA, _iUC],
  [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0, () => DateFilterList, () => NumberFilterList]
];
var AwsEcrContainerAggregationResponse$ = [
  3,
  n05,
  _AECAR,
  0,
  [_rI2, _iSm, _repo, _arc, _iT2, _aI2, _sC2, _lIUA, _iUC],
  [0, 0, 0, 0, 64 | 0, 0, () => SeverityCounts$, 4, 1],
  1
];
var AwsEcrContainerImageDetails$ = [
  3,
  n05,
  _AECID,
  0,
  [_rN3, _iH, _reg, _iT2, _pA, _au, _arc, _p2, _lIUA, _iUC],
  [0, 0, 0, 64 | 0, 4, 0, 0, 0, 4, 1],
  3
];
var AwsEcsMetadataDetails$ = [
  3,
  n05,
  _AEMD,
  0,
  [_dG, _tDA],
  [0, 0],
  2
];
var AwsEksMetadataDetails$ = [
  3,
  n05,
  _AEMDw,
  0,
  [_n3, _wIL],
  [0, () => AwsEksWorkloadInfoList]
];
var AwsEksWorkloadInfo$ = [
  3,
  n05,
  _AEWI,
  0,
  [_na, _ty2],
  [0, 0],
  2
];
var AwsLambdaFunctionDetails$ = [
  3,
  n05,
  _ALFD,
  0,
  [_fN3, _ru, _cS, _ve, _eRA2, _la, _vC, _pT2, _ar2, _lMA],
  [0, 0, 0, 0, 0, 64 | 0, () => LambdaVpcConfig$, 0, 64 | 0, 4],
  5
];
var AzureProviderDetailCreate$ = [
  3,
  n05,
  _APDC,
  0,
  [_aCCA, _sCc2, _aR2, _aIVMS],
  [0, () => AzureScopeConfigurationInput$, 64 | 0, 2],
  3
];
var AzureProviderDetailUpdate$ = [
  3,
  n05,
  _APDU,
  0,
  [_aR2, _sCc2, _aIVMS],
  [64 | 0, () => AzureScopeConfigurationInput$, 2]
];
var AzureScopeConfiguration$ = [
  3,
  n05,
  _ASC,
  0,
  [_vS, _cIS2, _sS],
  [() => ScopeConfiguration$2, () => ScopeConfiguration$2, () => ScopeConfiguration$2]
];
var AzureScopeConfigurationInput$ = [
  3,
  n05,
  _ASCI,
  0,
  [_vS, _cIS2, _sS],
  [() => ScopeConfigurationInput$, () => ScopeConfigurationInput$, () => ScopeConfigurationInput$]
];
var BatchAssociateCodeSecurityScanConfigurationRequest$ = [
  3,
  n05,
  _BACSSCR,
  0,
  [_aCR],
  [() => AssociateConfigurationRequestList],
  1
];
var BatchAssociateCodeSecurityScanConfigurationResponse$ = [
  3,
  n05,
  _BACSSCRa,
  0,
  [_fA, _sA],
  [() => FailedAssociationResultList, () => SuccessfulAssociationResultList]
];
var BatchDisassociateCodeSecurityScanConfigurationRequest$ = [
  3,
  n05,
  _BDCSSCR,
  0,
  [_dCR],
  [() => DisassociateConfigurationRequestList],
  1
];
var BatchDisassociateCodeSecurityScanConfigurationResponse$ = [
  3,
  n05,
  _BDCSSCRa,
  0,
  [_fA, _sA],
  [() => FailedAssociationResultList, () => SuccessfulAssociationResultList]
];
var BatchGetAccountStatusRequest$ = [
  3,
  n05,
  _BGASR,
  0,
  [_aIc2],
  [64 | 0]
];
var BatchGetAccountStatusResponse$ = [
  3,
  n05,
  _BGASRa,
  0,
  [_ac, _fAa],
  [() => AccountStateList, () => FailedAccountList],
  1
];
var BatchGetCodeSnippetRequest$ = [
  3,
  n05,
  _BGCSR,
  0,
  [_fAi],
  [64 | 0],
  1
];
var BatchGetCodeSnippetResponse$ = [
  3,
  n05,
  _BGCSRa,
  0,
  [_cSR, _er],
  [() => CodeSnippetResultList, () => CodeSnippetErrorList]
];
var BatchGetFindingDetailsRequest$ = [
  3,
  n05,
  _BGFDR,
  0,
  [_fAi],
  [64 | 0],
  1
];
var BatchGetFindingDetailsResponse$ = [
  3,
  n05,
  _BGFDRa,
  0,
  [_fD2, _er],
  [() => FindingDetails, () => FindingDetailsErrorList]
];
var BatchGetFreeTrialInfoRequest$ = [
  3,
  n05,
  _BGFTIR,
  0,
  [_aIc2],
  [64 | 0],
  1
];
var BatchGetFreeTrialInfoResponse$ = [
  3,
  n05,
  _BGFTIRa,
  0,
  [_ac, _fAa],
  [() => FreeTrialAccountInfoList, () => FreeTrialInfoErrorList],
  2
];
var BatchGetMemberEc2DeepInspectionStatusRequest$ = [
  3,
  n05,
  _BGMEDISR,
  0,
  [_aIc2],
  [64 | 0]
];
var BatchGetMemberEc2DeepInspectionStatusResponse$ = [
  3,
  n05,
  _BGMEDISRa,
  0,
  [_aIc2, _fAI],
  [() => MemberAccountEc2DeepInspectionStatusStateList, () => FailedMemberAccountEc2DeepInspectionStatusStateList]
];
var BatchUpdateMemberEc2DeepInspectionStatusRequest$ = [
  3,
  n05,
  _BUMEDISR,
  0,
  [_aIc2],
  [() => MemberAccountEc2DeepInspectionStatusList],
  1
];
var BatchUpdateMemberEc2DeepInspectionStatusResponse$ = [
  3,
  n05,
  _BUMEDISRa,
  0,
  [_aIc2, _fAI],
  [() => MemberAccountEc2DeepInspectionStatusStateList, () => FailedMemberAccountEc2DeepInspectionStatusStateList]
];
var CancelFindingsReportRequest$ = [
  3,
  n05,
  _CFRR,
  0,
  [_rIep],
  [0],
  1
];
var CancelFindingsReportResponse$ = [
  3,
  n05,
  _CFRRa,
  0,
  [_rIep],
  [0],
  1
];
var CancelSbomExportRequest$ = [
  3,
  n05,
  _CSER,
  0,
  [_rIep],
  [0],
  1
];
var CancelSbomExportResponse$ = [
  3,
  n05,
  _CSERa,
  0,
  [_rIep],
  [0]
];
var CisaData$ = [
  3,
  n05,
  _CD2,
  0,
  [_dA2, _dD, _act],
  [4, 4, 0]
];
var CisCheckAggregation$ = [
  3,
  n05,
  _CCA,
  0,
  [_sAc, _cI, _ti2, _cD, _le, _aI2, _sCt, _p2],
  [0, 0, 0, 0, 0, 0, () => StatusCounts$, 0],
  1
];
var CisDateFilter$ = [
  3,
  n05,
  _CDF,
  0,
  [_eSST, _lSST],
  [4, 4]
];
var CisFindingStatusFilter$ = [
  3,
  n05,
  _CFSF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var CisNumberFilter$ = [
  3,
  n05,
  _CNF,
  0,
  [_uI, _lI],
  [1, 1]
];
var CisResultStatusFilter$ = [
  3,
  n05,
  _CRSF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var CisScan$ = [
  3,
  n05,
  _CS,
  0,
  [_sAc, _sCA, _st2, _sN, _sD2, _fC, _tC2, _t3, _sBc, _sL],
  [0, 0, 0, 0, 4, 1, 1, () => CisTargets$, 0, 0],
  2
];
var CisScanConfiguration$ = [
  3,
  n05,
  _CSC,
  0,
  [_sCA, _oI, _sN, _sL, _sc, _t3, _ta2],
  [0, 0, 0, 0, () => Schedule$, () => CisTargets$, 128 | 0],
  1
];
var CisScanResultDetails$ = [
  3,
  n05,
  _CSRD,
  0,
  [_sAc, _aI2, _tRI, _p2, _st2, _sR2, _cI, _ti2, _cD, _rem, _le, _fAin],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  1
];
var CisScanResultDetailsFilterCriteria$ = [
  3,
  n05,
  _CSRDFC,
  0,
  [_fSF, _cIF, _tF2, _sLF, _fAF],
  [() => CisFindingStatusFilterList, () => CheckIdFilterList, () => TitleFilterList, () => CisSecurityLevelFilterList, () => CisFindingArnFilterList]
];
var CisScanResultsAggregatedByChecksFilterCriteria$ = [
  3,
  n05,
  _CSRABCFC,
  0,
  [_aIF, _cIF, _tF2, _pF, _fRF, _sLF],
  [() => OneAccountIdFilterList, () => CheckIdFilterList, () => TitleFilterList, () => PlatformFilterList, () => CisNumberFilterList, () => CisSecurityLevelFilterList]
];
var CisScanResultsAggregatedByTargetResourceFilterCriteria$ = [
  3,
  n05,
  _CSRABTRFC,
  0,
  [_aIF, _sF, _cIF, _tRIF, _tRTF, _pF, _tSF, _tSRF, _fCF],
  [() => AccountIdFilterList, () => CisResultStatusFilterList, () => CheckIdFilterList, () => ResourceIdFilterList, () => ResourceTagFilterList, () => PlatformFilterList, () => TargetStatusFilterList, () => TargetStatusReasonFilterList, () => CisNumberFilterList]
];
var CisScanStatusFilter$ = [
  3,
  n05,
  _CSSF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var CisSecurityLevelFilter$ = [
  3,
  n05,
  _CSLF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var CisSessionMessage$ = [
  3,
  n05,
  _CSM,
  0,
  [_rIu, _st2, _cRD],
  [0, 0, 21],
  3
];
var CisStringFilter$ = [
  3,
  n05,
  _CSF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var CisTargetResourceAggregation$ = [
  3,
  n05,
  _CTRA,
  0,
  [_sAc, _tRI, _aI2, _tRT, _sCt, _p2, _tS2, _tSR],
  [0, 0, 0, [2, n05, _TRT, 0, 0, 64 | 0], () => StatusCounts$, 0, 0, 0],
  1
];
var CisTargets$ = [
  3,
  n05,
  _CT5,
  0,
  [_aIc2, _tRT],
  [64 | 0, [2, n05, _TRT, 0, 0, 64 | 0]]
];
var CisTargetStatusFilter$ = [
  3,
  n05,
  _CTSF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var CisTargetStatusReasonFilter$ = [
  3,
  n05,
  _CTSRF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var ClusterDetails$ = [
  3,
  n05,
  _CDl,
  0,
  [_lIU, _cM, _rUC, _sUC],
  [4, () => ClusterMetadata$, 1, 1],
  2
];
var ClusterForImageFilterCriteria$ = [
  3,
  n05,
  _CFIFC,
  0,
  [_rI2],
  [0],
  1
];
var ClusterInformation$ = [
  3,
  n05,
  _CI2,
  0,
  [_cA2, _cDl],
  [0, () => ClusterDetailsList],
  1
];
var CodeFilePath$ = [
  3,
  n05,
  _CFP,
  0,
  [_fNi, _fP2, _sLt, _eL],
  [0, 0, 1, 1],
  4
];
var CodeLine$ = [
  3,
  n05,
  _CL,
  0,
  [_con, _lN],
  [0, 1],
  2
];
var CodeRepositoryAggregation$ = [
  3,
  n05,
  _CRA2,
  0,
  [_pN2, _pTr, _sO, _sB2, _rIe3],
  [() => StringFilterList, () => StringFilterList, 0, 0, () => StringFilterList]
];
var CodeRepositoryAggregationResponse$ = [
  3,
  n05,
  _CRAR,
  0,
  [_pN2, _pTro, _sC2, _eAAFC, _fAAFC, _aI2, _rI2],
  [0, 0, () => SeverityCounts$, 1, 1, 0, 0],
  1
];
var CodeRepositoryDetails$ = [
  3,
  n05,
  _CRD,
  0,
  [_pNr, _iA, _pTro],
  [0, 0, 0]
];
var CodeRepositoryMetadata$ = [
  3,
  n05,
  _CRM,
  0,
  [_pNr, _pTro, _pTV, _iA, _lSCI, _sCca, _oDS],
  [0, 0, 0, 0, 0, () => ProjectCodeSecurityScanConfiguration$, () => CodeRepositoryOnDemandScan$],
  3
];
var CodeRepositoryOnDemandScan$ = [
  3,
  n05,
  _CRODS,
  0,
  [_lSCI, _lSA, _sSc],
  [0, 4, () => ScanStatus$]
];
var CodeSecurityIntegrationSummary$ = [
  3,
  n05,
  _CSIS,
  0,
  [_iA, _na, _ty2, _st2, _sR2, _cO, _lUO, _ta2],
  [0, 0, 0, 0, 0, 4, 4, 128 | 0],
  7
];
var CodeSecurityScanConfiguration$ = [
  3,
  n05,
  _CSSC,
  0,
  [_rSC, _pSC, _cISC],
  [64 | 0, () => PeriodicScanConfiguration$, () => ContinuousIntegrationScanConfiguration$],
  1
];
var CodeSecurityScanConfigurationAssociationSummary$ = [
  3,
  n05,
  _CSSCAS,
  0,
  [_re2],
  [() => CodeSecurityResource$]
];
var CodeSecurityScanConfigurationSummary$ = [
  3,
  n05,
  _CSSCS,
  0,
  [_sCA, _na, _oAI2, _rSC, _pSF, _fE2, _cISSE, _sSco, _ta2],
  [0, 0, 0, 64 | 0, 0, 0, 64 | 0, () => ScopeSettings$, 128 | 0],
  4
];
var CodeSnippetError$ = [
  3,
  n05,
  _CSE,
  0,
  [_fAin, _eC, _eM],
  [0, 0, 0],
  3
];
var CodeSnippetResult$ = [
  3,
  n05,
  _CSR,
  0,
  [_fAin, _sLt, _eL, _cSo, _sFu],
  [0, 1, 1, () => CodeLineList, () => SuggestedFixes]
];
var CodeVulnerabilityDetails$ = [
  3,
  n05,
  _CVD,
  0,
  [_fP2, _dI2, _dN2, _cw, _dT2, _rU, _rIu, _sLLA],
  [() => CodeFilePath$, 0, 0, 64 | 0, 64 | 0, 64 | 0, 0, 0],
  4
];
var ComputePlatform$ = [
  3,
  n05,
  _CP,
  0,
  [_ven, _pr, _ve],
  [0, 0, 0]
];
var Connector$ = [
  3,
  n05,
  _C2,
  0,
  [_cAo, _pro, _cAr, _uA, _na, _d3, _eS2, _eSR, _h2, _aR2, _aCCA, _sCc2, _ta2, _aIVMS],
  [0, 0, 5, 5, 0, 0, 0, 0, () => ConnectorHealth$, 64 | 0, 0, () => AzureScopeConfiguration$, 128 | 0, 2],
  4
];
var ConnectorArnFilter$ = [
  3,
  n05,
  _CAF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var ConnectorContainerImageScanConfiguration$ = [
  3,
  n05,
  _CCISC,
  0,
  [_pD, _pDu],
  [0, 0]
];
var ConnectorFilterCriteria$ = [
  3,
  n05,
  _CFC,
  0,
  [_cAon, _ac, _aCCAw, _cT2, _pro],
  [() => ConnectorArnFilterList, () => StringFilterList, () => AwsConfigConnectorArnFilterList, () => ConnectorTypeFilterList, () => ProviderFilterList]
];
var ConnectorHealth$ = [
  3,
  n05,
  _CH,
  0,
  [_cSon, _lCA, _m4],
  [0, 5, 0],
  2
];
var ConnectorScanConfiguration$ = [
  3,
  n05,
  _CSCo,
  0,
  [_cIS2],
  [() => ConnectorContainerImageScanConfiguration$]
];
var ConnectorScanConfigurationItem$ = [
  3,
  n05,
  _CSCI,
  0,
  [_aCCA, _cAon, _sCca],
  [0, 64 | 0, () => ConnectorScanConfiguration$],
  3
];
var ConnectorTypeFilter$ = [
  3,
  n05,
  _CTF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var ContainerImageAggregation$ = [
  3,
  n05,
  _CIA,
  0,
  [_rIe3, _iD, _rep, _regi, _ar2, _iT2, _cPlo, _cPlou, _cRl, _cOIl, _cAIl, _lIUA, _iUC, _sO, _sB2],
  [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => NumberFilterList, 0, 0]
];
var ContainerImageAggregationResponse$ = [
  3,
  n05,
  _CIAR,
  0,
  [_rI2, _cP, _cAI, _cPl, _cR, _cOI, _iDm, _repo, _reg, _arc, _iT2, _aI2, _sC2, _lIUA, _iUC, _eAAFC, _fAAFC],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 0, () => SeverityCounts$, 4, 1, 1, 1],
  1
];
var ContainerImageMetadata$ = [
  3,
  n05,
  _CIM,
  0,
  [_iT2, _iPA, _lIUA, _iUC],
  [64 | 0, 4, 4, 1]
];
var ContainerRegistryMetadata$ = [
  3,
  n05,
  _CRMo,
  0,
  [_na],
  [0]
];
var ContainerRepositoryMetadata$ = [
  3,
  n05,
  _CRMon,
  0,
  [_na, _sFc],
  [0, 0]
];
var ContinuousIntegrationScanConfiguration$ = [
  3,
  n05,
  _CISC,
  0,
  [_sE2],
  [64 | 0],
  1
];
var Counts$ = [
  3,
  n05,
  _Co3,
  0,
  [_cou2, _gK],
  [1, 0]
];
var CoverageDateFilter$ = [
  3,
  n05,
  _CDFo,
  0,
  [_sIt, _eI],
  [4, 4]
];
var CoverageFilterCriteria$ = [
  3,
  n05,
  _CFCo,
  0,
  [_sSC, _sSR, _aI2, _rI2, _rT3, _sT3, _eRN, _eIT, _eITc, _lFN, _lFT, _lFR, _lSAa, _sM2, _iPA, _eILIUA, _eIIUC, _cRPN, _cRPT, _cRPTV, _lSCI, _cP, _cPAI, _cPR, _cVIT, _cCIT, _cCRN, _cCRNl, _cSFN, _cSFR, _cSFT, _cPOI],
  [() => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageMapFilterList, () => CoverageStringFilterList, () => CoverageMapFilterList, () => CoverageStringFilterList, () => CoverageDateFilterList, () => CoverageStringFilterList, () => CoverageDateFilterList, () => CoverageDateFilterList, () => CoverageNumberFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageMapFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageMapFilterList, () => CoverageStringFilterList]
];
var CoverageMapFilter$ = [
  3,
  n05,
  _CMF,
  0,
  [_co3, _k2, _v3],
  [0, 0, 0],
  2
];
var CoverageNumberFilter$ = [
  3,
  n05,
  _CNFo,
  0,
  [_uI, _lI],
  [1, 1]
];
var CoverageStringFilter$ = [
  3,
  n05,
  _CSFo,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var CoveredResource$ = [
  3,
  n05,
  _CR2,
  0,
  [_rT3, _rI2, _aI2, _sT3, _sSc, _rM2, _lSAa, _sM2, _pro, _pAI, _pOI, _pR2, _pP2],
  [0, 0, 0, 0, () => ScanStatus$, () => ResourceScanMetadata$, 4, 0, 0, 0, 0, 0, 0],
  4
];
var CreateCisScanConfigurationRequest$ = [
  3,
  n05,
  _CCSCR,
  0,
  [_sN, _sL, _sc, _t3, _ta2],
  [0, 0, () => Schedule$, () => CreateCisTargets$, 128 | 0],
  4
];
var CreateCisScanConfigurationResponse$ = [
  3,
  n05,
  _CCSCRr,
  0,
  [_sCA],
  [0]
];
var CreateCisTargets$ = [
  3,
  n05,
  _CCT,
  0,
  [_aIc2, _tRT],
  [64 | 0, [2, n05, _TRT, 0, 0, 64 | 0]],
  2
];
var CreateCodeSecurityIntegrationRequest$ = [
  3,
  n05,
  _CCSIR,
  0,
  [_na, _ty2, _de, _ta2],
  [0, 0, [() => CreateIntegrationDetail$, 0], 128 | 0],
  2
];
var CreateCodeSecurityIntegrationResponse$ = [
  3,
  n05,
  _CCSIRr,
  0,
  [_iA, _st2, _aU],
  [0, 0, [() => AuthorizationUrl, 0]],
  2
];
var CreateCodeSecurityScanConfigurationRequest$ = [
  3,
  n05,
  _CCSSCR,
  0,
  [_na, _le, _conf, _sSco, _ta2],
  [0, 0, () => CodeSecurityScanConfiguration$, () => ScopeSettings$, 128 | 0],
  3
];
var CreateCodeSecurityScanConfigurationResponse$ = [
  3,
  n05,
  _CCSSCRr,
  0,
  [_sCA],
  [0],
  1
];
var CreateConnectorRequest$ = [
  3,
  n05,
  _CCR,
  0,
  [_na, _pro, _pDr, _cTl2, _d3, _ta2],
  [0, 0, () => ProviderDetailCreate$, [0, 4], 0, 128 | 0],
  3
];
var CreateConnectorResponse$ = [
  3,
  n05,
  _CCRr,
  0,
  [_cAo],
  [0],
  1
];
var CreateFilterRequest$ = [
  3,
  n05,
  _CFR,
  0,
  [_act, _fCi, _na, _d3, _ta2, _r2],
  [0, () => FilterCriteria$, 0, 0, 128 | 0, 0],
  3
];
var CreateFilterResponse$ = [
  3,
  n05,
  _CFRr,
  0,
  [_arn],
  [0],
  1
];
var CreateFindingsReportRequest$ = [
  3,
  n05,
  _CFRRr,
  0,
  [_rF3, _sDe, _fCi],
  [0, () => Destination$, () => FilterCriteria$],
  2
];
var CreateFindingsReportResponse$ = [
  3,
  n05,
  _CFRRre,
  0,
  [_rIep],
  [0]
];
var CreateGitLabSelfManagedIntegrationDetail$ = [
  3,
  n05,
  _CGLSMID,
  0,
  [_iU, _aT],
  [[() => InstanceUrl, 0], [() => GitLabAccessToken, 0]],
  2
];
var CreateSbomExportRequest$ = [
  3,
  n05,
  _CSERr,
  0,
  [_rF3, _sDe, _rFC],
  [0, () => Destination$, () => ResourceFilterCriteria$],
  2
];
var CreateSbomExportResponse$ = [
  3,
  n05,
  _CSERre,
  0,
  [_rIep],
  [0]
];
var Cvss2$ = [
  3,
  n05,
  _Cv,
  0,
  [_bS, _sV3],
  [1, 0]
];
var Cvss3$ = [
  3,
  n05,
  _Cvs,
  0,
  [_bS, _sV3],
  [1, 0]
];
var Cvss4$ = [
  3,
  n05,
  _Cvss,
  0,
  [_bS, _sV3],
  [1, 0]
];
var CvssScore$ = [
  3,
  n05,
  _CSv,
  0,
  [_bS, _sV3, _ve, _so2],
  [1, 0, 0, 0],
  4
];
var CvssScoreAdjustment$ = [
  3,
  n05,
  _CSA,
  0,
  [_me, _r2],
  [0, 0],
  2
];
var CvssScoreDetails$ = [
  3,
  n05,
  _CSD,
  0,
  [_sScor, _ve, _sco, _sV3, _cSv, _ad],
  [0, 0, 1, 0, 0, () => CvssScoreAdjustmentList],
  4
];
var DailySchedule$ = [
  3,
  n05,
  _DS,
  0,
  [_sTt2],
  [() => Time$],
  1
];
var DateFilter$ = [
  3,
  n05,
  _DF,
  0,
  [_sIt, _eI],
  [4, 4]
];
var DelegatedAdmin$ = [
  3,
  n05,
  _DA,
  0,
  [_aI2, _rSel],
  [0, 0]
];
var DelegatedAdminAccount$ = [
  3,
  n05,
  _DAA,
  0,
  [_aI2, _st2],
  [0, 0]
];
var DeleteCisScanConfigurationRequest$ = [
  3,
  n05,
  _DCSCR,
  0,
  [_sCA],
  [0],
  1
];
var DeleteCisScanConfigurationResponse$ = [
  3,
  n05,
  _DCSCRe,
  0,
  [_sCA],
  [0],
  1
];
var DeleteCodeSecurityIntegrationRequest$ = [
  3,
  n05,
  _DCSIR,
  0,
  [_iA],
  [0],
  1
];
var DeleteCodeSecurityIntegrationResponse$ = [
  3,
  n05,
  _DCSIRe,
  0,
  [_iA],
  [0]
];
var DeleteCodeSecurityScanConfigurationRequest$ = [
  3,
  n05,
  _DCSSCR,
  0,
  [_sCA],
  [0],
  1
];
var DeleteCodeSecurityScanConfigurationResponse$ = [
  3,
  n05,
  _DCSSCRe,
  0,
  [_sCA],
  [0]
];
var DeleteConnectorRequest$ = [
  3,
  n05,
  _DCR,
  0,
  [_cAo],
  [0],
  1
];
var DeleteConnectorResponse$ = [
  3,
  n05,
  _DCRe,
  0,
  [],
  []
];
var DeleteFilterRequest$ = [
  3,
  n05,
  _DFR,
  0,
  [_arn],
  [0],
  1
];
var DeleteFilterResponse$ = [
  3,
  n05,
  _DFRe,
  0,
  [_arn],
  [0],
  1
];
var DescribeOrganizationConfigurationRequest$ = [
  3,
  n05,
  _DOCR,
  0,
  [],
  []
];
var DescribeOrganizationConfigurationResponse$ = [
  3,
  n05,
  _DOCRe,
  0,
  [_aE, _mALR],
  [() => AutoEnable$, 2]
];
var Destination$ = [
  3,
  n05,
  _D5,
  0,
  [_bN, _kKA2, _kP2],
  [0, 0, 0],
  2
];
var DisableDelegatedAdminAccountRequest$ = [
  3,
  n05,
  _DDAAR,
  0,
  [_dAAI],
  [0],
  1
];
var DisableDelegatedAdminAccountResponse$ = [
  3,
  n05,
  _DDAARi,
  0,
  [_dAAI],
  [0],
  1
];
var DisableRequest$ = [
  3,
  n05,
  _DR3,
  0,
  [_aIc2, _rTe3],
  [64 | 0, 64 | 0]
];
var DisableResponse$ = [
  3,
  n05,
  _DRi,
  0,
  [_ac, _fAa],
  [() => AccountList, () => FailedAccountList],
  1
];
var DisassociateConfigurationRequest$ = [
  3,
  n05,
  _DCRi,
  0,
  [_sCA, _re2],
  [0, () => CodeSecurityResource$],
  2
];
var DisassociateMemberRequest$ = [
  3,
  n05,
  _DMR,
  0,
  [_aI2],
  [0],
  1
];
var DisassociateMemberResponse$ = [
  3,
  n05,
  _DMRi,
  0,
  [_aI2],
  [0],
  1
];
var Ec2Configuration$ = [
  3,
  n05,
  _EC2,
  0,
  [_sM2, _aVMS],
  [0, 2],
  1
];
var Ec2ConfigurationState$ = [
  3,
  n05,
  _ECS,
  0,
  [_sMS, _vSS],
  [() => Ec2ScanModeState$, () => VMScannerState$]
];
var Ec2InstanceAggregation$ = [
  3,
  n05,
  _EIA,
  0,
  [_a3, _oS, _iIn, _iTn, _sO, _sB2],
  [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, 0, 0]
];
var Ec2InstanceAggregationResponse$ = [
  3,
  n05,
  _EIAR,
  0,
  [_iIns, _am, _oSp, _iTn, _aI2, _sC2, _nF],
  [0, 0, 0, 128 | 0, 0, () => SeverityCounts$, 1],
  1
];
var Ec2Metadata$ = [
  3,
  n05,
  _EM3,
  0,
  [_ta2, _aIm, _p2],
  [128 | 0, 0, 0]
];
var Ec2ScanModeState$ = [
  3,
  n05,
  _ESMS,
  0,
  [_sM2, _sMSc],
  [0, 0]
];
var EcrConfiguration$ = [
  3,
  n05,
  _ECc,
  0,
  [_rD2, _pDRD, _pDRM],
  [0, 0, 0],
  1
];
var EcrConfigurationState$ = [
  3,
  n05,
  _ECSc,
  0,
  [_rDS],
  [() => EcrRescanDurationState$]
];
var EcrContainerImageMetadata$ = [
  3,
  n05,
  _ECIM,
  0,
  [_ta2, _iPA, _lIUA, _iUC],
  [64 | 0, 4, 4, 1]
];
var EcrRepositoryMetadata$ = [
  3,
  n05,
  _ERM,
  0,
  [_na, _sFc],
  [0, 0]
];
var EcrRescanDurationState$ = [
  3,
  n05,
  _ERDS,
  0,
  [_rD2, _st2, _uA, _pDRD, _pDRM],
  [0, 0, 4, 0, 0]
];
var EnableDelegatedAdminAccountRequest$ = [
  3,
  n05,
  _EDAAR,
  0,
  [_dAAI, _cTl2],
  [0, [0, 4]],
  1
];
var EnableDelegatedAdminAccountResponse$ = [
  3,
  n05,
  _EDAARn,
  0,
  [_dAAI],
  [0],
  1
];
var EnableRequest$ = [
  3,
  n05,
  _ER3,
  0,
  [_rTe3, _aIc2, _cTl2],
  [64 | 0, 64 | 0, [0, 4]],
  1
];
var EnableResponse$ = [
  3,
  n05,
  _ERn,
  0,
  [_ac, _fAa],
  [() => AccountList, () => FailedAccountList],
  1
];
var Epss$ = [
  3,
  n05,
  _E3,
  0,
  [_sco],
  [1]
];
var EpssDetails$ = [
  3,
  n05,
  _ED,
  0,
  [_sco],
  [1]
];
var Evidence$ = [
  3,
  n05,
  _Ev,
  0,
  [_eR, _eD, _sev],
  [0, 0, 0]
];
var ExploitabilityDetails$ = [
  3,
  n05,
  _EDx,
  0,
  [_lKEA],
  [4]
];
var ExploitObserved$ = [
  3,
  n05,
  _EO,
  0,
  [_lS3, _fS2],
  [4, 4]
];
var FailedAccount$ = [
  3,
  n05,
  _FA,
  0,
  [_aI2, _eC, _eM, _st2, _rS2],
  [0, 0, 0, 0, () => ResourceStatus$],
  3
];
var FailedAssociationResult$ = [
  3,
  n05,
  _FAR,
  0,
  [_sCA, _re2, _sCta, _sMt],
  [0, () => CodeSecurityResource$, 0, 0]
];
var FailedMemberAccountEc2DeepInspectionStatusState$ = [
  3,
  n05,
  _FMAEDISS,
  0,
  [_aI2, _eSS, _eM],
  [0, 0, 0],
  1
];
var Filter$ = [
  3,
  n05,
  _F4,
  0,
  [_arn, _oI, _na, _cr, _act, _cAr, _uA, _d3, _r2, _ta2],
  [0, 0, 0, () => FilterCriteria$, 0, 4, 4, 0, 0, 128 | 0],
  7
];
var FilterCriteria$ = [
  3,
  n05,
  _FC2,
  0,
  [_fAin, _aAI, _fT, _sev, _fOA, _lOA, _uA, _fSi2, _ti2, _iSn, _rT3, _rI2, _rTes, _eIII, _eIVI, _eISI, _eIPA, _eIA, _eIR, _eIRN, _eIT, _eIH, _eILIUA, _eIIUC, _pRo, _nP, _cIo, _cTo, _vIu, _vSu, _vSe, _vP, _rV, _fAix, _lFN, _lFL, _lFR, _lFLMA, _lFERA, _eA, _cVDN, _cVDT, _cVFP, _eSp, _cRPN, _cRPT, _cP, _cPR, _cPAI, _cPOI, _cVIR, _cVNI, _cVSI, _cIRN, _cIR, _cID, _cIT, _cIPA, _cIA, _cILIUA, _cIIUC, _cSFN, _cSFR, _cSFLMA, _cSFER],
  [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => DateFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => NumberFilterList, () => PortRangeFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => PackageFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => DateFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList]
];
var Finding$ = [
  3,
  n05,
  _Fi,
  0,
  [_fAin, _aAI, _ty2, _d3, _rem, _sev, _fOA, _lOA, _st2, _res, _ti2, _uA, _iSn, _iSD, _nRD, _pVD, _fAix, _eA, _eDx, _cVD, _ep],
  [0, 0, 0, 0, () => Remediation$, 0, 4, 4, 0, () => ResourceList, 0, 4, 1, () => InspectorScoreDetails$, () => NetworkReachabilityDetails$, () => PackageVulnerabilityDetails$, 0, 0, () => ExploitabilityDetails$, () => CodeVulnerabilityDetails$, () => EpssDetails$],
  10
];
var FindingDetail$ = [
  3,
  n05,
  _FD2,
  0,
  [_fAin, _cDi, _rSi, _ev, _tt, _to2, _eO, _rU, _cw, _eSp],
  [0, () => CisaData$, 1, () => EvidenceList, 64 | 0, 64 | 0, () => ExploitObserved$, 64 | 0, 64 | 0, 1]
];
var FindingDetailsError$ = [
  3,
  n05,
  _FDE2,
  0,
  [_fAin, _eC, _eM],
  [0, 0, 0],
  3
];
var FindingTypeAggregation$ = [
  3,
  n05,
  _FTA,
  0,
  [_fT, _rT3, _sO, _sB2],
  [0, 0, 0, 0]
];
var FindingTypeAggregationResponse$ = [
  3,
  n05,
  _FTAR,
  0,
  [_aI2, _sC2, _eAC, _fAC, _cP, _cAI, _cOI, _cR, _cPl],
  [0, () => SeverityCounts$, 1, 1, 0, 0, 0, 0, 0]
];
var FreeTrialAccountInfo$ = [
  3,
  n05,
  _FTAI,
  0,
  [_aI2, _fTI],
  [0, () => FreeTrialInfoList],
  2
];
var FreeTrialInfo$ = [
  3,
  n05,
  _FTI,
  0,
  [_ty2, _star, _en2, _st2, _cP],
  [0, 4, 4, 0, 0],
  4
];
var FreeTrialInfoError$ = [
  3,
  n05,
  _FTIE,
  0,
  [_aI2, _cod, _m4],
  [0, 0, 0],
  3
];
var GetCisScanReportRequest$ = [
  3,
  n05,
  _GCSRR,
  0,
  [_sAc, _tA2, _rF3],
  [0, 64 | 0, 0],
  1
];
var GetCisScanReportResponse$ = [
  3,
  n05,
  _GCSRRe,
  0,
  [_u2, _st2],
  [0, 0]
];
var GetCisScanResultDetailsRequest$ = [
  3,
  n05,
  _GCSRDR,
  0,
  [_sAc, _tRI, _aI2, _fCi, _sB2, _sO, _nT3, _mR2],
  [0, 0, 0, () => CisScanResultDetailsFilterCriteria$, 0, 0, 0, 1],
  3
];
var GetCisScanResultDetailsResponse$ = [
  3,
  n05,
  _GCSRDRe,
  0,
  [_sRD, _nT3],
  [() => CisScanResultDetailsList, 0]
];
var GetClustersForImageRequest$ = [
  3,
  n05,
  _GCFIR,
  0,
  [_fi2, _mR2, _nT3],
  [() => ClusterForImageFilterCriteria$, 1, 0],
  1
];
var GetClustersForImageResponse$ = [
  3,
  n05,
  _GCFIRe,
  0,
  [_cl, _nT3],
  [() => ClusterInformationList, 0],
  1
];
var GetCodeSecurityIntegrationRequest$ = [
  3,
  n05,
  _GCSIR,
  0,
  [_iA, _ta2],
  [0, 128 | 0],
  1
];
var GetCodeSecurityIntegrationResponse$ = [
  3,
  n05,
  _GCSIRe,
  0,
  [_iA, _na, _ty2, _st2, _sR2, _cO, _lUO, _ta2, _aU],
  [0, 0, 0, 0, 0, 4, 4, 128 | 0, [() => AuthorizationUrl, 0]],
  7
];
var GetCodeSecurityScanConfigurationRequest$ = [
  3,
  n05,
  _GCSSCR,
  0,
  [_sCA],
  [0],
  1
];
var GetCodeSecurityScanConfigurationResponse$ = [
  3,
  n05,
  _GCSSCRe,
  0,
  [_sCA, _na, _conf, _le, _sSco, _cAr, _lUA, _ta2],
  [0, 0, () => CodeSecurityScanConfiguration$, 0, () => ScopeSettings$, 4, 4, 128 | 0]
];
var GetCodeSecurityScanRequest$ = [
  3,
  n05,
  _GCSSR,
  0,
  [_re2, _sIc],
  [() => CodeSecurityResource$, 0],
  2
];
var GetCodeSecurityScanResponse$ = [
  3,
  n05,
  _GCSSRe,
  0,
  [_sIc, _re2, _aI2, _st2, _sR2, _cAr, _uA, _lCI],
  [0, () => CodeSecurityResource$, 0, 0, 0, 4, 4, 0]
];
var GetConfigurationRequest$ = [
  3,
  n05,
  _GCR2,
  0,
  [_aI2],
  [0]
];
var GetConfigurationResponse$ = [
  3,
  n05,
  _GCRe2,
  0,
  [_eCc, _eCco],
  [() => EcrConfigurationState$, () => Ec2ConfigurationState$]
];
var GetDelegatedAdminAccountRequest$ = [
  3,
  n05,
  _GDAAR,
  0,
  [],
  []
];
var GetDelegatedAdminAccountResponse$ = [
  3,
  n05,
  _GDAARe,
  0,
  [_dAe],
  [() => DelegatedAdmin$]
];
var GetEc2DeepInspectionConfigurationRequest$ = [
  3,
  n05,
  _GEDICR,
  0,
  [],
  []
];
var GetEc2DeepInspectionConfigurationResponse$ = [
  3,
  n05,
  _GEDICRe,
  0,
  [_pPa, _oPP, _st2, _eM],
  [64 | 0, 64 | 0, 0, 0]
];
var GetEncryptionKeyRequest$ = [
  3,
  n05,
  _GEKR,
  0,
  [_sT3, _rT3],
  [[0, { [_hQ]: _sT3 }], [0, { [_hQ]: _rT3 }]],
  2
];
var GetEncryptionKeyResponse$ = [
  3,
  n05,
  _GEKRe,
  0,
  [_kKI2],
  [0],
  1
];
var GetFindingsReportStatusRequest$ = [
  3,
  n05,
  _GFRSR,
  0,
  [_rIep],
  [0]
];
var GetFindingsReportStatusResponse$ = [
  3,
  n05,
  _GFRSRe,
  0,
  [_rIep, _st2, _eC, _eM, _des2, _fCi],
  [0, 0, 0, 0, () => Destination$, () => FilterCriteria$]
];
var GetMemberRequest$ = [
  3,
  n05,
  _GMR,
  0,
  [_aI2],
  [0],
  1
];
var GetMemberResponse$ = [
  3,
  n05,
  _GMRe,
  0,
  [_mem],
  [() => Member$]
];
var GetSbomExportRequest$ = [
  3,
  n05,
  _GSER,
  0,
  [_rIep],
  [0],
  1
];
var GetSbomExportResponse$ = [
  3,
  n05,
  _GSERe,
  0,
  [_rIep, _fo, _st2, _eC, _eM, _sDe, _fCi],
  [0, 0, 0, 0, 0, () => Destination$, () => ResourceFilterCriteria$]
];
var Image$ = [
  3,
  n05,
  _I,
  0,
  [_rN3, _reg, _iT2, _iDm, _pA, _arc, _au, _iUC, _lIUA, _p2],
  [0, 0, 64 | 0, 0, 4, 0, 0, 1, 4, 0]
];
var ImageLayerAggregation$ = [
  3,
  n05,
  _ILA,
  0,
  [_rep, _rIe3, _lH, _cPlo, _cAIl, _cOIl, _cRl, _cPlou, _sO, _sB2],
  [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0]
];
var ImageLayerAggregationResponse$ = [
  3,
  n05,
  _ILAR,
  0,
  [_repo, _rI2, _lHa, _aI2, _cP, _cAI, _cOI, _cR, _cPl, _sC2],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, () => SeverityCounts$],
  4
];
var InspectorScoreDetails$ = [
  3,
  n05,
  _ISD,
  0,
  [_aC],
  [() => CvssScoreDetails$]
];
var LambdaFunctionAggregation$ = [
  3,
  n05,
  _LFA2,
  0,
  [_rIe3, _fNu, _run, _fTu, _sO, _sB2],
  [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, 0, 0]
];
var LambdaFunctionAggregationResponse$ = [
  3,
  n05,
  _LFAR,
  0,
  [_rI2, _fN3, _ru, _lT2, _aI2, _sC2, _lMA],
  [0, 0, 0, 128 | 0, 0, () => SeverityCounts$, 4],
  1
];
var LambdaFunctionMetadata$ = [
  3,
  n05,
  _LFM,
  0,
  [_fTu, _la, _fN3, _ru],
  [128 | 0, 64 | 0, 0, 0]
];
var LambdaLayerAggregation$ = [
  3,
  n05,
  _LLA,
  0,
  [_fNu, _rIe3, _lAa, _sO, _sB2],
  [() => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0]
];
var LambdaLayerAggregationResponse$ = [
  3,
  n05,
  _LLAR,
  0,
  [_fN3, _rI2, _lAay, _aI2, _sC2],
  [0, 0, 0, 0, () => SeverityCounts$],
  4
];
var LambdaVpcConfig$ = [
  3,
  n05,
  _LVC,
  0,
  [_sIu, _sGI, _vI],
  [64 | 0, 64 | 0, 0]
];
var ListAccountPermissionsRequest$ = [
  3,
  n05,
  _LAPR,
  0,
  [_ser2, _mR2, _nT3],
  [0, 1, 0]
];
var ListAccountPermissionsResponse$ = [
  3,
  n05,
  _LAPRi,
  0,
  [_pe, _nT3],
  [() => Permissions, 0],
  1
];
var ListCisScanConfigurationsFilterCriteria$ = [
  3,
  n05,
  _LCSCFC,
  0,
  [_sNF, _tRTF, _sCAF],
  [() => CisScanNameFilterList, () => ResourceTagFilterList, () => CisScanConfigurationArnFilterList]
];
var ListCisScanConfigurationsRequest$ = [
  3,
  n05,
  _LCSCR,
  0,
  [_fCi, _sB2, _sO, _nT3, _mR2],
  [() => ListCisScanConfigurationsFilterCriteria$, 0, 0, 0, 1]
];
var ListCisScanConfigurationsResponse$ = [
  3,
  n05,
  _LCSCRi,
  0,
  [_sCcan, _nT3],
  [() => CisScanConfigurationList, 0]
];
var ListCisScanResultsAggregatedByChecksRequest$ = [
  3,
  n05,
  _LCSRABCR,
  0,
  [_sAc, _fCi, _sB2, _sO, _nT3, _mR2],
  [0, () => CisScanResultsAggregatedByChecksFilterCriteria$, 0, 0, 0, 1],
  1
];
var ListCisScanResultsAggregatedByChecksResponse$ = [
  3,
  n05,
  _LCSRABCRi,
  0,
  [_cAh, _nT3],
  [() => CisCheckAggregationList, 0]
];
var ListCisScanResultsAggregatedByTargetResourceRequest$ = [
  3,
  n05,
  _LCSRABTRR,
  0,
  [_sAc, _fCi, _sB2, _sO, _nT3, _mR2],
  [0, () => CisScanResultsAggregatedByTargetResourceFilterCriteria$, 0, 0, 0, 1],
  1
];
var ListCisScanResultsAggregatedByTargetResourceResponse$ = [
  3,
  n05,
  _LCSRABTRRi,
  0,
  [_tRA, _nT3],
  [() => CisTargetResourceAggregationList, 0]
];
var ListCisScansFilterCriteria$ = [
  3,
  n05,
  _LCSFC,
  0,
  [_sNF, _tRTF, _tRIF, _sSF, _sAF, _sCAF, _sAFc, _sBF, _fCF, _tAIF],
  [() => CisScanNameFilterList, () => ResourceTagFilterList, () => ResourceIdFilterList, () => CisScanStatusFilterList, () => CisScanDateFilterList, () => CisScanConfigurationArnFilterList, () => CisScanArnFilterList, () => CisScheduledByFilterList, () => CisNumberFilterList, () => AccountIdFilterList]
];
var ListCisScansRequest$ = [
  3,
  n05,
  _LCSR,
  0,
  [_fCi, _dL, _sB2, _sO, _nT3, _mR2],
  [() => ListCisScansFilterCriteria$, 0, 0, 0, 0, 1]
];
var ListCisScansResponse$ = [
  3,
  n05,
  _LCSRi,
  0,
  [_sca, _nT3],
  [() => CisScanList, 0]
];
var ListCodeSecurityIntegrationsRequest$ = [
  3,
  n05,
  _LCSIR,
  0,
  [_nT3, _mR2],
  [[0, { [_hQ]: _nT3 }], [1, { [_hQ]: _mR2 }]]
];
var ListCodeSecurityIntegrationsResponse$ = [
  3,
  n05,
  _LCSIRi,
  0,
  [_i2, _nT3],
  [() => IntegrationSummaries, 0]
];
var ListCodeSecurityScanConfigurationAssociationsRequest$ = [
  3,
  n05,
  _LCSSCAR,
  0,
  [_sCA, _nT3, _mR2],
  [0, [0, { [_hQ]: _nT3 }], [1, { [_hQ]: _mR2 }]],
  1
];
var ListCodeSecurityScanConfigurationAssociationsResponse$ = [
  3,
  n05,
  _LCSSCARi,
  0,
  [_as, _nT3],
  [() => CodeSecurityScanConfigurationAssociationSummaries, 0]
];
var ListCodeSecurityScanConfigurationsRequest$ = [
  3,
  n05,
  _LCSSCR,
  0,
  [_nT3, _mR2],
  [[0, { [_hQ]: _nT3 }], [1, { [_hQ]: _mR2 }]]
];
var ListCodeSecurityScanConfigurationsResponse$ = [
  3,
  n05,
  _LCSSCRi,
  0,
  [_confi, _nT3],
  [() => CodeSecurityScanConfigurationSummaries, 0]
];
var ListConnectorScanConfigurationsRequest$ = [
  3,
  n05,
  _LCSCRis,
  0,
  [_aCCAw, _mR2, _nT3],
  [64 | 0, 1, [() => ConnectorNextToken, 0]]
];
var ListConnectorScanConfigurationsResponse$ = [
  3,
  n05,
  _LCSCRist,
  0,
  [_sCcan, _nT3],
  [() => ConnectorScanConfigurationItemList, [() => ConnectorNextToken, 0]],
  1
];
var ListConnectorsRequest$ = [
  3,
  n05,
  _LCR,
  0,
  [_mR2, _nT3, _fCi],
  [1, [() => ConnectorNextToken, 0], () => ConnectorFilterCriteria$]
];
var ListConnectorsResponse$ = [
  3,
  n05,
  _LCRi,
  0,
  [_it, _nT3],
  [() => ConnectorList, [() => ConnectorNextToken, 0]],
  1
];
var ListCoverageRequest$ = [
  3,
  n05,
  _LCRis,
  0,
  [_mR2, _nT3, _fCi],
  [1, 0, () => CoverageFilterCriteria$]
];
var ListCoverageResponse$ = [
  3,
  n05,
  _LCRist,
  0,
  [_nT3, _cRov],
  [0, () => CoveredResources]
];
var ListCoverageStatisticsRequest$ = [
  3,
  n05,
  _LCSRis,
  0,
  [_fCi, _gB2, _nT3],
  [() => CoverageFilterCriteria$, 0, 0]
];
var ListCoverageStatisticsResponse$ = [
  3,
  n05,
  _LCSRist,
  0,
  [_tCo, _cBG, _nT3],
  [1, () => CountsList, 0],
  1
];
var ListDelegatedAdminAccountsRequest$ = [
  3,
  n05,
  _LDAAR,
  0,
  [_mR2, _nT3],
  [1, 0]
];
var ListDelegatedAdminAccountsResponse$ = [
  3,
  n05,
  _LDAARi,
  0,
  [_dAA, _nT3],
  [() => DelegatedAdminAccountList, 0]
];
var ListFiltersRequest$ = [
  3,
  n05,
  _LFR,
  0,
  [_arns, _act, _nT3, _mR2],
  [64 | 0, 0, 0, 1]
];
var ListFiltersResponse$ = [
  3,
  n05,
  _LFRi,
  0,
  [_fil, _nT3],
  [() => FilterList, 0],
  1
];
var ListFindingAggregationsRequest$ = [
  3,
  n05,
  _LFARi,
  0,
  [_aTg, _nT3, _mR2, _aIc2, _aRg],
  [0, 0, 1, () => StringFilterList, () => AggregationRequest$],
  1
];
var ListFindingAggregationsResponse$ = [
  3,
  n05,
  _LFARis,
  0,
  [_aTg, _resp, _nT3],
  [0, () => AggregationResponseList, 0],
  1
];
var ListFindingsRequest$ = [
  3,
  n05,
  _LFRis,
  0,
  [_mR2, _nT3, _fCi, _sCo2],
  [1, 0, () => FilterCriteria$, () => SortCriteria$]
];
var ListFindingsResponse$ = [
  3,
  n05,
  _LFRist,
  0,
  [_nT3, _fin],
  [0, () => FindingList]
];
var ListMembersRequest$ = [
  3,
  n05,
  _LMR,
  0,
  [_oA, _mR2, _nT3],
  [2, 1, 0]
];
var ListMembersResponse$ = [
  3,
  n05,
  _LMRi,
  0,
  [_memb, _nT3],
  [() => MemberList, 0]
];
var ListTagsForResourceRequest$ = [
  3,
  n05,
  _LTFRR,
  0,
  [_rA2],
  [[0, 1]],
  1
];
var ListTagsForResourceResponse$2 = [
  3,
  n05,
  _LTFRRi2,
  0,
  [_ta2],
  [128 | 0]
];
var ListUsageTotalsRequest$ = [
  3,
  n05,
  _LUTR,
  0,
  [_mR2, _nT3, _aIc2],
  [1, 0, 64 | 0]
];
var ListUsageTotalsResponse$ = [
  3,
  n05,
  _LUTRi,
  0,
  [_nT3, _tot],
  [0, () => UsageTotalList]
];
var MapFilter$ = [
  3,
  n05,
  _MF2,
  0,
  [_co3, _k2, _v3],
  [0, 0, 0],
  2
];
var Member$ = [
  3,
  n05,
  _M4,
  0,
  [_aI2, _rSel, _dAAI, _uA],
  [0, 0, 0, 4]
];
var MemberAccountEc2DeepInspectionStatus$ = [
  3,
  n05,
  _MAEDIS,
  0,
  [_aI2, _aDI],
  [0, 2],
  2
];
var MemberAccountEc2DeepInspectionStatusState$ = [
  3,
  n05,
  _MAEDISS,
  0,
  [_aI2, _st2, _eM],
  [0, 0, 0],
  1
];
var MonthlySchedule$ = [
  3,
  n05,
  _MS2,
  0,
  [_sTt2, _da2],
  [() => Time$, 0],
  2
];
var NetworkPath$ = [
  3,
  n05,
  _NP,
  0,
  [_ste],
  [() => StepList]
];
var NetworkReachabilityDetails$ = [
  3,
  n05,
  _NRD,
  0,
  [_oPR, _prot, _nPe],
  [() => PortRange$, 0, () => NetworkPath$],
  3
];
var NumberFilter$ = [
  3,
  n05,
  _NF,
  0,
  [_uI, _lI],
  [1, 1]
];
var OneTimeSchedule$ = [
  3,
  n05,
  _OTS,
  0,
  [],
  []
];
var PackageAggregation$ = [
  3,
  n05,
  _PA2,
  0,
  [_pNa, _sO, _sB2],
  [() => StringFilterList, 0, 0]
];
var PackageAggregationResponse$ = [
  3,
  n05,
  _PAR,
  0,
  [_pNac, _aI2, _sC2],
  [0, 0, () => SeverityCounts$],
  1
];
var PackageFilter$ = [
  3,
  n05,
  _PF2,
  0,
  [_na, _ve, _epo, _rel, _arc, _sLH, _sLLA, _fP2],
  [() => StringFilter$, () => StringFilter$, () => NumberFilter$, () => StringFilter$, () => StringFilter$, () => StringFilter$, () => StringFilter$, () => StringFilter$]
];
var PackageVulnerabilityDetails$ = [
  3,
  n05,
  _PVD,
  0,
  [_vIu, _so2, _vP, _cv, _rV, _sU2, _vSe, _vCA, _vUA, _rU],
  [0, 0, () => VulnerablePackageList, () => CvssScoreList, 64 | 0, 0, 0, 4, 4, 64 | 0],
  2
];
var PeriodicScanConfiguration$ = [
  3,
  n05,
  _PSC,
  0,
  [_fr, _fE2],
  [0, 0]
];
var Permission$ = [
  3,
  n05,
  _P3,
  0,
  [_ser2, _o],
  [0, 0],
  2
];
var PortRange$ = [
  3,
  n05,
  _PR3,
  0,
  [_b, _en2],
  [1, 1],
  2
];
var PortRangeFilter$ = [
  3,
  n05,
  _PRF,
  0,
  [_bI, _eI],
  [1, 1]
];
var ProjectCodeSecurityScanConfiguration$ = [
  3,
  n05,
  _PCSSC,
  0,
  [_pSCe, _cISCo],
  [() => ProjectPeriodicScanConfigurationList, () => ProjectContinuousIntegrationScanConfigurationList]
];
var ProjectContinuousIntegrationScanConfiguration$ = [
  3,
  n05,
  _PCISC,
  0,
  [_sEu, _rSC],
  [0, 64 | 0]
];
var ProjectPeriodicScanConfiguration$ = [
  3,
  n05,
  _PPSC,
  0,
  [_fE2, _rSC],
  [0, 64 | 0]
];
var ProviderFilter$ = [
  3,
  n05,
  _PFr,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var Recommendation$ = [
  3,
  n05,
  _R3,
  0,
  [_te, _U2],
  [0, 0]
];
var Remediation$ = [
  3,
  n05,
  _Re,
  0,
  [_rec],
  [() => Recommendation$]
];
var RepositoryAggregation$ = [
  3,
  n05,
  _RAe,
  0,
  [_rep, _sO, _sB2],
  [() => StringFilterList, 0, 0]
];
var RepositoryAggregationResponse$ = [
  3,
  n05,
  _RAR,
  0,
  [_repo, _aI2, _cP, _cPl, _cR, _cOI, _cAI, _sC2, _aIff],
  [0, 0, 0, 0, 0, 0, 0, () => SeverityCounts$, 1],
  1
];
var ResetEncryptionKeyRequest$ = [
  3,
  n05,
  _REKR,
  0,
  [_sT3, _rT3],
  [0, 0],
  2
];
var ResetEncryptionKeyResponse$ = [
  3,
  n05,
  _REKRe,
  0,
  [],
  []
];
var Resource$ = [
  3,
  n05,
  _Res3,
  0,
  [_ty2, _id2, _pa2, _regio, _ta2, _de, _pro, _pAI, _pOI],
  [0, 0, 0, 0, 128 | 0, () => ResourceDetails$, 0, 0, 0],
  2
];
var ResourceDetails$ = [
  3,
  n05,
  _RD,
  0,
  [_aEI, _aECI, _aLF, _cRo, _vm, _im, _sFe],
  [() => AwsEc2InstanceDetails$, () => AwsEcrContainerImageDetails$, () => AwsLambdaFunctionDetails$, () => CodeRepositoryDetails$, () => Vm$, () => Image$, () => ServerlessFunction$]
];
var ResourceFilterCriteria$ = [
  3,
  n05,
  _RFC,
  0,
  [_aI2, _rI2, _rT3, _eRN, _lFN, _eIT, _eITc, _lFT],
  [() => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceMapFilterList, () => ResourceMapFilterList]
];
var ResourceMapFilter$ = [
  3,
  n05,
  _RMF,
  0,
  [_co3, _k2, _v3],
  [0, 0, 0],
  2
];
var ResourceScanMetadata$ = [
  3,
  n05,
  _RSM,
  0,
  [_eRc, _eIc, _ec, _lF, _cRo, _vIm, _cIon, _cRon, _cRont, _sFe],
  [() => EcrRepositoryMetadata$, () => EcrContainerImageMetadata$, () => Ec2Metadata$, () => LambdaFunctionMetadata$, () => CodeRepositoryMetadata$, () => VmInstanceMetadata$, () => ContainerImageMetadata$, () => ContainerRepositoryMetadata$, () => ContainerRegistryMetadata$, () => ServerlessFunctionMetadata$]
];
var ResourceState$ = [
  3,
  n05,
  _RS3,
  0,
  [_ec, _ecr, _l3, _lC, _cRo],
  [() => State$, () => State$, () => State$, () => State$, () => State$],
  2
];
var ResourceStatus$ = [
  3,
  n05,
  _RSe,
  0,
  [_ec, _ecr, _l3, _lC, _cRo],
  [0, 0, 0, 0, 0],
  2
];
var ResourceStringFilter$ = [
  3,
  n05,
  _RSF,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var ScanStatus$ = [
  3,
  n05,
  _SS2,
  0,
  [_sCta, _r2],
  [0, 0],
  2
];
var ScopeConfiguration$2 = [
  3,
  n05,
  _SC2,
  0,
  [_sTc2, _sVc, _sta2, _sRt],
  [0, 64 | 0, 0, 0],
  1
];
var ScopeConfigurationInput$ = [
  3,
  n05,
  _SCI,
  0,
  [_sTc2, _sVc],
  [0, 64 | 0],
  1
];
var ScopeSettings$ = [
  3,
  n05,
  _SSc,
  0,
  [_pSS],
  [0]
];
var SearchVulnerabilitiesFilterCriteria$ = [
  3,
  n05,
  _SVFC,
  0,
  [_vIul],
  [64 | 0],
  1
];
var SearchVulnerabilitiesRequest$ = [
  3,
  n05,
  _SVR,
  0,
  [_fCi, _nT3],
  [() => SearchVulnerabilitiesFilterCriteria$, 0],
  1
];
var SearchVulnerabilitiesResponse$ = [
  3,
  n05,
  _SVRe,
  0,
  [_vu, _nT3],
  [() => Vulnerabilities, 0],
  1
];
var SendCisSessionHealthRequest$ = [
  3,
  n05,
  _SCSHR,
  0,
  [_sJI, _sTe],
  [0, 0],
  2
];
var SendCisSessionHealthResponse$ = [
  3,
  n05,
  _SCSHRe,
  0,
  [],
  []
];
var SendCisSessionTelemetryRequest$ = [
  3,
  n05,
  _SCSTR,
  0,
  [_sJI, _sTe, _mes],
  [0, 0, () => CisSessionMessages],
  3
];
var SendCisSessionTelemetryResponse$ = [
  3,
  n05,
  _SCSTRe,
  0,
  [],
  []
];
var ServerlessFunction$ = [
  3,
  n05,
  _SF3,
  0,
  [_sFN, _ru, _ve, _cDo, _lMA, _nI, _sIu, _sGI, _eRx, _pT2, _ar2, _la],
  [0, 0, 0, 0, 4, 0, 64 | 0, 64 | 0, 0, 0, 64 | 0, 64 | 0]
];
var ServerlessFunctionAggregation$ = [
  3,
  n05,
  _SFA,
  0,
  [_rIe3, _fNu, _run, _fTu, _cPlo, _cPlou, _cRl, _cOIl, _cAIl, _sO, _sB2],
  [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0]
];
var ServerlessFunctionAggregationResponse$ = [
  3,
  n05,
  _SFAR,
  0,
  [_rI2, _cP, _cAI, _cPl, _cR, _cOI, _fN3, _ru, _ta2, _aI2, _sC2, _lMA, _eAAFC, _fAAFC],
  [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, 0, () => SeverityCounts$, 4, 1, 1],
  1
];
var ServerlessFunctionMetadata$ = [
  3,
  n05,
  _SFM,
  0,
  [_sFN, _ru, _fTu],
  [0, 0, 128 | 0]
];
var SeverityCounts$ = [
  3,
  n05,
  _SCe,
  0,
  [_al, _med, _hi, _cri],
  [1, 1, 1, 1]
];
var SortCriteria$ = [
  3,
  n05,
  _SCo,
  0,
  [_fie, _sO],
  [0, 0],
  2
];
var StartCisSessionMessage$ = [
  3,
  n05,
  _SCSM,
  0,
  [_sTe],
  [0],
  1
];
var StartCisSessionRequest$ = [
  3,
  n05,
  _SCSR,
  0,
  [_sJI, _m4],
  [0, () => StartCisSessionMessage$],
  2
];
var StartCisSessionResponse$ = [
  3,
  n05,
  _SCSRt,
  0,
  [],
  []
];
var StartCodeSecurityScanRequest$ = [
  3,
  n05,
  _SCSSR,
  0,
  [_re2, _cTl2],
  [() => CodeSecurityResource$, [0, 4]],
  1
];
var StartCodeSecurityScanResponse$ = [
  3,
  n05,
  _SCSSRt,
  0,
  [_sIc, _st2],
  [0, 0]
];
var State$ = [
  3,
  n05,
  _S2,
  0,
  [_st2, _eC, _eM],
  [0, 0, 0],
  3
];
var StatusCounts$ = [
  3,
  n05,
  _SCt,
  0,
  [_fa, _sk, _pas],
  [1, 1, 1]
];
var Step$ = [
  3,
  n05,
  _St2,
  0,
  [_cIo, _cTo, _cAom],
  [0, 0, 0],
  2
];
var StopCisMessageProgress$ = [
  3,
  n05,
  _SCMP,
  0,
  [_tC2, _sCu, _fC, _nEC, _uC, _nAC, _iC2, _eCr],
  [1, 1, 1, 1, 1, 1, 1, 1]
];
var StopCisSessionMessage$ = [
  3,
  n05,
  _SCSMt,
  0,
  [_st2, _prog, _r2, _cPo, _bV, _bP],
  [0, () => StopCisMessageProgress$, 0, () => ComputePlatform$, 0, 0],
  2
];
var StopCisSessionRequest$ = [
  3,
  n05,
  _SCSRto,
  0,
  [_sJI, _sTe, _m4],
  [0, 0, () => StopCisSessionMessage$],
  3
];
var StopCisSessionResponse$ = [
  3,
  n05,
  _SCSRtop,
  0,
  [],
  []
];
var StringFilter$ = [
  3,
  n05,
  _SFt,
  0,
  [_co3, _v3],
  [0, 0],
  2
];
var SuccessfulAssociationResult$ = [
  3,
  n05,
  _SAR,
  0,
  [_sCA, _re2],
  [0, () => CodeSecurityResource$]
];
var SuggestedFix$ = [
  3,
  n05,
  _SFu,
  0,
  [_d3, _cod],
  [0, 0]
];
var TagFilter$2 = [
  3,
  n05,
  _TF2,
  0,
  [_co3, _k2, _v3],
  [0, 0, 0],
  3
];
var TagResourceRequest$2 = [
  3,
  n05,
  _TRR2,
  0,
  [_rA2, _ta2],
  [[0, 1], 128 | 0],
  2
];
var TagResourceResponse$ = [
  3,
  n05,
  _TRRa,
  0,
  [],
  []
];
var Time$ = [
  3,
  n05,
  _T4,
  0,
  [_tOD, _tim2],
  [0, 0],
  2
];
var TitleAggregation$ = [
  3,
  n05,
  _TA2,
  0,
  [_tit, _vIul, _rT3, _fT, _sO, _sB2],
  [() => StringFilterList, () => StringFilterList, 0, 0, 0, 0]
];
var TitleAggregationResponse$ = [
  3,
  n05,
  _TAR,
  0,
  [_ti2, _vIu, _aI2, _sC2],
  [0, 0, 0, () => SeverityCounts$],
  1
];
var UntagResourceRequest$3 = [
  3,
  n05,
  _URR4,
  0,
  [_rA2, _tK2],
  [[0, 1], [64 | 0, { [_hQ]: _tK2 }]],
  2
];
var UntagResourceResponse$ = [
  3,
  n05,
  _URRn,
  0,
  [],
  []
];
var UpdateCisScanConfigurationRequest$ = [
  3,
  n05,
  _UCSCR,
  0,
  [_sCA, _sN, _sL, _sc, _t3],
  [0, 0, 0, () => Schedule$, () => UpdateCisTargets$],
  1
];
var UpdateCisScanConfigurationResponse$ = [
  3,
  n05,
  _UCSCRp,
  0,
  [_sCA],
  [0],
  1
];
var UpdateCisTargets$ = [
  3,
  n05,
  _UCT,
  0,
  [_aIc2, _tRT],
  [64 | 0, [2, n05, _TRT, 0, 0, 64 | 0]]
];
var UpdateCodeSecurityIntegrationRequest$ = [
  3,
  n05,
  _UCSIR,
  0,
  [_iA, _de],
  [0, [() => UpdateIntegrationDetails$, 0]],
  2
];
var UpdateCodeSecurityIntegrationResponse$ = [
  3,
  n05,
  _UCSIRp,
  0,
  [_iA, _st2],
  [0, 0],
  2
];
var UpdateCodeSecurityScanConfigurationRequest$ = [
  3,
  n05,
  _UCSSCR,
  0,
  [_sCA, _conf],
  [0, () => CodeSecurityScanConfiguration$],
  2
];
var UpdateCodeSecurityScanConfigurationResponse$ = [
  3,
  n05,
  _UCSSCRp,
  0,
  [_sCA],
  [0]
];
var UpdateConfigurationInheritance$ = [
  3,
  n05,
  _UCI,
  0,
  [_eCco, _eCc],
  [0, 0]
];
var UpdateConfigurationRequest$ = [
  3,
  n05,
  _UCR,
  0,
  [_aI2, _eCc, _eCco, _uCI],
  [0, () => EcrConfiguration$, () => Ec2Configuration$, () => UpdateConfigurationInheritance$]
];
var UpdateConfigurationResponse$ = [
  3,
  n05,
  _UCRp,
  0,
  [],
  []
];
var UpdateConnectorRequest$ = [
  3,
  n05,
  _UCRpd,
  0,
  [_cAo, _d3, _pDr],
  [0, 0, () => ProviderDetailUpdate$],
  1
];
var UpdateConnectorResponse$ = [
  3,
  n05,
  _UCRpda,
  0,
  [_cAo],
  [0]
];
var UpdateConnectorScanConfigurationRequest$ = [
  3,
  n05,
  _UCSCRpd,
  0,
  [_aCCA, _sCca],
  [0, () => ConnectorScanConfiguration$],
  2
];
var UpdateConnectorScanConfigurationResponse$ = [
  3,
  n05,
  _UCSCRpda,
  0,
  [],
  []
];
var UpdateEc2DeepInspectionConfigurationRequest$ = [
  3,
  n05,
  _UEDICR,
  0,
  [_aDI, _pPa],
  [2, 64 | 0]
];
var UpdateEc2DeepInspectionConfigurationResponse$ = [
  3,
  n05,
  _UEDICRp,
  0,
  [_pPa, _oPP, _st2, _eM],
  [64 | 0, 64 | 0, 0, 0]
];
var UpdateEncryptionKeyRequest$ = [
  3,
  n05,
  _UEKR,
  0,
  [_kKI2, _sT3, _rT3],
  [0, 0, 0],
  3
];
var UpdateEncryptionKeyResponse$ = [
  3,
  n05,
  _UEKRp,
  0,
  [],
  []
];
var UpdateFilterRequest$ = [
  3,
  n05,
  _UFR,
  0,
  [_fAil, _act, _d3, _fCi, _na, _r2],
  [0, 0, 0, () => FilterCriteria$, 0, 0],
  1
];
var UpdateFilterResponse$ = [
  3,
  n05,
  _UFRp,
  0,
  [_arn],
  [0],
  1
];
var UpdateGitHubIntegrationDetail$ = [
  3,
  n05,
  _UGHID,
  0,
  [_cod, _iInst],
  [[() => GitHubAuthCode, 0], 0],
  2
];
var UpdateGitLabSelfManagedIntegrationDetail$ = [
  3,
  n05,
  _UGLSMID,
  0,
  [_aCu],
  [[() => GitLabAuthCode, 0]],
  1
];
var UpdateOrganizationConfigurationRequest$ = [
  3,
  n05,
  _UOCR,
  0,
  [_aE],
  [() => AutoEnable$],
  1
];
var UpdateOrganizationConfigurationResponse$ = [
  3,
  n05,
  _UOCRp,
  0,
  [_aE],
  [() => AutoEnable$],
  1
];
var UpdateOrgEc2DeepInspectionConfigurationRequest$ = [
  3,
  n05,
  _UOEDICR,
  0,
  [_oPP],
  [64 | 0],
  1
];
var UpdateOrgEc2DeepInspectionConfigurationResponse$ = [
  3,
  n05,
  _UOEDICRp,
  0,
  [],
  []
];
var Usage$ = [
  3,
  n05,
  _Us,
  0,
  [_ty2, _tota, _eMC, _cu, _cP],
  [0, 1, 1, 0, 0]
];
var UsageTotal$ = [
  3,
  n05,
  _UT3,
  0,
  [_aI2, _us],
  [0, () => UsageList]
];
var ValidationExceptionField$ = [
  3,
  n05,
  _VEF,
  0,
  [_na, _m4],
  [0, 0],
  2
];
var Vm$ = [
  3,
  n05,
  _V3,
  0,
  [_ty2, _vN, _vIR, _iVA, _iVAp, _nI, _sIu, _sGI, _lA, _p2, _eRx, _kN2],
  [0, 0, 0, 64 | 0, 64 | 0, 0, 64 | 0, 64 | 0, 4, 0, 0, 0]
];
var VmInstanceAggregation$ = [
  3,
  n05,
  _VIA,
  0,
  [_rIe3, _oS, _iTn, _vIRm, _cPlo, _cPlou, _cRl, _cOIl, _cAIl, _sO, _sB2],
  [() => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0]
];
var VmInstanceAggregationResponse$ = [
  3,
  n05,
  _VIAR,
  0,
  [_rI2, _cP, _cAI, _cPl, _cR, _cOI, _vIR, _oSp, _ta2, _aI2, _sC2, _nF, _eAAFC, _fAAFC],
  [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, 0, () => SeverityCounts$, 1, 1, 1],
  1
];
var VmInstanceMetadata$ = [
  3,
  n05,
  _VIM,
  0,
  [_ta2, _p2, _iHn, _vIR],
  [128 | 0, 0, 0, 0]
];
var VMScannerState$ = [
  3,
  n05,
  _VMSS,
  0,
  [_acti, _aA2, _st2],
  [2, 4, 0]
];
var Vulnerability$ = [
  3,
  n05,
  _Vu,
  0,
  [_id2, _cw, _cDi, _so2, _d3, _aD, _vSe, _cvs, _cvss, _rV, _cvss_, _vCA, _vUA, _sU2, _rU, _eO, _dP, _ep],
  [0, 64 | 0, () => CisaData$, 0, 0, () => AtigData$, 0, () => Cvss4$, () => Cvss3$, 64 | 0, () => Cvss2$, 4, 4, 0, 64 | 0, () => ExploitObserved$, 64 | 0, () => Epss$],
  1
];
var VulnerablePackage$ = [
  3,
  n05,
  _VP2,
  0,
  [_na, _ve, _sLH, _epo, _rel, _arch, _pM, _fP2, _fIV, _rem, _sLLA],
  [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
  2
];
var WeeklySchedule$ = [
  3,
  n05,
  _WS,
  0,
  [_sTt2, _day],
  [() => Time$, 64 | 0],
  2
];
var AccountIdFilterList = [
  1,
  n05,
  _AIFL,
  0,
  () => CisStringFilter$
];
var AccountIdSet = 64 | 0;
var AccountList = [
  1,
  n05,
  _AL,
  0,
  () => Account$
];
var AccountStateList = [
  1,
  n05,
  _ASL,
  0,
  () => AccountState$
];
var AggregationResponseList = [
  1,
  n05,
  _ARL,
  0,
  () => AggregationResponse$
];
var ArchitectureList = 64 | 0;
var AssociateConfigurationRequestList = [
  1,
  n05,
  _ACRL,
  0,
  () => AssociateConfigurationRequest$
];
var AwsConfigConnectorArnFilterList = [
  1,
  n05,
  _ACCAFL,
  0,
  () => AwsConfigConnectorArnFilter$
];
var AwsConfigConnectorArnList = 64 | 0;
var AwsEksWorkloadInfoList = [
  1,
  n05,
  _AEWIL,
  0,
  () => AwsEksWorkloadInfo$
];
var AzureRegionList = 64 | 0;
var CheckIdFilterList = [
  1,
  n05,
  _CIFL,
  0,
  () => CisStringFilter$
];
var CisAccountIdList = 64 | 0;
var CisCheckAggregationList = [
  1,
  n05,
  _CCAL,
  0,
  () => CisCheckAggregation$
];
var CisFindingArnFilterList = [
  1,
  n05,
  _CFAFL,
  0,
  () => CisStringFilter$
];
var CisFindingStatusFilterList = [
  1,
  n05,
  _CFSFL,
  0,
  () => CisFindingStatusFilter$
];
var CisNumberFilterList = [
  1,
  n05,
  _CNFL,
  0,
  () => CisNumberFilter$
];
var CisResultStatusFilterList = [
  1,
  n05,
  _CRSFL,
  0,
  () => CisResultStatusFilter$
];
var CisScanArnFilterList = [
  1,
  n05,
  _CSAFL,
  0,
  () => CisStringFilter$
];
var CisScanConfigurationArnFilterList = [
  1,
  n05,
  _CSCAFL,
  0,
  () => CisStringFilter$
];
var CisScanConfigurationList = [
  1,
  n05,
  _CSCL,
  0,
  () => CisScanConfiguration$
];
var CisScanDateFilterList = [
  1,
  n05,
  _CSDFL,
  0,
  () => CisDateFilter$
];
var CisScanList = [
  1,
  n05,
  _CSL,
  0,
  () => CisScan$
];
var CisScanNameFilterList = [
  1,
  n05,
  _CSNFL,
  0,
  () => CisStringFilter$
];
var CisScanResultDetailsList = [
  1,
  n05,
  _CSRDL,
  0,
  () => CisScanResultDetails$
];
var CisScanStatusFilterList = [
  1,
  n05,
  _CSSFL,
  0,
  () => CisScanStatusFilter$
];
var CisScheduledByFilterList = [
  1,
  n05,
  _CSBFL,
  0,
  () => CisStringFilter$
];
var CisSecurityLevelFilterList = [
  1,
  n05,
  _CSLFL,
  0,
  () => CisSecurityLevelFilter$
];
var CisSessionMessages = [
  1,
  n05,
  _CSMi,
  0,
  () => CisSessionMessage$
];
var CisTargetResourceAggregationList = [
  1,
  n05,
  _CTRAL,
  0,
  () => CisTargetResourceAggregation$
];
var CloudSecurityGroupIdList = 64 | 0;
var CloudSubnetIdList = 64 | 0;
var ClusterDetailsList = [
  1,
  n05,
  _CDL,
  0,
  () => ClusterDetails$
];
var ClusterInformationList = [
  1,
  n05,
  _CIL,
  0,
  () => ClusterInformation$
];
var CodeLineList = [
  1,
  n05,
  _CLL,
  0,
  () => CodeLine$
];
var CodeSecurityScanConfigurationAssociationSummaries = [
  1,
  n05,
  _CSSCASo,
  0,
  () => CodeSecurityScanConfigurationAssociationSummary$
];
var CodeSecurityScanConfigurationSummaries = [
  1,
  n05,
  _CSSCSo,
  0,
  () => CodeSecurityScanConfigurationSummary$
];
var CodeSnippetErrorList = [
  1,
  n05,
  _CSEL,
  0,
  () => CodeSnippetError$
];
var CodeSnippetResultList = [
  1,
  n05,
  _CSRL,
  0,
  () => CodeSnippetResult$
];
var ConnectorArnFilterList = [
  1,
  n05,
  _CAFL,
  0,
  () => ConnectorArnFilter$
];
var ConnectorArnList = 64 | 0;
var ConnectorList = [
  1,
  n05,
  _CLo,
  0,
  () => Connector$
];
var ConnectorScanConfigurationItemList = [
  1,
  n05,
  _CSCIL,
  0,
  () => ConnectorScanConfigurationItem$
];
var ConnectorTypeFilterList = [
  1,
  n05,
  _CTFL,
  0,
  () => ConnectorTypeFilter$
];
var ContinuousIntegrationScanSupportedEvents = 64 | 0;
var CountsList = [
  1,
  n05,
  _CLou,
  0,
  () => Counts$
];
var CoverageDateFilterList = [
  1,
  n05,
  _CDFL,
  0,
  () => CoverageDateFilter$
];
var CoverageMapFilterList = [
  1,
  n05,
  _CMFL,
  0,
  () => CoverageMapFilter$
];
var CoverageNumberFilterList = [
  1,
  n05,
  _CNFLo,
  0,
  () => CoverageNumberFilter$
];
var CoverageStringFilterList = [
  1,
  n05,
  _CSFL,
  0,
  () => CoverageStringFilter$
];
var CoveredResources = [
  1,
  n05,
  _CRo2,
  0,
  () => CoveredResource$
];
var CvssScoreAdjustmentList = [
  1,
  n05,
  _CSAL,
  0,
  () => CvssScoreAdjustment$
];
var CvssScoreList = [
  1,
  n05,
  _CSLv,
  0,
  () => CvssScore$
];
var CweList = 64 | 0;
var Cwes = 64 | 0;
var DateFilterList = [
  1,
  n05,
  _DFL,
  0,
  () => DateFilter$
];
var DaysList = 64 | 0;
var DelegatedAdminAccountList = [
  1,
  n05,
  _DAAL,
  0,
  () => DelegatedAdminAccount$
];
var DetectionPlatforms = 64 | 0;
var DetectorTagList = 64 | 0;
var DisableResourceTypeList = 64 | 0;
var DisassociateConfigurationRequestList = [
  1,
  n05,
  _DCRL,
  0,
  () => DisassociateConfigurationRequest$
];
var EnableResourceTypeList = 64 | 0;
var EvidenceList = [
  1,
  n05,
  _EL,
  0,
  () => Evidence$
];
var FailedAccountList = [
  1,
  n05,
  _FAL,
  0,
  () => FailedAccount$
];
var FailedAssociationResultList = [
  1,
  n05,
  _FARL,
  0,
  () => FailedAssociationResult$
];
var FailedMemberAccountEc2DeepInspectionStatusStateList = [
  1,
  n05,
  _FMAEDISSL,
  0,
  () => FailedMemberAccountEc2DeepInspectionStatusState$
];
var FilterArnList = 64 | 0;
var FilterList = [
  1,
  n05,
  _FL,
  0,
  () => Filter$
];
var FindingArnList = 64 | 0;
var FindingArns = 64 | 0;
var FindingDetails = [
  1,
  n05,
  _FDi,
  0,
  () => FindingDetail$
];
var FindingDetailsErrorList = [
  1,
  n05,
  _FDEL,
  0,
  () => FindingDetailsError$
];
var FindingList = [
  1,
  n05,
  _FLi,
  0,
  () => Finding$
];
var FreeTrialAccountInfoList = [
  1,
  n05,
  _FTAIL,
  0,
  () => FreeTrialAccountInfo$
];
var FreeTrialInfoErrorList = [
  1,
  n05,
  _FTIEL,
  0,
  () => FreeTrialInfoError$
];
var FreeTrialInfoList = [
  1,
  n05,
  _FTIL,
  0,
  () => FreeTrialInfo$
];
var ImageTagList = 64 | 0;
var IntegrationSummaries = [
  1,
  n05,
  _IS,
  0,
  () => CodeSecurityIntegrationSummary$
];
var IpV4AddressList = 64 | 0;
var IpV6AddressList = 64 | 0;
var LambdaLayerList = 64 | 0;
var LayerList = 64 | 0;
var MapFilterList = [
  1,
  n05,
  _MFL,
  0,
  () => MapFilter$
];
var MemberAccountEc2DeepInspectionStatusList = [
  1,
  n05,
  _MAEDISL,
  0,
  () => MemberAccountEc2DeepInspectionStatus$
];
var MemberAccountEc2DeepInspectionStatusStateList = [
  1,
  n05,
  _MAEDISSL,
  0,
  () => MemberAccountEc2DeepInspectionStatusState$
];
var MemberList = [
  1,
  n05,
  _ML,
  0,
  () => Member$
];
var MeteringAccountIdList = 64 | 0;
var NonEmptyStringList = 64 | 0;
var NumberFilterList = [
  1,
  n05,
  _NFL,
  0,
  () => NumberFilter$
];
var OneAccountIdFilterList = [
  1,
  n05,
  _OAIFL,
  0,
  () => CisStringFilter$
];
var PackageFilterList = [
  1,
  n05,
  _PFL,
  0,
  () => PackageFilter$
];
var PathList = 64 | 0;
var Permissions = [
  1,
  n05,
  _Pe,
  0,
  () => Permission$
];
var PlatformFilterList = [
  1,
  n05,
  _PFLl,
  0,
  () => CisStringFilter$
];
var PortRangeFilterList = [
  1,
  n05,
  _PRFL,
  0,
  () => PortRangeFilter$
];
var ProjectContinuousIntegrationScanConfigurationList = [
  1,
  n05,
  _PCISCL,
  0,
  () => ProjectContinuousIntegrationScanConfiguration$
];
var ProjectPeriodicScanConfigurationList = [
  1,
  n05,
  _PPSCL,
  0,
  () => ProjectPeriodicScanConfiguration$
];
var ProviderFilterList = [
  1,
  n05,
  _PFLr,
  0,
  () => ProviderFilter$
];
var ReferenceUrls = 64 | 0;
var RelatedVulnerabilities = 64 | 0;
var ReportTargetAccounts = 64 | 0;
var ResourceIdFilterList = [
  1,
  n05,
  _RIFL,
  0,
  () => CisStringFilter$
];
var ResourceList = [
  1,
  n05,
  _RL2,
  0,
  () => Resource$
];
var ResourceMapFilterList = [
  1,
  n05,
  _RMFL,
  0,
  () => ResourceMapFilter$
];
var ResourceStringFilterList = [
  1,
  n05,
  _RSFL,
  0,
  () => ResourceStringFilter$
];
var ResourceTagFilterList = [
  1,
  n05,
  _RTFL,
  0,
  () => TagFilter$2
];
var RuleSetCategories = 64 | 0;
var ScopeValueList = 64 | 0;
var SecurityGroupIdList = 64 | 0;
var ServerlessFunctionLayerList = 64 | 0;
var StepList = [
  1,
  n05,
  _SL,
  0,
  () => Step$
];
var StringFilterList = [
  1,
  n05,
  _SFL,
  0,
  () => StringFilter$
];
var StringList = 64 | 0;
var SubnetIdList = 64 | 0;
var SuccessfulAssociationResultList = [
  1,
  n05,
  _SARL,
  0,
  () => SuccessfulAssociationResult$
];
var SuggestedFixes = [
  1,
  n05,
  _SFug,
  0,
  () => SuggestedFix$
];
var TagKeyList3 = 64 | 0;
var TagList2 = 64 | 0;
var TagValueList = 64 | 0;
var TargetAccountList = 64 | 0;
var Targets = 64 | 0;
var TargetStatusFilterList = [
  1,
  n05,
  _TSFL,
  0,
  () => CisTargetStatusFilter$
];
var TargetStatusReasonFilterList = [
  1,
  n05,
  _TSRFL,
  0,
  () => CisTargetStatusReasonFilter$
];
var TitleFilterList = [
  1,
  n05,
  _TFL,
  0,
  () => CisStringFilter$
];
var Tools = 64 | 0;
var Ttps = 64 | 0;
var UsageAccountIdList = 64 | 0;
var UsageList = [
  1,
  n05,
  _UL,
  0,
  () => Usage$
];
var UsageTotalList = [
  1,
  n05,
  _UTL,
  0,
  () => UsageTotal$
];
var ValidationExceptionFields = [
  1,
  n05,
  _VEFa,
  0,
  () => ValidationExceptionField$
];
var Vulnerabilities = [
  1,
  n05,
  _Vul,
  0,
  () => Vulnerability$
];
var VulnerabilityIdList = 64 | 0;
var VulnerabilityReferenceUrls = 64 | 0;
var VulnerablePackageList = [
  1,
  n05,
  _VPL,
  0,
  () => VulnerablePackage$
];
var VulnIdList = 64 | 0;
var CisTagMap = 128 | 0;
var ConnectorTagMap = 128 | 0;
var TagMap = 128 | 0;
var TargetResourceTags = [
  2,
  n05,
  _TRT,
  0,
  0,
  64 | 0
];
var AggregationRequest$ = [
  4,
  n05,
  _AR2,
  0,
  [_aAc, _aAm, _aECA, _eIAc, _fTA, _iLA2, _pAa, _rAe2, _tAi, _lLA, _lFA, _cRA, _vIA, _cIAo, _sFA],
  [() => AccountAggregation$, () => AmiAggregation$, () => AwsEcrContainerAggregation$, () => Ec2InstanceAggregation$, () => FindingTypeAggregation$, () => ImageLayerAggregation$, () => PackageAggregation$, () => RepositoryAggregation$, () => TitleAggregation$, () => LambdaLayerAggregation$, () => LambdaFunctionAggregation$, () => CodeRepositoryAggregation$, () => VmInstanceAggregation$, () => ContainerImageAggregation$, () => ServerlessFunctionAggregation$]
];
var AggregationResponse$ = [
  4,
  n05,
  _ARg,
  0,
  [_aAc, _aAm, _aECA, _eIAc, _fTA, _iLA2, _pAa, _rAe2, _tAi, _lLA, _lFA, _cRA, _vIA, _cIAo, _sFA],
  [() => AccountAggregationResponse$, () => AmiAggregationResponse$, () => AwsEcrContainerAggregationResponse$, () => Ec2InstanceAggregationResponse$, () => FindingTypeAggregationResponse$, () => ImageLayerAggregationResponse$, () => PackageAggregationResponse$, () => RepositoryAggregationResponse$, () => TitleAggregationResponse$, () => LambdaLayerAggregationResponse$, () => LambdaFunctionAggregationResponse$, () => CodeRepositoryAggregationResponse$, () => VmInstanceAggregationResponse$, () => ContainerImageAggregationResponse$, () => ServerlessFunctionAggregationResponse$]
];
var ClusterMetadata$ = [
  4,
  n05,
  _CM,
  0,
  [_aEMD, _aEMDw],
  [() => AwsEcsMetadataDetails$, () => AwsEksMetadataDetails$]
];
var CodeSecurityResource$ = [
  4,
  n05,
  _CSRo,
  0,
  [_pI2],
  [0]
];
var CreateIntegrationDetail$ = [
  4,
  n05,
  _CID,
  0,
  [_gSM],
  [[() => CreateGitLabSelfManagedIntegrationDetail$, 0]]
];
var ProviderDetailCreate$ = [
  4,
  n05,
  _PDC,
  0,
  [_az],
  [() => AzureProviderDetailCreate$]
];
var ProviderDetailUpdate$ = [
  4,
  n05,
  _PDU,
  0,
  [_az],
  [() => AzureProviderDetailUpdate$]
];
var Schedule$ = [
  4,
  n05,
  _Sc2,
  0,
  [_oT, _dai, _w, _mo],
  [() => OneTimeSchedule$, () => DailySchedule$, () => WeeklySchedule$, () => MonthlySchedule$]
];
var UpdateIntegrationDetails$ = [
  4,
  n05,
  _UID,
  0,
  [_gSM, _g2],
  [[() => UpdateGitLabSelfManagedIntegrationDetail$, 0], [() => UpdateGitHubIntegrationDetail$, 0]]
];
var AssociateMember$ = [
  9,
  n05,
  _AM,
  { [_ht]: ["POST", "/members/associate", 200] },
  () => AssociateMemberRequest$,
  () => AssociateMemberResponse$
];
var BatchAssociateCodeSecurityScanConfiguration$ = [
  9,
  n05,
  _BACSSC,
  { [_ht]: ["POST", "/codesecurity/scan-configuration/batch/associate", 200] },
  () => BatchAssociateCodeSecurityScanConfigurationRequest$,
  () => BatchAssociateCodeSecurityScanConfigurationResponse$
];
var BatchDisassociateCodeSecurityScanConfiguration$ = [
  9,
  n05,
  _BDCSSC,
  { [_ht]: ["POST", "/codesecurity/scan-configuration/batch/disassociate", 200] },
  () => BatchDisassociateCodeSecurityScanConfigurationRequest$,
  () => BatchDisassociateCodeSecurityScanConfigurationResponse$
];
var BatchGetAccountStatus$ = [
  9,
  n05,
  _BGAS,
  { [_ht]: ["POST", "/status/batch/get", 200] },
  () => BatchGetAccountStatusRequest$,
  () => BatchGetAccountStatusResponse$
];
var BatchGetCodeSnippet$ = [
  9,
  n05,
  _BGCS,
  { [_ht]: ["POST", "/codesnippet/batchget", 200] },
  () => BatchGetCodeSnippetRequest$,
  () => BatchGetCodeSnippetResponse$
];
var BatchGetFindingDetails$ = [
  9,
  n05,
  _BGFD,
  { [_ht]: ["POST", "/findings/details/batch/get", 200] },
  () => BatchGetFindingDetailsRequest$,
  () => BatchGetFindingDetailsResponse$
];
var BatchGetFreeTrialInfo$ = [
  9,
  n05,
  _BGFTI,
  { [_ht]: ["POST", "/freetrialinfo/batchget", 200] },
  () => BatchGetFreeTrialInfoRequest$,
  () => BatchGetFreeTrialInfoResponse$
];
var BatchGetMemberEc2DeepInspectionStatus$ = [
  9,
  n05,
  _BGMEDIS,
  { [_ht]: ["POST", "/ec2deepinspectionstatus/member/batch/get", 200] },
  () => BatchGetMemberEc2DeepInspectionStatusRequest$,
  () => BatchGetMemberEc2DeepInspectionStatusResponse$
];
var BatchUpdateMemberEc2DeepInspectionStatus$ = [
  9,
  n05,
  _BUMEDIS,
  { [_ht]: ["POST", "/ec2deepinspectionstatus/member/batch/update", 200] },
  () => BatchUpdateMemberEc2DeepInspectionStatusRequest$,
  () => BatchUpdateMemberEc2DeepInspectionStatusResponse$
];
var CancelFindingsReport$ = [
  9,
  n05,
  _CFRa,
  { [_ht]: ["POST", "/reporting/cancel", 200] },
  () => CancelFindingsReportRequest$,
  () => CancelFindingsReportResponse$
];
var CancelSbomExport$ = [
  9,
  n05,
  _CSEa,
  { [_ht]: ["POST", "/sbomexport/cancel", 200] },
  () => CancelSbomExportRequest$,
  () => CancelSbomExportResponse$
];
var CreateCisScanConfiguration$ = [
  9,
  n05,
  _CCSC,
  { [_ht]: ["POST", "/cis/scan-configuration/create", 200] },
  () => CreateCisScanConfigurationRequest$,
  () => CreateCisScanConfigurationResponse$
];
var CreateCodeSecurityIntegration$ = [
  9,
  n05,
  _CCSI,
  { [_ht]: ["POST", "/codesecurity/integration/create", 200] },
  () => CreateCodeSecurityIntegrationRequest$,
  () => CreateCodeSecurityIntegrationResponse$
];
var CreateCodeSecurityScanConfiguration$ = [
  9,
  n05,
  _CCSSC,
  { [_ht]: ["POST", "/codesecurity/scan-configuration/create", 200] },
  () => CreateCodeSecurityScanConfigurationRequest$,
  () => CreateCodeSecurityScanConfigurationResponse$
];
var CreateConnector$ = [
  9,
  n05,
  _CC2,
  { [_ht]: ["POST", "/connector/create", 200] },
  () => CreateConnectorRequest$,
  () => CreateConnectorResponse$
];
var CreateFilter$ = [
  9,
  n05,
  _CF2,
  { [_ht]: ["POST", "/filters/create", 200] },
  () => CreateFilterRequest$,
  () => CreateFilterResponse$
];
var CreateFindingsReport$ = [
  9,
  n05,
  _CFRre,
  { [_ht]: ["POST", "/reporting/create", 200] },
  () => CreateFindingsReportRequest$,
  () => CreateFindingsReportResponse$
];
var CreateSbomExport$ = [
  9,
  n05,
  _CSEr,
  { [_ht]: ["POST", "/sbomexport/create", 200] },
  () => CreateSbomExportRequest$,
  () => CreateSbomExportResponse$
];
var DeleteCisScanConfiguration$ = [
  9,
  n05,
  _DCSC,
  { [_ht]: ["POST", "/cis/scan-configuration/delete", 200] },
  () => DeleteCisScanConfigurationRequest$,
  () => DeleteCisScanConfigurationResponse$
];
var DeleteCodeSecurityIntegration$ = [
  9,
  n05,
  _DCSI,
  { [_ht]: ["POST", "/codesecurity/integration/delete", 200] },
  () => DeleteCodeSecurityIntegrationRequest$,
  () => DeleteCodeSecurityIntegrationResponse$
];
var DeleteCodeSecurityScanConfiguration$ = [
  9,
  n05,
  _DCSSC,
  { [_ht]: ["POST", "/codesecurity/scan-configuration/delete", 200] },
  () => DeleteCodeSecurityScanConfigurationRequest$,
  () => DeleteCodeSecurityScanConfigurationResponse$
];
var DeleteConnector$ = [
  9,
  n05,
  _DC2,
  { [_ht]: ["POST", "/connector/delete", 200] },
  () => DeleteConnectorRequest$,
  () => DeleteConnectorResponse$
];
var DeleteFilter$ = [
  9,
  n05,
  _DFe,
  { [_ht]: ["POST", "/filters/delete", 200] },
  () => DeleteFilterRequest$,
  () => DeleteFilterResponse$
];
var DescribeOrganizationConfiguration$ = [
  9,
  n05,
  _DOC,
  { [_ht]: ["POST", "/organizationconfiguration/describe", 200] },
  () => DescribeOrganizationConfigurationRequest$,
  () => DescribeOrganizationConfigurationResponse$
];
var Disable$ = [
  9,
  n05,
  _Di2,
  { [_ht]: ["POST", "/disable", 200] },
  () => DisableRequest$,
  () => DisableResponse$
];
var DisableDelegatedAdminAccount$ = [
  9,
  n05,
  _DDAA,
  { [_ht]: ["POST", "/delegatedadminaccounts/disable", 200] },
  () => DisableDelegatedAdminAccountRequest$,
  () => DisableDelegatedAdminAccountResponse$
];
var DisassociateMember$ = [
  9,
  n05,
  _DM,
  { [_ht]: ["POST", "/members/disassociate", 200] },
  () => DisassociateMemberRequest$,
  () => DisassociateMemberResponse$
];
var Enable$ = [
  9,
  n05,
  _En,
  { [_ht]: ["POST", "/enable", 200] },
  () => EnableRequest$,
  () => EnableResponse$
];
var EnableDelegatedAdminAccount$ = [
  9,
  n05,
  _EDAA,
  { [_ht]: ["POST", "/delegatedadminaccounts/enable", 200] },
  () => EnableDelegatedAdminAccountRequest$,
  () => EnableDelegatedAdminAccountResponse$
];
var GetCisScanReport$ = [
  9,
  n05,
  _GCSR,
  { [_ht]: ["POST", "/cis/scan/report/get", 200] },
  () => GetCisScanReportRequest$,
  () => GetCisScanReportResponse$
];
var GetCisScanResultDetails$ = [
  9,
  n05,
  _GCSRD,
  { [_ht]: ["POST", "/cis/scan-result/details/get", 200] },
  () => GetCisScanResultDetailsRequest$,
  () => GetCisScanResultDetailsResponse$
];
var GetClustersForImage$ = [
  9,
  n05,
  _GCFI,
  { [_ht]: ["POST", "/cluster/get", 200] },
  () => GetClustersForImageRequest$,
  () => GetClustersForImageResponse$
];
var GetCodeSecurityIntegration$ = [
  9,
  n05,
  _GCSI,
  { [_ht]: ["POST", "/codesecurity/integration/get", 200] },
  () => GetCodeSecurityIntegrationRequest$,
  () => GetCodeSecurityIntegrationResponse$
];
var GetCodeSecurityScan$ = [
  9,
  n05,
  _GCSS,
  { [_ht]: ["POST", "/codesecurity/scan/get", 200] },
  () => GetCodeSecurityScanRequest$,
  () => GetCodeSecurityScanResponse$
];
var GetCodeSecurityScanConfiguration$ = [
  9,
  n05,
  _GCSSC,
  { [_ht]: ["POST", "/codesecurity/scan-configuration/get", 200] },
  () => GetCodeSecurityScanConfigurationRequest$,
  () => GetCodeSecurityScanConfigurationResponse$
];
var GetConfiguration$ = [
  9,
  n05,
  _GC,
  { [_ht]: ["POST", "/configuration/get", 200] },
  () => GetConfigurationRequest$,
  () => GetConfigurationResponse$
];
var GetDelegatedAdminAccount$ = [
  9,
  n05,
  _GDAA,
  { [_ht]: ["POST", "/delegatedadminaccounts/get", 200] },
  () => GetDelegatedAdminAccountRequest$,
  () => GetDelegatedAdminAccountResponse$
];
var GetEc2DeepInspectionConfiguration$ = [
  9,
  n05,
  _GEDIC,
  { [_ht]: ["POST", "/ec2deepinspectionconfiguration/get", 200] },
  () => GetEc2DeepInspectionConfigurationRequest$,
  () => GetEc2DeepInspectionConfigurationResponse$
];
var GetEncryptionKey$ = [
  9,
  n05,
  _GEK,
  { [_ht]: ["GET", "/encryptionkey/get", 200] },
  () => GetEncryptionKeyRequest$,
  () => GetEncryptionKeyResponse$
];
var GetFindingsReportStatus$ = [
  9,
  n05,
  _GFRS,
  { [_ht]: ["POST", "/reporting/status/get", 200] },
  () => GetFindingsReportStatusRequest$,
  () => GetFindingsReportStatusResponse$
];
var GetMember$ = [
  9,
  n05,
  _GM,
  { [_ht]: ["POST", "/members/get", 200] },
  () => GetMemberRequest$,
  () => GetMemberResponse$
];
var GetSbomExport$ = [
  9,
  n05,
  _GSE,
  { [_ht]: ["POST", "/sbomexport/get", 200] },
  () => GetSbomExportRequest$,
  () => GetSbomExportResponse$
];
var ListAccountPermissions$ = [
  9,
  n05,
  _LAP,
  { [_ht]: ["POST", "/accountpermissions/list", 200] },
  () => ListAccountPermissionsRequest$,
  () => ListAccountPermissionsResponse$
];
var ListCisScanConfigurations$ = [
  9,
  n05,
  _LCSC,
  { [_ht]: ["POST", "/cis/scan-configuration/list", 200] },
  () => ListCisScanConfigurationsRequest$,
  () => ListCisScanConfigurationsResponse$
];
var ListCisScanResultsAggregatedByChecks$ = [
  9,
  n05,
  _LCSRABC,
  { [_ht]: ["POST", "/cis/scan-result/check/list", 200] },
  () => ListCisScanResultsAggregatedByChecksRequest$,
  () => ListCisScanResultsAggregatedByChecksResponse$
];
var ListCisScanResultsAggregatedByTargetResource$ = [
  9,
  n05,
  _LCSRABTR,
  { [_ht]: ["POST", "/cis/scan-result/resource/list", 200] },
  () => ListCisScanResultsAggregatedByTargetResourceRequest$,
  () => ListCisScanResultsAggregatedByTargetResourceResponse$
];
var ListCisScans$ = [
  9,
  n05,
  _LCS2,
  { [_ht]: ["POST", "/cis/scan/list", 200] },
  () => ListCisScansRequest$,
  () => ListCisScansResponse$
];
var ListCodeSecurityIntegrations$ = [
  9,
  n05,
  _LCSI,
  { [_ht]: ["POST", "/codesecurity/integration/list", 200] },
  () => ListCodeSecurityIntegrationsRequest$,
  () => ListCodeSecurityIntegrationsResponse$
];
var ListCodeSecurityScanConfigurationAssociations$ = [
  9,
  n05,
  _LCSSCA,
  { [_ht]: ["POST", "/codesecurity/scan-configuration/associations/list", 200] },
  () => ListCodeSecurityScanConfigurationAssociationsRequest$,
  () => ListCodeSecurityScanConfigurationAssociationsResponse$
];
var ListCodeSecurityScanConfigurations$ = [
  9,
  n05,
  _LCSSC,
  { [_ht]: ["POST", "/codesecurity/scan-configuration/list", 200] },
  () => ListCodeSecurityScanConfigurationsRequest$,
  () => ListCodeSecurityScanConfigurationsResponse$
];
var ListConnectors$ = [
  9,
  n05,
  _LC,
  { [_ht]: ["POST", "/connector/list", 200] },
  () => ListConnectorsRequest$,
  () => ListConnectorsResponse$
];
var ListConnectorScanConfigurations$ = [
  9,
  n05,
  _LCSCi,
  { [_ht]: ["POST", "/connectorscanconfigurations/list", 200] },
  () => ListConnectorScanConfigurationsRequest$,
  () => ListConnectorScanConfigurationsResponse$
];
var ListCoverage$ = [
  9,
  n05,
  _LCi,
  { [_ht]: ["POST", "/coverage/list", 200] },
  () => ListCoverageRequest$,
  () => ListCoverageResponse$
];
var ListCoverageStatistics$ = [
  9,
  n05,
  _LCSi,
  { [_ht]: ["POST", "/coverage/statistics/list", 200] },
  () => ListCoverageStatisticsRequest$,
  () => ListCoverageStatisticsResponse$
];
var ListDelegatedAdminAccounts$ = [
  9,
  n05,
  _LDAA,
  { [_ht]: ["POST", "/delegatedadminaccounts/list", 200] },
  () => ListDelegatedAdminAccountsRequest$,
  () => ListDelegatedAdminAccountsResponse$
];
var ListFilters$ = [
  9,
  n05,
  _LF,
  { [_ht]: ["POST", "/filters/list", 200] },
  () => ListFiltersRequest$,
  () => ListFiltersResponse$
];
var ListFindingAggregations$ = [
  9,
  n05,
  _LFAi,
  { [_ht]: ["POST", "/findings/aggregation/list", 200] },
  () => ListFindingAggregationsRequest$,
  () => ListFindingAggregationsResponse$
];
var ListFindings$ = [
  9,
  n05,
  _LFi,
  { [_ht]: ["POST", "/findings/list", 200] },
  () => ListFindingsRequest$,
  () => ListFindingsResponse$
];
var ListMembers$ = [
  9,
  n05,
  _LM,
  { [_ht]: ["POST", "/members/list", 200] },
  () => ListMembersRequest$,
  () => ListMembersResponse$
];
var ListTagsForResource$ = [
  9,
  n05,
  _LTFR,
  { [_ht]: ["GET", "/tags/{resourceArn}", 200] },
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$2
];
var ListUsageTotals$ = [
  9,
  n05,
  _LUT2,
  { [_ht]: ["POST", "/usage/list", 200] },
  () => ListUsageTotalsRequest$,
  () => ListUsageTotalsResponse$
];
var ResetEncryptionKey$ = [
  9,
  n05,
  _REK,
  { [_ht]: ["PUT", "/encryptionkey/reset", 200] },
  () => ResetEncryptionKeyRequest$,
  () => ResetEncryptionKeyResponse$
];
var SearchVulnerabilities$ = [
  9,
  n05,
  _SV2,
  { [_ht]: ["POST", "/vulnerabilities/search", 200] },
  () => SearchVulnerabilitiesRequest$,
  () => SearchVulnerabilitiesResponse$
];
var SendCisSessionHealth$ = [
  9,
  n05,
  _SCSH,
  { [_ht]: ["PUT", "/cissession/health/send", 200] },
  () => SendCisSessionHealthRequest$,
  () => SendCisSessionHealthResponse$
];
var SendCisSessionTelemetry$ = [
  9,
  n05,
  _SCST,
  { [_ht]: ["PUT", "/cissession/telemetry/send", 200] },
  () => SendCisSessionTelemetryRequest$,
  () => SendCisSessionTelemetryResponse$
];
var StartCisSession$ = [
  9,
  n05,
  _SCS,
  { [_ht]: ["PUT", "/cissession/start", 200] },
  () => StartCisSessionRequest$,
  () => StartCisSessionResponse$
];
var StartCodeSecurityScan$ = [
  9,
  n05,
  _SCSS,
  { [_ht]: ["POST", "/codesecurity/scan/start", 200] },
  () => StartCodeSecurityScanRequest$,
  () => StartCodeSecurityScanResponse$
];
var StopCisSession$ = [
  9,
  n05,
  _SCSt,
  { [_ht]: ["PUT", "/cissession/stop", 200] },
  () => StopCisSessionRequest$,
  () => StopCisSessionResponse$
];
var TagResource$ = [
  9,
  n05,
  _TR,
  { [_ht]: ["POST", "/tags/{resourceArn}", 200] },
  () => TagResourceRequest$2,
  () => TagResourceResponse$
];
var UntagResource$ = [
  9,
  n05,
  _UR,
  { [_ht]: ["DELETE", "/tags/{resourceArn}", 200] },
  () => UntagResourceRequest$3,
  () => UntagResourceResponse$
];
var UpdateCisScanConfiguration$ = [
  9,
  n05,
  _UCSC,
  { [_ht]: ["POST", "/cis/scan-configuration/update", 200] },
  () => UpdateCisScanConfigurationRequest$,
  () => UpdateCisScanConfigurationResponse$
];
var UpdateCodeSecurityIntegration$ = [
  9,
  n05,
  _UCSI,
  { [_ht]: ["POST", "/codesecurity/integration/update", 200] },
  () => UpdateCodeSecurityIntegrationRequest$,
  () => UpdateCodeSecurityIntegrationResponse$
];
var UpdateCodeSecurityScanConfiguration$ = [
  9,
  n05,
  _UCSSC,
  { [_ht]: ["POST", "/codesecurity/scan-configuration/update", 200] },
  () => UpdateCodeSecurityScanConfigurationRequest$,
  () => UpdateCodeSecurityScanConfigurationResponse$
];
var UpdateConfiguration$ = [
  9,
  n05,
  _UC,
  { [_ht]: ["POST", "/configuration/update", 200] },
  () => UpdateConfigurationRequest$,
  () => UpdateConfigurationResponse$
];
var UpdateConnector$ = [
  9,
  n05,
  _UCp,
  { [_ht]: ["POST", "/connector/update", 200] },
  () => UpdateConnectorRequest$,
  () => UpdateConnectorResponse$
];
var UpdateConnectorScanConfiguration$ = [
  9,
  n05,
  _UCSCp,
  { [_ht]: ["POST", "/connectorscanconfiguration/update", 200] },
  () => UpdateConnectorScanConfigurationRequest$,
  () => UpdateConnectorScanConfigurationResponse$
];
var UpdateEc2DeepInspectionConfiguration$ = [
  9,
  n05,
  _UEDIC,
  { [_ht]: ["POST", "/ec2deepinspectionconfiguration/update", 200] },
  () => UpdateEc2DeepInspectionConfigurationRequest$,
  () => UpdateEc2DeepInspectionConfigurationResponse$
];
var UpdateEncryptionKey$ = [
  9,
  n05,
  _UEK,
  { [_ht]: ["PUT", "/encryptionkey/update", 200] },
  () => UpdateEncryptionKeyRequest$,
  () => UpdateEncryptionKeyResponse$
];
var UpdateFilter$ = [
  9,
  n05,
  _UF,
  { [_ht]: ["POST", "/filters/update", 200] },
  () => UpdateFilterRequest$,
  () => UpdateFilterResponse$
];
var UpdateOrganizationConfiguration$ = [
  9,
  n05,
  _UOC,
  { [_ht]: ["POST", "/organizationconfiguration/update", 200] },
  () => UpdateOrganizationConfigurationRequest$,
  () => UpdateOrganizationConfigurationResponse$
];
var UpdateOrgEc2DeepInspectionConfiguration$ = [
  9,
  n05,
  _UOEDIC,
  { [_ht]: ["POST", "/ec2deepinspectionconfiguration/org/update", 200] },
  () => UpdateOrgEc2DeepInspectionConfigurationRequest$,
  () => UpdateOrgEc2DeepInspectionConfigurationResponse$
];

// node_modules/@aws-sdk/client-inspector2/dist-es/runtimeConfig.shared.js
var getRuntimeConfig9 = (config) => {
  return {
    apiVersion: "2020-06-08",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver5,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultInspector2HttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.inspector2",
      errorTypeRegistries: errorTypeRegistries5,
      version: "2020-06-08",
      serviceTarget: "Inspector2"
    },
    serviceId: config?.serviceId ?? "Inspector2",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-inspector2/dist-es/runtimeConfig.js
var getRuntimeConfig10 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig9(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default5.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-inspector2/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration5 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig5 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-inspector2/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions5 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration5(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig5(extensionConfiguration));
};

// node_modules/@aws-sdk/client-inspector2/dist-es/Inspector2Client.js
var Inspector2Client = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig10(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters5(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig5(_config_6);
    const _config_8 = resolveRuntimeExtensions5(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultInspector2HttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-inspector2/dist-es/commandBuilder.js
var command5 = makeBuilder(commonParams5, "Inspector2", "Inspector2Client", getEndpointPlugin);
var _ep05 = {};
var _mw05 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-inspector2/dist-es/commands/BatchGetAccountStatusCommand.js
var BatchGetAccountStatusCommand = class extends command5(_ep05, _mw05, "BatchGetAccountStatus", BatchGetAccountStatus$) {
};

// node_modules/@aws-sdk/client-sts/dist-es/endpoint/bdd.js
var q2 = "ref";
var a6 = -1;
var b6 = true;
var c6 = "isSet";
var d6 = "PartitionResult";
var e6 = "booleanEquals";
var f6 = "stringEquals";
var g6 = "getAttr";
var h6 = "us-east-1";
var i6 = "sigv4";
var j6 = "sts";
var k6 = "https://sts.{Region}.{PartitionResult#dnsSuffix}";
var l4 = { [q2]: "Endpoint" };
var m4 = { [q2]: "Region" };
var n2 = { [q2]: d6 };
var o2 = {};
var p2 = [m4];
var _data6 = {
  conditions: [
    [c6, [l4]],
    [c6, p2],
    ["aws.partition", p2, d6],
    [e6, [{ [q2]: "UseFIPS" }, b6]],
    [e6, [{ [q2]: "UseDualStack" }, b6]],
    [f6, [m4, "aws-global"]],
    [e6, [{ [q2]: "UseGlobalEndpoint" }, b6]],
    [f6, [m4, "eu-central-1"]],
    [e6, [{ fn: g6, argv: [n2, "supportsDualStack"] }, b6]],
    [e6, [{ fn: g6, argv: [n2, "supportsFIPS"] }, b6]],
    [f6, [m4, "ap-south-1"]],
    [f6, [m4, "eu-north-1"]],
    [f6, [m4, "eu-west-1"]],
    [f6, [m4, "eu-west-2"]],
    [f6, [m4, "eu-west-3"]],
    [f6, [m4, "sa-east-1"]],
    [f6, [m4, h6]],
    [f6, [m4, "us-east-2"]],
    [f6, [m4, "us-west-2"]],
    [f6, [m4, "us-west-1"]],
    [f6, [m4, "ca-central-1"]],
    [f6, [m4, "ap-southeast-1"]],
    [f6, [m4, "ap-northeast-1"]],
    [f6, [m4, "ap-southeast-2"]],
    [f6, [{ fn: g6, argv: [n2, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a6],
    ["https://sts.amazonaws.com", { authSchemes: [{ name: i6, signingName: j6, signingRegion: h6 }] }],
    [k6, { authSchemes: [{ name: i6, signingName: j6, signingRegion: "{Region}" }] }],
    [a6, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a6, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [l4, o2],
    ["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o2],
    [a6, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://sts.{Region}.amazonaws.com", o2],
    ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o2],
    [a6, "FIPS is enabled but this partition does not support FIPS"],
    ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o2],
    [a6, "DualStack is enabled but this partition does not support DualStack"],
    [k6, o2],
    [a6, "Invalid Configuration: Missing Region"]
  ]
};
var root6 = 2;
var r6 = 1e8;
var nodes6 = new Int32Array([
  -1,
  1,
  -1,
  0,
  30,
  3,
  1,
  4,
  r6 + 14,
  2,
  5,
  r6 + 14,
  3,
  25,
  6,
  4,
  24,
  7,
  5,
  r6 + 1,
  8,
  6,
  9,
  r6 + 13,
  7,
  r6 + 1,
  10,
  10,
  r6 + 1,
  11,
  11,
  r6 + 1,
  12,
  12,
  r6 + 1,
  13,
  13,
  r6 + 1,
  14,
  14,
  r6 + 1,
  15,
  15,
  r6 + 1,
  16,
  16,
  r6 + 1,
  17,
  17,
  r6 + 1,
  18,
  18,
  r6 + 1,
  19,
  19,
  r6 + 1,
  20,
  20,
  r6 + 1,
  21,
  21,
  r6 + 1,
  22,
  22,
  r6 + 1,
  23,
  23,
  r6 + 1,
  r6 + 2,
  8,
  r6 + 11,
  r6 + 12,
  4,
  28,
  26,
  9,
  27,
  r6 + 10,
  24,
  r6 + 8,
  r6 + 9,
  8,
  29,
  r6 + 7,
  9,
  r6 + 6,
  r6 + 7,
  3,
  r6 + 3,
  31,
  4,
  r6 + 4,
  r6 + 5
]);
var bdd6 = BinaryDecisionDiagram.from(nodes6, root6, _data6.conditions, _data6.results);

// node_modules/@aws-sdk/client-sts/dist-es/endpoint/endpointResolver.js
var cache6 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint"]
});
var defaultEndpointResolver6 = (endpointParams, context = {}) => {
  return cache6.get(endpointParams, () => decideEndpoint(bdd6, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-sts/dist-es/auth/httpAuthSchemeProvider.js
var createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
  if (!input) {
    throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
  }
  const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
  const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
  if (!instructionsFn) {
    throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
  }
  const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
  return Object.assign(defaultParameters, endpointParameters);
};
var _defaultSTSHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
var defaultSTSHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSTSHttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption6(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "sts",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: {
      name: "sts",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
function createSmithyApiNoAuthHttpAuthOption(authParameters) {
  return {
    schemeId: "smithy.api#noAuth"
  };
}
var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver7, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
  const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
    const endpoint = defaultEndpointResolver7(authParameters);
    const authSchemes = endpoint.properties?.authSchemes;
    if (!authSchemes) {
      return defaultHttpAuthSchemeResolver(authParameters);
    }
    const options = [];
    for (const scheme of authSchemes) {
      const { name: resolvedName, properties = {}, ...rest } = scheme;
      const name = resolvedName.toLowerCase();
      if (resolvedName !== name) {
        console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
      }
      let schemeId;
      if (name === "sigv4a") {
        schemeId = "aws.auth#sigv4a";
        const sigv4Present = authSchemes.find((s2) => {
          const name2 = s2.name.toLowerCase();
          return name2 !== "sigv4a" && name2.startsWith("sigv4");
        });
        if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
          continue;
        }
      } else if (name.startsWith("sigv4")) {
        schemeId = "aws.auth#sigv4";
      } else {
        throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
      }
      const createOption = createHttpAuthOptionFunctions[schemeId];
      if (!createOption) {
        throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
      }
      const option = createOption(authParameters);
      option.schemeId = schemeId;
      option.signingProperties = { ...option.signingProperties || {}, ...rest, ...properties };
      options.push(option);
    }
    return options;
  };
  return endpointRuleSetHttpAuthSchemeProvider;
};
var _defaultSTSHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    case "AssumeRoleWithSAML": {
      options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
      break;
    }
    case "AssumeRoleWithWebIdentity": {
      options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
      break;
    }
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption6(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
    }
  }
  return options;
};
var defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver6, _defaultSTSHttpAuthSchemeProvider, {
  "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption6,
  "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
  "smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption
});
var resolveHttpAuthSchemeConfig6 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  const config_1 = resolveAwsSdkSigV4AConfig(config_0);
  return Object.assign(config_1, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-sts/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters6 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    useGlobalEndpoint: options.useGlobalEndpoint ?? false,
    defaultSigningName: "sts"
  });
};
var commonParams6 = {
  UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-sts/package.json
var package_default6 = {
  name: "@aws-sdk/client-sts",
  version: "3.1124.0",
  description: "AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-sts"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.977.9",
    "@aws-sdk/credential-provider-node": "^3.972.82",
    "@aws-sdk/signature-v4-multi-region": "^3.996.46",
    "@aws-sdk/types": "^3.974.5",
    "@smithy/core": "^3.33.3",
    "@smithy/fetch-http-handler": "^5.7.2",
    "@smithy/node-http-handler": "^4.11.3",
    "@smithy/types": "^4.17.2",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.3.2",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-sts/dist-es/models/STSServiceException.js
var STSServiceException = class _STSServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _STSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-sts/dist-es/models/errors.js
var ExpiredTokenException = class _ExpiredTokenException extends STSServiceException {
  name = "ExpiredTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExpiredTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExpiredTokenException.prototype);
  }
};
var MalformedPolicyDocumentException2 = class _MalformedPolicyDocumentException extends STSServiceException {
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
  }
};
var PackedPolicyTooLargeException = class _PackedPolicyTooLargeException extends STSServiceException {
  name = "PackedPolicyTooLargeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PackedPolicyTooLargeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PackedPolicyTooLargeException.prototype);
  }
};
var RegionDisabledException = class _RegionDisabledException extends STSServiceException {
  name = "RegionDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RegionDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RegionDisabledException.prototype);
  }
};
var IDPRejectedClaimException = class _IDPRejectedClaimException extends STSServiceException {
  name = "IDPRejectedClaimException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IDPRejectedClaimException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IDPRejectedClaimException.prototype);
  }
};
var InvalidIdentityTokenException = class _InvalidIdentityTokenException extends STSServiceException {
  name = "InvalidIdentityTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIdentityTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIdentityTokenException.prototype);
  }
};
var IDPCommunicationErrorException = class _IDPCommunicationErrorException extends STSServiceException {
  name = "IDPCommunicationErrorException";
  $fault = "client";
  $retryable = {};
  constructor(opts) {
    super({
      name: "IDPCommunicationErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IDPCommunicationErrorException.prototype);
  }
};
var InvalidAuthorizationMessageException = class _InvalidAuthorizationMessageException extends STSServiceException {
  name = "InvalidAuthorizationMessageException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAuthorizationMessageException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAuthorizationMessageException.prototype);
  }
};
var ExpiredTradeInTokenException = class _ExpiredTradeInTokenException extends STSServiceException {
  name = "ExpiredTradeInTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExpiredTradeInTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExpiredTradeInTokenException.prototype);
  }
};
var JWTPayloadSizeExceededException = class _JWTPayloadSizeExceededException extends STSServiceException {
  name = "JWTPayloadSizeExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "JWTPayloadSizeExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _JWTPayloadSizeExceededException.prototype);
  }
};
var OutboundWebIdentityFederationDisabledException = class _OutboundWebIdentityFederationDisabledException extends STSServiceException {
  name = "OutboundWebIdentityFederationDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OutboundWebIdentityFederationDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OutboundWebIdentityFederationDisabledException.prototype);
  }
};
var SessionDurationEscalationException = class _SessionDurationEscalationException extends STSServiceException {
  name = "SessionDurationEscalationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SessionDurationEscalationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SessionDurationEscalationException.prototype);
  }
};

// node_modules/@aws-sdk/client-sts/dist-es/schemas/schemas_0.js
var _A5 = "Arn";
var _ARR = "AssumeRoleRequest";
var _Ac = "Account";
var _Au = "Audience";
var _CA2 = "ContextAssertion";
var _DS2 = "DurationSeconds";
var _EI = "ExternalId";
var _ETE = "ExpiredTokenException";
var _ETITE = "ExpiredTradeInTokenException";
var _GCI = "GetCallerIdentity";
var _GCIR = "GetCallerIdentityRequest";
var _GCIRe = "GetCallerIdentityResponse";
var _GWITR = "GetWebIdentityTokenRequest";
var _IAME = "InvalidAuthorizationMessageException";
var _IDPCEE = "IDPCommunicationErrorException";
var _IDPRCE = "IDPRejectedClaimException";
var _IITE = "InvalidIdentityTokenException";
var _JWTPSEE = "JWTPayloadSizeExceededException";
var _K3 = "Key";
var _MPDE2 = "MalformedPolicyDocumentException";
var _OWIFDE = "OutboundWebIdentityFederationDisabledException";
var _P4 = "Policy";
var _PA3 = "PolicyArns";
var _PAro = "ProviderArn";
var _PC3 = "ProvidedContexts";
var _PCLT = "ProvidedContextsListType";
var _PCr = "ProvidedContext";
var _PDT = "PolicyDescriptorType";
var _PPTLE = "PackedPolicyTooLargeException";
var _RA4 = "RoleArn";
var _RDE = "RegionDisabledException";
var _RSN = "RoleSessionName";
var _SA = "SigningAlgorithm";
var _SDEE = "SessionDurationEscalationException";
var _SI2 = "SourceIdentity";
var _SN = "SerialNumber";
var _T5 = "Tags";
var _TC2 = "TokenCode";
var _TTK = "TransitiveTagKeys";
var _Ta3 = "Tag";
var _UI2 = "UserId";
var _V4 = "Value";
var _a4 = "arn";
var _aQE3 = "awsQueryError";
var _c6 = "client";
var _e6 = "error";
var _hE6 = "httpError";
var _m5 = "message";
var _pDLT2 = "policyDescriptorListType";
var _s6 = "smithy.ts.sdk.synthetic.com.amazonaws.sts";
var _tLT2 = "tagListType";
var n06 = "com.amazonaws.sts";
var _s_registry6 = TypeRegistry.for(_s6);
var STSServiceException$ = [-3, _s6, "STSServiceException", 0, [], []];
_s_registry6.registerError(STSServiceException$, STSServiceException);
var n0_registry6 = TypeRegistry.for(n06);
var ExpiredTokenException$ = [
  -3,
  n06,
  _ETE,
  { [_aQE3]: [`ExpiredTokenException`, 400], [_e6]: _c6, [_hE6]: 400 },
  [_m5],
  [0]
];
n0_registry6.registerError(ExpiredTokenException$, ExpiredTokenException);
var ExpiredTradeInTokenException$ = [
  -3,
  n06,
  _ETITE,
  { [_aQE3]: [`ExpiredTradeInTokenException`, 400], [_e6]: _c6, [_hE6]: 400 },
  [_m5],
  [0]
];
n0_registry6.registerError(ExpiredTradeInTokenException$, ExpiredTradeInTokenException);
var IDPCommunicationErrorException$ = [
  -3,
  n06,
  _IDPCEE,
  { [_aQE3]: [`IDPCommunicationError`, 400], [_e6]: _c6, [_hE6]: 400 },
  [_m5],
  [0]
];
n0_registry6.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
var IDPRejectedClaimException$ = [
  -3,
  n06,
  _IDPRCE,
  { [_aQE3]: [`IDPRejectedClaim`, 403], [_e6]: _c6, [_hE6]: 403 },
  [_m5],
  [0]
];
n0_registry6.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
var InvalidAuthorizationMessageException$ = [
  -3,
  n06,
  _IAME,
  { [_aQE3]: [`InvalidAuthorizationMessageException`, 400], [_e6]: _c6, [_hE6]: 400 },
  [_m5],
  [0]
];
n0_registry6.registerError(InvalidAuthorizationMessageException$, InvalidAuthorizationMessageException);
var InvalidIdentityTokenException$ = [
  -3,
  n06,
  _IITE,
  { [_aQE3]: [`InvalidIdentityToken`, 400], [_e6]: _c6, [_hE6]: 400 },
  [_m5],
  [0]
];
n0_registry6.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
var JWTPayloadSizeExceededException$ = [
  -3,
  n06,
  _JWTPSEE,
  { [_aQE3]: [`JWTPayloadSizeExceededException`, 400], [_e6]: _c6, [_hE6]: 400 },
  [_m5],
  [0]
];
n0_registry6.registerError(JWTPayloadSizeExceededException$, JWTPayloadSizeExceededException);
var MalformedPolicyDocumentException$2 = [
  -3,
  n06,
  _MPDE2,
  { [_aQE3]: [`MalformedPolicyDocument`, 400], [_e6]: _c6, [_hE6]: 400 },
  [_m5],
  [0]
];
n0_registry6.registerError(MalformedPolicyDocumentException$2, MalformedPolicyDocumentException2);
var OutboundWebIdentityFederationDisabledException$ = [
  -3,
  n06,
  _OWIFDE,
  { [_aQE3]: [`OutboundWebIdentityFederationDisabledException`, 403], [_e6]: _c6, [_hE6]: 403 },
  [_m5],
  [0]
];
n0_registry6.registerError(OutboundWebIdentityFederationDisabledException$, OutboundWebIdentityFederationDisabledException);
var PackedPolicyTooLargeException$ = [
  -3,
  n06,
  _PPTLE,
  { [_aQE3]: [`PackedPolicyTooLarge`, 400], [_e6]: _c6, [_hE6]: 400 },
  [_m5],
  [0]
];
n0_registry6.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
var RegionDisabledException$ = [
  -3,
  n06,
  _RDE,
  { [_aQE3]: [`RegionDisabledException`, 403], [_e6]: _c6, [_hE6]: 403 },
  [_m5],
  [0]
];
n0_registry6.registerError(RegionDisabledException$, RegionDisabledException);
var SessionDurationEscalationException$ = [
  -3,
  n06,
  _SDEE,
  { [_aQE3]: [`SessionDurationEscalationException`, 403], [_e6]: _c6, [_hE6]: 403 },
  [_m5],
  [0]
];
n0_registry6.registerError(SessionDurationEscalationException$, SessionDurationEscalationException);
var errorTypeRegistries6 = [
  _s_registry6,
  n0_registry6
];
var AssumeRoleRequest$ = [
  3,
  n06,
  _ARR,
  0,
  [_RA4, _RSN, _PA3, _P4, _DS2, _T5, _TTK, _EI, _SN, _TC2, _SI2, _PC3],
  [0, 0, () => policyDescriptorListType, 0, 1, () => tagListType2, 64 | 0, 0, 0, 0, 0, () => ProvidedContextsListType],
  2
];
var GetCallerIdentityRequest$ = [
  3,
  n06,
  _GCIR,
  0,
  [],
  []
];
var GetCallerIdentityResponse$ = [
  3,
  n06,
  _GCIRe,
  0,
  [_UI2, _Ac, _A5],
  [0, 0, 0]
];
var GetWebIdentityTokenRequest$ = [
  3,
  n06,
  _GWITR,
  0,
  [_Au, _SA, _DS2, _T5],
  [64 | 0, 0, 1, () => tagListType2],
  2
];
var PolicyDescriptorType$ = [
  3,
  n06,
  _PDT,
  0,
  [_a4],
  [0]
];
var ProvidedContext$ = [
  3,
  n06,
  _PCr,
  0,
  [_PAro, _CA2],
  [0, 0]
];
var Tag$3 = [
  3,
  n06,
  _Ta3,
  0,
  [_K3, _V4],
  [0, 0],
  2
];
var policyDescriptorListType = [
  1,
  n06,
  _pDLT2,
  0,
  () => PolicyDescriptorType$
];
var ProvidedContextsListType = [
  1,
  n06,
  _PCLT,
  0,
  () => ProvidedContext$
];
var tagKeyListType2 = 64 | 0;
var tagListType2 = [
  1,
  n06,
  _tLT2,
  0,
  () => Tag$3
];
var webIdentityTokenAudienceListType = 64 | 0;
var GetCallerIdentity$ = [
  9,
  n06,
  _GCI,
  0,
  () => GetCallerIdentityRequest$,
  () => GetCallerIdentityResponse$
];

// node_modules/@aws-sdk/client-sts/dist-es/runtimeConfig.shared.js
var getRuntimeConfig11 = (config) => {
  return {
    apiVersion: "2011-06-15",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver6,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "aws.auth#sigv4a",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner()
      },
      {
        schemeId: "smithy.api#noAuth",
        identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.sts",
      errorTypeRegistries: errorTypeRegistries6,
      xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
      version: "2011-06-15",
      serviceTarget: "AWSSecurityTokenServiceV20110615"
    },
    serviceId: config?.serviceId ?? "STS",
    sha256: config?.sha256 ?? Sha256Node,
    signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-sts/dist-es/runtimeConfig.js
var getRuntimeConfig12 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig11(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default6.version }),
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await defaultProvider(idProps?.__config || {})()),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "aws.auth#sigv4a",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner()
      },
      {
        schemeId: "smithy.api#noAuth",
        identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner()
      }
    ],
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-sts/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration6 = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig6 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-sts/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions6 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration6(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig6(extensionConfiguration));
};

// node_modules/@aws-sdk/client-sts/dist-es/STSClient.js
var STSClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig12(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters6(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig6(_config_6);
    const _config_8 = resolveRuntimeExtensions6(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials,
        "aws.auth#sigv4a": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-sts/dist-es/commandBuilder.js
var command6 = makeBuilder(commonParams6, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin);
var _ep06 = {};
var _mw06 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-sts/dist-es/commands/GetCallerIdentityCommand.js
var GetCallerIdentityCommand = class extends command6(_ep06, _mw06, "GetCallerIdentity", GetCallerIdentity$) {
};

// providers/aws/clients.ts
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
var QUIET_LOGGER = { debug: () => {
}, warn: () => {
}, error: () => {
} };
var Clients = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  cache = /* @__PURE__ */ new Map();
  common(region) {
    const c7 = {
      region,
      logger: QUIET_LOGGER,
      maxAttempts: this.settings.maxAttempts,
      retryMode: "adaptive",
      // socketTimeout is the idle timeout (the handler's requestTimeout only logs a warning unless told to throw).
      requestHandler: { socketTimeout: this.settings.requestTimeoutMs, connectionTimeout: this.settings.connectTimeoutMs }
    };
    if (this.settings.endpoint) c7.endpoint = this.settings.endpoint;
    if (this.settings.credentials) c7.credentials = this.settings.credentials;
    return c7;
  }
  get(key, make) {
    let c7 = this.cache.get(key);
    if (!c7) this.cache.set(key, c7 = make());
    return c7;
  }
  config(region) {
    return this.get(`config/${region}`, () => new ConfigServiceClient(this.common(region)));
  }
  sts(region) {
    return this.get(`sts/${region}`, () => new STSClient(this.common(region)));
  }
  /** IAM is global: its endpoint is in us-east-1 for the commercial partition (the region only signs requests). */
  iam(region) {
    return this.get(`iam/${region}`, () => new IAMClient(this.common(region)));
  }
  logs(region) {
    return this.get(`logs/${region}`, () => new CloudWatchLogsClient(this.common(region)));
  }
  cloudtrail(region) {
    return this.get(`cloudtrail/${region}`, () => new CloudTrailClient(this.common(region)));
  }
  inspector2(region) {
    return this.get(`inspector2/${region}`, () => new Inspector2Client(this.common(region)));
  }
  destroy() {
    for (const c7 of this.cache.values()) c7.destroy();
    this.cache.clear();
  }
};
async function configuredRegion() {
  const probe = new STSClient({});
  try {
    const r7 = await probe.config.region();
    return typeof r7 === "string" && r7 ? r7 : void 0;
  } catch {
    return void 0;
  } finally {
    probe.destroy();
  }
}
function describeError(err) {
  const e7 = err;
  const name = e7?.name && e7.name !== "Error" && e7.name !== "IncompleteRead" ? e7.name : void 0;
  const message = (e7?.message ?? String(err)).split("\n")[0].slice(0, 300);
  const status = e7?.$metadata?.httpStatusCode;
  const head = name && !message.startsWith(name) ? `${name}: ${message}` : message;
  return status && status >= 500 ? `${head} (HTTP ${status}, after retries)` : head;
}
function isSetupError(err) {
  const name = err?.name ?? "";
  const message = err?.message ?? "";
  return name === "CredentialsProviderError" || /Could not load credentials|Region is missing/i.test(message);
}
function isAccessDenied(err) {
  const name = err?.name ?? "";
  return /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized/i.test(name);
}

// providers/aws/account-run.ts
function isUnreadableAnswer(err) {
  return err?.name === "SyntaxError" || typeof err === "object" && err !== null && "$responseBodyText" in err;
}
function call(env, send, chain2 = false) {
  const attempts = limitsOf(env.ctx).maxAttempts;
  const once = () => send({ abortSignal: env.deadline.signal });
  return env.deadline.bound(env.limiter.run(() => withRetry(once, { attempts, baseMs: 200, retryable: isUnreadableAnswer, signal: env.deadline.signal }), chain2));
}
function pageGuard(env, listing) {
  return new PageGuard(listing, env.maxPages);
}
var delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var AccountRun = class {
  constructor(env, account, caller, partition = "aws") {
    this.env = env;
    this.account = account;
    this.caller = caller;
    this.partition = partition;
    this.facts = new AccountFacts(account);
    this.category = `aws/${account}`;
    this.input = `live/aws/${account}`;
  }
  env;
  account;
  caller;
  partition;
  facts;
  lookups = new Lookups();
  category;
  input;
  /** Items held back until their lookups are done. */
  deferred = [];
  groups = [];
  /** Global resources (IAM, trails) already emitted: Config may record them in more than one region. */
  seenGlobal = /* @__PURE__ */ new Set();
  error(message, scope = this.category) {
    this.env.ctx.notify({ level: "error", message, scope, category: this.category });
  }
  /** A fallback or an unknown fact; an error when `cause` cut the read short (deadline, endless listing): the scan is incomplete then. */
  warn(message, scope = this.category, cause) {
    this.env.ctx.notify({ level: isIncompleteRead(cause) ? "error" : "warning", message, scope, category: this.category });
  }
  /** After the account's reads: one error when its deadline passed, since reads that stopped quietly then are not judged. */
  reportDeadline() {
    if (this.env.deadline.expired) this.error(`${this.env.deadline.error().message}: the resources and facts not read by then were not judged`);
  }
  /**
   * A record as Config returned it: prerequisites feed the facts (KMS keys are also resources),
   * groups wait for the policies, items needing a lookup wait for it, the rest is judged now.
   */
  async take(raw, where) {
    const item = normaliseItem(raw);
    if (typeof item === "string") {
      this.error(`a configuration item could not be read (${item}); it was not judged`, where);
      return;
    }
    if (absorb(item, this.facts) === "group") {
      this.groups.push(item);
      return;
    }
    if (item.resourceType === "AWS::IAM::Policy") {
      this.record(item);
      return;
    }
    if (hasNeeds(needsOf(item))) {
      if (!this.isDuplicate(item)) this.deferred.push(item);
      return;
    }
    await this.emit(item);
  }
  isDuplicate(item) {
    if (item.awsRegion !== "global" && !item.resourceType.startsWith("AWS::IAM::") && item.resourceType !== "AWS::CloudTrail::Trail") return false;
    const id = canonicalId(item);
    if (this.seenGlobal.has(id)) return true;
    this.seenGlobal.add(id);
    return false;
  }
  async emit(item) {
    if (this.isDuplicate(item)) return;
    const facets = facetsOf({ item, facts: this.facts, lookups: this.lookups });
    if (Object.keys(facets).length === 0 && !tagsOf(item)) {
      this.record(item);
      return;
    }
    await this.push({ resource: toResource(item, facets, { account: this.account, input: this.input }), raw: inventoryRecord(item) });
  }
  /** An item the scan used but judges nothing from (an IAM policy, a KMS key, a looked-up bucket): kept in --inventory-out. */
  record(item) {
    this.env.ctx.record?.(inventoryRecord(item));
  }
  async push(item) {
    await this.env.out.push(item);
  }
  /** Once every policy of the account is known: groups get their verdicts and are judged. */
  async finishGroups() {
    absorbGroups(this.groups, this.facts, this.lookups);
    for (const g7 of this.groups.splice(0)) await this.emit(g7);
  }
  /** What the held-back items need looked up: bucket names, and security groups by region. */
  wanted() {
    const buckets = /* @__PURE__ */ new Set();
    const groups = /* @__PURE__ */ new Map();
    for (const item of this.deferred) {
      const n3 = needsOf(item);
      n3.buckets.forEach((b7) => buckets.add(b7));
      if (n3.securityGroups.length) {
        const region = item.awsRegion ?? "";
        let s2 = groups.get(region);
        if (!s2) groups.set(region, s2 = /* @__PURE__ */ new Set());
        n3.securityGroups.forEach((g7) => s2.add(g7));
      }
    }
    return { buckets: [...buckets], groups: new Map([...groups].map(([r7, s2]) => [r7, [...s2]])) };
  }
  /** Judges the held-back items, after their lookups (and, for the caller's trails, their status). */
  async finishDeferred() {
    const { buckets, groups } = this.wanted();
    for (const b7 of buckets) if (!this.lookups.buckets.has(b7)) this.lookups.buckets.set(b7, "not-found");
    for (const [region, ids] of groups) for (const id of ids) if (!this.lookups.securityGroups.has(`${region}/${id}`)) this.lookups.securityGroups.set(`${region}/${id}`, "not-found");
    if (this.caller) await this.readTrailStatus();
    for (const item of this.deferred.splice(0)) {
      const facets = facetsOf({ item, facts: this.facts, lookups: this.lookups });
      if (Object.keys(facets).length) await this.push({ resource: toResource(item, facets, { account: this.account, input: this.input }), raw: inventoryRecord(item) });
    }
  }
  /** The account: its root user (MFA, access keys) and its password policy, with the facts an offline rescan needs (account-record.ts). */
  async emitRoot() {
    await this.push(accountItem(this.facts, this.partition, { origin: "live", category: this.category, input: this.input, scope: this.account }));
  }
  // ---- IAM account password policy (caller account only) -------------------------------------
  async readPasswordPolicy(region) {
    const iam = this.env.clients.iam(region);
    try {
      const r7 = await call(this.env, (o3) => iam.send(new GetAccountPasswordPolicyCommand({}), o3));
      this.facts.passwordPolicy = passwordPolicyFrom(r7.PasswordPolicy ?? {});
      this.facts.passwordPolicyState = { read: true };
    } catch (err) {
      if (err?.name === "NoSuchEntityException" || err?.name === "NoSuchEntity") {
        this.facts.passwordPolicy = passwordPolicyFrom(void 0);
        this.facts.passwordPolicyState = { read: true };
        return;
      }
      const why = `the account password policy could not be read (${describeError(err)})`;
      this.facts.passwordPolicyState = { read: false, why };
      this.warn(`${why}: it comes from the IAM_PASSWORD_POLICY rule where deployed, else stays unknown`, `${this.category}/iam`, err);
    }
  }
  // ---- IAM credential report (caller account only) -------------------------------------------
  async readCredentialReport(region) {
    const iam = this.env.clients.iam(region);
    try {
      for (let i7 = 0; ; i7++) {
        const g7 = await call(this.env, (o3) => iam.send(new GenerateCredentialReportCommand({}), o3));
        if (g7.State === "COMPLETE") break;
        if (i7 >= 20) throw new Error("the credential report was not ready after 20 attempts");
        await delay(Math.min(500 * 2 ** i7, 4e3));
      }
      const r7 = await call(this.env, (o3) => iam.send(new GetCredentialReportCommand({}), o3));
      const csv = r7.Content ? Buffer.from(r7.Content).toString("utf8") : "";
      const rows = parseCredentialReport(csv);
      this.facts.credentialReport = rows.users;
      this.facts.rootCredentials = rows.root;
      this.facts.credentialState = { read: true };
    } catch (err) {
      const why = `the IAM credential report could not be read (${describeError(err)})`;
      this.facts.credentialState = { read: false, why };
      this.warn(`${why}: IAM users' console access and MFA come from Config rule results where deployed, else stay unknown`, `${this.category}/iam`, err);
    }
  }
  // ---- CloudWatch log groups ------------------------------------------------------------------
  /** Log groups of one region: DescribeLogGroups in the caller's account, else the CW_LOGGROUP_RETENTION_PERIOD_CHECK results. */
  async readLogGroups(region) {
    let denied;
    if (this.caller) {
      const logs = this.env.clients.logs(region);
      let token;
      const pages = pageGuard(this.env, `CloudWatch log groups in ${region}`);
      try {
        do {
          const page = await call(this.env, (o3) => logs.send(new DescribeLogGroupsCommand({ limit: 50, ...token ? { nextToken: token } : {} }), o3));
          for (const g7 of page.logGroups ?? []) await this.emitLogGroup(region, g7);
          this.env.ctx.progress.advance(`${this.category}/${region}`, page.logGroups?.length ?? 0);
          token = pages.next(page.nextToken);
        } while (token);
        return;
      } catch (err) {
        denied = describeError(err);
        if (!isAccessDenied(err)) {
          this.error(`CloudWatch log groups in ${region} could not be read: ${denied}`, `${this.category}/${region}/logs`);
          return;
        }
      }
    }
    const results = this.facts.ruleResults("CW_LOGGROUP_RETENTION_PERIOD_CHECK").filter((r7) => r7.region === region);
    if (!this.ruleRegions.has(region)) {
      this.logGaps.push({ region, why: denied ?? "log groups are not AWS Config resources, and the credentials are not of this account" });
      return;
    }
    for (const r7 of results) {
      const { resourceId } = r7;
      const arn = resourceId.startsWith("arn:") ? resourceId.replace(/:\*$/, "") : `arn:${this.partition}:logs:${region}:${this.account}:log-group:${resourceId}`;
      await this.push({
        resource: {
          id: arn,
          provider: "aws",
          nativeType: "AWS::Logs::LogGroup",
          region,
          source: { origin: "live", category: this.category, input: this.input, scope: this.account },
          facets: { logStore: logGroupFromRule(r7), dataLocations: { locations: [{ region, role: "primary", evidence: evidenceAt("configRule.awsRegion", region, { safe: true }) }] } }
        },
        raw: { resourceType: "AWS::Logs::LogGroup", accountId: this.account, awsRegion: region, arn, resourceId, configuration: { configRule: r7.ruleName, complianceType: r7.compliance } }
      });
    }
  }
  /** Regions where the log group rule is deployed (even without results). */
  ruleRegions = /* @__PURE__ */ new Set();
  /** Regions whose log groups could be read neither directly nor through the rule. */
  logGaps = [];
  /** One error for the regions whose log groups were not read: their retention is not judged, so the scan is incomplete. */
  reportLogGaps() {
    if (this.logGaps.length === 0) return;
    const regions = this.logGaps.map((g7) => g7.region).sort();
    const whys = [...new Set(this.logGaps.map((g7) => g7.why))];
    this.error(
      `CloudWatch log groups in ${regions.join(", ")} were not read (${whys.join("; ")}) and no CW_LOGGROUP_RETENTION_PERIOD_CHECK rule reports there: their retention is not judged`,
      `${this.category}/logs`
    );
    this.logGaps.length = 0;
  }
  async emitLogGroup(region, g7) {
    const arn = g7.logGroupArn ?? g7.arn?.replace(/:\*$/, "") ?? `arn:${this.partition}:logs:${region}:${this.account}:log-group:${g7.logGroupName}`;
    const item = {
      resourceType: "AWS::Logs::LogGroup",
      accountId: this.account,
      awsRegion: region,
      availabilityZone: void 0,
      arn,
      resourceId: g7.logGroupName,
      resourceName: g7.logGroupName,
      status: void 0,
      capturedAt: void 0,
      configuration: { logGroupName: g7.logGroupName, arn, retentionInDays: g7.retentionInDays, kmsKeyId: g7.kmsKeyId, logGroupClass: g7.logGroupClass },
      supplementary: {}
    };
    await this.push({ resource: toResource(item, facetsOf({ item, facts: this.facts, lookups: this.lookups }), { account: this.account, input: this.input }), raw: inventoryRecord(item) });
  }
  // ---- CloudTrail trails (caller account only) ------------------------------------------------
  /** Every trail that applies to the account's regions (shadow trails included): whether a multi-region one exists. */
  async readTrailList(region) {
    const ct = this.env.clients.cloudtrail(region);
    try {
      const r7 = await call(this.env, (o3) => ct.send(new DescribeTrailsCommand({ includeShadowTrails: true }), o3));
      const list = { multiRegion: [], singleRegion: [] };
      for (const t2 of r7.trailList ?? []) (t2.IsMultiRegionTrail ? list.multiRegion : list.singleRegion).push(t2.TrailARN ?? t2.Name ?? "");
      this.facts.trailList = list;
    } catch (err) {
      const unread = `the trails of the account could not be listed (${describeError(err)})`;
      this.facts.trailList = { unread };
      this.warn(`${unread}: whether a trail records every region comes from AWS Config, else stays unknown`, `${this.category}/cloudtrail`, err);
    }
  }
  async readTrailStatus() {
    const trails = this.deferred.filter((i7) => i7.resourceType === "AWS::CloudTrail::Trail");
    if (trails.length === 0) return;
    this.facts.trailState = { read: true };
    for (const item of trails) {
      const arn = trailArn(item);
      if (!arn) continue;
      const home = text(conf(item, "homeRegion")) ?? item.awsRegion ?? "us-east-1";
      const ct = this.env.clients.cloudtrail(home);
      try {
        const s2 = await call(this.env, (o3) => ct.send(new GetTrailStatusCommand({ Name: arn }), o3));
        const status = {
          isLogging: s2.IsLogging === true ? "yes" : s2.IsLogging === false ? "no" : "unknown",
          allManagementEvents: "unknown",
          evidence: [{ path: "GetTrailStatus.IsLogging", value: s2.IsLogging ?? null }]
        };
        if (truthy(conf(item, "hasCustomEventSelectors")) !== "no") {
          const sel = await call(this.env, (o3) => ct.send(new GetEventSelectorsCommand({ TrailName: arn }), o3));
          const m5 = managementCoverage(sel);
          status.allManagementEvents = m5.truth;
          status.evidence.push(m5.evidence);
        }
        this.facts.trails.set(arn, status);
      } catch (err) {
        const why = `CloudTrail status could not be read (${describeError(err)})`;
        if (isAccessDenied(err)) {
          this.facts.trailState = { read: false, why };
          this.warn(`${why}: whether trails are logging stays unknown`, `${this.category}/cloudtrail`);
          return;
        }
        this.warn(`${why} for a trail; whether it is logging stays unknown`, `${this.category}/cloudtrail`, err);
      }
    }
  }
};
function managementCoverage(sel) {
  const advanced = sel.AdvancedEventSelectors ?? [];
  if (advanced.length) {
    const ok2 = advanced.some((s2) => {
      const fields = s2.FieldSelectors ?? [];
      const management = fields.some((f7) => f7.Field === "eventCategory" && (f7.Equals ?? []).includes("Management"));
      const narrowed = fields.some((f7) => f7.Field === "eventSource");
      return management && !narrowed;
    });
    return { truth: ok2 ? "yes" : "no", evidence: { path: "GetEventSelectors.AdvancedEventSelectors", note: ok2 ? "selects all management events" : "no selector records all management events" } };
  }
  const basic = sel.EventSelectors ?? [];
  if (basic.length === 0) return { truth: "yes", evidence: { path: "GetEventSelectors.EventSelectors", note: "no selector: management events are recorded" } };
  const ok = basic.some((s2) => s2.IncludeManagementEvents !== false && (s2.ExcludeManagementEventSources ?? []).length === 0);
  return { truth: ok ? "yes" : "no", evidence: { path: "GetEventSelectors.EventSelectors", value: ok, note: ok ? "management events of every source recorded" : "management events excluded or narrowed" } };
}
function reportDate(v2) {
  if (!v2 || !/^\d{4}-\d{2}-\d{2}T/.test(v2)) return void 0;
  const t2 = Date.parse(v2);
  return Number.isNaN(t2) ? void 0 : t2;
}
function parseCredentialReport(csv) {
  const lines = csv.split(/\r?\n/).filter((l5) => l5.trim() !== "");
  const header = (lines.shift() ?? "").split(",");
  const col = (name) => header.indexOf(name);
  const [iUser, iArn, iPassword, iMfa, iKey1, iKey2] = ["user", "arn", "password_enabled", "mfa_active", "access_key_1_active", "access_key_2_active"].map(col);
  const [iCreated, iPasswordUsed, iPasswordChanged, iKey1Rotated, iKey1Used, iKey2Rotated, iKey2Used] = [
    "user_creation_time",
    "password_last_used",
    "password_last_changed",
    "access_key_1_last_rotated",
    "access_key_1_last_used_date",
    "access_key_2_last_rotated",
    "access_key_2_last_used_date"
  ].map(col);
  const truth = (v2) => v2 === "true" ? "yes" : v2 === "false" ? "no" : "unknown";
  const users = /* @__PURE__ */ new Map();
  let root7;
  for (const line of lines) {
    const f7 = line.split(",");
    const at = (i7) => i7 === void 0 || i7 < 0 ? void 0 : f7[i7];
    const keys = [truth(at(iKey1)), truth(at(iKey2))];
    const row = {
      passwordEnabled: at(iPassword) === "not_supported" ? "yes" : truth(at(iPassword)),
      mfaActive: truth(at(iMfa)),
      accessKeysActive: anyOf(keys)
    };
    const created = reportDate(at(iCreated));
    const active = [];
    if (row.passwordEnabled === "yes" && at(iPassword) !== "not_supported") active.push({ kind: "password", lastUsed: reportDate(at(iPasswordUsed)), since: reportDate(at(iPasswordChanged)) ?? created });
    if (keys[0] === "yes") active.push({ kind: "access key 1", lastUsed: reportDate(at(iKey1Used)), since: reportDate(at(iKey1Rotated)) ?? created });
    if (keys[1] === "yes") active.push({ kind: "access key 2", lastUsed: reportDate(at(iKey2Used)), since: reportDate(at(iKey2Rotated)) ?? created });
    row.activeCredentials = active;
    if (at(iUser) === "<root_account>") root7 = row;
    else if (at(iArn)) users.set(at(iArn), row);
  }
  return { users, root: root7 };
}
function ruleFromName(name) {
  const n3 = name.toLowerCase().replace(/_/g, "-");
  const order = [
    "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS",
    "ROOT_ACCOUNT_MFA_ENABLED",
    "IAM_USER_MFA_ENABLED",
    "CW_LOGGROUP_RETENTION_PERIOD_CHECK",
    "IAM_PASSWORD_POLICY",
    "IAM_ROOT_ACCESS_KEY_CHECK",
    "VPC_FLOW_LOGS_ENABLED",
    "ECR_PRIVATE_IMAGE_SCANNING_ENABLED"
  ];
  return order.find((r7) => n3.includes(r7.toLowerCase().replace(/_/g, "-")));
}
function isManagedRule(id) {
  return MANAGED_RULES.includes(id ?? "");
}

// providers/aws/advanced-query.ts
var COLUMNS = "resourceId, resourceName, resourceType, accountId, awsRegion, availabilityZone, arn, configurationItemCaptureTime, configurationItemStatus, configuration, supplementaryConfiguration, tags";
function quote(values) {
  return values.map((v2) => `'${v2.replace(/'/g, "''")}'`).join(", ");
}
var SAFE_ID = /^[A-Za-z0-9._-]{1,255}$/;
var IDS_A_QUERY = 50;
function advancedQuery(client, aggregator) {
  const page = (env, expression, token) => call(
    env,
    (o3) => {
      const paging = { Expression: expression, Limit: env.pageSize, ...token ? { NextToken: token } : {} };
      return aggregator ? client.send(new SelectAggregateResourceConfigCommand({ ConfigurationAggregatorName: aggregator, ...paging }), o3) : client.send(new SelectResourceConfigCommand(paging), o3);
    },
    true
  );
  return async (env, listing, expression, each, progressScope) => {
    const pages = pageGuard(env, listing);
    let next = page(env, expression, void 0);
    while (next) {
      const answer = await next;
      const token = pages.next(answer.NextToken);
      next = token && !env.signal.aborted ? page(env, expression, token) : void 0;
      next?.catch(() => {
      });
      const rows = answer.Results ?? [];
      if (progressScope) env.ctx.progress.advance(progressScope, rows.length);
      for (const r7 of rows) await each(r7);
    }
  };
}
async function lookUp(select, run, listing, where, ids) {
  const absorb2 = async (row) => {
    const item = normaliseItem(row);
    if (typeof item === "string") return;
    absorbLookup(item, run.lookups);
    run.record(item);
  };
  const safe = ids.filter((id) => SAFE_ID.test(id));
  for (let i7 = 0; i7 < safe.length; i7 += IDS_A_QUERY) {
    await select(run.env, listing, `SELECT ${COLUMNS} WHERE ${where} AND resourceId IN (${quote(safe.slice(i7, i7 + IDS_A_QUERY))})`, absorb2);
  }
}
function lookupFailed(run, err) {
  run.lookups.bucketState = { read: false, why: `the lookup failed (${describeError(err)})` };
  run.warn(`resources needed by trails, replicating buckets or public databases could not be looked up (${describeError(err)}): those facts stay unknown`, void 0, err);
}

// providers/aws/flow.ts
var Limiter = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  chained = [];
  waiting = [];
  async run(call2, chain2 = false) {
    if (this.active >= this.limit) await new Promise((resolve) => (chain2 ? this.chained : this.waiting).push(resolve));
    else this.active++;
    try {
      return await call2();
    } finally {
      const next = this.chained.shift() ?? this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
};
var Channel = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  spaceWaiters = [];
  itemWaiter;
  closed = false;
  failure;
  async push(item) {
    while (this.items.length >= this.capacity && !this.closed) await new Promise((resolve) => this.spaceWaiters.push(resolve));
    if (this.closed) return;
    this.items.push(item);
    this.wake();
  }
  close() {
    this.closed = true;
    this.wake();
    for (const w2 of this.spaceWaiters.splice(0)) w2();
  }
  fail(err) {
    this.failure ??= err;
    this.close();
  }
  wake() {
    const w2 = this.itemWaiter;
    this.itemWaiter = void 0;
    w2?.();
  }
  async *[Symbol.asyncIterator]() {
    for (; ; ) {
      if (this.failure !== void 0) throw this.failure;
      const item = this.items.shift();
      if (item !== void 0) {
        this.spaceWaiters.shift()?.();
        yield item;
        continue;
      }
      if (this.closed) return;
      await new Promise((resolve) => this.itemWaiter = resolve);
    }
  }
};
async function runAll(items, limit, work) {
  for await (const done of mapConcurrent(items, limit, work)) void done;
}

// providers/aws/aggregator-controls.ts
var AGGREGATOR_CONTROL_TYPES = [...CONTROL_TYPES, RECORDER.type];
var SourceStatuses = class {
  accounts = /* @__PURE__ */ new Map();
  organisation = /* @__PURE__ */ new Map();
  /** Why the statuses are not known, when they could not be read. */
  unread;
  add(s2) {
    if (!s2.SourceId || !s2.AwsRegion || !["SUCCEEDED", "FAILED", "OUTDATED"].includes(s2.LastUpdateStatus ?? "")) return;
    const status = { status: s2.LastUpdateStatus, ...s2.LastErrorCode ? { code: s2.LastErrorCode } : {}, ...s2.LastUpdateTime ? { at: s2.LastUpdateTime } : {} };
    if (/^\d{12}$/.test(s2.SourceId)) {
      const regions = this.accounts.get(s2.SourceId) ?? this.accounts.set(s2.SourceId, /* @__PURE__ */ new Map()).get(s2.SourceId);
      regions.set(s2.AwsRegion, status);
    } else {
      this.organisation.set(s2.AwsRegion, status);
    }
  }
  /** The account sources listed (a source whose collection failed may hold no data at all). */
  listedAccounts() {
    return [...this.accounts.keys()];
  }
  /** The account's regions the status list names. */
  regionsOf(account) {
    return [...this.accounts.get(account)?.keys() ?? [], ...this.organisation.keys()];
  }
  of(account, region) {
    return this.accounts.get(account)?.get(region) ?? this.organisation.get(region);
  }
  /** Regions whose last collection from the account did not succeed, with the status. */
  notSucceeded(account, status) {
    return [...this.accounts.get(account) ?? []].filter(([, s2]) => s2.status === status).map(([region, s2]) => ({ region, code: s2.code, at: s2.at }));
  }
};
function regionsFromAggregator(account, regions, statuses, items, inspector) {
  const out = /* @__PURE__ */ new Map();
  for (const region of [...new Set(regions)].filter((r7) => r7 !== "global").sort()) {
    const source = statuses.of(account, region);
    if (source?.status === "FAILED") continue;
    const here = items.filter((i7) => i7.awsRegion === region && !isDeleted(i7));
    const recorderItem = here.find((i7) => i7.resourceType === RECORDER.type);
    const state = inspector.get(region) ?? { unread: `Amazon Inspector's status in ${region} was not read` };
    if (source?.status !== "SUCCEEDED") {
      const unread = source ? `the aggregator's data from ${region} is outdated (last collected ${source.at?.toISOString() ?? "at an unknown time"}): neither presence nor absence is proven` : `the aggregator's collection status of ${region} is not known (${statuses.unread ?? "the source is not listed"})`;
      out.set(region, { recorder: { unread }, present: [], inspector: state });
      continue;
    }
    out.set(region, {
      recorder: recorderItem ? recorderFromItem(recorderItem.configuration, recorderItem.capturedAt) : { unread: `the aggregator holds no ${RECORDER.type} of the account in ${region}: what its recorder records, and whether it records, is not visible` },
      present: CONTROL_TYPES.filter((t2) => here.some((i7) => i7.resourceType === t2)),
      inspector: state
    });
  }
  return out;
}

// providers/aws/inspector-status.ts
var INSPECTOR_BATCH = 10;
function stateOf(resourceState) {
  return { ...resourceState?.ec2?.status ? { ec2: resourceState.ec2.status } : {}, ...resourceState?.ecr?.status ? { ecr: resourceState.ecr.status } : {} };
}
async function readInspectorStatus(env, region, accounts) {
  const unread = (why) => ({ unread: `Amazon Inspector's status in ${region} could not be read (${why})` });
  try {
    const out = await call(env, (o3) => env.clients.inspector2(region).send(new BatchGetAccountStatusCommand({ accountIds: [...accounts] }), o3));
    const states = /* @__PURE__ */ new Map();
    for (const f7 of out.failedAccounts ?? []) if (f7.accountId) states.set(f7.accountId, unread(`${f7.errorCode ?? "failed"}: ${f7.errorMessage ?? ""}`.trim()));
    for (const a7 of out.accounts ?? []) if (a7.accountId && !states.has(a7.accountId)) states.set(a7.accountId, stateOf(a7.resourceState));
    for (const id of accounts) if (!states.has(id)) states.set(id, unread("the account is not in the answer"));
    return { states };
  } catch (err) {
    const state = unread(describeError(err));
    return { states: new Map(accounts.map((a7) => [a7, state])), failure: err };
  }
}

// providers/aws/single-account.ts
async function identify(env, region) {
  try {
    const id = await call(env, (o3) => env.clients.sts(region).send(new GetCallerIdentityCommand({}), o3));
    if (!id.Account) throw new Error("GetCallerIdentity returned no account");
    return { account: id.Account, partition: /^arn:([^:]+):/.exec(id.Arn ?? "")?.[1] ?? "aws" };
  } catch (err) {
    if (isSetupError(err)) throw new UserError(setupMessage(err));
    return { error: describeError(err) };
  }
}
function setupMessage(err) {
  const said = String(err?.message ?? err).split("\n")[0].replace(/[:=]/g, " ").slice(0, 200);
  if (/Region is missing/i.test(said)) return "AWS: no region; give --aws-region, or set AWS_REGION or a region in the AWS profile";
  return `AWS: no credentials found in the standard chain (environment variables, shared profile, SSO, web identity, container and instance roles); sign in with aws sso login and set AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (the SDK said ${said})`;
}
async function readSingleAccount(env, regions) {
  const { ctx } = env;
  const who = await identify(env, regions[0]);
  if ("error" in who) {
    ctx.notify({ level: "error", message: `could not identify the AWS account (sts:GetCallerIdentity: ${who.error}): nothing was read`, scope: "aws" });
    return;
  }
  if (!inShard(who.account, ctx.shard)) {
    ctx.notify({ level: "note", message: `AWS account ${who.account} belongs to another shard than ${ctx.shard.index}/${ctx.shard.count}: nothing was read`, scope: "aws" });
    return;
  }
  const run = new AccountRun(env, who.account, true, who.partition);
  env.deadline.unit = `AWS account ${who.account}`;
  ctx.covered(run.category);
  const reader = new RegionReader(env, run);
  const present = /* @__PURE__ */ new Map();
  const recorders = /* @__PURE__ */ new Map();
  const inspectors = /* @__PURE__ */ new Map();
  await Promise.all([
    run.readCredentialReport(regions[0]),
    run.readPasswordPolicy(regions[0]),
    run.readTrailList(regions[0]),
    runAll(regions, ctx.concurrency, async (region) => {
      const types = await reader.discoveredTypes(region);
      if (!types) return;
      present.set(region, types);
      const [recorder, inspector] = await Promise.all([reader.recorder(region), reader.inspector(region)]);
      recorders.set(region, recorder);
      inspectors.set(region, inspector);
      await runAll(types.filter(isPrerequisite), types.length, (type) => reader.readType(region, type));
      await reader.readRules(region);
    })
  ]);
  run.facts.settleRulesState(reader.rulesWhy);
  await run.finishGroups();
  const ok = regions.filter((r7) => present.has(r7));
  await runAll(ok, ctx.concurrency, async (region) => {
    const types = present.get(region).filter((t2) => !isPrerequisite(t2));
    await Promise.all([...types.map((type) => reader.readType(region, type)), run.readLogGroups(region)]);
    ctx.progress.finish(`${run.category}/${region}`, reader.failedRegions.has(region) ? "incomplete" : "done");
  });
  run.reportLogGaps();
  for (const region of ok) {
    if (!reader.failedRegions.has(region)) run.facts.regionsRead.set(region, { recorder: recorders.get(region), present: reader.controlTypes.get(region) ?? [], inspector: inspectors.get(region) });
  }
  reader.reportUnread();
  await reader.lookups(ok);
  await run.finishDeferred();
  await run.emitRoot();
  run.reportDeadline();
}
var RegionReader = class {
  constructor(env, run) {
    this.env = env;
    this.run = run;
  }
  env;
  run;
  failedRegions = /* @__PURE__ */ new Set();
  rulesWhy;
  scope(region) {
    return `${this.run.category}/${region}`;
  }
  /** The types cldscan reads that the recorder holds in this region; undefined when the region cannot be read at all. */
  async discoveredTypes(region) {
    const client = this.env.clients.config(region);
    const types = /* @__PURE__ */ new Set();
    let token;
    const pages = pageGuard(this.env, `resource counts in ${region}`);
    try {
      do {
        const page = await call(this.env, (o3) => client.send(new GetDiscoveredResourceCountsCommand({ limit: 100, ...token ? { nextToken: token } : {} }), o3));
        for (const c7 of page.resourceCounts ?? []) if (c7.resourceType && (c7.count ?? 0) > 0) types.add(c7.resourceType);
        token = pages.next(page.nextToken);
      } while (token);
    } catch (err) {
      this.failedRegions.add(region);
      this.run.error(`AWS Config in ${region} could not be read: ${describeError(err)}; no resource of this region was judged`, this.scope(region));
      this.env.ctx.progress.finish(this.scope(region), "failed");
      return void 0;
    }
    for (const t2 of types) if (isUnreadType(t2)) (this.unread.get(t2) ?? this.unread.set(t2, /* @__PURE__ */ new Set()).get(t2)).add(region);
    this.controlTypes.set(region, CONTROL_TYPES.filter((t2) => types.has(t2)));
    return READ_TYPES.filter((t2) => types.has(t2));
  }
  /** Resource types the recorder holds that no adapter reads, with their regions: reported, since none of them is judged. */
  unread = /* @__PURE__ */ new Map();
  reportUnread() {
    const message = unreadTypesNote(this.unread);
    if (message) this.env.ctx.notify({ level: "note", message, scope: this.run.category, category: this.run.category });
  }
  /** Per region, the account-control types the recorder holds resources of (account-controls.ts). */
  controlTypes = /* @__PURE__ */ new Map();
  /** The region's configuration recorder: whether it records, and which types (so that a type it records and holds none of is known absent). */
  async recorder(region) {
    const client = this.env.clients.config(region);
    try {
      const [recorders, statuses] = await Promise.all([
        call(this.env, (o3) => client.send(new DescribeConfigurationRecordersCommand({}), o3)),
        call(this.env, (o3) => client.send(new DescribeConfigurationRecorderStatusCommand({}), o3))
      ]);
      return recorderFrom(recorders.ConfigurationRecorders ?? [], statuses.ConfigurationRecordersStatus ?? []);
    } catch (err) {
      const unread = `the configuration recorder of ${region} could not be read (${describeError(err)})`;
      this.run.warn(`${unread}: the account-level controls of the region stay unknown`, `${this.scope(region)}/recorder`, err);
      return { unread };
    }
  }
  /** Amazon Inspector's status of the account in the region (AWS Config does not record it): what it scans, or why that could not be read. */
  async inspector(region) {
    const { states, failure } = await readInspectorStatus(this.env, region, [this.run.account]);
    const state = states.get(this.run.account);
    if ("unread" in state) this.run.warn(`${state.unread}: its vulnerability scanning of the region stays unknown`, `${this.scope(region)}/inspector`, failure);
    return state;
  }
  /**
   * Reads one type with one advanced query (a page is up to 100 whole items: one call, where
   * ListDiscoveredResources then BatchGetResourceConfig took two). Types are queried apart so that
   * their chains of pages run side by side and a type that fails names itself.
   */
  async readType(region, type) {
    try {
      await this.select(region)(this.env, `${type} in ${region}`, `SELECT ${COLUMNS} WHERE resourceType = '${type}'`, (row) => this.run.take(row, `${this.scope(region)}/${type}`), this.scope(region));
    } catch (err) {
      this.failedRegions.add(region);
      this.run.error(`${type} in ${region} could not be read completely: ${describeError(err)}; the resources of this type not yet read were not judged`, `${this.scope(region)}/${type}`);
    }
  }
  /** The advanced queries of the region's recorder (the global IAM types are in the region that records them). */
  select(region) {
    return advancedQuery(this.env.clients.config(region));
  }
  /** Results of the managed rules that stand in for MFA and log group facts, where deployed in this region. */
  async readRules(region) {
    const client = this.env.clients.config(region);
    try {
      let token;
      const rules = [];
      const pages = pageGuard(this.env, `Config rules in ${region}`);
      do {
        const page = await call(this.env, (o3) => client.send(new DescribeConfigRulesCommand(token ? { NextToken: token } : {}), o3));
        for (const r7 of page.ConfigRules ?? []) {
          const id = r7.Source?.Owner === "AWS" ? r7.Source.SourceIdentifier : void 0;
          if (!r7.ConfigRuleName || !isManagedRule(id)) continue;
          const rule = { name: r7.ConfigRuleName, id };
          if (id === "CW_LOGGROUP_RETENTION_PERIOD_CHECK") rule.threshold = minRetention(r7.InputParameters);
          if (id === "IAM_PASSWORD_POLICY") rule.parameters = ruleParameters(r7.InputParameters);
          rules.push(rule);
        }
        token = pages.next(page.NextToken);
      } while (token);
      for (const rule of rules) {
        this.run.facts.rulesDeployed.add(rule.id);
        if (rule.id === "CW_LOGGROUP_RETENTION_PERIOD_CHECK") this.run.ruleRegions.add(region);
        let next;
        const results = pageGuard(this.env, `results of Config rule ${rule.name} in ${region}`);
        do {
          const page = await call(
            this.env,
            (o3) => client.send(new GetComplianceDetailsByConfigRuleCommand({ ConfigRuleName: rule.name, ComplianceTypes: ["COMPLIANT", "NON_COMPLIANT"], Limit: 100, ...next ? { NextToken: next } : {} }), o3)
          );
          for (const e7 of page.EvaluationResults ?? []) {
            const q3 = e7.EvaluationResultIdentifier?.EvaluationResultQualifier;
            if (!q3?.ResourceId || e7.ComplianceType !== "COMPLIANT" && e7.ComplianceType !== "NON_COMPLIANT") continue;
            this.run.facts.addRuleResult(q3.ResourceId, {
              rule: rule.id,
              ruleName: rule.name,
              compliance: e7.ComplianceType,
              region,
              ...rule.threshold !== void 0 ? { threshold: rule.threshold } : {},
              ...rule.parameters ? { parameters: rule.parameters } : {}
            });
          }
          next = results.next(page.NextToken);
        } while (next);
      }
    } catch (err) {
      this.rulesWhy = `Config rule results could not be read in ${region} (${describeError(err)})`;
      this.run.warn(`${this.rulesWhy}: MFA and log group retention fall back to other sources, else stay unknown`, `${this.scope(region)}/rules`, err);
    }
  }
  /** Looks up the buckets (in the first region read that holds each) and security groups (in their item's region) the held-back items need. */
  async lookups(regions) {
    const { buckets, groups } = this.run.wanted();
    try {
      let missing = buckets;
      for (const region of regions) {
        if (missing.length === 0) break;
        await lookUp(this.select(region), this.run, `the buckets looked up in ${region}`, `resourceType = 'AWS::S3::Bucket'`, missing);
        missing = missing.filter((b7) => !this.run.lookups.buckets.has(b7));
      }
      if (missing.length) this.run.lookups.bucketState = { read: false, why: "not recorded by AWS Config in the regions read (another account or region)" };
      for (const [region, ids] of groups) {
        if (regions.includes(region)) await lookUp(this.select(region), this.run, `the security groups looked up in ${region}`, `resourceType = 'AWS::EC2::SecurityGroup'`, ids);
      }
    } catch (err) {
      lookupFailed(this.run, err);
    }
  }
};
function ruleParameters(inputParameters) {
  try {
    const p3 = inputParameters ? JSON.parse(inputParameters) : {};
    if (p3 === null || typeof p3 !== "object" || Array.isArray(p3)) return {};
    return Object.fromEntries(Object.entries(p3).filter(([, v2]) => v2 !== null && typeof v2 !== "object").map(([k7, v2]) => [k7, String(v2)]));
  } catch {
    return {};
  }
}
function minRetention(inputParameters) {
  const n3 = Number(ruleParameters(inputParameters).MinRetentionTime);
  return Number.isFinite(n3) && n3 > 0 ? n3 : 365;
}

// providers/aws/aggregator.ts
async function readAggregator(env, aggregator, region) {
  const { ctx } = env;
  const client = env.clients.config(region);
  env.deadline.unit = `AWS Config aggregator ${aggregator}`;
  const id = await identify(env, region);
  const who = "error" in id ? void 0 : id;
  if ("error" in id) ctx.notify({ level: "warning", message: `could not identify the scanning account (sts:GetCallerIdentity: ${id.error}): its IAM credential report, log groups and trail status are not read`, scope: "aws" });
  const select = advancedQuery(client, aggregator);
  const statuses = new SourceStatuses();
  try {
    let token;
    const pages = pageGuard(env, `the source status of aggregator ${aggregator}`);
    do {
      const page = await call(env, (o3) => client.send(new DescribeConfigurationAggregatorSourcesStatusCommand({ ConfigurationAggregatorName: aggregator, Limit: 100, ...token ? { NextToken: token } : {} }), o3));
      for (const s2 of page.AggregatedSourceStatusList ?? []) statuses.add(s2);
      token = pages.next(page.NextToken);
    } while (token);
  } catch (err) {
    if (!isAccessDenied(err)) {
      ctx.notify({ level: "error", message: `AWS Config aggregator ${aggregator} in ${region} could not be read: ${describeError(err)}`, scope: "aws" });
      return;
    }
    statuses.unread = `the aggregator's source status could not be read: ${describeError(err)}`;
    ctx.notify({ level: "warning", message: `${statuses.unread}: accounts whose collection failed cannot be reported, and no account-level control is judged from the aggregator`, scope: "aws" });
  }
  const partitions = /* @__PURE__ */ new Map();
  try {
    await select(env, `the accounts and regions of aggregator ${aggregator}`, `SELECT accountId, awsRegion, COUNT(*) WHERE resourceType IN (${quote(READ_TYPES)}) GROUP BY accountId, awsRegion`, async (row) => {
      const r7 = decodeJsonText(row);
      if (!isRecord(r7) || typeof r7.accountId !== "string" || typeof r7.awsRegion !== "string") return;
      let s2 = partitions.get(r7.accountId);
      if (!s2) partitions.set(r7.accountId, s2 = /* @__PURE__ */ new Set());
      s2.add(r7.awsRegion);
    });
  } catch (err) {
    ctx.notify({ level: "error", message: `AWS Config aggregator ${aggregator} in ${region} could not be queried: ${describeError(err)}; nothing was read`, scope: "aws" });
    return;
  }
  const unread = /* @__PURE__ */ new Map();
  try {
    await select(env, `the resource types of aggregator ${aggregator}`, `SELECT accountId, awsRegion, resourceType, COUNT(*) WHERE resourceType NOT IN (${quote(KNOWN_TYPES)}) GROUP BY accountId, awsRegion, resourceType`, async (row) => {
      const r7 = decodeJsonText(row);
      if (!isRecord(r7) || typeof r7.accountId !== "string" || typeof r7.awsRegion !== "string" || typeof r7.resourceType !== "string") return;
      const types = unread.get(r7.accountId) ?? unread.set(r7.accountId, /* @__PURE__ */ new Map()).get(r7.accountId);
      (types.get(r7.resourceType) ?? types.set(r7.resourceType, /* @__PURE__ */ new Set()).get(r7.resourceType)).add(r7.awsRegion);
    });
  } catch (err) {
    ctx.notify({ level: "warning", message: `the resource types of aggregator ${aggregator} could not be listed (${describeError(err)}): types no adapter reads are not named`, scope: "aws" });
  }
  const all = [.../* @__PURE__ */ new Set([...partitions.keys(), ...statuses.listedAccounts()])].filter((a7) => /^\d{12}$/.test(a7)).sort();
  const accounts = all.filter((a7) => inShard(a7, ctx.shard));
  if (ctx.shard && accounts.length < all.length) {
    ctx.notify({ level: "note", message: `shard ${ctx.shard.index}/${ctx.shard.count}: ${accounts.length} of the aggregator's ${all.length} account(s) read here`, scope: "aws" });
  }
  const inspector = await readInspector(env, accounts, partitions, statuses);
  env.deadline.dispose();
  await runAll(accounts, ctx.concurrency, async (account) => {
    const deadline = new Deadline(limitsOf(ctx).deadlineMs, `AWS account ${account}`, env.signal);
    try {
      await readAccount({ ...env, deadline }, account);
    } finally {
      deadline.dispose();
    }
  });
  async function readAccount(env2, account) {
    const run = new AccountRun(env2, account, account === who?.account, who?.partition);
    ctx.covered(run.category);
    for (const f7 of statuses.notSucceeded(account, "FAILED")) {
      run.error(`the aggregator's last collection from region ${f7.region} failed (${f7.code ?? "unknown error"}): resources there may be missing or out of date`, `${run.category}/${f7.region}`);
    }
    const outdated = statuses.notSucceeded(account, "OUTDATED");
    if (outdated.length) {
      run.warn(`the aggregator's data from ${outdated.map((o3) => `${o3.region} (last collected ${o3.at?.toISOString() ?? "at an unknown time"})`).join(", ")} is not the latest: resources there may be out of date, and the account-level controls there are not judged`);
    }
    const note = unreadTypesNote(unread.get(account) ?? /* @__PURE__ */ new Map());
    if (note) ctx.notify({ level: "note", message: note, scope: run.category, category: run.category });
    const regions = [...partitions.get(account) ?? []].sort();
    try {
      await select(
        env2,
        `KMS keys, IAM policies, groups and trails of account ${account}`,
        `SELECT ${COLUMNS} WHERE accountId = '${account}' AND resourceType IN (${quote([...PREREQUISITE_TYPES, ...DEFERRED_TYPES])})`,
        (row) => run.take(row, `${run.category}/prerequisites`),
        run.category
      );
    } catch (err) {
      run.error(`KMS keys, IAM policies, groups and trails could not be read: ${describeError(err)}; nothing of this account was judged`);
      ctx.progress.finish(run.category, "failed");
      run.reportDeadline();
      return;
    }
    await readRuleResults(env2, client, aggregator, run);
    if (run.caller) await Promise.all([run.readCredentialReport(region), run.readPasswordPolicy(region)]);
    await run.finishGroups();
    const others = READ_TYPES.filter((t2) => !PREREQUISITE_TYPES.includes(t2) && !DEFERRED_TYPES.includes(t2));
    let incomplete = false;
    await runAll(regions, ctx.concurrency, async (r7) => {
      const scope = `${run.category}/${r7}`;
      const tasks = [];
      tasks.push(
        select(env2, `resources of account ${account} in ${r7}`, `SELECT ${COLUMNS} WHERE accountId = '${account}' AND awsRegion = '${r7}' AND resourceType IN (${quote(others)})`, (row) => run.take(row, scope), scope).catch((err) => {
          incomplete = true;
          run.error(`resources in ${r7} could not be read completely: ${describeError(err)}; those not yet read were not judged`, scope);
        })
      );
      if (r7 !== "global") tasks.push(run.readLogGroups(r7));
      await Promise.all(tasks);
      ctx.progress.finish(scope, "done");
    });
    await readControls(env2, run, regions);
    run.reportLogGaps();
    await lookups(run, select);
    await run.finishDeferred();
    await run.emitRoot();
    run.reportDeadline();
    ctx.progress.finish(run.category, incomplete || env2.deadline.expired ? "incomplete" : "done");
  }
  async function readControls(env2, run, dataRegions) {
    const items = [];
    try {
      await select(env2, `GuardDuty detectors, Security Hub hubs and recorders of account ${run.account}`, `SELECT ${COLUMNS} WHERE accountId = '${run.account}' AND resourceType IN (${quote(AGGREGATOR_CONTROL_TYPES)})`, async (row) => {
        const item = normaliseItem(row);
        if (typeof item !== "string") items.push(item);
      });
    } catch (err) {
      run.error(`GuardDuty detectors, Security Hub hubs and recorders could not be read: ${describeError(err)}; the account-level controls of its regions were not judged`, `${run.category}/controls`);
      return;
    }
    const reads = inspector.get(run.account) ?? /* @__PURE__ */ new Map();
    const regions = [...dataRegions, ...statuses.regionsOf(run.account), ...items.flatMap((i7) => i7.awsRegion ? [i7.awsRegion] : [])];
    const judged = regionsFromAggregator(run.account, regions, statuses, items, new Map([...reads].map(([r7, x2]) => [r7, x2.state])));
    for (const [r7, inv] of judged) run.facts.regionsRead.set(r7, inv);
    const unread2 = [...reads].filter(([r7, x2]) => judged.has(r7) && "unread" in x2.state);
    if (unread2.length) {
      const [first, ...rest] = unread2.map(([r7, x2]) => ({ region: r7, why: "unread" in x2.state ? x2.state.unread : "" }));
      const others = rest.length ? `, and in ${rest.map((x2) => x2.region).join(", ")}` : "";
      run.warn(`${first.why}${others}: its vulnerability scanning there stays unknown`, `${run.category}/inspector`, unread2.find(([, x2]) => x2.failure)?.[1].failure);
    }
  }
}
async function readInspector(env, accounts, partitions, statuses) {
  const out = new Map(accounts.map((a7) => [a7, /* @__PURE__ */ new Map()]));
  const byRegion = /* @__PURE__ */ new Map();
  for (const a7 of accounts) {
    for (const r7 of /* @__PURE__ */ new Set([...partitions.get(a7) ?? [], ...statuses.regionsOf(a7)])) {
      if (r7 === "global" || statuses.of(a7, r7)?.status === "FAILED") continue;
      (byRegion.get(r7) ?? byRegion.set(r7, []).get(r7)).push(a7);
    }
  }
  const batches = [...byRegion].flatMap(([r7, list]) => Array.from({ length: Math.ceil(list.length / INSPECTOR_BATCH) }, (_, i7) => ({ region: r7, accounts: list.slice(i7 * INSPECTOR_BATCH, (i7 + 1) * INSPECTOR_BATCH) })));
  await runAll(batches, env.ctx.concurrency, async ({ region, accounts: batch }) => {
    const { states, failure } = await readInspectorStatus(env, region, batch);
    for (const [a7, state] of states) out.get(a7)?.set(region, { state, ...failure ? { failure } : {} });
  });
  return out;
}
async function lookups(run, select) {
  const { buckets, groups } = run.wanted();
  try {
    await lookUp(select, run, "the buckets looked up", `resourceType = 'AWS::S3::Bucket'`, buckets);
    if (buckets.some((b7) => !run.lookups.buckets.has(b7))) run.lookups.bucketState = { read: false, why: "not recorded by any account of the aggregator" };
    await lookUp(select, run, "the security groups looked up", `resourceType = 'AWS::EC2::SecurityGroup' AND accountId = '${run.account}'`, [...new Set([...groups.values()].flat())]);
  } catch (err) {
    lookupFailed(run, err);
  }
}
async function readRuleResults(env, client, aggregator, run) {
  try {
    const rows = [];
    let token;
    const pages = pageGuard(env, `rule compliance of account ${run.account}`);
    do {
      const page = await call(
        env,
        (o3) => client.send(new DescribeAggregateComplianceByConfigRulesCommand({ ConfigurationAggregatorName: aggregator, Filters: { AccountId: run.account }, Limit: 1e3, ...token ? { NextToken: token } : {} }), o3)
      );
      for (const r7 of page.AggregateComplianceByConfigRules ?? []) {
        const rule = r7.ConfigRuleName ? ruleFromName(r7.ConfigRuleName) : void 0;
        if (rule && r7.AwsRegion) rows.push({ name: r7.ConfigRuleName, rule, region: r7.AwsRegion });
      }
      token = pages.next(page.NextToken);
    } while (token);
    for (const row of rows) {
      run.facts.rulesDeployed.add(row.rule);
      if (row.rule === "CW_LOGGROUP_RETENTION_PERIOD_CHECK") run.ruleRegions.add(row.region);
      let next;
      const results = pageGuard(env, `results of Config rule ${row.name} for account ${run.account} in ${row.region}`);
      do {
        const page = await call(
          env,
          (o3) => client.send(
            new GetAggregateComplianceDetailsByConfigRuleCommand({ ConfigurationAggregatorName: aggregator, ConfigRuleName: row.name, AccountId: run.account, AwsRegion: row.region, Limit: 100, ...next ? { NextToken: next } : {} }),
            o3
          )
        );
        for (const e7 of page.AggregateEvaluationResults ?? []) {
          const q3 = e7.EvaluationResultIdentifier?.EvaluationResultQualifier;
          if (!q3?.ResourceId || e7.ComplianceType !== "COMPLIANT" && e7.ComplianceType !== "NON_COMPLIANT") continue;
          run.facts.addRuleResult(q3.ResourceId, { rule: row.rule, ruleName: row.name, compliance: e7.ComplianceType, region: row.region });
        }
        next = results.next(page.NextToken);
      } while (next);
    }
    run.facts.settleRulesState(void 0);
  } catch (err) {
    const why = `the aggregator's rule results could not be read (${describeError(err)})`;
    run.facts.settleRulesState(why);
    run.warn(`${why}: MFA and log group retention stay unknown where no other source applies`, `${run.category}/rules`, err);
  }
}

// providers/aws/live.ts
var REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
function envAttempts() {
  const n3 = Number(process.env.AWS_MAX_ATTEMPTS);
  return Number.isInteger(n3) && n3 >= 1 && n3 <= 50 ? n3 : void 0;
}
function createAwsSource(options) {
  for (const r7 of options.regions) if (!REGION.test(r7)) throw new UserError(`--aws-region ${r7}: not an AWS region name (like eu-west-3)`);
  if (options.aggregator !== void 0 && !/^[\w-]{1,256}$/.test(options.aggregator)) throw new UserError(`--aws-aggregator ${options.aggregator}: not a Config aggregator name`);
  if (options.aggregator && new Set(options.regions).size > 1) throw new UserError("with --aws-aggregator, --aws-region names the aggregator's region: give it once");
  const endpoint = options.endpoint ?? (process.env.CLDSCAN_AWS_ENDPOINT || void 0);
  return {
    cloud: "aws",
    describe: () => options.aggregator ? `AWS Config aggregator ${options.aggregator}${options.regions[0] ? ` in ${options.regions[0]}` : ""}` : `AWS account in ${options.regions.length ? options.regions.join(", ") : "the configured region"}`,
    scan: (ctx) => scan(ctx, options, endpoint)
  };
}
async function* scan(ctx, options, endpoint) {
  const regions = [...new Set(options.regions)];
  if (regions.length === 0) {
    const r7 = await configuredRegion();
    if (!r7) throw new UserError("AWS: no region: give --aws-region, or set AWS_REGION or a region in the AWS profile");
    regions.push(r7);
  }
  const limits = limitsOf(ctx);
  const clients = new Clients({
    ...endpoint ? { endpoint } : {},
    ...options.credentials ? { credentials: options.credentials } : {},
    maxAttempts: options.maxAttempts ?? envAttempts() ?? limits.maxAttempts,
    requestTimeoutMs: options.requestTimeoutMs ?? limits.requestTimeoutMs,
    connectTimeoutMs: limits.connectTimeoutMs
  });
  const abort = new AbortController();
  const onAbort = () => abort.abort();
  ctx.signal?.addEventListener("abort", onAbort);
  const out = new Channel(500);
  const env = {
    ctx,
    out,
    limiter: new Limiter(Math.max(1, ctx.concurrency)),
    clients,
    pageSize: Math.min(100, Math.max(1, options.pageSize ?? 100)),
    signal: abort.signal,
    maxPages: limits.maxPages,
    // The account's deadline (the aggregator gives each account its own).
    deadline: new Deadline(limits.deadlineMs, "the AWS account", abort.signal)
  };
  const reading = (options.aggregator ? readAggregator(env, options.aggregator, regions[0]) : readSingleAccount(env, regions)).then(
    () => out.close(),
    (err) => out.fail(err)
  );
  let complete = false;
  try {
    yield* out;
    complete = true;
  } finally {
    out.close();
    if (!complete) abort.abort();
    await reading;
    ctx.signal?.removeEventListener("abort", onAbort);
    env.deadline.dispose();
    clients.destroy();
  }
}
export {
  createAwsSource
};
