/**
 * Rule catalog: the 76 rules of France Travail's hosting rulebook "Hébergement de Services en ligne
 * ou Cloud" (CLD-01 … CLD-76) followed by the 30 partner security rules (CL-1 … CL-30).
 *
 * The rulebooks are internal documents: this module carries only ids, section headings, the short
 * official titles and one-line summaries written in our own words. It never reproduces rule texts.
 *
 * `automation` says what a machine can decide from cloud configuration (Terraform plans, live
 * AWS/Azure/GCP inventories); `automationReason` says why.
 */
import type { CatalogRule } from './types.js';

type Entry = Omit<CatalogRule, 'rulebook' | 'section'>;

function group(rulebook: CatalogRule['rulebook'], section: string, entries: readonly Entry[]): CatalogRule[] {
  return entries.map((e) => ({
    id: e.id,
    rulebook,
    section,
    title: e.title,
    summary: e.summary,
    automation: e.automation,
    automationReason: e.automationReason,
  }));
}

/* ------------------------------------------------------------------------------------------------
 * Hébergement de Services en ligne ou Cloud — CLD-01 … CLD-76
 * ---------------------------------------------------------------------------------------------- */

const CLD: readonly CatalogRule[] = [
  ...group('CLD', "2.1 Politique de sécurité de l'information et gestion du risque", [
    {
      id: 'CLD-01',
      title: "Guide d'hygiène de l'ANSSI",
      summary: {
        en: "Apply the ANSSI IT hygiene guide's measures to the hosted service.",
        fr: "Appliquer au service hébergé les mesures du guide d'hygiène informatique de l'ANSSI.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Some hygiene measures (MFA, logging, exposure, encryption) show in configuration; the guide as a whole needs a self-assessment.',
        fr: "Certaines mesures (MFA, journaux, exposition, chiffrement) se voient dans la configuration ; l'ensemble du guide demande une auto-évaluation.",
      },
    },
    {
      id: 'CLD-02',
      title: "Politique de sécurité de l'information",
      summary: {
        en: 'Maintain a management-approved, regularly revised security policy for the service, including legal commitments.',
        fr: 'Tenir une politique de sécurité du service, validée par la direction, revue périodiquement et incluant les engagements légaux.',
      },
      automation: 'manual',
      automationReason: {
        en: 'A governance document and its approval cannot be read from cloud configuration.',
        fr: "Un document de gouvernance et son approbation ne se lisent pas dans la configuration cloud.",
      },
    },
    {
      id: 'CLD-03',
      title: 'Analyse de risques',
      summary: {
        en: 'Run a documented, repeatable risk assessment over the whole service, with residual risks accepted by management and periodic updates.',
        fr: 'Mener une appréciation des risques reproductible sur tout le service, faire accepter les risques résiduels par la direction et la tenir à jour.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Risk analysis is an organisational deliverable, evidenced by the document itself.',
        fr: "L'analyse de risques est un livrable organisationnel, prouvé par le document lui-même.",
      },
    },
  ]),

  ...group('CLD', "2.2 Organisation de la sécurité de l'information", [
    {
      id: 'CLD-04',
      title: "Fonctions et responsabilités liées à la sécurité de l'information",
      summary: {
        en: 'Set up a documented internal security organisation and appoint a CISO.',
        fr: 'Mettre en place une organisation interne de la sécurité documentée et nommer un RSSI.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Roles and appointments are organisational facts.',
        fr: 'Les rôles et nominations sont des faits organisationnels.',
      },
    },
    {
      id: 'CLD-05',
      title: 'Relation avec les autorités',
      summary: {
        en: 'Keep suitable contacts with security, data-protection and sector authorities.',
        fr: 'Entretenir des liens adaptés avec les autorités de sécurité, de protection des données et sectorielles.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Relations with authorities are shown by organisational evidence only.',
        fr: 'Les relations avec les autorités se prouvent uniquement par des éléments organisationnels.',
      },
    },
    {
      id: 'CLD-06',
      title: 'Relation avec les groupes de travail spécialisés',
      summary: {
        en: 'Follow specialist groups and trusted sources to track new threats and countermeasures.',
        fr: 'Suivre des groupes spécialisés et des sources fiables pour connaître les nouvelles menaces et leurs parades.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Threat-intelligence contacts are not part of cloud configuration.',
        fr: 'Les contacts de veille sur les menaces ne font pas partie de la configuration cloud.',
      },
    },
    {
      id: 'CLD-07',
      title: "La sécurité de l'information dans la gestion de projet",
      summary: {
        en: 'Assess risks before any project touching the service and tell France Travail about security impacts and residual risks.',
        fr: "Évaluer les risques avant tout projet touchant le service et prévenir France Travail des impacts sécurité et risques résiduels.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Project risk reviews and notifications are process evidence.',
        fr: 'Les revues de risques projet et les notifications relèvent du processus.',
      },
    },
  ]),

  ...group('CLD', '2.3 Sécurité des ressources humaines', [
    {
      id: 'CLD-08',
      title: 'Rupture, terme ou modification du contrat de travail',
      summary: {
        en: 'Assign who handles departures and contract changes of people working on the service.',
        fr: 'Désigner qui gère les départs et changements de contrat des personnes travaillant sur le service.',
      },
      automation: 'manual',
      automationReason: {
        en: 'HR responsibilities are organisational.',
        fr: 'Les responsabilités RH sont organisationnelles.',
      },
    },
    {
      id: 'CLD-09',
      title: "Sensibilisation et formation à la sécurité de l'information",
      summary: {
        en: 'Raise security awareness of all staff on the service and run a role-adapted training plan.',
        fr: 'Sensibiliser tout le personnel du service à la sécurité et suivre un plan de formation adapté aux fonctions.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Training records need an attestation.',
        fr: 'Les traces de formation demandent une attestation.',
      },
    },
  ]),

  ...group('CLD', '2.4 Gestion des actifs', [
    {
      id: 'CLD-10',
      title: 'Propriété des actifs',
      summary: {
        en: 'Keep software licences valid for the whole engagement.',
        fr: 'Garder des licences logicielles valides pendant toute la prestation.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Licence validity is contractual and not visible in infrastructure configuration.',
        fr: "La validité des licences est contractuelle et invisible dans la configuration d'infrastructure.",
      },
    },
    {
      id: 'CLD-11',
      title: "Identification des besoins de sécurité de l'information",
      summary: {
        en: 'Determine the security needs of the information handled by the service.',
        fr: "Déterminer les besoins de sécurité des informations traitées par le service.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Classifying needs is an analysis, not a setting.',
        fr: "Qualifier les besoins est une analyse, pas un paramètre.",
      },
    },
    {
      id: 'CLD-12',
      title: "Marquage et manipulation de l'information",
      summary: {
        en: 'Have a procedure to label and handle service information according to its sensitivity.',
        fr: "Disposer d'une procédure pour étiqueter et manipuler les informations du service selon leur sensibilité.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Classification tags on data stores can be checked; the handling procedure is organisational.',
        fr: 'Les étiquettes de classification des stockages sont vérifiables ; la procédure de manipulation est organisationnelle.',
      },
    },
    {
      id: 'CLD-13',
      title: 'Gestion des supports amovibles',
      summary: {
        en: 'Control removable media through a procedure and keep media used for administration single-purpose.',
        fr: "Encadrer les supports amovibles par une procédure et réserver à un seul usage ceux servant à l'administration.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Removable media are physical items outside cloud configuration.',
        fr: 'Les supports amovibles sont des objets physiques hors configuration cloud.',
      },
    },
  ]),

  ...group('CLD', "2.5 Contrôle d'accès et gestion des identités", [
    {
      id: 'CLD-14',
      title: 'Enregistrement et désinscription des utilisateurs',
      summary: {
        en: 'Create named accounts through a managed process and remove all access and data when a user leaves.',
        fr: "Créer des comptes nominatifs via un processus outillé et retirer tous les accès et données au départ d'un utilisateur.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Shared or stale identities are visible in IAM inventories; the joiner/leaver procedure is organisational.',
        fr: "Les identités partagées ou inactives se voient dans l'inventaire IAM ; la procédure arrivée/départ est organisationnelle.",
      },
    },
    {
      id: 'CLD-15',
      title: "Politiques et contrôle d'accès",
      summary: {
        en: 'Document an access-control policy and revisit it every year and after major changes.',
        fr: "Formaliser une politique de contrôle d'accès et la revoir chaque année et après tout changement majeur.",
      },
      automation: 'manual',
      automationReason: {
        en: 'The policy and its yearly review are documents.',
        fr: 'La politique et sa revue annuelle sont des documents.',
      },
    },
    {
      id: 'CLD-16',
      title: "Gestion des droits d'accès",
      summary: {
        en: 'Manage granting, changing and revoking rights, offer role separation and keep a list of administrators.',
        fr: "Gérer l'octroi, la modification et le retrait des droits, offrir des rôles distincts et tenir la liste des administrateurs.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Role assignments and privileged principals can be listed from IAM; the rights procedure is organisational.',
        fr: "Les affectations de rôles et comptes à privilèges se lisent dans l'IAM ; la procédure de gestion des droits est organisationnelle.",
      },
    },
    {
      id: 'CLD-17',
      title: "Revue des droits d'accès utilisateurs",
      summary: {
        en: 'Review user access rights in scope once a year.',
        fr: "Revoir une fois par an les droits d'accès des utilisateurs du périmètre.",
      },
      automation: 'manual',
      automationReason: {
        en: 'A periodic review is a process; configuration only shows its current outcome.',
        fr: "Une revue périodique est un processus ; la configuration n'en montre que le résultat courant.",
      },
    },
    {
      id: 'CLD-18',
      title: 'Gestion des authentifications des utilisateurs',
      summary: {
        en: 'Manage authentication formally, lock accounts after repeated failures and reach shared technical accounts only via a personal login.',
        fr: "Encadrer l'authentification, verrouiller les comptes après des échecs répétés et n'atteindre les comptes techniques partagés qu'après connexion nominative.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Lockout, password and MFA settings of identity providers are checkable; procedures are organisational.',
        fr: "Les réglages de verrouillage, de mot de passe et de MFA des fournisseurs d'identité sont vérifiables ; les procédures sont organisationnelles.",
      },
    },
    {
      id: 'CLD-19',
      title: "Accès aux interfaces d'administration",
      summary: {
        en: 'Separate provider and customer admin tooling, keep provider admin interfaces off public networks and require two-factor authentication for admin access.',
        fr: "Séparer les outils d'administration du prestataire et du client, soustraire ses interfaces d'administration aux réseaux publics et exiger une double authentification.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Public exposure and MFA enforcement of admin access are visible in configuration; directory separation needs an attestation.',
        fr: "L'exposition publique et l'exigence de MFA des accès d'administration se voient dans la configuration ; la séparation des annuaires demande une attestation.",
      },
    },
    {
      id: 'CLD-20',
      title: "Restriction des accès à l'information",
      summary: {
        en: "Isolate customers from each other, the service from the provider's other systems, and administration from the hosting infrastructure.",
        fr: "Isoler les clients entre eux, le service des autres SI du prestataire et l'administration de l'infrastructure hébergée.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Network and account segmentation is visible in configuration; isolation from office systems needs an attestation.',
        fr: 'La segmentation réseau et par comptes se voit dans la configuration ; la séparation avec la bureautique demande une attestation.',
      },
    },
  ]),

  ...group('CLD', '2.6 Sécurité des données', [
    {
      id: 'CLD-21',
      title: 'Chiffrement des données stockées',
      summary: {
        en: 'Encrypt stored data with ANSSI-compliant methods so it cannot be recovered from reassigned resources or discarded media.',
        fr: 'Chiffrer les données stockées selon les recommandations ANSSI pour empêcher leur récupération sur une ressource réattribuée ou un support.',
      },
      automation: 'automated',
      automationReason: {
        en: 'Encryption at rest and its key type are attributes of every storage resource.',
        fr: 'Le chiffrement au repos et le type de clé sont des attributs de chaque ressource de stockage.',
      },
    },
    {
      id: 'CLD-22',
      title: "Procédure d'alerte",
      summary: {
        en: 'Have a procedure to warn France Travail when its data is stolen, leaked or lost.',
        fr: 'Prévoir une procédure pour avertir France Travail en cas de vol, fuite ou perte de ses données.',
      },
      automation: 'manual',
      automationReason: {
        en: 'A notification procedure is organisational.',
        fr: "Une procédure d'alerte est organisationnelle.",
      },
    },
  ]),

  ...group('CLD', "2.7 Sécurité liée à l'exploitation", [
    {
      id: 'CLD-23',
      title: "Procédures d'exploitation documentées",
      summary: {
        en: 'Write operating procedures, keep them current and available to the staff who need them.',
        fr: "Rédiger les procédures d'exploitation, les garder à jour et à portée du personnel concerné.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Runbooks are documents, not configuration.',
        fr: "Les procédures d'exploitation sont des documents, pas de la configuration.",
      },
    },
    {
      id: 'CLD-24',
      title: 'Gestion des changements',
      summary: {
        en: 'Run a change-management process and give France Travail early notice of breaking platform or feature changes.',
        fr: 'Suivre un processus de gestion des changements et prévenir tôt France Travail des évolutions cassant la compatibilité ou des fonctions.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Change approval and customer notice are process evidence.',
        fr: "La validation des changements et l'information du client relèvent du processus.",
      },
    },
    {
      id: 'CLD-25',
      title: "Séparation des environnements de développement, de test et d'exploitation",
      summary: {
        en: 'Keep production physically apart from development and other environments.',
        fr: 'Tenir la production physiquement à part du développement et des autres environnements.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Separate accounts, subscriptions, projects and networks per environment are checkable; physical separation needs provider evidence.',
        fr: 'Des comptes, abonnements, projets et réseaux distincts par environnement sont vérifiables ; la séparation physique demande une preuve.',
      },
    },
    {
      id: 'CLD-26',
      title: 'Sauvegarde des informations',
      summary: {
        en: 'Back up data under a documented policy, protect the copies, test restores and keep backups far enough from primary sites.',
        fr: 'Sauvegarder selon une politique écrite, protéger les copies, tester les restaurations et éloigner les sauvegardes des sites principaux.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Backups, their retention, vault protection and where copies are kept are checked; the distance they need follows the risk analysis (one region can be enough: Paris has a single AWS region) and restore tests are organisational.',
        fr: "Sauvegardes, rétention, protection des coffres et lieu des copies sont vérifiés ; la distance requise découle de l'analyse de risques (une région peut suffire : Paris n'a qu'une région AWS) et les tests de restauration sont organisationnels.",
      },
    },
    {
      id: 'CLD-27',
      title: 'Mesures contre les codes malveillants',
      summary: {
        en: 'Detect, prevent and recover from malware, and make staff aware of the risks.',
        fr: "Détecter et prévenir les logiciels malveillants, savoir s'en remettre, et sensibiliser le personnel.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Activation of cloud malware protection is checkable; awareness and recovery steps are organisational.',
        fr: "L'activation des protections anti-malware du cloud est vérifiable ; sensibilisation et restauration sont organisationnelles.",
      },
    },
    {
      id: 'CLD-28',
      title: 'Journalisation des événements',
      summary: {
        en: 'Log security-relevant events under a logging policy, keep them for at least twelve rolling months and hand them over on request.',
        fr: 'Journaliser les événements de sécurité selon une politique, les garder au moins douze mois glissants et les fournir sur demande.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Audit logging and retention periods are in configuration; the policy and hand-over are organisational.',
        fr: 'La journalisation et les durées de rétention sont dans la configuration ; la politique et la remise des journaux sont organisationnelles.',
      },
    },
    {
      id: 'CLD-29',
      title: "Protection de l'information journalisée",
      summary: {
        en: 'Protect log systems and records, size their storage for the retention goal, back them up and restrict who can read them.',
        fr: "Protéger les systèmes et enregistrements de journaux, dimensionner leur stockage pour la rétention, les sauvegarder et en limiter l'accès.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Log-store immutability, encryption, retention and access policies are checkable; sizing and backup policy need evidence.',
        fr: "L'immuabilité, le chiffrement, la rétention et les droits d'accès aux journaux sont vérifiables ; dimensionnement et politique de sauvegarde demandent des preuves.",
      },
    },
    {
      id: 'CLD-30',
      title: 'Synchronisation des horloges',
      summary: {
        en: 'Sync all equipment clocks to consistent time sources and timestamp every logged event.',
        fr: 'Caler les horloges de tous les équipements sur des sources de temps cohérentes et horodater chaque événement journalisé.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Time sources are set inside operating systems, out of sight of cloud configuration.',
        fr: "Les sources de temps se règlent dans les systèmes d'exploitation, hors de la configuration cloud.",
      },
    },
    {
      id: 'CLD-31',
      title: 'Analyse et corrélation des événements',
      summary: {
        en: 'Operate an analysis and correlation platform able to spot security events live or over the past year.',
        fr: "Exploiter une plateforme d'analyse et de corrélation capable de repérer les événements de sécurité en direct ou sur l'année écoulée.",
      },
      automation: 'partial',
      automationReason: {
        en: 'SIEM or security-hub services and log routing to them are checkable; the analysis work is organisational.',
        fr: "Les services SIEM ou de centralisation sécurité et l'acheminement des journaux sont vérifiables ; l'analyse est organisationnelle.",
      },
    },
    {
      id: 'CLD-32',
      title: 'Installation de logiciels sur des systèmes en exploitation',
      summary: {
        en: 'Control software installation on service systems and manage the configuration of environments provided to France Travail.',
        fr: "Contrôler l'installation de logiciels sur les systèmes du service et gérer la configuration des environnements fournis à France Travail.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Installation control happens inside hosts and in procedures, not in cloud resource settings.',
        fr: "Le contrôle des installations se fait dans les hôtes et les procédures, pas dans les paramètres des ressources cloud.",
      },
    },
    {
      id: 'CLD-33',
      title: 'Gestion des vulnérabilités techniques',
      summary: {
        en: 'Watch for and handle technical vulnerabilities in the software and systems used.',
        fr: 'Surveiller et traiter les vulnérabilités techniques des logiciels et systèmes employés.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Vulnerability scanning and patch-management services can be checked as enabled; the watch process is organisational.',
        fr: "L'activation des services de scan de vulnérabilités et de gestion des correctifs est vérifiable ; la veille est organisationnelle.",
      },
    },
    {
      id: 'CLD-34',
      title: 'Administration',
      summary: {
        en: 'Administer only from dedicated, hardened, up-to-date workstations, with encrypted tunnels and full-disk encryption when mobile.',
        fr: "N'administrer que depuis des postes dédiés, durcis et à jour, avec tunnel chiffré et disque chiffré en mobilité.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Admin workstations are endpoints outside the cloud inventory.',
        fr: "Les postes d'administration sont des terminaux hors de l'inventaire cloud.",
      },
    },
  ]),

  ...group('CLD', '2.8 Sécurité des réseaux', [
    {
      id: 'CLD-35',
      title: "Cartographie du système d'information",
      summary: {
        en: 'Maintain a map of the information system and review it at least yearly.',
        fr: "Tenir à jour une cartographie du SI et la revoir au moins une fois par an.",
      },
      automation: 'manual',
      automationReason: {
        en: 'An inventory can feed it, but the maintained map and its review are deliverables.',
        fr: "Un inventaire peut l'alimenter, mais la cartographie et sa revue sont des livrables.",
      },
    },
    {
      id: 'CLD-36',
      title: 'Cloisonnement des réseaux',
      summary: {
        en: 'Segment network flows by sensitivity, purpose and owner, tunnel admin traffic and filter admin interfaces to an approved flow matrix.',
        fr: "Cloisonner les flux selon sensibilité, usage et propriétaire, chiffrer l'administration et filtrer ses interfaces selon la matrice des flux.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Firewall rules, public exposure of admin ports and WAFs are checkable; matching the flow matrix needs the documented matrix.',
        fr: "Règles de pare-feu, exposition publique des ports d'administration et WAF sont vérifiables ; la conformité à la matrice des flux demande celle-ci.",
      },
    },
    {
      id: 'CLD-37',
      title: 'Surveillance des réseaux',
      summary: {
        en: 'Run at least one intrusion-detection probe on the service.',
        fr: "Faire fonctionner au moins une sonde de détection d'intrusion sur le service.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Cloud-native threat detection can be checked as enabled; third-party probes need evidence.',
        fr: 'La détection de menaces native du cloud est vérifiable ; les sondes tierces demandent une preuve.',
      },
    },
  ]),

  ...group('CLD', '2.9 Cryptographie', [
    {
      id: 'CLD-38',
      title: 'Chiffrement des flux',
      summary: {
        en: 'Encrypt network traffic following ANSSI cryptographic guidance.',
        fr: "Chiffrer les flux réseau en suivant les recommandations cryptographiques de l'ANSSI.",
      },
      automation: 'partial',
      automationReason: {
        en: 'TLS enforcement and minimum versions on endpoints are checkable; flows inside hosts are not.',
        fr: "L'obligation de TLS et les versions minimales des points d'accès sont vérifiables ; les flux internes aux hôtes ne le sont pas.",
      },
    },
    {
      id: 'CLD-39',
      title: 'Non répudiation',
      summary: {
        en: 'Use ANSSI-compliant mechanisms for electronic signatures.',
        fr: "Employer des mécanismes de signature électronique conformes à l'ANSSI.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Signature schemes live in applications, not infrastructure settings.',
        fr: "Les mécanismes de signature vivent dans les applications, pas dans l'infrastructure.",
      },
    },
    {
      id: 'CLD-40',
      title: 'Gestion des secrets',
      summary: {
        en: 'Use ANSSI-grade keys and keep encryption and admin secrets in a software or hardware vault.',
        fr: "Utiliser des clés conformes à l'ANSSI et garder les secrets de chiffrement et d'administration dans un coffre logiciel ou matériel.",
      },
      automation: 'partial',
      automationReason: {
        en: 'KMS/HSM key specs, rotation and secret-manager use are checkable; secrets kept outside the cloud are not.',
        fr: "Types de clés KMS/HSM, rotation et usage d'un gestionnaire de secrets sont vérifiables ; les secrets hors cloud ne le sont pas.",
      },
    },
  ]),

  ...group('CLD', '2.10 Sécurité physique et environnementale', [
    {
      id: 'CLD-41',
      title: 'Périmètres de sécurité physique',
      summary: {
        en: 'Define marked physical security zones with access restrictions.',
        fr: "Définir des zones de sécurité physique balisées avec restriction d'accès.",
      },
      automation: 'inherited',
      automationReason: {
        en: "Data-centre zoning is the cloud provider's, evidenced by its certifications.",
        fr: 'Le zonage des centres de données relève du fournisseur cloud, prouvé par ses certifications.',
      },
    },
    {
      id: 'CLD-42',
      title: "Contrôle d'accès physique",
      summary: {
        en: 'Guard non-public areas with personal access factors, escorted visitors, intrusion detection and reviewed access logs.',
        fr: "Protéger les zones non publiques par facteurs personnels, visiteurs accompagnés, détection d'intrusion et journaux d'accès revus.",
      },
      automation: 'inherited',
      automationReason: {
        en: "Physical access control is run by the cloud provider's data centres.",
        fr: "Le contrôle d'accès physique est assuré par les centres de données du fournisseur cloud.",
      },
    },
    {
      id: 'CLD-43',
      title: 'Protection contre les menaces extérieures et environnementales',
      summary: {
        en: 'Mitigate fire, flood, natural, power and cooling hazards and test the protective equipment.',
        fr: "Limiter les risques d'incendie, inondation, aléas naturels, coupure électrique et climatisation, et tester les protections.",
      },
      automation: 'inherited',
      automationReason: {
        en: "Environmental protection of facilities is the cloud provider's.",
        fr: 'La protection environnementale des sites relève du fournisseur cloud.',
      },
    },
    {
      id: 'CLD-44',
      title: 'Sécurité du câblage',
      summary: {
        en: 'Protect power and network cabling from damage and tapping, and keep a cabling plan.',
        fr: 'Protéger le câblage électrique et réseau contre les dégâts et les écoutes, et tenir un plan de câblage.',
      },
      automation: 'inherited',
      automationReason: {
        en: "Cabling sits in the cloud provider's facilities.",
        fr: 'Le câblage se trouve dans les locaux du fournisseur cloud.',
      },
    },
    {
      id: 'CLD-45',
      title: 'Maintenance des matériels',
      summary: {
        en: 'Maintain equipment without weakening confidentiality or availability, keep security-update support, and release media only encrypted or wiped.',
        fr: 'Maintenir le matériel sans nuire à la confidentialité ni à la disponibilité, garder un support des correctifs, ne céder que des supports chiffrés ou effacés.',
      },
      automation: 'inherited',
      automationReason: {
        en: "Hardware upkeep and media return happen in the cloud provider's data centres; software support contracts still need an attestation.",
        fr: 'Entretien du matériel et retour des supports se font chez le fournisseur cloud ; les contrats de support logiciel demandent une attestation.',
      },
    },
    {
      id: 'CLD-46',
      title: 'Sortie des actifs France Travail',
      summary: {
        en: 'Document and announce any off-site transfer of France Travail data and keep it equally protected in transit.',
        fr: 'Documenter et annoncer tout transfert hors site des données de France Travail et les protéger autant pendant le transport.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Off-site transfers and their notice are procedural.',
        fr: 'Les transferts hors site et leur annonce sont procéduraux.',
      },
    },
    {
      id: 'CLD-47',
      title: 'Recyclage sécurisé du matériel',
      summary: {
        en: 'Securely overwrite any storage medium before it is given to another customer.',
        fr: "Effacer par réécriture tout support de stockage avant de l'attribuer à un autre client.",
      },
      automation: 'inherited',
      automationReason: {
        en: 'Media sanitisation between tenants is done by the cloud provider.',
        fr: "L'effacement des supports entre clients est fait par le fournisseur cloud.",
      },
    },
  ]),

  ...group('CLD', "2.11 Acquisition, développement et maintenance des systèmes d'information", [
    {
      id: 'CLD-48',
      title: 'Politique de développement sécurisé',
      summary: {
        en: 'Adopt secure development rules for in-house work and train the developers concerned.',
        fr: 'Adopter des règles de développement sécurisé pour les travaux internes et former les développeurs concernés.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Development practice and training are organisational.',
        fr: 'Les pratiques de développement et la formation sont organisationnelles.',
      },
    },
    {
      id: 'CLD-49',
      title: 'Procédures de contrôle des changements de système',
      summary: {
        en: 'Control and validate system changes in pre-production and keep version history to rebuild any past state.',
        fr: "Contrôler et valider les changements en préproduction et garder l'historique des versions pour reconstituer un état passé.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Change control and version history live in processes and repositories, not in cloud configuration.',
        fr: "Le contrôle des changements et l'historique vivent dans les processus et dépôts, pas dans la configuration cloud.",
      },
    },
    {
      id: 'CLD-50',
      title: 'Revue technique des applications après changement en production',
      summary: {
        en: 'Test applications before release to catch any business or security side effects.',
        fr: 'Tester les applications avant mise en production pour déceler tout effet de bord métier ou sécurité.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Pre-release testing is process evidence.',
        fr: 'Les tests avant mise en production relèvent du processus.',
      },
    },
    {
      id: 'CLD-51',
      title: 'Environnement de développement sécurisé',
      summary: {
        en: 'Provide a secure environment covering the whole development lifecycle.',
        fr: 'Fournir un environnement sécurisé couvrant tout le cycle de développement.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Development tooling security is assessed outside the production cloud configuration.',
        fr: "La sécurité de l'outillage de développement s'évalue hors de la configuration cloud de production.",
      },
    },
    {
      id: 'CLD-52',
      title: 'Développement externalisé',
      summary: {
        en: 'Supervise and control outsourced software development.',
        fr: 'Superviser et contrôler le développement logiciel sous-traité.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Supplier oversight is organisational.',
        fr: 'Le suivi des fournisseurs est organisationnel.',
      },
    },
    {
      id: 'CLD-53',
      title: 'Test de la sécurité et conformité du système',
      summary: {
        en: 'Put new or updated systems through compliance testing.',
        fr: 'Soumettre les systèmes nouveaux ou modifiés à des tests de conformité.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Test campaigns and their results need an attestation; a scan like this one is only one input.',
        fr: "Les campagnes de tests et leurs résultats demandent une attestation ; un scan comme celui-ci n'en est qu'un élément.",
      },
    },
    {
      id: 'CLD-54',
      title: 'Protection des données de test',
      summary: {
        en: 'Protect test data integrity, and use production data for tests only with approval and after anonymisation.',
        fr: "Protéger l'intégrité des données de test et n'utiliser des données de production qu'avec accord et après anonymisation.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Data provenance and anonymisation cannot be read from configuration.',
        fr: "L'origine des données et leur anonymisation ne se lisent pas dans la configuration.",
      },
    },
  ]),

  ...group('CLD', '2.12 Relation avec les tiers', [
    {
      id: 'CLD-55',
      title: 'Identification des tiers',
      summary: {
        en: 'Keep a complete list of third parties involved in the service and their role, including sub-subcontractors.',
        fr: 'Tenir une liste complète des tiers intervenant sur le service et de leur rôle, sous-traitance en cascade comprise.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Supplier lists are contractual records.',
        fr: 'Les listes de fournisseurs sont des éléments contractuels.',
      },
    },
    {
      id: 'CLD-56',
      title: 'La sécurité dans les accords conclus avec les tiers',
      summary: {
        en: 'Flow down an equivalent security level to third parties through their contracts.',
        fr: 'Imposer contractuellement aux tiers un niveau de sécurité équivalent.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Contract clauses are legal documents.',
        fr: 'Les clauses contractuelles sont des documents juridiques.',
      },
    },
    {
      id: 'CLD-57',
      title: 'Surveillance et revue des services des tiers',
      summary: {
        en: "Regularly check the security measures of third parties.",
        fr: 'Vérifier régulièrement les mesures de sécurité des tiers.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Supplier reviews are organisational.',
        fr: 'Les revues de fournisseurs sont organisationnelles.',
      },
    },
    {
      id: 'CLD-58',
      title: 'Gestion des changements apportés dans les services des tiers',
      summary: {
        en: 'Track third-party changes affecting security, warn France Travail and restore the prior security level.',
        fr: 'Suivre les changements des tiers touchant la sécurité, prévenir France Travail et rétablir le niveau antérieur.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Supplier change tracking is procedural.',
        fr: 'Le suivi des changements fournisseurs est procédural.',
      },
    },
    {
      id: 'CLD-59',
      title: 'Engagements de confidentialité',
      summary: {
        en: 'Review confidentiality and non-disclosure commitments with third parties at least yearly.',
        fr: 'Revoir au moins chaque année les engagements de confidentialité avec les tiers.',
      },
      automation: 'manual',
      automationReason: {
        en: 'NDAs and their review are contractual.',
        fr: 'Les accords de confidentialité et leur revue sont contractuels.',
      },
    },
  ]),

  ...group('CLD', "2.13 Gestion des incidents et continuité d'activité", [
    {
      id: 'CLD-60',
      title: 'Responsabilités et procédures',
      summary: {
        en: 'Have a fast incident-response procedure known to staff and third parties.',
        fr: "Disposer d'une procédure de réponse rapide aux incidents connue du personnel et des tiers.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Incident procedures are organisational.',
        fr: "Les procédures d'incident sont organisationnelles.",
      },
    },
    {
      id: 'CLD-61',
      title: "Signalements liés à la sécurité de l'information",
      summary: {
        en: 'Make staff and suppliers report incidents and flaws, and notify France Travail within 24 hours and authorities as required.',
        fr: 'Faire remonter incidents et failles par personnel et fournisseurs, prévenir France Travail sous 24 heures et les autorités si requis.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Reporting duties and deadlines are process evidence.',
        fr: 'Les obligations et délais de signalement relèvent du processus.',
      },
    },
    {
      id: 'CLD-62',
      title: "Appréciation des événements liés à la sécurité de l'information et prise de décision",
      summary: {
        en: 'Triage security events into incidents using scales shared with France Travail.',
        fr: 'Qualifier les événements de sécurité en incidents selon des échelles partagées avec France Travail.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Event triage is a human decision process.',
        fr: 'La qualification des événements est une décision humaine.',
      },
    },
    {
      id: 'CLD-63',
      title: "Réponse aux incidents liés à la sécurité de l'information",
      summary: {
        en: 'Handle incidents to closure, keep France Travail informed and archive incident records.',
        fr: "Traiter les incidents jusqu'à leur clôture, tenir France Travail informé et archiver les dossiers.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Incident handling is organisational.',
        fr: 'Le traitement des incidents est organisationnel.',
      },
    },
    {
      id: 'CLD-64',
      title: "Tirer des enseignements des incidents liés à la sécurité de l'information",
      summary: {
        en: 'Learn from past incidents to cut their recurrence and impact.',
        fr: "Tirer parti des incidents passés pour en réduire la répétition et l'impact.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Continuous improvement is a management process.',
        fr: "L'amélioration continue est un processus de management.",
      },
    },
    {
      id: 'CLD-65',
      title: 'Recueil de preuves',
      summary: {
        en: 'Record incident information so it can serve as evidence.',
        fr: "Consigner les informations d'incident pour qu'elles puissent servir de preuve.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Evidence collection is a forensic procedure.',
        fr: "Le recueil de preuves est une procédure d'investigation.",
      },
    },
    {
      id: 'CLD-66',
      title: "Organisation de la continuité d'activité",
      summary: {
        en: 'Maintain a business continuity plan covering security, reviewed yearly and after major changes.',
        fr: "Tenir un plan de continuité intégrant la sécurité, revu chaque année et après tout changement majeur.",
      },
      automation: 'manual',
      automationReason: {
        en: 'The continuity plan is a document.',
        fr: 'Le plan de continuité est un document.',
      },
    },
    {
      id: 'CLD-67',
      title: "Mise en œuvre de la continuité d'activité",
      summary: {
        en: 'Have procedures to keep or bring back the service and its data within the committed levels and times.',
        fr: 'Prévoir de quoi maintenir ou rétablir le service et ses données dans les niveaux et délais promis.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Redundancy and disaster-recovery replication are visible in configuration; recovery procedures are organisational.',
        fr: 'La redondance et la réplication de secours se voient dans la configuration ; les procédures de reprise sont organisationnelles.',
      },
    },
    {
      id: 'CLD-68',
      title: "Vérifier, revoir et évaluer la continuité d'activité",
      summary: {
        en: 'Exercise the continuity plan to prove it works in a crisis.',
        fr: 'Exercer le plan de continuité pour prouver son efficacité en crise.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Continuity exercises are events with reports, not settings.',
        fr: 'Les exercices de continuité sont des événements avec comptes rendus, pas des paramètres.',
      },
    },
    {
      id: 'CLD-69',
      title: "Disponibilité des moyens de traitement de l'information",
      summary: {
        en: "Take the measures needed to meet France Travail's availability requirement.",
        fr: 'Prendre les mesures nécessaires pour tenir le niveau de disponibilité exigé par France Travail.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Multi-zone deployment, autoscaling and health checks are checkable; the agreed availability target needs the contract.',
        fr: "Déploiement multi-zones, mise à l'échelle et sondes de santé sont vérifiables ; la cible de disponibilité demande le contrat.",
      },
    },
  ]),

  ...group('CLD', '2.14 Conformité', [
    {
      id: 'CLD-70',
      title: 'Identification de la législation et des exigences contractuelles applicables',
      summary: {
        en: 'List the legal, regulatory and contractual requirements that apply and have procedures to meet them.',
        fr: 'Recenser les exigences légales, réglementaires et contractuelles applicables et se doter de procédures pour les respecter.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Legal analysis is organisational.',
        fr: "L'analyse juridique est organisationnelle.",
      },
    },
    {
      id: 'CLD-71',
      title: "Revue indépendante de la sécurité de l'information",
      summary: {
        en: 'Run an audit programme whose scope and frequency follow changes, policies and risks.',
        fr: "Conduire un programme d'audit dont périmètre et fréquence suivent changements, politiques et risques.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Audit programmes are governance evidence.',
        fr: "Les programmes d'audit sont des preuves de gouvernance.",
      },
    },
    {
      id: 'CLD-72',
      title: 'Conformité avec les politiques et les normes de sécurité',
      summary: {
        en: 'Have the security officer regularly verify that security procedures are correctly applied.',
        fr: 'Faire vérifier régulièrement par le responsable sécurité la bonne application des procédures de sécurité.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Internal compliance checks are organisational; scan reports can support them.',
        fr: 'Les contrôles internes de conformité sont organisationnels ; les rapports de scan peuvent les étayer.',
      },
    },
  ]),

  ...group('CLD', '2.15 Exigences supplémentaires', [
    {
      id: 'CLD-73',
      title: 'Réversibilité',
      summary: {
        en: 'Let France Travail retrieve all its data through documented file formats or documented APIs.',
        fr: 'Permettre à France Travail de récupérer toutes ses données via des formats de fichiers ou des API documentés.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Export formats and reversibility terms are contractual and application-level.',
        fr: "Formats d'export et modalités de réversibilité sont contractuels et applicatifs.",
      },
    },
    {
      id: 'CLD-74',
      title: 'Localisation des données personnelles',
      summary: {
        en: 'Disclose where data is stored and processed, and keep personal data and its administration in the EU or adequacy countries.',
        fr: "Déclarer où les données sont stockées et traitées, et garder les données personnelles et leur administration dans l'UE ou un pays adéquat.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Resource regions are checkable; where admins and supervision operate from needs an attestation.',
        fr: "Les régions des ressources sont vérifiables ; le lieu d'où opèrent administration et supervision demande une attestation.",
      },
    },
    {
      id: 'CLD-75',
      title: "Questionnaire sécurité sur l'externalisation des données PE",
      summary: {
        en: "Return the completed data-outsourcing security questionnaire to France Travail's CISO.",
        fr: "Remettre au RSSI de France Travail le questionnaire sécurité sur l'externalisation des données, complété.",
      },
      automation: 'manual',
      automationReason: {
        en: 'A questionnaire is a tender deliverable.',
        fr: "Un questionnaire est un livrable d'appel d'offres.",
      },
    },
    {
      id: 'CLD-76',
      title: 'Fin de contrat et/ou de partenariat',
      summary: {
        en: 'At contract end, securely erase all France Travail data (overwrite, key destruction or recycling) and remove related technical data.',
        fr: 'En fin de contrat, effacer de façon sûre toutes les données de France Travail (réécriture, destruction des clés, recyclage) et ses données techniques.',
      },
      automation: 'manual',
      automationReason: {
        en: 'End-of-contract erasure is a one-off event attested by a certificate.',
        fr: "L'effacement de fin de contrat est un événement ponctuel attesté par un certificat.",
      },
    },
  ]),
];

