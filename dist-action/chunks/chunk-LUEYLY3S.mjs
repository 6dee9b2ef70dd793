import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  memoize
} from "./chunk-7EALKIMT.mjs";

// src/regions/jurisdictions.ts
var EU27 = Object.freeze([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE"
]);
var EEA_NON_EU = Object.freeze(["IS", "LI", "NO"]);
var ADEQUACY = Object.freeze([
  "AD",
  "AR",
  "CA",
  "FO",
  "GB",
  "GG",
  "IL",
  "IM",
  "JE",
  "JP",
  "KR",
  "NZ",
  "UY",
  "CH"
]);
var DPF_ONLY = Object.freeze(["US"]);
var RESIDENCY_PROFILES = Object.freeze(["fr", "eu", "eu-adequate"]);
var PROFILE_SETS = Object.freeze({
  fr: /* @__PURE__ */ new Set(["FR"]),
  eu: /* @__PURE__ */ new Set([...EU27, ...EEA_NON_EU]),
  "eu-adequate": /* @__PURE__ */ new Set([...EU27, ...EEA_NON_EU, ...ADEQUACY])
});
function allowedCountries(profile) {
  const set = PROFILE_SETS[profile];
  if (set === void 0) throw new Error(`unknown residency profile: ${String(profile)}`);
  return set;
}

