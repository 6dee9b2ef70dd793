import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

// src/catalog/rules.ts
function group(rulebook, section, entries) {
  return entries.map((e) => ({
    id: e.id,
    rulebook,
    section,
    title: e.title,
    summary: e.summary,
    automation: e.automation,
    automationReason: e.automationReason
  }));
}
var CLD = [
  ...group("CLD", "2.1 Politique de s\xE9curit\xE9 de l'information et gestion du risque", [
    {
      id: "CLD-01",
      title: "Guide d'hygi\xE8ne de l'ANSSI",
      summary: {
        en: "Apply the ANSSI IT hygiene guide's measures to the hosted service.",
        fr: "Appliquer au service h\xE9berg\xE9 les mesures du guide d'hygi\xE8ne informatique de l'ANSSI."
      },
      automation: "partial",
      automationReason: {
        en: "Some hygiene measures (MFA, logging, exposure, encryption) show in configuration; the guide as a whole needs a self-assessment.",
        fr: "Certaines mesures (MFA, journaux, exposition, chiffrement) se voient dans la configuration ; l'ensemble du guide demande une auto-\xE9valuation."
      }
    },
    {
      id: "CLD-02",
      title: "Politique de s\xE9curit\xE9 de l'information",
      summary: {
        en: "Maintain a management-approved, regularly revised security policy for the service, including legal commitments.",
        fr: "Tenir une politique de s\xE9curit\xE9 du service, valid\xE9e par la direction, revue p\xE9riodiquement et incluant les engagements l\xE9gaux."
      },
      automation: "manual",
      automationReason: {
        en: "A governance document and its approval cannot be read from cloud configuration.",
        fr: "Un document de gouvernance et son approbation ne se lisent pas dans la configuration cloud."
      }
    },
    {
      id: "CLD-03",
      title: "Analyse de risques",
      summary: {
        en: "Run a documented, repeatable risk assessment over the whole service, with residual risks accepted by management and periodic updates.",
        fr: "Mener une appr\xE9ciation des risques reproductible sur tout le service, faire accepter les risques r\xE9siduels par la direction et la tenir \xE0 jour."
      },
      automation: "manual",
      automationReason: {
        en: "Risk analysis is an organisational deliverable, evidenced by the document itself.",
        fr: "L'analyse de risques est un livrable organisationnel, prouv\xE9 par le document lui-m\xEAme."
      }
    }
  ]),
  ...group("CLD", "2.2 Organisation de la s\xE9curit\xE9 de l'information", [
    {
      id: "CLD-04",
      title: "Fonctions et responsabilit\xE9s li\xE9es \xE0 la s\xE9curit\xE9 de l'information",
      summary: {
        en: "Set up a documented internal security organisation and appoint a CISO.",
        fr: "Mettre en place une organisation interne de la s\xE9curit\xE9 document\xE9e et nommer un RSSI."
      },
      automation: "manual",
      automationReason: {
        en: "Roles and appointments are organisational facts.",
        fr: "Les r\xF4les et nominations sont des faits organisationnels."
      }
    },
    {
      id: "CLD-05",
      title: "Relation avec les autorit\xE9s",
      summary: {
        en: "Keep suitable contacts with security, data-protection and sector authorities.",
        fr: "Entretenir des liens adapt\xE9s avec les autorit\xE9s de s\xE9curit\xE9, de protection des donn\xE9es et sectorielles."
      },
      automation: "manual",
      automationReason: {
        en: "Relations with authorities are shown by organisational evidence only.",
        fr: "Les relations avec les autorit\xE9s se prouvent uniquement par des \xE9l\xE9ments organisationnels."
      }
    },
    {
      id: "CLD-06",
      title: "Relation avec les groupes de travail sp\xE9cialis\xE9s",
      summary: {
        en: "Follow specialist groups and trusted sources to track new threats and countermeasures.",
        fr: "Suivre des groupes sp\xE9cialis\xE9s et des sources fiables pour conna\xEEtre les nouvelles menaces et leurs parades."
      },
      automation: "manual",
      automationReason: {
        en: "Threat-intelligence contacts are not part of cloud configuration.",
        fr: "Les contacts de veille sur les menaces ne font pas partie de la configuration cloud."
      }
    },
    {
      id: "CLD-07",
      title: "La s\xE9curit\xE9 de l'information dans la gestion de projet",
      summary: {
        en: "Assess risks before any project touching the service and tell France Travail about security impacts and residual risks.",
        fr: "\xC9valuer les risques avant tout projet touchant le service et pr\xE9venir France Travail des impacts s\xE9curit\xE9 et risques r\xE9siduels."
      },
      automation: "manual",
      automationReason: {
        en: "Project risk reviews and notifications are process evidence.",
        fr: "Les revues de risques projet et les notifications rel\xE8vent du processus."
      }
    }
  ]),
  ...group("CLD", "2.3 S\xE9curit\xE9 des ressources humaines", [
    {
      id: "CLD-08",
      title: "Rupture, terme ou modification du contrat de travail",
      summary: {
        en: "Assign who handles departures and contract changes of people working on the service.",
        fr: "D\xE9signer qui g\xE8re les d\xE9parts et changements de contrat des personnes travaillant sur le service."
      },
      automation: "manual",
      automationReason: {
        en: "HR responsibilities are organisational.",
        fr: "Les responsabilit\xE9s RH sont organisationnelles."
      }
    },
    {
      id: "CLD-09",
      title: "Sensibilisation et formation \xE0 la s\xE9curit\xE9 de l'information",
      summary: {
        en: "Raise security awareness of all staff on the service and run a role-adapted training plan.",
        fr: "Sensibiliser tout le personnel du service \xE0 la s\xE9curit\xE9 et suivre un plan de formation adapt\xE9 aux fonctions."
      },
      automation: "manual",
      automationReason: {
        en: "Training records need an attestation.",
        fr: "Les traces de formation demandent une attestation."
      }
    }
  ]),
  ...group("CLD", "2.4 Gestion des actifs", [
    {
      id: "CLD-10",
      title: "Propri\xE9t\xE9 des actifs",
      summary: {
        en: "Keep software licences valid for the whole engagement.",
        fr: "Garder des licences logicielles valides pendant toute la prestation."
      },
      automation: "manual",
      automationReason: {
        en: "Licence validity is contractual and not visible in infrastructure configuration.",
        fr: "La validit\xE9 des licences est contractuelle et invisible dans la configuration d'infrastructure."
      }
    },
    {
      id: "CLD-11",
      title: "Identification des besoins de s\xE9curit\xE9 de l'information",
      summary: {
        en: "Determine the security needs of the information handled by the service.",
        fr: "D\xE9terminer les besoins de s\xE9curit\xE9 des informations trait\xE9es par le service."
      },
      automation: "manual",
      automationReason: {
        en: "Classifying needs is an analysis, not a setting.",
        fr: "Qualifier les besoins est une analyse, pas un param\xE8tre."
      }
    },
    {
      id: "CLD-12",
      title: "Marquage et manipulation de l'information",
      summary: {
        en: "Have a procedure to label and handle service information according to its sensitivity.",
        fr: "Disposer d'une proc\xE9dure pour \xE9tiqueter et manipuler les informations du service selon leur sensibilit\xE9."
      },
      automation: "partial",
      automationReason: {
        en: "Classification tags on data stores can be checked; the handling procedure is organisational.",
        fr: "Les \xE9tiquettes de classification des stockages sont v\xE9rifiables ; la proc\xE9dure de manipulation est organisationnelle."
      }
    },
    {
      id: "CLD-13",
      title: "Gestion des supports amovibles",
      summary: {
        en: "Control removable media through a procedure and keep media used for administration single-purpose.",
        fr: "Encadrer les supports amovibles par une proc\xE9dure et r\xE9server \xE0 un seul usage ceux servant \xE0 l'administration."
      },
      automation: "manual",
      automationReason: {
        en: "Removable media are physical items outside cloud configuration.",
        fr: "Les supports amovibles sont des objets physiques hors configuration cloud."
      }
    }
  ]),
  ...group("CLD", "2.5 Contr\xF4le d'acc\xE8s et gestion des identit\xE9s", [
    {
      id: "CLD-14",
      title: "Enregistrement et d\xE9sinscription des utilisateurs",
      summary: {
        en: "Create named accounts through a managed process and remove all access and data when a user leaves.",
        fr: "Cr\xE9er des comptes nominatifs via un processus outill\xE9 et retirer tous les acc\xE8s et donn\xE9es au d\xE9part d'un utilisateur."
      },
      automation: "partial",
      automationReason: {
        en: "Shared or stale identities are visible in IAM inventories; the joiner/leaver procedure is organisational.",
        fr: "Les identit\xE9s partag\xE9es ou inactives se voient dans l'inventaire IAM ; la proc\xE9dure arriv\xE9e/d\xE9part est organisationnelle."
      }
    },
    {
      id: "CLD-15",
      title: "Politiques et contr\xF4le d'acc\xE8s",
      summary: {
        en: "Document an access-control policy and revisit it every year and after major changes.",
        fr: "Formaliser une politique de contr\xF4le d'acc\xE8s et la revoir chaque ann\xE9e et apr\xE8s tout changement majeur."
      },
      automation: "manual",
      automationReason: {
        en: "The policy and its yearly review are documents.",
        fr: "La politique et sa revue annuelle sont des documents."
      }
    },
    {
      id: "CLD-16",
      title: "Gestion des droits d'acc\xE8s",
      summary: {
        en: "Manage granting, changing and revoking rights, offer role separation and keep a list of administrators.",
        fr: "G\xE9rer l'octroi, la modification et le retrait des droits, offrir des r\xF4les distincts et tenir la liste des administrateurs."
      },
      automation: "partial",
      automationReason: {
        en: "Role assignments and privileged principals can be listed from IAM; the rights procedure is organisational.",
        fr: "Les affectations de r\xF4les et comptes \xE0 privil\xE8ges se lisent dans l'IAM ; la proc\xE9dure de gestion des droits est organisationnelle."
      }
    },
    {
      id: "CLD-17",
      title: "Revue des droits d'acc\xE8s utilisateurs",
      summary: {
        en: "Review user access rights in scope once a year.",
        fr: "Revoir une fois par an les droits d'acc\xE8s des utilisateurs du p\xE9rim\xE8tre."
      },
      automation: "manual",
      automationReason: {
        en: "A periodic review is a process; configuration only shows its current outcome.",
        fr: "Une revue p\xE9riodique est un processus ; la configuration n'en montre que le r\xE9sultat courant."
      }
    },
    {
      id: "CLD-18",
      title: "Gestion des authentifications des utilisateurs",
      summary: {
        en: "Manage authentication formally, lock accounts after repeated failures and reach shared technical accounts only via a personal login.",
        fr: "Encadrer l'authentification, verrouiller les comptes apr\xE8s des \xE9checs r\xE9p\xE9t\xE9s et n'atteindre les comptes techniques partag\xE9s qu'apr\xE8s connexion nominative."
      },
      automation: "partial",
      automationReason: {
        en: "Lockout, password and MFA settings of identity providers are checkable; procedures are organisational.",
        fr: "Les r\xE9glages de verrouillage, de mot de passe et de MFA des fournisseurs d'identit\xE9 sont v\xE9rifiables ; les proc\xE9dures sont organisationnelles."
      }
    },
    {
      id: "CLD-19",
      title: "Acc\xE8s aux interfaces d'administration",
      summary: {
        en: "Separate provider and customer admin tooling, keep provider admin interfaces off public networks and require two-factor authentication for admin access.",
        fr: "S\xE9parer les outils d'administration du prestataire et du client, soustraire ses interfaces d'administration aux r\xE9seaux publics et exiger une double authentification."
      },
      automation: "partial",
      automationReason: {
        en: "Public exposure and MFA enforcement of admin access are visible in configuration; directory separation needs an attestation.",
        fr: "L'exposition publique et l'exigence de MFA des acc\xE8s d'administration se voient dans la configuration ; la s\xE9paration des annuaires demande une attestation."
      }
    },
    {
      id: "CLD-20",
      title: "Restriction des acc\xE8s \xE0 l'information",
      summary: {
        en: "Isolate customers from each other, the service from the provider's other systems, and administration from the hosting infrastructure.",
        fr: "Isoler les clients entre eux, le service des autres SI du prestataire et l'administration de l'infrastructure h\xE9berg\xE9e."
      },
      automation: "partial",
      automationReason: {
        en: "Network and account segmentation is visible in configuration; isolation from office systems needs an attestation.",
        fr: "La segmentation r\xE9seau et par comptes se voit dans la configuration ; la s\xE9paration avec la bureautique demande une attestation."
      }
    }
  ]),
  ...group("CLD", "2.6 S\xE9curit\xE9 des donn\xE9es", [
    {
      id: "CLD-21",
      title: "Chiffrement des donn\xE9es stock\xE9es",
      summary: {
        en: "Encrypt stored data with ANSSI-compliant methods so it cannot be recovered from reassigned resources or discarded media.",
        fr: "Chiffrer les donn\xE9es stock\xE9es selon les recommandations ANSSI pour emp\xEAcher leur r\xE9cup\xE9ration sur une ressource r\xE9attribu\xE9e ou un support."
      },
      automation: "automated",
      automationReason: {
        en: "Encryption at rest and its key type are attributes of every storage resource.",
        fr: "Le chiffrement au repos et le type de cl\xE9 sont des attributs de chaque ressource de stockage."
      }
    },
    {
      id: "CLD-22",
      title: "Proc\xE9dure d'alerte",
      summary: {
        en: "Have a procedure to warn France Travail when its data is stolen, leaked or lost.",
        fr: "Pr\xE9voir une proc\xE9dure pour avertir France Travail en cas de vol, fuite ou perte de ses donn\xE9es."
      },
      automation: "manual",
      automationReason: {
        en: "A notification procedure is organisational.",
        fr: "Une proc\xE9dure d'alerte est organisationnelle."
      }
    }
  ]),
  ...group("CLD", "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation", [
    {
      id: "CLD-23",
      title: "Proc\xE9dures d'exploitation document\xE9es",
      summary: {
        en: "Write operating procedures, keep them current and available to the staff who need them.",
        fr: "R\xE9diger les proc\xE9dures d'exploitation, les garder \xE0 jour et \xE0 port\xE9e du personnel concern\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Runbooks are documents, not configuration.",
        fr: "Les proc\xE9dures d'exploitation sont des documents, pas de la configuration."
      }
    },
    {
      id: "CLD-24",
      title: "Gestion des changements",
      summary: {
        en: "Run a change-management process and give France Travail early notice of breaking platform or feature changes.",
        fr: "Suivre un processus de gestion des changements et pr\xE9venir t\xF4t France Travail des \xE9volutions cassant la compatibilit\xE9 ou des fonctions."
      },
      automation: "manual",
      automationReason: {
        en: "Change approval and customer notice are process evidence.",
        fr: "La validation des changements et l'information du client rel\xE8vent du processus."
      }
    },
    {
      id: "CLD-25",
      title: "S\xE9paration des environnements de d\xE9veloppement, de test et d'exploitation",
      summary: {
        en: "Keep production physically apart from development and other environments.",
        fr: "Tenir la production physiquement \xE0 part du d\xE9veloppement et des autres environnements."
      },
      automation: "partial",
      automationReason: {
        en: "Separate accounts, subscriptions, projects and networks per environment are checkable; physical separation needs provider evidence.",
        fr: "Des comptes, abonnements, projets et r\xE9seaux distincts par environnement sont v\xE9rifiables ; la s\xE9paration physique demande une preuve."
      }
    },
    {
      id: "CLD-26",
      title: "Sauvegarde des informations",
      summary: {
        en: "Back up data under a documented policy, protect the copies, test restores and keep backups far enough from primary sites.",
        fr: "Sauvegarder selon une politique \xE9crite, prot\xE9ger les copies, tester les restaurations et \xE9loigner les sauvegardes des sites principaux."
      },
      automation: "partial",
      automationReason: {
        en: "Backups, their retention, vault protection and where copies are kept are checked; the distance they need follows the risk analysis (one region can be enough: Paris has a single AWS region) and restore tests are organisational.",
        fr: "Sauvegardes, r\xE9tention, protection des coffres et lieu des copies sont v\xE9rifi\xE9s ; la distance requise d\xE9coule de l'analyse de risques (une r\xE9gion peut suffire : Paris n'a qu'une r\xE9gion AWS) et les tests de restauration sont organisationnels."
      }
    },
    {
      id: "CLD-27",
      title: "Mesures contre les codes malveillants",
      summary: {
        en: "Detect, prevent and recover from malware, and make staff aware of the risks.",
        fr: "D\xE9tecter et pr\xE9venir les logiciels malveillants, savoir s'en remettre, et sensibiliser le personnel."
      },
      automation: "partial",
      automationReason: {
        en: "Activation of cloud malware protection is checkable; awareness and recovery steps are organisational.",
        fr: "L'activation des protections anti-malware du cloud est v\xE9rifiable ; sensibilisation et restauration sont organisationnelles."
      }
    },
    {
      id: "CLD-28",
      title: "Journalisation des \xE9v\xE9nements",
      summary: {
        en: "Log security-relevant events under a logging policy, keep them for at least twelve rolling months and hand them over on request.",
        fr: "Journaliser les \xE9v\xE9nements de s\xE9curit\xE9 selon une politique, les garder au moins douze mois glissants et les fournir sur demande."
      },
      automation: "partial",
      automationReason: {
        en: "Audit logging and retention periods are in configuration; the policy and hand-over are organisational.",
        fr: "La journalisation et les dur\xE9es de r\xE9tention sont dans la configuration ; la politique et la remise des journaux sont organisationnelles."
      }
    },
    {
      id: "CLD-29",
      title: "Protection de l'information journalis\xE9e",
      summary: {
        en: "Protect log systems and records, size their storage for the retention goal, back them up and restrict who can read them.",
        fr: "Prot\xE9ger les syst\xE8mes et enregistrements de journaux, dimensionner leur stockage pour la r\xE9tention, les sauvegarder et en limiter l'acc\xE8s."
      },
      automation: "partial",
      automationReason: {
        en: "Log-store immutability, encryption, retention and access policies are checkable; sizing and backup policy need evidence.",
        fr: "L'immuabilit\xE9, le chiffrement, la r\xE9tention et les droits d'acc\xE8s aux journaux sont v\xE9rifiables ; dimensionnement et politique de sauvegarde demandent des preuves."
      }
    },
    {
      id: "CLD-30",
      title: "Synchronisation des horloges",
      summary: {
        en: "Sync all equipment clocks to consistent time sources and timestamp every logged event.",
        fr: "Caler les horloges de tous les \xE9quipements sur des sources de temps coh\xE9rentes et horodater chaque \xE9v\xE9nement journalis\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Time sources are set inside operating systems, out of sight of cloud configuration.",
        fr: "Les sources de temps se r\xE8glent dans les syst\xE8mes d'exploitation, hors de la configuration cloud."
      }
    },
    {
      id: "CLD-31",
      title: "Analyse et corr\xE9lation des \xE9v\xE9nements",
      summary: {
        en: "Operate an analysis and correlation platform able to spot security events live or over the past year.",
        fr: "Exploiter une plateforme d'analyse et de corr\xE9lation capable de rep\xE9rer les \xE9v\xE9nements de s\xE9curit\xE9 en direct ou sur l'ann\xE9e \xE9coul\xE9e."
      },
      automation: "partial",
      automationReason: {
        en: "SIEM or security-hub services and log routing to them are checkable; the analysis work is organisational.",
        fr: "Les services SIEM ou de centralisation s\xE9curit\xE9 et l'acheminement des journaux sont v\xE9rifiables ; l'analyse est organisationnelle."
      }
    },
    {
      id: "CLD-32",
      title: "Installation de logiciels sur des syst\xE8mes en exploitation",
      summary: {
        en: "Control software installation on service systems and manage the configuration of environments provided to France Travail.",
        fr: "Contr\xF4ler l'installation de logiciels sur les syst\xE8mes du service et g\xE9rer la configuration des environnements fournis \xE0 France Travail."
      },
      automation: "manual",
      automationReason: {
        en: "Installation control happens inside hosts and in procedures, not in cloud resource settings.",
        fr: "Le contr\xF4le des installations se fait dans les h\xF4tes et les proc\xE9dures, pas dans les param\xE8tres des ressources cloud."
      }
    },
    {
      id: "CLD-33",
      title: "Gestion des vuln\xE9rabilit\xE9s techniques",
      summary: {
        en: "Watch for and handle technical vulnerabilities in the software and systems used.",
        fr: "Surveiller et traiter les vuln\xE9rabilit\xE9s techniques des logiciels et syst\xE8mes employ\xE9s."
      },
      automation: "partial",
      automationReason: {
        en: "Vulnerability scanning and patch-management services can be checked as enabled; the watch process is organisational.",
        fr: "L'activation des services de scan de vuln\xE9rabilit\xE9s et de gestion des correctifs est v\xE9rifiable ; la veille est organisationnelle."
      }
    },
    {
      id: "CLD-34",
      title: "Administration",
      summary: {
        en: "Administer only from dedicated, hardened, up-to-date workstations, with encrypted tunnels and full-disk encryption when mobile.",
        fr: "N'administrer que depuis des postes d\xE9di\xE9s, durcis et \xE0 jour, avec tunnel chiffr\xE9 et disque chiffr\xE9 en mobilit\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Admin workstations are endpoints outside the cloud inventory.",
        fr: "Les postes d'administration sont des terminaux hors de l'inventaire cloud."
      }
    }
  ]),
  ...group("CLD", "2.8 S\xE9curit\xE9 des r\xE9seaux", [
    {
      id: "CLD-35",
      title: "Cartographie du syst\xE8me d'information",
      summary: {
        en: "Maintain a map of the information system and review it at least yearly.",
        fr: "Tenir \xE0 jour une cartographie du SI et la revoir au moins une fois par an."
      },
      automation: "manual",
      automationReason: {
        en: "An inventory can feed it, but the maintained map and its review are deliverables.",
        fr: "Un inventaire peut l'alimenter, mais la cartographie et sa revue sont des livrables."
      }
    },
    {
      id: "CLD-36",
      title: "Cloisonnement des r\xE9seaux",
      summary: {
        en: "Segment network flows by sensitivity, purpose and owner, tunnel admin traffic and filter admin interfaces to an approved flow matrix.",
        fr: "Cloisonner les flux selon sensibilit\xE9, usage et propri\xE9taire, chiffrer l'administration et filtrer ses interfaces selon la matrice des flux."
      },
      automation: "partial",
      automationReason: {
        en: "Firewall rules, public exposure of admin ports and WAFs are checkable; matching the flow matrix needs the documented matrix.",
        fr: "R\xE8gles de pare-feu, exposition publique des ports d'administration et WAF sont v\xE9rifiables ; la conformit\xE9 \xE0 la matrice des flux demande celle-ci."
      }
    },
    {
      id: "CLD-37",
      title: "Surveillance des r\xE9seaux",
      summary: {
        en: "Run at least one intrusion-detection probe on the service.",
        fr: "Faire fonctionner au moins une sonde de d\xE9tection d'intrusion sur le service."
      },
      automation: "partial",
      automationReason: {
        en: "Cloud-native threat detection can be checked as enabled; third-party probes need evidence.",
        fr: "La d\xE9tection de menaces native du cloud est v\xE9rifiable ; les sondes tierces demandent une preuve."
      }
    }
  ]),
  ...group("CLD", "2.9 Cryptographie", [
    {
      id: "CLD-38",
      title: "Chiffrement des flux",
      summary: {
        en: "Encrypt network traffic following ANSSI cryptographic guidance.",
        fr: "Chiffrer les flux r\xE9seau en suivant les recommandations cryptographiques de l'ANSSI."
      },
      automation: "partial",
      automationReason: {
        en: "TLS enforcement and minimum versions on endpoints are checkable; flows inside hosts are not.",
        fr: "L'obligation de TLS et les versions minimales des points d'acc\xE8s sont v\xE9rifiables ; les flux internes aux h\xF4tes ne le sont pas."
      }
    },
    {
      id: "CLD-39",
      title: "Non r\xE9pudiation",
      summary: {
        en: "Use ANSSI-compliant mechanisms for electronic signatures.",
        fr: "Employer des m\xE9canismes de signature \xE9lectronique conformes \xE0 l'ANSSI."
      },
      automation: "manual",
      automationReason: {
        en: "Signature schemes live in applications, not infrastructure settings.",
        fr: "Les m\xE9canismes de signature vivent dans les applications, pas dans l'infrastructure."
      }
    },
    {
      id: "CLD-40",
      title: "Gestion des secrets",
      summary: {
        en: "Use ANSSI-grade keys and keep encryption and admin secrets in a software or hardware vault.",
        fr: "Utiliser des cl\xE9s conformes \xE0 l'ANSSI et garder les secrets de chiffrement et d'administration dans un coffre logiciel ou mat\xE9riel."
      },
      automation: "partial",
      automationReason: {
        en: "KMS/HSM key specs, rotation and secret-manager use are checkable; secrets kept outside the cloud are not.",
        fr: "Types de cl\xE9s KMS/HSM, rotation et usage d'un gestionnaire de secrets sont v\xE9rifiables ; les secrets hors cloud ne le sont pas."
      }
    }
  ]),
  ...group("CLD", "2.10 S\xE9curit\xE9 physique et environnementale", [
    {
      id: "CLD-41",
      title: "P\xE9rim\xE8tres de s\xE9curit\xE9 physique",
      summary: {
        en: "Define marked physical security zones with access restrictions.",
        fr: "D\xE9finir des zones de s\xE9curit\xE9 physique balis\xE9es avec restriction d'acc\xE8s."
      },
      automation: "inherited",
      automationReason: {
        en: "Data-centre zoning is the cloud provider's, evidenced by its certifications.",
        fr: "Le zonage des centres de donn\xE9es rel\xE8ve du fournisseur cloud, prouv\xE9 par ses certifications."
      }
    },
    {
      id: "CLD-42",
      title: "Contr\xF4le d'acc\xE8s physique",
      summary: {
        en: "Guard non-public areas with personal access factors, escorted visitors, intrusion detection and reviewed access logs.",
        fr: "Prot\xE9ger les zones non publiques par facteurs personnels, visiteurs accompagn\xE9s, d\xE9tection d'intrusion et journaux d'acc\xE8s revus."
      },
      automation: "inherited",
      automationReason: {
        en: "Physical access control is run by the cloud provider's data centres.",
        fr: "Le contr\xF4le d'acc\xE8s physique est assur\xE9 par les centres de donn\xE9es du fournisseur cloud."
      }
    },
    {
      id: "CLD-43",
      title: "Protection contre les menaces ext\xE9rieures et environnementales",
      summary: {
        en: "Mitigate fire, flood, natural, power and cooling hazards and test the protective equipment.",
        fr: "Limiter les risques d'incendie, inondation, al\xE9as naturels, coupure \xE9lectrique et climatisation, et tester les protections."
      },
      automation: "inherited",
      automationReason: {
        en: "Environmental protection of facilities is the cloud provider's.",
        fr: "La protection environnementale des sites rel\xE8ve du fournisseur cloud."
      }
    },
    {
      id: "CLD-44",
      title: "S\xE9curit\xE9 du c\xE2blage",
      summary: {
        en: "Protect power and network cabling from damage and tapping, and keep a cabling plan.",
        fr: "Prot\xE9ger le c\xE2blage \xE9lectrique et r\xE9seau contre les d\xE9g\xE2ts et les \xE9coutes, et tenir un plan de c\xE2blage."
      },
      automation: "inherited",
      automationReason: {
        en: "Cabling sits in the cloud provider's facilities.",
        fr: "Le c\xE2blage se trouve dans les locaux du fournisseur cloud."
      }
    },
    {
      id: "CLD-45",
      title: "Maintenance des mat\xE9riels",
      summary: {
        en: "Maintain equipment without weakening confidentiality or availability, keep security-update support, and release media only encrypted or wiped.",
        fr: "Maintenir le mat\xE9riel sans nuire \xE0 la confidentialit\xE9 ni \xE0 la disponibilit\xE9, garder un support des correctifs, ne c\xE9der que des supports chiffr\xE9s ou effac\xE9s."
      },
      automation: "inherited",
      automationReason: {
        en: "Hardware upkeep and media return happen in the cloud provider's data centres; software support contracts still need an attestation.",
        fr: "Entretien du mat\xE9riel et retour des supports se font chez le fournisseur cloud ; les contrats de support logiciel demandent une attestation."
      }
    },
    {
      id: "CLD-46",
      title: "Sortie des actifs France Travail",
      summary: {
        en: "Document and announce any off-site transfer of France Travail data and keep it equally protected in transit.",
        fr: "Documenter et annoncer tout transfert hors site des donn\xE9es de France Travail et les prot\xE9ger autant pendant le transport."
      },
      automation: "manual",
      automationReason: {
        en: "Off-site transfers and their notice are procedural.",
        fr: "Les transferts hors site et leur annonce sont proc\xE9duraux."
      }
    },
    {
      id: "CLD-47",
      title: "Recyclage s\xE9curis\xE9 du mat\xE9riel",
      summary: {
        en: "Securely overwrite any storage medium before it is given to another customer.",
        fr: "Effacer par r\xE9\xE9criture tout support de stockage avant de l'attribuer \xE0 un autre client."
      },
      automation: "inherited",
      automationReason: {
        en: "Media sanitisation between tenants is done by the cloud provider.",
        fr: "L'effacement des supports entre clients est fait par le fournisseur cloud."
      }
    }
  ]),
  ...group("CLD", "2.11 Acquisition, d\xE9veloppement et maintenance des syst\xE8mes d'information", [
    {
      id: "CLD-48",
      title: "Politique de d\xE9veloppement s\xE9curis\xE9",
      summary: {
        en: "Adopt secure development rules for in-house work and train the developers concerned.",
        fr: "Adopter des r\xE8gles de d\xE9veloppement s\xE9curis\xE9 pour les travaux internes et former les d\xE9veloppeurs concern\xE9s."
      },
      automation: "manual",
      automationReason: {
        en: "Development practice and training are organisational.",
        fr: "Les pratiques de d\xE9veloppement et la formation sont organisationnelles."
      }
    },
    {
      id: "CLD-49",
      title: "Proc\xE9dures de contr\xF4le des changements de syst\xE8me",
      summary: {
        en: "Control and validate system changes in pre-production and keep version history to rebuild any past state.",
        fr: "Contr\xF4ler et valider les changements en pr\xE9production et garder l'historique des versions pour reconstituer un \xE9tat pass\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Change control and version history live in processes and repositories, not in cloud configuration.",
        fr: "Le contr\xF4le des changements et l'historique vivent dans les processus et d\xE9p\xF4ts, pas dans la configuration cloud."
      }
    },
    {
      id: "CLD-50",
      title: "Revue technique des applications apr\xE8s changement en production",
      summary: {
        en: "Test applications before release to catch any business or security side effects.",
        fr: "Tester les applications avant mise en production pour d\xE9celer tout effet de bord m\xE9tier ou s\xE9curit\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Pre-release testing is process evidence.",
        fr: "Les tests avant mise en production rel\xE8vent du processus."
      }
    },
    {
      id: "CLD-51",
      title: "Environnement de d\xE9veloppement s\xE9curis\xE9",
      summary: {
        en: "Provide a secure environment covering the whole development lifecycle.",
        fr: "Fournir un environnement s\xE9curis\xE9 couvrant tout le cycle de d\xE9veloppement."
      },
      automation: "manual",
      automationReason: {
        en: "Development tooling security is assessed outside the production cloud configuration.",
        fr: "La s\xE9curit\xE9 de l'outillage de d\xE9veloppement s'\xE9value hors de la configuration cloud de production."
      }
    },
    {
      id: "CLD-52",
      title: "D\xE9veloppement externalis\xE9",
      summary: {
        en: "Supervise and control outsourced software development.",
        fr: "Superviser et contr\xF4ler le d\xE9veloppement logiciel sous-trait\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Supplier oversight is organisational.",
        fr: "Le suivi des fournisseurs est organisationnel."
      }
    },
    {
      id: "CLD-53",
      title: "Test de la s\xE9curit\xE9 et conformit\xE9 du syst\xE8me",
      summary: {
        en: "Put new or updated systems through compliance testing.",
        fr: "Soumettre les syst\xE8mes nouveaux ou modifi\xE9s \xE0 des tests de conformit\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Test campaigns and their results need an attestation; a scan like this one is only one input.",
        fr: "Les campagnes de tests et leurs r\xE9sultats demandent une attestation ; un scan comme celui-ci n'en est qu'un \xE9l\xE9ment."
      }
    },
    {
      id: "CLD-54",
      title: "Protection des donn\xE9es de test",
      summary: {
        en: "Protect test data integrity, and use production data for tests only with approval and after anonymisation.",
        fr: "Prot\xE9ger l'int\xE9grit\xE9 des donn\xE9es de test et n'utiliser des donn\xE9es de production qu'avec accord et apr\xE8s anonymisation."
      },
      automation: "manual",
      automationReason: {
        en: "Data provenance and anonymisation cannot be read from configuration.",
        fr: "L'origine des donn\xE9es et leur anonymisation ne se lisent pas dans la configuration."
      }
    }
  ]),
  ...group("CLD", "2.12 Relation avec les tiers", [
    {
      id: "CLD-55",
      title: "Identification des tiers",
      summary: {
        en: "Keep a complete list of third parties involved in the service and their role, including sub-subcontractors.",
        fr: "Tenir une liste compl\xE8te des tiers intervenant sur le service et de leur r\xF4le, sous-traitance en cascade comprise."
      },
      automation: "manual",
      automationReason: {
        en: "Supplier lists are contractual records.",
        fr: "Les listes de fournisseurs sont des \xE9l\xE9ments contractuels."
      }
    },
    {
      id: "CLD-56",
      title: "La s\xE9curit\xE9 dans les accords conclus avec les tiers",
      summary: {
        en: "Flow down an equivalent security level to third parties through their contracts.",
        fr: "Imposer contractuellement aux tiers un niveau de s\xE9curit\xE9 \xE9quivalent."
      },
      automation: "manual",
      automationReason: {
        en: "Contract clauses are legal documents.",
        fr: "Les clauses contractuelles sont des documents juridiques."
      }
    },
    {
      id: "CLD-57",
      title: "Surveillance et revue des services des tiers",
      summary: {
        en: "Regularly check the security measures of third parties.",
        fr: "V\xE9rifier r\xE9guli\xE8rement les mesures de s\xE9curit\xE9 des tiers."
      },
      automation: "manual",
      automationReason: {
        en: "Supplier reviews are organisational.",
        fr: "Les revues de fournisseurs sont organisationnelles."
      }
    },
    {
      id: "CLD-58",
      title: "Gestion des changements apport\xE9s dans les services des tiers",
      summary: {
        en: "Track third-party changes affecting security, warn France Travail and restore the prior security level.",
        fr: "Suivre les changements des tiers touchant la s\xE9curit\xE9, pr\xE9venir France Travail et r\xE9tablir le niveau ant\xE9rieur."
      },
      automation: "manual",
      automationReason: {
        en: "Supplier change tracking is procedural.",
        fr: "Le suivi des changements fournisseurs est proc\xE9dural."
      }
    },
    {
      id: "CLD-59",
      title: "Engagements de confidentialit\xE9",
      summary: {
        en: "Review confidentiality and non-disclosure commitments with third parties at least yearly.",
        fr: "Revoir au moins chaque ann\xE9e les engagements de confidentialit\xE9 avec les tiers."
      },
      automation: "manual",
      automationReason: {
        en: "NDAs and their review are contractual.",
        fr: "Les accords de confidentialit\xE9 et leur revue sont contractuels."
      }
    }
  ]),
  ...group("CLD", "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9", [
    {
      id: "CLD-60",
      title: "Responsabilit\xE9s et proc\xE9dures",
      summary: {
        en: "Have a fast incident-response procedure known to staff and third parties.",
        fr: "Disposer d'une proc\xE9dure de r\xE9ponse rapide aux incidents connue du personnel et des tiers."
      },
      automation: "manual",
      automationReason: {
        en: "Incident procedures are organisational.",
        fr: "Les proc\xE9dures d'incident sont organisationnelles."
      }
    },
    {
      id: "CLD-61",
      title: "Signalements li\xE9s \xE0 la s\xE9curit\xE9 de l'information",
      summary: {
        en: "Make staff and suppliers report incidents and flaws, and notify France Travail within 24 hours and authorities as required.",
        fr: "Faire remonter incidents et failles par personnel et fournisseurs, pr\xE9venir France Travail sous 24 heures et les autorit\xE9s si requis."
      },
      automation: "manual",
      automationReason: {
        en: "Reporting duties and deadlines are process evidence.",
        fr: "Les obligations et d\xE9lais de signalement rel\xE8vent du processus."
      }
    },
    {
      id: "CLD-62",
      title: "Appr\xE9ciation des \xE9v\xE9nements li\xE9s \xE0 la s\xE9curit\xE9 de l'information et prise de d\xE9cision",
      summary: {
        en: "Triage security events into incidents using scales shared with France Travail.",
        fr: "Qualifier les \xE9v\xE9nements de s\xE9curit\xE9 en incidents selon des \xE9chelles partag\xE9es avec France Travail."
      },
      automation: "manual",
      automationReason: {
        en: "Event triage is a human decision process.",
        fr: "La qualification des \xE9v\xE9nements est une d\xE9cision humaine."
      }
    },
    {
      id: "CLD-63",
      title: "R\xE9ponse aux incidents li\xE9s \xE0 la s\xE9curit\xE9 de l'information",
      summary: {
        en: "Handle incidents to closure, keep France Travail informed and archive incident records.",
        fr: "Traiter les incidents jusqu'\xE0 leur cl\xF4ture, tenir France Travail inform\xE9 et archiver les dossiers."
      },
      automation: "manual",
      automationReason: {
        en: "Incident handling is organisational.",
        fr: "Le traitement des incidents est organisationnel."
      }
    },
    {
      id: "CLD-64",
      title: "Tirer des enseignements des incidents li\xE9s \xE0 la s\xE9curit\xE9 de l'information",
      summary: {
        en: "Learn from past incidents to cut their recurrence and impact.",
        fr: "Tirer parti des incidents pass\xE9s pour en r\xE9duire la r\xE9p\xE9tition et l'impact."
      },
      automation: "manual",
      automationReason: {
        en: "Continuous improvement is a management process.",
        fr: "L'am\xE9lioration continue est un processus de management."
      }
    },
    {
      id: "CLD-65",
      title: "Recueil de preuves",
      summary: {
        en: "Record incident information so it can serve as evidence.",
        fr: "Consigner les informations d'incident pour qu'elles puissent servir de preuve."
      },
      automation: "manual",
      automationReason: {
        en: "Evidence collection is a forensic procedure.",
        fr: "Le recueil de preuves est une proc\xE9dure d'investigation."
      }
    },
    {
      id: "CLD-66",
      title: "Organisation de la continuit\xE9 d'activit\xE9",
      summary: {
        en: "Maintain a business continuity plan covering security, reviewed yearly and after major changes.",
        fr: "Tenir un plan de continuit\xE9 int\xE9grant la s\xE9curit\xE9, revu chaque ann\xE9e et apr\xE8s tout changement majeur."
      },
      automation: "manual",
      automationReason: {
        en: "The continuity plan is a document.",
        fr: "Le plan de continuit\xE9 est un document."
      }
    },
    {
      id: "CLD-67",
      title: "Mise en \u0153uvre de la continuit\xE9 d'activit\xE9",
      summary: {
        en: "Have procedures to keep or bring back the service and its data within the committed levels and times.",
        fr: "Pr\xE9voir de quoi maintenir ou r\xE9tablir le service et ses donn\xE9es dans les niveaux et d\xE9lais promis."
      },
      automation: "partial",
      automationReason: {
        en: "Redundancy and disaster-recovery replication are visible in configuration; recovery procedures are organisational.",
        fr: "La redondance et la r\xE9plication de secours se voient dans la configuration ; les proc\xE9dures de reprise sont organisationnelles."
      }
    },
    {
      id: "CLD-68",
      title: "V\xE9rifier, revoir et \xE9valuer la continuit\xE9 d'activit\xE9",
      summary: {
        en: "Exercise the continuity plan to prove it works in a crisis.",
        fr: "Exercer le plan de continuit\xE9 pour prouver son efficacit\xE9 en crise."
      },
      automation: "manual",
      automationReason: {
        en: "Continuity exercises are events with reports, not settings.",
        fr: "Les exercices de continuit\xE9 sont des \xE9v\xE9nements avec comptes rendus, pas des param\xE8tres."
      }
    },
    {
      id: "CLD-69",
      title: "Disponibilit\xE9 des moyens de traitement de l'information",
      summary: {
        en: "Take the measures needed to meet France Travail's availability requirement.",
        fr: "Prendre les mesures n\xE9cessaires pour tenir le niveau de disponibilit\xE9 exig\xE9 par France Travail."
      },
      automation: "partial",
      automationReason: {
        en: "Multi-zone deployment, autoscaling and health checks are checkable; the agreed availability target needs the contract.",
        fr: "D\xE9ploiement multi-zones, mise \xE0 l'\xE9chelle et sondes de sant\xE9 sont v\xE9rifiables ; la cible de disponibilit\xE9 demande le contrat."
      }
    }
  ]),
  ...group("CLD", "2.14 Conformit\xE9", [
    {
      id: "CLD-70",
      title: "Identification de la l\xE9gislation et des exigences contractuelles applicables",
      summary: {
        en: "List the legal, regulatory and contractual requirements that apply and have procedures to meet them.",
        fr: "Recenser les exigences l\xE9gales, r\xE9glementaires et contractuelles applicables et se doter de proc\xE9dures pour les respecter."
      },
      automation: "manual",
      automationReason: {
        en: "Legal analysis is organisational.",
        fr: "L'analyse juridique est organisationnelle."
      }
    },
    {
      id: "CLD-71",
      title: "Revue ind\xE9pendante de la s\xE9curit\xE9 de l'information",
      summary: {
        en: "Run an audit programme whose scope and frequency follow changes, policies and risks.",
        fr: "Conduire un programme d'audit dont p\xE9rim\xE8tre et fr\xE9quence suivent changements, politiques et risques."
      },
      automation: "manual",
      automationReason: {
        en: "Audit programmes are governance evidence.",
        fr: "Les programmes d'audit sont des preuves de gouvernance."
      }
    },
    {
      id: "CLD-72",
      title: "Conformit\xE9 avec les politiques et les normes de s\xE9curit\xE9",
      summary: {
        en: "Have the security officer regularly verify that security procedures are correctly applied.",
        fr: "Faire v\xE9rifier r\xE9guli\xE8rement par le responsable s\xE9curit\xE9 la bonne application des proc\xE9dures de s\xE9curit\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Internal compliance checks are organisational; scan reports can support them.",
        fr: "Les contr\xF4les internes de conformit\xE9 sont organisationnels ; les rapports de scan peuvent les \xE9tayer."
      }
    }
  ]),
  ...group("CLD", "2.15 Exigences suppl\xE9mentaires", [
    {
      id: "CLD-73",
      title: "R\xE9versibilit\xE9",
      summary: {
        en: "Let France Travail retrieve all its data through documented file formats or documented APIs.",
        fr: "Permettre \xE0 France Travail de r\xE9cup\xE9rer toutes ses donn\xE9es via des formats de fichiers ou des API document\xE9s."
      },
      automation: "manual",
      automationReason: {
        en: "Export formats and reversibility terms are contractual and application-level.",
        fr: "Formats d'export et modalit\xE9s de r\xE9versibilit\xE9 sont contractuels et applicatifs."
      }
    },
    {
      id: "CLD-74",
      title: "Localisation des donn\xE9es personnelles",
      summary: {
        en: "Disclose where data is stored and processed, and keep personal data and its administration in the EU or adequacy countries.",
        fr: "D\xE9clarer o\xF9 les donn\xE9es sont stock\xE9es et trait\xE9es, et garder les donn\xE9es personnelles et leur administration dans l'UE ou un pays ad\xE9quat."
      },
      automation: "partial",
      automationReason: {
        en: "Resource regions are checkable; where admins and supervision operate from needs an attestation.",
        fr: "Les r\xE9gions des ressources sont v\xE9rifiables ; le lieu d'o\xF9 op\xE8rent administration et supervision demande une attestation."
      }
    },
    {
      id: "CLD-75",
      title: "Questionnaire s\xE9curit\xE9 sur l'externalisation des donn\xE9es PE",
      summary: {
        en: "Return the completed data-outsourcing security questionnaire to France Travail's CISO.",
        fr: "Remettre au RSSI de France Travail le questionnaire s\xE9curit\xE9 sur l'externalisation des donn\xE9es, compl\xE9t\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "A questionnaire is a tender deliverable.",
        fr: "Un questionnaire est un livrable d'appel d'offres."
      }
    },
    {
      id: "CLD-76",
      title: "Fin de contrat et/ou de partenariat",
      summary: {
        en: "At contract end, securely erase all France Travail data (overwrite, key destruction or recycling) and remove related technical data.",
        fr: "En fin de contrat, effacer de fa\xE7on s\xFBre toutes les donn\xE9es de France Travail (r\xE9\xE9criture, destruction des cl\xE9s, recyclage) et ses donn\xE9es techniques."
      },
      automation: "manual",
      automationReason: {
        en: "End-of-contract erasure is a one-off event attested by a certificate.",
        fr: "L'effacement de fin de contrat est un \xE9v\xE9nement ponctuel attest\xE9 par un certificat."
      }
    }
  ])
];
var CL = [
  ...group("CL", "2.1 Mesures g\xE9n\xE9rales de protection du syst\xE8me d'information et des donn\xE9es", [
    {
      id: "CL-1",
      title: "G\xE9n\xE9ral \u2013 Engagements de s\xE9curit\xE9 g\xE9n\xE9rale",
      summary: {
        en: "Commit to protect the confidentiality, integrity, availability and traceability of France Travail's information and share the related policies.",
        fr: "S'engager \xE0 prot\xE9ger confidentialit\xE9, int\xE9grit\xE9, disponibilit\xE9 et tra\xE7abilit\xE9 des informations de France Travail et partager les politiques associ\xE9es."
      },
      automation: "manual",
      automationReason: {
        en: "A general commitment is contractual.",
        fr: "Un engagement g\xE9n\xE9ral est contractuel."
      }
    },
    {
      id: "CL-2",
      title: "G\xE9n\xE9ral \u2013 Propri\xE9t\xE9 des informations et d\xE9tournement de finalit\xE9",
      summary: {
        en: "France Travail keeps ownership of its information, which may not be passed on or used beyond the agreed purposes.",
        fr: "France Travail reste propri\xE9taire de ses informations, qui ne peuvent \xEAtre c\xE9d\xE9es ni servir \xE0 d'autres fins que celles pr\xE9vues."
      },
      automation: "manual",
      automationReason: {
        en: "Ownership and purpose limitation are legal terms.",
        fr: "Propri\xE9t\xE9 et limitation des finalit\xE9s sont des clauses juridiques."
      }
    },
    {
      id: "CL-3",
      title: "G\xE9n\xE9ral \u2013 Engagement de confidentialit\xE9 du Partenaire",
      summary: {
        en: "Use France Travail's information only for the service, disclose nothing without written consent, and bind staff to the same duty.",
        fr: "N'utiliser les informations de France Travail que pour la prestation, ne rien divulguer sans accord \xE9crit et y astreindre le personnel."
      },
      automation: "manual",
      automationReason: {
        en: "Confidentiality undertakings are contractual.",
        fr: "Les engagements de confidentialit\xE9 sont contractuels."
      }
    }
  ]),
  ...group("CL", "2.2 Confidentialit\xE9 des informations", [
    {
      id: "CL-4",
      title: "Confidentialit\xE9 \u2013 D\xE9finition",
      summary: {
        en: "Treat all exchanged France Travail information, on any medium, as confidential unless told otherwise.",
        fr: "Consid\xE9rer comme confidentielle toute information de France Travail \xE9chang\xE9e, quel que soit son support, sauf indication contraire."
      },
      automation: "manual",
      automationReason: {
        en: "A definition of scope sets no technical setting.",
        fr: "Une d\xE9finition de p\xE9rim\xE8tre n'impose aucun param\xE8tre technique."
      }
    },
    {
      id: "CL-5",
      title: "Confidentialit\xE9 \u2013 Clause de confidentialit\xE9",
      summary: {
        en: "Process confidential data only as agreed and share it only with staff who need it and are bound by confidentiality.",
        fr: "Ne traiter les donn\xE9es confidentielles que comme convenu et ne les partager qu'avec le personnel concern\xE9 et tenu au secret."
      },
      automation: "manual",
      automationReason: {
        en: "Need-to-know commitments are contractual.",
        fr: "Les engagements de besoin d'en conna\xEEtre sont contractuels."
      }
    },
    {
      id: "CL-6",
      title: "Confidentialit\xE9 \u2013 Dur\xE9e de la clause",
      summary: {
        en: "Confidentiality obligations start at signature and never expire.",
        fr: "Les obligations de confidentialit\xE9 courent d\xE8s la signature et sans limite de dur\xE9e."
      },
      automation: "manual",
      automationReason: {
        en: "Clause duration is a legal term.",
        fr: "La dur\xE9e de la clause est un terme juridique."
      }
    }
  ]),
  ...group("CL", "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels", [
    {
      id: "CL-7",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 S\xE9curit\xE9 physique",
      summary: {
        en: "Ensure the hosting site has adequate physical, power and cooling protection, notably against theft.",
        fr: "S'assurer que le site d'h\xE9bergement est prot\xE9g\xE9 physiquement, \xE9lectriquement et thermiquement, notamment contre le vol."
      },
      automation: "inherited",
      automationReason: {
        en: "Physical site security is the cloud provider's, evidenced by its certifications.",
        fr: "La s\xE9curit\xE9 physique du site rel\xE8ve du fournisseur cloud, prouv\xE9e par ses certifications."
      }
    },
    {
      id: "CL-8",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 H\xE9bergement d'informations confidentielles",
      summary: {
        en: "Keep France Travail's confidential data isolated from other parties' data and store it encrypted.",
        fr: "Isoler les donn\xE9es confidentielles de France Travail des donn\xE9es des autres parties et les stocker chiffr\xE9es."
      },
      automation: "partial",
      automationReason: {
        en: "Encryption at rest is checkable on every store; isolation from other tenants is only partly visible.",
        fr: "Le chiffrement au repos est v\xE9rifiable sur chaque stockage ; l'isolation vis-\xE0-vis des autres tiers n'est que partiellement visible."
      }
    },
    {
      id: "CL-9",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 Gestion de la capacit\xE9",
      summary: {
        en: "Monitor resource usage proactively and warn France Travail of upcoming capacity problems.",
        fr: "Surveiller de fa\xE7on proactive l'usage des ressources et avertir France Travail des probl\xE8mes de capacit\xE9 \xE0 venir."
      },
      automation: "partial",
      automationReason: {
        en: "Usage metrics, alarms and autoscaling are checkable; warning France Travail is organisational.",
        fr: "M\xE9triques, alarmes et mise \xE0 l'\xE9chelle sont v\xE9rifiables ; l'information de France Travail est organisationnelle."
      }
    },
    {
      id: "CL-10",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 Gestion des vuln\xE9rabilit\xE9s",
      summary: {
        en: "Protect resources against malware and keep them patched, with antivirus updates, patch handling, malware reporting and filtering on exchanges.",
        fr: "Prot\xE9ger les ressources contre les malwares et les maintenir \xE0 jour : signatures, correctifs, remont\xE9e des d\xE9tections et filtrage des \xE9changes."
      },
      automation: "partial",
      automationReason: {
        en: "Patch-management and malware or vulnerability scanning services are checkable; procedures and alert forwarding are organisational.",
        fr: "Les services de correctifs et d'analyse antimalware ou de vuln\xE9rabilit\xE9s sont v\xE9rifiables ; proc\xE9dures et remont\xE9e d'alertes sont organisationnelles."
      }
    },
    {
      id: "CL-11",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 Gestion des incidents",
      summary: {
        en: "Run a shared incident process with leak countermeasures and notify the France Travail CISO at once of serious incidents.",
        fr: "Avoir un processus d'incident partag\xE9 incluant la lutte contre les fuites et alerter sans d\xE9lai le RSSI de France Travail des incidents graves."
      },
      automation: "manual",
      automationReason: {
        en: "Incident management is organisational.",
        fr: "La gestion des incidents est organisationnelle."
      }
    },
    {
      id: "CL-12",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 Gestion des changements",
      summary: {
        en: "Plan changes in agreed windows, inform France Travail, document them with a rollback plan, and get CISO approval for security-relevant ones.",
        fr: "Planifier les changements dans des cr\xE9neaux convenus, informer France Travail, pr\xE9voir un retour arri\xE8re et obtenir l'accord du RSSI si la s\xE9curit\xE9 est touch\xE9e."
      },
      automation: "manual",
      automationReason: {
        en: "Change scheduling and approval are procedural.",
        fr: "La planification et la validation des changements sont proc\xE9durales."
      }
    },
    {
      id: "CL-13",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 Existence de sauvegarde",
      summary: {
        en: "Back up France Travail's data so that service and data can be restored after an incident.",
        fr: "Sauvegarder les donn\xE9es de France Travail pour pouvoir restaurer service et donn\xE9es apr\xE8s un incident."
      },
      automation: "partial",
      automationReason: {
        en: "Backup configuration is checkable; the ability to restore needs tested evidence.",
        fr: "La configuration des sauvegardes est v\xE9rifiable ; la capacit\xE9 de restauration demande des tests prouv\xE9s."
      }
    },
    {
      id: "CL-14",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 S\xE9curit\xE9 des sauvegardes de donn\xE9es confidentielles",
      summary: {
        en: "Back up confidential data only in an approved way, protect copies like originals, agree on their return or destruction, and inventory removable media.",
        fr: "Sauvegarder les donn\xE9es confidentielles selon un mode agr\xE9\xE9, prot\xE9ger les copies comme les originaux, convenir de leur sort et inventorier les supports."
      },
      automation: "partial",
      automationReason: {
        en: "Backup encryption and access restrictions are checkable; approvals, restitution terms and media inventories are organisational.",
        fr: "Chiffrement et restriction d'acc\xE8s des sauvegardes sont v\xE9rifiables ; agr\xE9ments, restitution et inventaires sont organisationnels."
      }
    }
  ]),
  ...group("CL", "2.4 Acc\xE8s logique", [
    {
      id: "CL-15",
      title: "Acc\xE8s logique \u2013 Donn\xE9es confidentielles",
      summary: {
        en: "Authorise and authenticate every access to confidential data, with strong personal passwords and read/write/execute separation.",
        fr: "Autoriser et authentifier tout acc\xE8s aux donn\xE9es confidentielles, avec des mots de passe personnels robustes et des droits distincts par type d'acc\xE8s."
      },
      automation: "partial",
      automationReason: {
        en: "Password policies and public or anonymous access on data stores are checkable; prior approval by France Travail is organisational.",
        fr: "Politiques de mot de passe et acc\xE8s publics ou anonymes aux stockages sont v\xE9rifiables ; l'accord pr\xE9alable de France Travail est organisationnel."
      }
    },
    {
      id: "CL-16",
      title: "Acc\xE8s logique \u2013 Donn\xE9es non confidentielles",
      summary: {
        en: "Non-confidential data may be open without login but still needs prior consent from France Travail.",
        fr: "Les donn\xE9es non confidentielles peuvent \xEAtre ouvertes sans authentification mais demandent l'accord pr\xE9alable de France Travail."
      },
      automation: "manual",
      automationReason: {
        en: "Consent is a business decision, not a setting.",
        fr: "L'accord est une d\xE9cision m\xE9tier, pas un param\xE8tre."
      }
    },
    {
      id: "CL-17",
      title: "Acc\xE8s logique \u2013 Cas d'une communication application \xE0 application (acc\xE8s \xE0 des services internes)",
      summary: {
        en: "Application-to-application access to internal services goes through France Travail's secured infrastructure with strong authentication.",
        fr: "Les \xE9changes d'application \xE0 application vers les services internes passent par l'infrastructure s\xE9curis\xE9e de France Travail avec authentification forte."
      },
      automation: "manual",
      automationReason: {
        en: "The integration is defined case by case on France Travail's side.",
        fr: "L'int\xE9gration est d\xE9finie au cas par cas c\xF4t\xE9 France Travail."
      }
    }
  ]),
  ...group("CL", "2.5 Surveillance et auditabilit\xE9 de la nature et de l'origine des acc\xE8s", [
    {
      id: "CL-18",
      title: "Auditabilit\xE9 \u2013 Tra\xE7abilit\xE9 sur le transfert des donn\xE9es",
      summary: {
        en: "Keep usable, timestamped traces of receipt and use of transferred data for six months and supply them on request.",
        fr: "Garder six mois des traces horodat\xE9es et exploitables de la r\xE9ception et de l'usage des donn\xE9es transmises, \xE0 fournir sur demande."
      },
      automation: "partial",
      automationReason: {
        en: "Log retention is checkable; the content of application traces and their hand-over are not.",
        fr: "La r\xE9tention des journaux est v\xE9rifiable ; le contenu des traces applicatives et leur remise ne le sont pas."
      }
    },
    {
      id: "CL-19",
      title: "Auditabilit\xE9 \u2013 Tra\xE7abilit\xE9 de la nature et de l'origine des acc\xE8s pour des donn\xE9es confidentielles",
      summary: {
        en: "For confidential data, keep usable, timestamped action logs for one year so access origin and changes can be proven.",
        fr: "Pour les donn\xE9es confidentielles, garder un an des journaux d'actions horodat\xE9s et exploitables prouvant l'origine des acc\xE8s et modifications."
      },
      automation: "partial",
      automationReason: {
        en: "Audit and data-access logging and one-year retention are checkable; log content and hand-over need evidence.",
        fr: "La journalisation des acc\xE8s et sa r\xE9tention d'un an sont v\xE9rifiables ; le contenu des traces et leur remise demandent des preuves."
      }
    },
    {
      id: "CL-20",
      title: "Auditabilit\xE9 \u2013 Audit et contr\xF4le du Partenaire",
      summary: {
        en: "Monitor risk control and compliance continuously, review periodically, and allow France Travail to audit after an incident or alert.",
        fr: "Suivre en continu la ma\xEEtrise des risques et la conformit\xE9, faire des revues p\xE9riodiques et accepter un audit de France Travail apr\xE8s incident ou alerte."
      },
      automation: "manual",
      automationReason: {
        en: "Audit rights and reviews are contractual and organisational.",
        fr: "Droits d'audit et revues sont contractuels et organisationnels."
      }
    }
  ]),
  ...group("CL", "2.6 Politique d'\xE9change de donn\xE9es avec le partenaire", [
    {
      id: "CL-21",
      title: "Interconnexion \u2013 Clause g\xE9n\xE9rale",
      summary: {
        en: "Match the interconnection to data sensitivity, use at least a secure protocol such as TLS, and agree a documented flow matrix.",
        fr: "Adapter l'interconnexion \xE0 la sensibilit\xE9 des donn\xE9es, utiliser au minimum un protocole s\xE9curis\xE9 type TLS et valider une matrice de flux."
      },
      automation: "partial",
      automationReason: {
        en: "TLS-only endpoints and VPN links are checkable; the agreed flow matrix is a document.",
        fr: "Les points d'acc\xE8s TLS et liaisons VPN sont v\xE9rifiables ; la matrice de flux valid\xE9e est un document."
      }
    },
    {
      id: "CL-22",
      title: "Interconnexion \u2013 Acc\xE8s aux applications internes de France Travail",
      summary: {
        en: "Reach France Travail's internal applications only through its designated security gateway.",
        fr: "N'acc\xE9der aux applications internes de France Travail que par sa passerelle de s\xE9curit\xE9 d\xE9sign\xE9e."
      },
      automation: "manual",
      automationReason: {
        en: "The gateway sits on France Travail's side, outside the partner's configuration.",
        fr: "La passerelle est c\xF4t\xE9 France Travail, hors de la configuration du partenaire."
      }
    },
    {
      id: "CL-23",
      title: "Interconnexion \u2013 Organisme de la sph\xE8re sociale",
      summary: {
        en: "Social-sector bodies must follow the INTEROPS technical exchange agreement.",
        fr: "Les organismes de la sph\xE8re sociale doivent suivre la convention d'\xE9change technique INTEROPS."
      },
      automation: "manual",
      automationReason: {
        en: "Applicability and conformance to INTEROPS are assessed outside cloud configuration.",
        fr: "L'applicabilit\xE9 et le respect d'INTEROPS s'\xE9valuent hors configuration cloud."
      }
    },
    {
      id: "CL-24",
      title: "Disponibilit\xE9 \u2013 Continuit\xE9 d'activit\xE9",
      summary: {
        en: "Keep partnership activities running after a major disaster, share the recovery plan and test it and the backups regularly.",
        fr: "Assurer la continuit\xE9 des activit\xE9s du partenariat apr\xE8s un sinistre majeur, pr\xE9senter le plan de secours et le tester avec les sauvegardes."
      },
      automation: "manual",
      automationReason: {
        en: "The recovery plan and its test results are documents.",
        fr: "Le plan de secours et ses r\xE9sultats de tests sont des documents."
      }
    }
  ]),
  ...group("CL", "2.7 Respect des dispositions \xAB Informatique et libert\xE9s \xBB", [
    {
      id: "CL-25",
      title: "CNIL \u2013 Respect de la l\xE9gislation en vigueur relative \xE0 la protection des donn\xE9es personnelles",
      summary: {
        en: "Process personal data lawfully, in particular securely and confidentially, with the GDPR in mind.",
        fr: "Traiter les donn\xE9es personnelles conform\xE9ment au droit, notamment en s\xE9curit\xE9 et confidentialit\xE9, RGPD compris."
      },
      automation: "manual",
      automationReason: {
        en: "Legal compliance needs a legal assessment.",
        fr: "La conformit\xE9 juridique demande une analyse juridique."
      }
    },
    {
      id: "CL-26",
      title: "Remont\xE9e des plaintes et des failles de s\xE9curit\xE9",
      summary: {
        en: "Report security breaches and data-subject complaints to France Travail within 36 hours at most.",
        fr: "Signaler \xE0 France Travail les failles de s\xE9curit\xE9 et plaintes des personnes concern\xE9es sous 36 heures au plus."
      },
      automation: "manual",
      automationReason: {
        en: "Notification deadlines are procedural.",
        fr: "Les d\xE9lais de notification sont proc\xE9duraux."
      }
    },
    {
      id: "CL-27",
      title: "Localisation des donn\xE9es",
      summary: {
        en: "Host, process and route data only in France for public archives, otherwise personal data only in the EU or adequacy countries.",
        fr: "H\xE9berger, traiter et faire transiter les donn\xE9es en France pour les archives publiques, sinon dans l'UE ou un pays ad\xE9quat."
      },
      automation: "partial",
      automationReason: {
        en: "Resource regions are checkable; whether data are public archives and where traffic transits need a declaration.",
        fr: "Les r\xE9gions des ressources sont v\xE9rifiables ; le statut d'archives publiques et le transit des flux demandent une d\xE9claration."
      }
    }
  ]),
  ...group("CL", "2.8 Gouvernance du partenariat", [
    {
      id: "CL-28",
      title: "Gouvernance \u2013 Communication des informations relatives \xE0 la sous-traitance",
      summary: {
        en: "Disclose subcontractors, data recipients and hosting locations, and pass the EU/adequacy location duty on to subcontractors.",
        fr: "D\xE9clarer sous-traitants, destinataires et lieux d'h\xE9bergement, et r\xE9percuter aux sous-traitants l'obligation de localisation UE ou pays ad\xE9quat."
      },
      automation: "partial",
      automationReason: {
        en: "Hosting regions used by cloud subcontractors are checkable; disclosure and contract flow-down are organisational.",
        fr: "Les r\xE9gions d'h\xE9bergement des sous-traitants cloud sont v\xE9rifiables ; la d\xE9claration et les clauses de r\xE9percussion sont organisationnelles."
      }
    },
    {
      id: "CL-29",
      title: "Gouvernance \u2013 Interlocuteur s\xE9curit\xE9",
      summary: {
        en: "Name a security contact, with optional joint security committees and indicators.",
        fr: "D\xE9signer un correspondant s\xE9curit\xE9, avec possibles comit\xE9s de suivi et indicateurs communs."
      },
      automation: "manual",
      automationReason: {
        en: "Contacts and committees are organisational.",
        fr: "Correspondants et comit\xE9s sont organisationnels."
      }
    },
    {
      id: "CL-30",
      title: "Gouvernance \u2013 Gestion de fin du partenariat",
      summary: {
        en: "At the end, return everything received, certify in writing that nothing was kept, and stop using it.",
        fr: "\xC0 la fin, restituer tout ce qui a \xE9t\xE9 remis, certifier par \xE9crit n'avoir rien conserv\xE9 et cesser tout usage."
      },
      automation: "manual",
      automationReason: {
        en: "Restitution and its certificate are contractual events.",
        fr: "La restitution et son certificat sont des \xE9v\xE9nements contractuels."
      }
    }
  ])
];
var CATALOG = Object.freeze([...CLD, ...CL]);

export {
  CATALOG
};