/* ------------------------------------------------------------------------------------------------
 * Règles de sécurité partenaires — CL-1 … CL-30
 * ---------------------------------------------------------------------------------------------- */

const CL: readonly CatalogRule[] = [
  ...group('CL', "2.1 Mesures générales de protection du système d'information et des données", [
    {
      id: 'CL-1',
      title: 'Général – Engagements de sécurité générale',
      summary: {
        en: "Commit to protect the confidentiality, integrity, availability and traceability of France Travail's information and share the related policies.",
        fr: "S'engager à protéger confidentialité, intégrité, disponibilité et traçabilité des informations de France Travail et partager les politiques associées.",
      },
      automation: 'manual',
      automationReason: {
        en: 'A general commitment is contractual.',
        fr: 'Un engagement général est contractuel.',
      },
    },
    {
      id: 'CL-2',
      title: 'Général – Propriété des informations et détournement de finalité',
      summary: {
        en: 'France Travail keeps ownership of its information, which may not be passed on or used beyond the agreed purposes.',
        fr: "France Travail reste propriétaire de ses informations, qui ne peuvent être cédées ni servir à d'autres fins que celles prévues.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Ownership and purpose limitation are legal terms.',
        fr: 'Propriété et limitation des finalités sont des clauses juridiques.',
      },
    },
    {
      id: 'CL-3',
      title: 'Général – Engagement de confidentialité du Partenaire',
      summary: {
        en: "Use France Travail's information only for the service, disclose nothing without written consent, and bind staff to the same duty.",
        fr: "N'utiliser les informations de France Travail que pour la prestation, ne rien divulguer sans accord écrit et y astreindre le personnel.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Confidentiality undertakings are contractual.',
        fr: 'Les engagements de confidentialité sont contractuels.',
      },
    },
  ]),

  ...group('CL', '2.2 Confidentialité des informations', [
    {
      id: 'CL-4',
      title: 'Confidentialité – Définition',
      summary: {
        en: 'Treat all exchanged France Travail information, on any medium, as confidential unless told otherwise.',
        fr: 'Considérer comme confidentielle toute information de France Travail échangée, quel que soit son support, sauf indication contraire.',
      },
      automation: 'manual',
      automationReason: {
        en: 'A definition of scope sets no technical setting.',
        fr: "Une définition de périmètre n'impose aucun paramètre technique.",
      },
    },
    {
      id: 'CL-5',
      title: 'Confidentialité – Clause de confidentialité',
      summary: {
        en: 'Process confidential data only as agreed and share it only with staff who need it and are bound by confidentiality.',
        fr: "Ne traiter les données confidentielles que comme convenu et ne les partager qu'avec le personnel concerné et tenu au secret.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Need-to-know commitments are contractual.',
        fr: "Les engagements de besoin d'en connaître sont contractuels.",
      },
    },
    {
      id: 'CL-6',
      title: 'Confidentialité – Durée de la clause',
      summary: {
        en: 'Confidentiality obligations start at signature and never expire.',
        fr: 'Les obligations de confidentialité courent dès la signature et sans limite de durée.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Clause duration is a legal term.',
        fr: 'La durée de la clause est un terme juridique.',
      },
    },
  ]),

  ...group('CL', '2.3 Sécurité des matériels et logiciels', [
    {
      id: 'CL-7',
      title: 'Sécurité matériels/logiciels – Sécurité physique',
      summary: {
        en: 'Ensure the hosting site has adequate physical, power and cooling protection, notably against theft.',
        fr: "S'assurer que le site d'hébergement est protégé physiquement, électriquement et thermiquement, notamment contre le vol.",
      },
      automation: 'inherited',
      automationReason: {
        en: "Physical site security is the cloud provider's, evidenced by its certifications.",
        fr: 'La sécurité physique du site relève du fournisseur cloud, prouvée par ses certifications.',
      },
    },
    {
      id: 'CL-8',
      title: "Sécurité matériels/logiciels – Hébergement d'informations confidentielles",
      summary: {
        en: "Keep France Travail's confidential data isolated from other parties' data and store it encrypted.",
        fr: 'Isoler les données confidentielles de France Travail des données des autres parties et les stocker chiffrées.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Encryption at rest is checkable on every store; isolation from other tenants is only partly visible.',
        fr: "Le chiffrement au repos est vérifiable sur chaque stockage ; l'isolation vis-à-vis des autres tiers n'est que partiellement visible.",
      },
    },
    {
      id: 'CL-9',
      title: 'Sécurité matériels/logiciels – Gestion de la capacité',
      summary: {
        en: 'Monitor resource usage proactively and warn France Travail of upcoming capacity problems.',
        fr: "Surveiller de façon proactive l'usage des ressources et avertir France Travail des problèmes de capacité à venir.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Usage metrics, alarms and autoscaling are checkable; warning France Travail is organisational.',
        fr: "Métriques, alarmes et mise à l'échelle sont vérifiables ; l'information de France Travail est organisationnelle.",
      },
    },
    {
      id: 'CL-10',
      title: 'Sécurité matériels/logiciels – Gestion des vulnérabilités',
      summary: {
        en: 'Protect resources against malware and keep them patched, with antivirus updates, patch handling, malware reporting and filtering on exchanges.',
        fr: 'Protéger les ressources contre les malwares et les maintenir à jour : signatures, correctifs, remontée des détections et filtrage des échanges.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Patch-management and malware or vulnerability scanning services are checkable; procedures and alert forwarding are organisational.',
        fr: "Les services de correctifs et d'analyse antimalware ou de vulnérabilités sont vérifiables ; procédures et remontée d'alertes sont organisationnelles.",
      },
    },
    {
      id: 'CL-11',
      title: 'Sécurité matériels/logiciels – Gestion des incidents',
      summary: {
        en: 'Run a shared incident process with leak countermeasures and notify the France Travail CISO at once of serious incidents.',
        fr: "Avoir un processus d'incident partagé incluant la lutte contre les fuites et alerter sans délai le RSSI de France Travail des incidents graves.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Incident management is organisational.',
        fr: 'La gestion des incidents est organisationnelle.',
      },
    },
    {
      id: 'CL-12',
      title: 'Sécurité matériels/logiciels – Gestion des changements',
      summary: {
        en: 'Plan changes in agreed windows, inform France Travail, document them with a rollback plan, and get CISO approval for security-relevant ones.',
        fr: "Planifier les changements dans des créneaux convenus, informer France Travail, prévoir un retour arrière et obtenir l'accord du RSSI si la sécurité est touchée.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Change scheduling and approval are procedural.',
        fr: 'La planification et la validation des changements sont procédurales.',
      },
    },
    {
      id: 'CL-13',
      title: 'Sécurité matériels/logiciels – Existence de sauvegarde',
      summary: {
        en: "Back up France Travail's data so that service and data can be restored after an incident.",
        fr: 'Sauvegarder les données de France Travail pour pouvoir restaurer service et données après un incident.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Backup configuration is checkable; the ability to restore needs tested evidence.',
        fr: 'La configuration des sauvegardes est vérifiable ; la capacité de restauration demande des tests prouvés.',
      },
    },
    {
      id: 'CL-14',
      title: 'Sécurité matériels/logiciels – Sécurité des sauvegardes de données confidentielles',
      summary: {
        en: 'Back up confidential data only in an approved way, protect copies like originals, agree on their return or destruction, and inventory removable media.',
        fr: 'Sauvegarder les données confidentielles selon un mode agréé, protéger les copies comme les originaux, convenir de leur sort et inventorier les supports.',
      },
      automation: 'partial',
      automationReason: {
        en: 'Backup encryption and access restrictions are checkable; approvals, restitution terms and media inventories are organisational.',
        fr: "Chiffrement et restriction d'accès des sauvegardes sont vérifiables ; agréments, restitution et inventaires sont organisationnels.",
      },
    },
  ]),

  ...group('CL', '2.4 Accès logique', [
    {
      id: 'CL-15',
      title: 'Accès logique – Données confidentielles',
      summary: {
        en: 'Authorise and authenticate every access to confidential data, with strong personal passwords and read/write/execute separation.',
        fr: "Autoriser et authentifier tout accès aux données confidentielles, avec des mots de passe personnels robustes et des droits distincts par type d'accès.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Password policies and public or anonymous access on data stores are checkable; prior approval by France Travail is organisational.',
        fr: "Politiques de mot de passe et accès publics ou anonymes aux stockages sont vérifiables ; l'accord préalable de France Travail est organisationnel.",
      },
    },
    {
      id: 'CL-16',
      title: 'Accès logique – Données non confidentielles',
      summary: {
        en: 'Non-confidential data may be open without login but still needs prior consent from France Travail.',
        fr: "Les données non confidentielles peuvent être ouvertes sans authentification mais demandent l'accord préalable de France Travail.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Consent is a business decision, not a setting.',
        fr: "L'accord est une décision métier, pas un paramètre.",
      },
    },
    {
      id: 'CL-17',
      title: "Accès logique – Cas d'une communication application à application (accès à des services internes)",
      summary: {
        en: "Application-to-application access to internal services goes through France Travail's secured infrastructure with strong authentication.",
        fr: "Les échanges d'application à application vers les services internes passent par l'infrastructure sécurisée de France Travail avec authentification forte.",
      },
      automation: 'manual',
      automationReason: {
        en: "The integration is defined case by case on France Travail's side.",
        fr: "L'intégration est définie au cas par cas côté France Travail.",
      },
    },
  ]),

  ...group('CL', "2.5 Surveillance et auditabilité de la nature et de l'origine des accès", [
    {
      id: 'CL-18',
      title: 'Auditabilité – Traçabilité sur le transfert des données',
      summary: {
        en: 'Keep usable, timestamped traces of receipt and use of transferred data for six months and supply them on request.',
        fr: "Garder six mois des traces horodatées et exploitables de la réception et de l'usage des données transmises, à fournir sur demande.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Log retention is checkable; the content of application traces and their hand-over are not.',
        fr: 'La rétention des journaux est vérifiable ; le contenu des traces applicatives et leur remise ne le sont pas.',
      },
    },
    {
      id: 'CL-19',
      title: "Auditabilité – Traçabilité de la nature et de l'origine des accès pour des données confidentielles",
      summary: {
        en: 'For confidential data, keep usable, timestamped action logs for one year so access origin and changes can be proven.',
        fr: "Pour les données confidentielles, garder un an des journaux d'actions horodatés et exploitables prouvant l'origine des accès et modifications.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Audit and data-access logging and one-year retention are checkable; log content and hand-over need evidence.',
        fr: "La journalisation des accès et sa rétention d'un an sont vérifiables ; le contenu des traces et leur remise demandent des preuves.",
      },
    },
    {
      id: 'CL-20',
      title: 'Auditabilité – Audit et contrôle du Partenaire',
      summary: {
        en: 'Monitor risk control and compliance continuously, review periodically, and allow France Travail to audit after an incident or alert.',
        fr: 'Suivre en continu la maîtrise des risques et la conformité, faire des revues périodiques et accepter un audit de France Travail après incident ou alerte.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Audit rights and reviews are contractual and organisational.',
        fr: "Droits d'audit et revues sont contractuels et organisationnels.",
      },
    },
  ]),

  ...group('CL', "2.6 Politique d'échange de données avec le partenaire", [
    {
      id: 'CL-21',
      title: 'Interconnexion – Clause générale',
      summary: {
        en: 'Match the interconnection to data sensitivity, use at least a secure protocol such as TLS, and agree a documented flow matrix.',
        fr: "Adapter l'interconnexion à la sensibilité des données, utiliser au minimum un protocole sécurisé type TLS et valider une matrice de flux.",
      },
      automation: 'partial',
      automationReason: {
        en: 'TLS-only endpoints and VPN links are checkable; the agreed flow matrix is a document.',
        fr: "Les points d'accès TLS et liaisons VPN sont vérifiables ; la matrice de flux validée est un document.",
      },
    },
    {
      id: 'CL-22',
      title: 'Interconnexion – Accès aux applications internes de France Travail',
      summary: {
        en: "Reach France Travail's internal applications only through its designated security gateway.",
        fr: "N'accéder aux applications internes de France Travail que par sa passerelle de sécurité désignée.",
      },
      automation: 'manual',
      automationReason: {
        en: "The gateway sits on France Travail's side, outside the partner's configuration.",
        fr: 'La passerelle est côté France Travail, hors de la configuration du partenaire.',
      },
    },
    {
      id: 'CL-23',
      title: 'Interconnexion – Organisme de la sphère sociale',
      summary: {
        en: 'Social-sector bodies must follow the INTEROPS technical exchange agreement.',
        fr: "Les organismes de la sphère sociale doivent suivre la convention d'échange technique INTEROPS.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Applicability and conformance to INTEROPS are assessed outside cloud configuration.',
        fr: "L'applicabilité et le respect d'INTEROPS s'évaluent hors configuration cloud.",
      },
    },
    {
      id: 'CL-24',
      title: "Disponibilité – Continuité d'activité",
      summary: {
        en: 'Keep partnership activities running after a major disaster, share the recovery plan and test it and the backups regularly.',
        fr: 'Assurer la continuité des activités du partenariat après un sinistre majeur, présenter le plan de secours et le tester avec les sauvegardes.',
      },
      automation: 'manual',
      automationReason: {
        en: 'The recovery plan and its test results are documents.',
        fr: 'Le plan de secours et ses résultats de tests sont des documents.',
      },
    },
  ]),

  ...group('CL', '2.7 Respect des dispositions « Informatique et libertés »', [
    {
      id: 'CL-25',
      title: 'CNIL – Respect de la législation en vigueur relative à la protection des données personnelles',
      summary: {
        en: 'Process personal data lawfully, in particular securely and confidentially, with the GDPR in mind.',
        fr: 'Traiter les données personnelles conformément au droit, notamment en sécurité et confidentialité, RGPD compris.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Legal compliance needs a legal assessment.',
        fr: 'La conformité juridique demande une analyse juridique.',
      },
    },
    {
      id: 'CL-26',
      title: 'Remontée des plaintes et des failles de sécurité',
      summary: {
        en: 'Report security breaches and data-subject complaints to France Travail within 36 hours at most.',
        fr: 'Signaler à France Travail les failles de sécurité et plaintes des personnes concernées sous 36 heures au plus.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Notification deadlines are procedural.',
        fr: 'Les délais de notification sont procéduraux.',
      },
    },
    {
      id: 'CL-27',
      title: 'Localisation des données',
      summary: {
        en: 'Host, process and route data only in France for public archives, otherwise personal data only in the EU or adequacy countries.',
        fr: "Héberger, traiter et faire transiter les données en France pour les archives publiques, sinon dans l'UE ou un pays adéquat.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Resource regions are checkable; whether data are public archives and where traffic transits need a declaration.',
        fr: "Les régions des ressources sont vérifiables ; le statut d'archives publiques et le transit des flux demandent une déclaration.",
      },
    },
  ]),

  ...group('CL', '2.8 Gouvernance du partenariat', [
    {
      id: 'CL-28',
      title: 'Gouvernance – Communication des informations relatives à la sous-traitance',
      summary: {
        en: 'Disclose subcontractors, data recipients and hosting locations, and pass the EU/adequacy location duty on to subcontractors.',
        fr: "Déclarer sous-traitants, destinataires et lieux d'hébergement, et répercuter aux sous-traitants l'obligation de localisation UE ou pays adéquat.",
      },
      automation: 'partial',
      automationReason: {
        en: 'Hosting regions used by cloud subcontractors are checkable; disclosure and contract flow-down are organisational.',
        fr: "Les régions d'hébergement des sous-traitants cloud sont vérifiables ; la déclaration et les clauses de répercussion sont organisationnelles.",
      },
    },
    {
      id: 'CL-29',
      title: 'Gouvernance – Interlocuteur sécurité',
      summary: {
        en: 'Name a security contact, with optional joint security committees and indicators.',
        fr: 'Désigner un correspondant sécurité, avec possibles comités de suivi et indicateurs communs.',
      },
      automation: 'manual',
      automationReason: {
        en: 'Contacts and committees are organisational.',
        fr: 'Correspondants et comités sont organisationnels.',
      },
    },
    {
      id: 'CL-30',
      title: 'Gouvernance – Gestion de fin du partenariat',
      summary: {
        en: 'At the end, return everything received, certify in writing that nothing was kept, and stop using it.',
        fr: "À la fin, restituer tout ce qui a été remis, certifier par écrit n'avoir rien conservé et cesser tout usage.",
      },
      automation: 'manual',
      automationReason: {
        en: 'Restitution and its certificate are contractual events.',
        fr: 'La restitution et son certificat sont des événements contractuels.',
      },
    },
  ]),
];

/** All rules, CLD-01 … CLD-76 then CL-1 … CL-30. */
export const CATALOG: readonly CatalogRule[] = Object.freeze([...CLD, ...CL]);