// src/regions/region-table.ts
var AWS_SRC = "botocore endpoints.json @0e6e2404";
var AZ_SRC = "reliability-docs regions-list.md @01021ab8 (2025-09-23)";
var AZ_LOC_SRC = "az account list-locations (2025-10)";
var AZ_GOV_SRC = "azure-docs traffic-analytics regions (Azure Government tab)";
var AZ_CN_SRC = "docs.azure.cn reliability/regions-list";
var GCP_SRC = "cloud.google.com/compute/docs/regions-zones";
var GCS_SRC = "cloud.google.com/storage/docs/locations";
function row(provider, name, countries, kind, display, source) {
  return { provider, name, countries, kind, display, source };
}
var aws = (name, country, display, source = AWS_SRC) => row("aws", name, country === "" ? [] : [country], "region", display, source);
var az = (name, country, display, source = AZ_SRC) => row("azure", name, [country], "region", display, source);
var gcp = (name, country, display, source = GCP_SRC) => row("gcp", name, [country], "region", display, source);
var GCP_EU_REGION_COUNTRIES = ["BE", "DE", "ES", "FI", "FR", "IT", "NL", "PL", "SE"];
var GCP_ASIA_REGION_COUNTRIES = ["HK", "ID", "IN", "JP", "KR", "SG", "TH", "TW"];
var AWS_ROWS = [
  // Partition aws (commercial).
  aws("af-south-1", "ZA", "Africa (Cape Town)"),
  aws("ap-east-1", "HK", "Asia Pacific (Hong Kong)"),
  aws("ap-east-2", "TW", "Asia Pacific (Taipei)"),
  aws("ap-northeast-1", "JP", "Asia Pacific (Tokyo)"),
  aws("ap-northeast-2", "KR", "Asia Pacific (Seoul)"),
  aws("ap-northeast-3", "JP", "Asia Pacific (Osaka)"),
  aws("ap-south-1", "IN", "Asia Pacific (Mumbai)"),
  aws("ap-south-2", "IN", "Asia Pacific (Hyderabad)"),
  aws("ap-southeast-1", "SG", "Asia Pacific (Singapore)"),
  aws("ap-southeast-2", "AU", "Asia Pacific (Sydney)"),
  aws("ap-southeast-3", "ID", "Asia Pacific (Jakarta)"),
  aws("ap-southeast-4", "AU", "Asia Pacific (Melbourne)"),
  aws("ap-southeast-5", "MY", "Asia Pacific (Malaysia)"),
  aws("ap-southeast-6", "NZ", "Asia Pacific (New Zealand)"),
  aws("ap-southeast-7", "TH", "Asia Pacific (Thailand)"),
  aws("ca-central-1", "CA", "Canada (Central)"),
  aws("ca-west-1", "CA", "Canada West (Calgary)"),
  aws("eu-central-1", "DE", "Europe (Frankfurt)"),
  aws("eu-central-2", "CH", "Europe (Zurich)"),
  aws("eu-north-1", "SE", "Europe (Stockholm)"),
  aws("eu-south-1", "IT", "Europe (Milan)"),
  aws("eu-south-2", "ES", "Europe (Spain)"),
  aws("eu-west-1", "IE", "Europe (Ireland)"),
  aws("eu-west-2", "GB", "Europe (London)"),
  aws("eu-west-3", "FR", "Europe (Paris)"),
  aws("il-central-1", "IL", "Israel (Tel Aviv)"),
  aws("me-central-1", "AE", "Middle East (UAE)"),
  aws("me-south-1", "BH", "Middle East (Bahrain)"),
  aws("mx-central-1", "MX", "Mexico (Central)"),
  aws("sa-east-1", "BR", "South America (Sao Paulo)"),
  aws("us-east-1", "US", "US East (N. Virginia)"),
  aws("us-east-2", "US", "US East (Ohio)"),
  aws("us-west-1", "US", "US West (N. California)"),
  aws("us-west-2", "US", "US West (Oregon)"),
  // Partition aws-cn.
  aws("cn-north-1", "CN", "China (Beijing)"),
  aws("cn-northwest-1", "CN", "China (Ningxia)"),
  // Partition aws-us-gov.
  aws("us-gov-east-1", "US", "AWS GovCloud (US-East)"),
  aws("us-gov-west-1", "US", "AWS GovCloud (US-West)"),
  // Partitions aws-iso, aws-iso-b, aws-iso-f (US classified regions).
  aws("us-iso-east-1", "US", "US ISO East"),
  aws("us-iso-west-1", "US", "US ISO WEST"),
  aws("us-isob-east-1", "US", "US ISOB East (Ohio)"),
  aws("us-isob-west-1", "US", "US ISOB West"),
  aws("us-isof-east-1", "US", "US ISOF EAST"),
  aws("us-isof-south-1", "US", "US ISOF SOUTH"),
  // Partition aws-iso-e: the country is not published (its DNS suffix is cloud.adc-e.uk,
  // which suggests but does not state the UK). Kept without a country: judged "unknown".
  aws("eu-isoe-west-1", "", "EU ISOE West", `${AWS_SRC}; country not published`),
  // Partition aws-eusc: AWS European Sovereign Cloud, Brandenburg.
  aws("eusc-de-east-1", "DE", "AWS European Sovereign Cloud (Germany)"),
  // Pseudo-locations.
  row("aws", "global", [], "global", "AWS Config awsRegion of global resources (IAM)", 'aws-config-rdk example CI (awsRegion "global")'),
  row("aws", "aws-global", [], "global", "botocore global endpoint pseudo-region (IAM, STS, CloudFront\u2026)", AWS_SRC)
];
var AZURE_ROWS = [
  // Public cloud, every row of the "All" tab of regions-list.md.
  az("australiacentral", "AU", "Australia Central"),
  az("australiacentral2", "AU", "Australia Central 2"),
  az("australiaeast", "AU", "Australia East"),
  az("australiasoutheast", "AU", "Australia Southeast"),
  az("austriaeast", "AT", "Austria East"),
  az("belgiumcentral", "BE", "Belgium Central"),
  az("brazilsouth", "BR", "Brazil South"),
  az("brazilsoutheast", "BR", "Brazil Southeast"),
  az("canadacentral", "CA", "Canada Central"),
  az("canadaeast", "CA", "Canada East"),
  az("centralindia", "IN", "Central India"),
  az("centralus", "US", "Central US"),
  az("chilecentral", "CL", "Chile Central"),
  az("denmarkeast", "DK", "Denmark East"),
  az("eastasia", "HK", "East Asia"),
  az("eastus", "US", "East US"),
  az("eastus2", "US", "East US 2"),
  az("francecentral", "FR", "France Central"),
  az("francesouth", "FR", "France South"),
  az("germanynorth", "DE", "Germany North"),
  az("germanywestcentral", "DE", "Germany West Central"),
  az("indonesiacentral", "ID", "Indonesia Central"),
  az("israelcentral", "IL", "Israel Central"),
  az("italynorth", "IT", "Italy North"),
  az("japaneast", "JP", "Japan East"),
  az("japanwest", "JP", "Japan West"),
  az("koreacentral", "KR", "Korea Central"),
  az("koreasouth", "KR", "Korea South"),
  az("malaysiawest", "MY", "Malaysia West"),
  az("mexicocentral", "MX", "Mexico Central"),
  az("newzealandnorth", "NZ", "New Zealand North"),
  az("northcentralus", "US", "North Central US"),
  az("northeurope", "IE", "North Europe"),
  az("norwayeast", "NO", "Norway East"),
  az("norwaywest", "NO", "Norway West"),
  az("polandcentral", "PL", "Poland Central"),
  az("qatarcentral", "QA", "Qatar Central"),
  az("southafricanorth", "ZA", "South Africa North"),
  az("southafricawest", "ZA", "South Africa West"),
  az("southcentralus", "US", "South Central US"),
  az("southindia", "IN", "South India"),
  az("southeastasia", "SG", "Southeast Asia"),
  az("spaincentral", "ES", "Spain Central"),
  az("swedencentral", "SE", "Sweden Central"),
  az("switzerlandnorth", "CH", "Switzerland North"),
  az("switzerlandwest", "CH", "Switzerland West"),
  az("uaecentral", "AE", "UAE Central"),
  az("uaenorth", "AE", "UAE North"),
  az("uksouth", "GB", "UK South"),
  az("ukwest", "GB", "UK West"),
  az("westcentralus", "US", "West Central US"),
  az("westeurope", "NL", "West Europe"),
  az("westindia", "IN", "West India"),
  az("westus", "US", "West US"),
  az("westus2", "US", "West US 2"),
  az("westus3", "US", "West US 3"),
  // Restricted region named only as the pair of swedencentral in regions-list.md.
  az("swedensouth", "SE", "Sweden South", `${AZ_SRC} (paired-region column)`),
  // Public cloud regions returned by list-locations but absent from regions-list.md.
  az("jioindiacentral", "IN", "Jio India Central", AZ_LOC_SRC),
  az("jioindiawest", "IN", "Jio India West", AZ_LOC_SRC),
  az("centraluseuap", "US", "Central US EUAP", AZ_LOC_SRC),
  az("eastus2euap", "US", "East US 2 EUAP", AZ_LOC_SRC),
  az("eastusstg", "US", "East US STG", AZ_LOC_SRC),
  az("southcentralusstg", "US", "South Central US STG", `${AZ_LOC_SRC} [kn]`),
  // Restricted regions named in service availability tables (azure-docs traffic analytics, VNet flow logs).
  az("taiwannorth", "TW", "Taiwan North", "azure-docs traffic-analytics regions (APAC tab)"),
  az("taiwannorthwest", "TW", "Taiwan Northwest", "azure-docs traffic-analytics regions (APAC tab)"),
  az("malaysiasouth", "MY", "Malaysia South", "azure-docs service tag / region IP tables"),
  // Azure Government (management.usgovcloudapi.net).
  az("usgovarizona", "US", "US Gov Arizona", AZ_GOV_SRC),
  az("usgoviowa", "US", "US Gov Iowa", AZ_GOV_SRC),
  az("usgovtexas", "US", "US Gov Texas", AZ_GOV_SRC),
  az("usgovvirginia", "US", "US Gov Virginia", AZ_GOV_SRC),
  az("usdodcentral", "US", "US DoD Central", AZ_GOV_SRC),
  az("usdodeast", "US", "US DoD East", AZ_GOV_SRC),
  az("usnateast", "US", "US Nat East", AZ_GOV_SRC),
  az("usnatwest", "US", "US Nat West", AZ_GOV_SRC),
  az("usseceast", "US", "US Sec East", AZ_GOV_SRC),
  az("ussecwest", "US", "US Sec West", AZ_GOV_SRC),
  az("ussecwestcentral", "US", "US Sec West Central", AZ_GOV_SRC),
  // Azure operated by 21Vianet (management.chinacloudapi.cn).
  az("chinaeast", "CN", "China East", AZ_CN_SRC),
  az("chinaeast2", "CN", "China East 2", AZ_CN_SRC),
  az("chinaeast3", "CN", "China East 3", AZ_CN_SRC),
  az("chinanorth", "CN", "China North", AZ_CN_SRC),
  az("chinanorth2", "CN", "China North 2", AZ_CN_SRC),
  az("chinanorth3", "CN", "China North 3", AZ_CN_SRC),
  // Microsoft Cloud Deutschland, closed 2021; still seen in old plans and state.
  az("germanycentral", "DE", "Germany Central", "azure-docs legacy paired-regions table (retired)"),
  az("germanynortheast", "DE", "Germany Northeast", "azure-docs legacy paired-regions table (retired)"),
  // Pseudo-location of non-regional resources (DNS zones, Front Door, Traffic Manager, policy).
  row("azure", "global", [], "global", "Global", 'ARM location "global" [kn]'),
  // Logical locations (list-locations regionType "Logical"; also data-location values of
  // some services, e.g. "Europe", "United States"). A geography's countries are those of
  // its physical regions in regions-list.md. "asia" is left out: its extent is unclear.
  row("azure", "europe", ["IE", "NL"], "multi-region", "Europe", `${AZ_SRC} (geography "Europe") [kn]`),
  row("azure", "asiapacific", ["HK", "SG"], "multi-region", "Asia Pacific", `${AZ_SRC} (geography "Asia Pacific") [kn]`),
  row("azure", "unitedstates", ["US"], "multi-region", "United States", `${AZ_LOC_SRC} (logical)`),
  row("azure", "unitedstateseuap", ["US"], "multi-region", "United States EUAP", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "uk", ["GB"], "multi-region", "United Kingdom", `${AZ_LOC_SRC} (logical)`),
  row("azure", "france", ["FR"], "multi-region", "France", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "germany", ["DE"], "multi-region", "Germany", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "switzerland", ["CH"], "multi-region", "Switzerland", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "norway", ["NO"], "multi-region", "Norway", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "australia", ["AU"], "multi-region", "Australia", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "brazil", ["BR"], "multi-region", "Brazil", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "canada", ["CA"], "multi-region", "Canada", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "india", ["IN"], "multi-region", "India", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "japan", ["JP"], "multi-region", "Japan", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "korea", ["KR"], "multi-region", "Korea", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "southafrica", ["ZA"], "multi-region", "South Africa", `${AZ_LOC_SRC} (logical) [kn]`),
  row("azure", "uae", ["AE"], "multi-region", "United Arab Emirates", `${AZ_LOC_SRC} (logical) [kn]`)
];
var GCP_ROWS = [
  // The 43 public regions.
  gcp("africa-south1", "ZA", "Johannesburg, South Africa"),
  gcp("asia-east1", "TW", "Changhua County, Taiwan"),
  gcp("asia-east2", "HK", "Hong Kong"),
  gcp("asia-northeast1", "JP", "Tokyo, Japan"),
  gcp("asia-northeast2", "JP", "Osaka, Japan"),
  gcp("asia-northeast3", "KR", "Seoul, South Korea"),
  gcp("asia-south1", "IN", "Mumbai, India"),
  gcp("asia-south2", "IN", "Delhi, India"),
  gcp("asia-southeast1", "SG", "Jurong West, Singapore"),
  gcp("asia-southeast2", "ID", "Jakarta, Indonesia"),
  gcp("asia-southeast3", "TH", "Bangkok, Thailand"),
  gcp("australia-southeast1", "AU", "Sydney, Australia"),
  gcp("australia-southeast2", "AU", "Melbourne, Australia"),
  gcp("europe-central2", "PL", "Warsaw, Poland"),
  gcp("europe-north1", "FI", "Hamina, Finland"),
  gcp("europe-north2", "SE", "Stockholm, Sweden"),
  gcp("europe-southwest1", "ES", "Madrid, Spain"),
  gcp("europe-west1", "BE", "St. Ghislain, Belgium"),
  gcp("europe-west2", "GB", "London, England, UK"),
  gcp("europe-west3", "DE", "Frankfurt, Germany"),
  gcp("europe-west4", "NL", "Eemshaven, Netherlands"),
  gcp("europe-west6", "CH", "Zurich, Switzerland"),
  gcp("europe-west8", "IT", "Milan, Italy"),
  gcp("europe-west9", "FR", "Paris, France"),
  gcp("europe-west10", "DE", "Berlin, Germany"),
  gcp("europe-west12", "IT", "Turin, Italy"),
  gcp("me-central1", "QA", "Doha, Qatar"),
  gcp("me-central2", "SA", "Dammam, Saudi Arabia"),
  gcp("me-west1", "IL", "Tel Aviv, Israel"),
  gcp("northamerica-northeast1", "CA", "Montr\xE9al, Qu\xE9bec, Canada"),
  gcp("northamerica-northeast2", "CA", "Toronto, Ontario, Canada"),
  gcp("northamerica-south1", "MX", "Quer\xE9taro, Mexico"),
  gcp("southamerica-east1", "BR", "Osasco, S\xE3o Paulo, Brazil"),
  gcp("southamerica-west1", "CL", "Santiago, Chile"),
  gcp("us-central1", "US", "Council Bluffs, Iowa, USA"),
  gcp("us-east1", "US", "Moncks Corner, South Carolina, USA"),
  gcp("us-east4", "US", "Ashburn, Virginia, USA"),
  gcp("us-east5", "US", "Columbus, Ohio, USA"),
  gcp("us-south1", "US", "Dallas, Texas, USA"),
  gcp("us-west1", "US", "The Dalles, Oregon, USA"),
  gcp("us-west2", "US", "Los Angeles, California, USA"),
  gcp("us-west3", "US", "Salt Lake City, Utah, USA"),
  gcp("us-west4", "US", "Las Vegas, Nevada, USA"),
  // S3NS "Cloud de Confiance" (Thales/Google, SecNumCloud offer): one standalone region.
  gcp("u-france-east1", "FR", "S3NS Cloud de Confiance, France", "documentation.s3ns.fr regions and zones"),
  // Cloud Storage / BigQuery multi-regions. "EU": data centers within EU member states
  // (Cloud Storage excludes London and Zurich); countries = GCP regions in the EU.
  row("gcp", "eu", GCP_EU_REGION_COUNTRIES, "multi-region", "EU multi-region (European Union member states)", GCS_SRC),
  row("gcp", "us", ["US"], "multi-region", "US multi-region (United States)", GCS_SRC),
  // "ASIA": data centers in Asia; placement not published, so every GCP Asian region's country.
  row("gcp", "asia", GCP_ASIA_REGION_COUNTRIES, "multi-region", "ASIA multi-region (Asia)", GCS_SRC),
  // Lower-case "europe" multi-region of Cloud KMS, Artifact Registry and others: EU-located
  // per product docs [kn]; same countries as "eu".
  row("gcp", "europe", GCP_EU_REGION_COUNTRIES, "multi-region", "europe multi-region (Cloud KMS, Artifact Registry\u2026)", "researcher note [kn]; verify per product"),
  // Cloud Storage predefined dual-regions. Cross-checked with superdango/cloud-carbon-exporter
  // (EUR4/5/7/8, NAM4) and the cloud-storage crate docs (EUR4, NAM4).
  row("gcp", "asia1", ["JP"], "dual-region", "ASIA1 dual-region: Tokyo (asia-northeast1) + Osaka (asia-northeast2)", GCS_SRC),
  row("gcp", "eur4", ["FI", "NL"], "dual-region", "EUR4 dual-region: Finland (europe-north1) + Netherlands (europe-west4)", GCS_SRC),
  row("gcp", "eur5", ["BE", "GB"], "dual-region", "EUR5 dual-region: Belgium (europe-west1) + London (europe-west2)", GCS_SRC),
  row("gcp", "eur7", ["GB", "DE"], "dual-region", "EUR7 dual-region: London (europe-west2) + Frankfurt (europe-west3)", GCS_SRC),
  row("gcp", "eur8", ["DE", "CH"], "dual-region", "EUR8 dual-region: Frankfurt (europe-west3) + Zurich (europe-west6)", GCS_SRC),
  // Cloud KMS also has a multi-region "nam4" (Iowa, South Carolina, Oklahoma): US either way.
  row("gcp", "nam4", ["US"], "dual-region", "NAM4 dual-region: Iowa (us-central1) + South Carolina (us-east1)", GCS_SRC),
  // Firestore / Datastore / Spanner / KMS multi-regions.
  row("gcp", "eur3", ["BE", "NL", "FI"], "multi-region", "eur3: Belgium + Netherlands (read-write), Finland (witness)", "cloud.google.com/firestore/docs/locations"),
  row("gcp", "nam5", ["US"], "multi-region", "nam5: Iowa + Oklahoma (read-write), South Carolina (witness)", "cloud.google.com/firestore/docs/locations"),
  row("gcp", "nam7", ["US"], "multi-region", "nam7: Iowa + Northern Virginia (read-write), Oklahoma (witness)", "cloud.google.com/firestore/docs/locations"),
  row("gcp", "nam3", ["US"], "multi-region", "nam3: Northern Virginia and South Carolina", "cloud.google.com/kms/docs/locations"),
  row("gcp", "nam6", ["US"], "multi-region", "nam6: Iowa and South Carolina", "cloud.google.com/kms/docs/locations"),
  row("gcp", "nam8", ["US"], "multi-region", "nam8: Los Angeles, Oregon and Salt Lake City", "cloud.google.com/kms/docs/locations"),
  row("gcp", "nam9", ["US"], "multi-region", "nam9: Northern Virginia and Iowa", "cloud.google.com/kms/docs/locations"),
  row("gcp", "nam10", ["US"], "multi-region", "nam10: Iowa, Salt Lake City and Oklahoma", "cloud.google.com/kms/docs/locations"),
  row("gcp", "nam11", ["US"], "multi-region", "nam11: Iowa, South Carolina and Oklahoma", "cloud.google.com/kms/docs/locations"),
  row("gcp", "nam12", ["US"], "multi-region", "nam12: Iowa, Northern Virginia, Oklahoma and Oregon", "cloud.google.com/kms/docs/locations"),
  row("gcp", "ca", ["CA"], "multi-region", "ca: multiple regions in Canada (Cloud KMS)", "cloud.google.com/kms/docs/locations"),
  // Pseudo-location: networks, firewalls, global KMS key rings, _Default/_Required log
  // buckets ("global" log buckets may store data in any region).
  row("gcp", "global", [], "global", "global", "researcher note [kn]; LogBucket: terraform-google-conversion testdata")
];
function freezeRows(rows) {
  for (const r of rows) {
    Object.freeze(r.countries);
    Object.freeze(r);
  }
  return Object.freeze(rows);
}
var REGIONS = freezeRows([...AWS_ROWS, ...AZURE_ROWS, ...GCP_ROWS]);
var AZURE_PAIRS = Object.freeze({
  australiacentral: "australiacentral2",
  australiacentral2: "australiacentral",
  australiaeast: "australiasoutheast",
  australiasoutheast: "australiaeast",
  brazilsouth: "southcentralus",
  brazilsoutheast: "brazilsouth",
  canadacentral: "canadaeast",
  canadaeast: "canadacentral",
  centralindia: "southindia",
  centralus: "eastus2",
  eastasia: "southeastasia",
  eastus: "westus",
  eastus2: "centralus",
  francecentral: "francesouth",
  francesouth: "francecentral",
  germanynorth: "germanywestcentral",
  germanywestcentral: "germanynorth",
  japaneast: "japanwest",
  japanwest: "japaneast",
  koreacentral: "koreasouth",
  koreasouth: "koreacentral",
  northcentralus: "southcentralus",
  northeurope: "westeurope",
  norwayeast: "norwaywest",
  norwaywest: "norwayeast",
  southafricanorth: "southafricawest",
  southafricawest: "southafricanorth",
  southcentralus: "northcentralus",
  southeastasia: "eastasia",
  southindia: "centralindia",
  swedencentral: "swedensouth",
  swedensouth: "swedencentral",
  // [kn] reverse of swedencentral → swedensouth
  switzerlandnorth: "switzerlandwest",
  switzerlandwest: "switzerlandnorth",
  uaecentral: "uaenorth",
  uaenorth: "uaecentral",
  uksouth: "ukwest",
  ukwest: "uksouth",
  westcentralus: "westus2",
  westeurope: "northeurope",
  westindia: "southindia",
  westus: "eastus",
  westus2: "westcentralus",
  westus3: "eastus",
  jioindiacentral: "jioindiawest",
  // [kn]
  jioindiawest: "jioindiacentral",
  // [kn]
  // Azure operated by 21Vianet.
  chinaeast: "chinanorth",
  chinaeast2: "chinanorth2",
  chinaeast3: "chinanorth3",
  chinanorth: "chinaeast",
  chinanorth2: "chinaeast2",
  chinanorth3: "chinaeast3",
  // Azure Government (US DoD pairs not found in a stored source: left out).
  usgovarizona: "usgovtexas",
  usgovvirginia: "usgovtexas",
  usgovtexas: "usgovarizona",
  usgoviowa: "usgovvirginia",
  // Microsoft Cloud Deutschland (retired).
  germanycentral: "germanynortheast",
  germanynortheast: "germanycentral"
});

// src/regions/index.ts
var PROVIDER_LABEL = { aws: "AWS", azure: "Azure", gcp: "GCP" };
var ZONE_PLACEHOLDERS = /* @__PURE__ */ new Set(["regional", "notapplicable", "multipleavailabilityzones"]);
var EXTRA_ALIASES = {
  aws: { eu: "eu-west-1" },
  azure: {},
  gcp: {}
};
var AWS_AZ = /^([a-z]+(?:-[a-z]+)+-\d+)[a-z]$/;
var AWS_EDGE_ZONE = /^([a-z]+(?:-[a-z]+)+-\d+)-[a-z0-9-]+$/;
var GCP_ZONE = /^(.*\d)-[a-z][a-z0-9]*$/;
var AZURE_GROUP_PREFIX = /^\([^)]*\)\s*/;
function normalise(provider, location) {
  let s = location.trim().toLowerCase();
  if (provider === "azure") {
    s = s.replace(AZURE_GROUP_PREFIX, "").replace(/\s+/g, "");
  }
  return s;
}
function compact(location) {
  return location.toLowerCase().replace(/\s+/g, "");
}
function buildIndex() {
  const index = /* @__PURE__ */ new Map([
    ["aws", /* @__PURE__ */ new Map()],
    ["azure", /* @__PURE__ */ new Map()],
    ["gcp", /* @__PURE__ */ new Map()]
  ]);
  for (const row2 of REGIONS) {
    const byName = index.get(row2.provider);
    if (byName.has(row2.name)) throw new Error(`duplicate region row ${row2.provider}/${row2.name}`);
    byName.set(row2.name, row2);
  }
  const azure = index.get("azure");
  for (const row2 of REGIONS) {
    if (row2.provider !== "azure") continue;
    const alias = normalise("azure", row2.display);
    const existing = azure.get(alias);
    if (existing === void 0) azure.set(alias, row2);
    else if (existing !== row2) throw new Error(`Azure display name "${row2.display}" collides with ${existing.name}`);
  }
  for (const [provider, aliases] of Object.entries(EXTRA_ALIASES)) {
    const byName = index.get(provider);
    for (const [alias, name] of Object.entries(aliases)) {
      const target = byName.get(name);
      if (target === void 0) throw new Error(`alias ${provider}/${alias} points to unknown ${name}`);
      if (!byName.has(alias)) byName.set(alias, target);
    }
  }
  return index;
}
var INDEX = buildIndex();
function exact(provider, key) {
  return INDEX.get(provider)?.get(key);
}
function awsEdgeZoneParent(key) {
  const m = AWS_EDGE_ZONE.exec(key);
  if (m === null || m[1] === void 0) return void 0;
  const parent = exact("aws", m[1]);
  return parent?.kind === "region" ? parent : void 0;
}
function lookupRegion(provider, location) {
  if (typeof location !== "string") return void 0;
  if (ZONE_PLACEHOLDERS.has(compact(location))) return void 0;
  const key = normalise(provider, location);
  if (key === "") return void 0;
  const hit = exact(provider, key);
  if (hit !== void 0) return hit;
  if (provider === "aws") {
    const m = AWS_AZ.exec(key);
    if (m !== null && m[1] !== void 0) {
      const base = exact("aws", m[1]);
      if (base?.kind === "region") return base;
    }
    return void 0;
  }
  if (provider === "gcp") {
    const m = GCP_ZONE.exec(key);
    if (m !== null && m[1] !== void 0) {
      const base = exact("gcp", m[1]);
      if (base?.kind === "region") return base;
    }
  }
  return void 0;
}
function azurePairedRegion(region) {
  const row2 = lookupRegion("azure", region);
  if (row2 === void 0) return void 0;
  return Object.hasOwn(AZURE_PAIRS, row2.name) ? AZURE_PAIRS[row2.name] : void 0;
}
function describe(row2) {
  return `${PROVIDER_LABEL[row2.provider]} ${row2.kind} ${row2.name}`;
}
function judgeLocation(provider, location, profile) {
  if (location === void 0 || location === null || location.trim() === "") {
    return { verdict: "unknown", countries: [], reason: `The ${PROVIDER_LABEL[provider]} location is not known.`, cause: "no-location" };
  }
  const key = `${provider} ${profile}`;
  let judge = judges.get(key);
  if (!judge) judges.set(key, judge = memoize((named) => frozen(judgeNamed(provider, named, profile))));
  return judge(location);
}
var judges = /* @__PURE__ */ new Map();
function frozen(j) {
  Object.freeze(j.countries);
  return Object.freeze(j);
}
function judgeNamed(provider, location, profile) {
  const label = PROVIDER_LABEL[provider];
  const shown = location.trim();
  const row2 = lookupRegion(provider, location);
  if (row2 === void 0) {
    if (ZONE_PLACEHOLDERS.has(compact(location))) {
      return { verdict: "unknown", countries: [], reason: `"${shown}" is an availability-zone placeholder that names no ${label} region.`, cause: "zone-placeholder" };
    }
    const parent = provider === "aws" ? awsEdgeZoneParent(normalise("aws", location)) : void 0;
    if (parent !== void 0) {
      return {
        verdict: "unknown",
        countries: [],
        reason: `"${shown}" is an AWS Local or Wavelength Zone of ${parent.name} (${parent.countries.join(", ")}), whose own country is not in the table.`,
        cause: "edge-zone",
        parent
      };
    }
    return { verdict: "unknown", countries: [], reason: `"${shown}" is not a recognised ${label} location.`, cause: "unrecognised" };
  }
  if (row2.kind === "global") {
    return { verdict: "global", countries: [], region: row2, reason: `"${shown}" is a ${label} global pseudo-location with no country.` };
  }
  if (row2.countries.length === 0) {
    return { verdict: "unknown", countries: [], region: row2, reason: `${describe(row2)} is known but its country is not published.`, cause: "country-unpublished" };
  }
  const allowed = allowedCountries(profile);
  const countries = [...row2.countries];
  const outside = countries.filter((c) => !allowed.has(c));
  const where = row2.kind === "region" ? `is in ${countries.join(", ")}` : `spans ${countries.join(", ")}`;
  if (outside.length > 0) {
    const verb = outside.length === 1 ? "is" : "are";
    return {
      verdict: "forbidden",
      countries,
      region: row2,
      reason: `${describe(row2)} ${where}; ${outside.join(", ")} ${verb} outside the ${profile} profile.`
    };
  }
  return { verdict: "allowed", countries, region: row2, reason: `${describe(row2)} ${where}, inside the ${profile} profile.` };
}

export {
  lookupRegion,
  azurePairedRegion,
  judgeLocation
};
