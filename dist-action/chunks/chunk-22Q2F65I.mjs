import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));

// src/catalog/catalog.json
var catalog_default = {
  $schema: "../../schemas/catalog.schema.json",
  rulebooks: [
    {
      id: "CLD",
      title: "H\xE9bergement de Services en ligne ou Cloud",
      document: "FT_SSI-REG-TST_H\xE9bergement Services en Ligne ou Cloud",
      version: "1.2"
    },
    {
      id: "CL",
      title: "R\xE8gles de s\xE9curit\xE9 applicables aux partenaires",
      document: "R\xE8gles de s\xE9curit\xE9 et de confidentialit\xE9 \u2014 \xE0 ins\xE9rer au contrat",
      version: null
    }
  ],
  rules: [
    {
      id: "CLD-01",
      rulebook: "CLD",
      section: "2.1 Politique de s\xE9curit\xE9 de l'information et gestion du risque",
      title: "Guide d'hygi\xE8ne de l'ANSSI",
      summary: {
        en: "Apply the ANSSI IT hygiene guide's measures to the hosted service.",
        fr: "Appliquer au service h\xE9berg\xE9 les mesures du guide d'hygi\xE8ne informatique de l'ANSSI."
      },
      automation: "manual",
      automationReason: {
        en: "The guide has dozens of measures; some meet cldscan's checks (MFA, exposure, encryption, logs), whose results feed the self-assessment, but the rule is met by assessing the service against the whole guide.",
        fr: "Le guide compte des dizaines de mesures ; certaines rejoignent les contr\xF4les de cldscan (MFA, exposition, chiffrement, journaux), dont les r\xE9sultats nourrissent l'auto-\xE9valuation, mais la r\xE8gle se satisfait en \xE9valuant le service au regard du guide entier."
      }
    },
    {
      id: "CLD-02",
      rulebook: "CLD",
      section: "2.1 Politique de s\xE9curit\xE9 de l'information et gestion du risque",
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
      rulebook: "CLD",
      section: "2.1 Politique de s\xE9curit\xE9 de l'information et gestion du risque",
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
    },
    {
      id: "CLD-04",
      rulebook: "CLD",
      section: "2.2 Organisation de la s\xE9curit\xE9 de l'information",
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
      rulebook: "CLD",
      section: "2.2 Organisation de la s\xE9curit\xE9 de l'information",
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
      rulebook: "CLD",
      section: "2.2 Organisation de la s\xE9curit\xE9 de l'information",
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
      rulebook: "CLD",
      section: "2.2 Organisation de la s\xE9curit\xE9 de l'information",
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
    },
    {
      id: "CLD-08",
      rulebook: "CLD",
      section: "2.3 S\xE9curit\xE9 des ressources humaines",
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
      rulebook: "CLD",
      section: "2.3 S\xE9curit\xE9 des ressources humaines",
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
    },
    {
      id: "CLD-10",
      rulebook: "CLD",
      section: "2.4 Gestion des actifs",
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
      rulebook: "CLD",
      section: "2.4 Gestion des actifs",
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
      rulebook: "CLD",
      section: "2.4 Gestion des actifs",
      title: "Marquage et manipulation de l'information",
      summary: {
        en: "Have a procedure to label and handle service information according to its sensitivity.",
        fr: "Disposer d'une proc\xE9dure pour \xE9tiqueter et manipuler les informations du service selon leur sensibilit\xE9."
      },
      automation: "manual",
      automationReason: {
        en: "Classification tags on data stores could show the labelling, but no check reads them yet; the procedure and its use need an attestation.",
        fr: "Des \xE9tiquettes de classification sur les stockages pourraient montrer le marquage, mais aucun contr\xF4le ne les lit encore ; la proc\xE9dure et son application demandent une attestation."
      }
    },
    {
      id: "CLD-13",
      rulebook: "CLD",
      section: "2.4 Gestion des actifs",
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
    },
    {
      id: "CLD-14",
      rulebook: "CLD",
      section: "2.5 Contr\xF4le d'acc\xE8s et gestion des identit\xE9s",
      title: "Enregistrement et d\xE9sinscription des utilisateurs",
      summary: {
        en: "Create named accounts through a managed process and remove all access and data when a user leaves.",
        fr: "Cr\xE9er des comptes nominatifs via un processus outill\xE9 et retirer tous les acc\xE8s et donn\xE9es au d\xE9part d'un utilisateur."
      },
      automation: "manual",
      automationReason: {
        en: "Idle and long-lived credentials are reported (long-lived-credentials), which helps, but no check proves that accounts are named or that leavers lose every access: the procedure and its results need an attestation.",
        fr: "Les identifiants inactifs ou de longue dur\xE9e sont signal\xE9s (long-lived-credentials), ce qui aide, mais aucun contr\xF4le ne prouve que les comptes sont nominatifs ni que les partants perdent tout acc\xE8s : la proc\xE9dure et ses r\xE9sultats demandent une attestation."
      }
    },
    {
      id: "CLD-15",
      rulebook: "CLD",
      section: "2.5 Contr\xF4le d'acc\xE8s et gestion des identit\xE9s",
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
      rulebook: "CLD",
      section: "2.5 Contr\xF4le d'acc\xE8s et gestion des identit\xE9s",
      title: "Gestion des droits d'acc\xE8s",
      summary: {
        en: "Manage granting, changing and revoking rights, offer role separation and keep a list of administrators.",
        fr: "G\xE9rer l'octroi, la modification et le retrait des droits, offrir des r\xF4les distincts et tenir la liste des administrateurs."
      },
      automation: "manual",
      automationReason: {
        en: "The administrators seen by the scan are listed as evidence, but the rights procedure, the role separation offered and the upkeep of the list need an attestation.",
        fr: "Les administrateurs vus par l'analyse sont list\xE9s comme \xE9l\xE9ments de preuve, mais la proc\xE9dure de gestion des droits, la s\xE9paration des r\xF4les offerte et la tenue de la liste demandent une attestation."
      }
    },
    {
      id: "CLD-17",
      rulebook: "CLD",
      section: "2.5 Contr\xF4le d'acc\xE8s et gestion des identit\xE9s",
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
      rulebook: "CLD",
      section: "2.5 Contr\xF4le d'acc\xE8s et gestion des identit\xE9s",
      title: "Gestion des authentifications des utilisateurs",
      summary: {
        en: "Manage authentication formally, lock accounts after repeated failures and reach shared technical accounts only via a personal login.",
        fr: "Encadrer l'authentification, verrouiller les comptes apr\xE8s des \xE9checs r\xE9p\xE9t\xE9s et n'atteindre les comptes techniques partag\xE9s qu'apr\xE8s connexion nominative."
      },
      automation: "manual",
      automationReason: {
        en: "Account lockout and a personal login before technical accounts are set in identity providers and procedures that cldscan does not read; the MFA and password checks serve CLD-19 and CL-15.",
        fr: "Le blocage des comptes et la connexion nominative avant les comptes techniques se r\xE8glent dans des fournisseurs d'identit\xE9 et des proc\xE9dures que cldscan ne lit pas ; les contr\xF4les de MFA et de mots de passe servent CLD-19 et CL-15."
      }
    },
    {
      id: "CLD-19",
      rulebook: "CLD",
      section: "2.5 Contr\xF4le d'acc\xE8s et gestion des identit\xE9s",
      title: "Acc\xE8s aux interfaces d'administration",
      summary: {
        en: "Separate provider and customer admin tooling, keep provider admin interfaces off public networks and require two-factor authentication for admin access.",
        fr: "S\xE9parer les outils d'administration du prestataire et du client, soustraire ses interfaces d'administration aux r\xE9seaux publics et exiger une double authentification."
      },
      automation: "partial",
      automationReason: {
        en: "Public exposure and MFA enforcement of admin access are visible in configuration; directory separation needs an attestation.",
        fr: "L'exposition publique et l'exigence de MFA des acc\xE8s d'administration se voient dans la configuration ; la s\xE9paration des annuaires demande une attestation."
      },
      covers: [
        {
          text: {
            en: "Provider administrators are managed with tools and directories separate from France Travail's users; France Travail's administration interfaces are separate from the provider's and, in SaaS, from the end users' interfaces.",
            fr: "Les administrateurs du prestataire sont g\xE9r\xE9s avec des outils et annuaires s\xE9par\xE9s de ceux des utilisateurs de France Travail ; les interfaces d'administration de France Travail sont distinctes de celles du prestataire et, en SaaS, de celles des utilisateurs finaux."
          },
          attestation: true
        },
        {
          text: {
            en: "Administration and database ports, and the management endpoints of hosted resources (Kubernetes APIs, databases), are not reachable from public networks.",
            fr: "Les ports d'administration et de bases de donn\xE9es, et les points d'acc\xE8s de gestion des ressources h\xE9berg\xE9es (API Kubernetes, bases de donn\xE9es), ne sont pas joignables depuis les r\xE9seaux publics."
          },
          checks: [
            {
              check: "admin-network-exposure/ingress",
              scope: "resource"
            },
            {
              check: "admin-network-exposure/adminEndpoint",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Other administration interfaces (cloud consoles and APIs, application back offices) stay off public networks or, where France Travail reaches them publicly, authenticate before any interaction and encrypt the traffic; the provider's own resources cannot be reached through the public interface the platform offers its other customers.",
            fr: "Les autres interfaces d'administration (consoles et API cloud, back-offices applicatifs) restent hors des r\xE9seaux publics ou, quand France Travail y acc\xE8de par un r\xE9seau public, authentifient avant toute interaction et chiffrent les flux ; les ressources propres du prestataire ne sont pas joignables par l'interface publique offerte aux autres clients de la plateforme."
          },
          attestation: true
        },
        {
          text: {
            en: "People holding administrative rights on the cloud accounts sign in with a second factor.",
            fr: "Les personnes d\xE9tenant des droits d'administration sur les comptes cloud se connectent avec un second facteur."
          },
          checks: [
            {
              check: "admin-mfa/identity",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "The service's own administration interfaces, the provider's and France Travail's, require two-factor authentication.",
            fr: "Les interfaces d'administration propres au service, celles du prestataire comme celles de France Travail, exigent une authentification \xE0 deux facteurs."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-20",
      rulebook: "CLD",
      section: "2.5 Contr\xF4le d'acc\xE8s et gestion des identit\xE9s",
      title: "Restriction des acc\xE8s \xE0 l'information",
      summary: {
        en: "Isolate customers from each other, the service from the provider's other systems, and administration from the hosting infrastructure.",
        fr: "Isoler les clients entre eux, le service des autres SI du prestataire et l'administration de l'infrastructure h\xE9berg\xE9e."
      },
      automation: "partial",
      automationReason: {
        en: "Public data stores (buckets, containers open to anyone) are checkable; isolation between customers, from the provider's other systems and from administration equipment is a matter of design that the exposure and default-network checks (CLD-19, CLD-36) do not prove.",
        fr: "Les stockages publics (buckets, conteneurs ouverts \xE0 tous) sont v\xE9rifiables ; l'isolement entre clients, vis-\xE0-vis des autres syst\xE8mes du prestataire et des \xE9quipements d'administration rel\xE8ve de la conception, que les contr\xF4les d'exposition et de r\xE9seau par d\xE9faut (CLD-19, CLD-36) ne prouvent pas."
      },
      covers: [
        {
          text: {
            en: "Customers are isolated from each other, the service from the provider's other systems (office, management, building systems, physical access control), and the hosting infrastructure from the equipment that administers it.",
            fr: "Les clients sont isol\xE9s entre eux, le service des autres syst\xE8mes du prestataire (bureautique, gestion, gestion technique du b\xE2timent, contr\xF4le d'acc\xE8s physique), et l'infrastructure h\xE9berg\xE9e des \xE9quipements qui l'administrent."
          },
          attestation: true
        },
        {
          text: {
            en: "No data store of the service is open to anyone: no bucket or container readable or writable by anonymous or any authenticated user.",
            fr: "Aucun stockage de donn\xE9es du service n'est ouvert \xE0 tous : aucun bucket ni conteneur lisible ou modifiable par un utilisateur anonyme ou par tout utilisateur authentifi\xE9."
          },
          checks: [
            {
              check: "public-storage/publicAccess",
              scope: "resource"
            }
          ]
        }
      ]
    },
    {
      id: "CLD-21",
      rulebook: "CLD",
      section: "2.6 S\xE9curit\xE9 des donn\xE9es",
      title: "Chiffrement des donn\xE9es stock\xE9es",
      summary: {
        en: "Encrypt stored data with ANSSI-compliant methods so it cannot be recovered from reassigned resources or discarded media.",
        fr: "Chiffrer les donn\xE9es stock\xE9es selon les recommandations ANSSI pour emp\xEAcher leur r\xE9cup\xE9ration sur une ressource r\xE9attribu\xE9e ou un support."
      },
      automation: "partial",
      automationReason: {
        en: "Encryption at rest is an attribute of every data store; whether the algorithms meet ANSSI's rules needs a reference to the provider's documentation.",
        fr: "Le chiffrement au repos est un attribut de chaque stockage ; la conformit\xE9 des algorithmes aux r\xE8gles de l'ANSSI demande une r\xE9f\xE9rence \xE0 la documentation du fournisseur."
      },
      covers: [
        {
          text: {
            en: "Every data store of the scanned estate (object and block storage, databases, file systems, queues, caches) encrypts its data at rest.",
            fr: "Chaque stockage de donn\xE9es du p\xE9rim\xE8tre analys\xE9 (objets, blocs, bases de donn\xE9es, syst\xE8mes de fichiers, files, caches) chiffre ses donn\xE9es au repos."
          },
          checks: [
            {
              check: "encryption-at-rest/storage",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "The encryption methods (algorithms, key sizes, key handling) follow ANSSI's rules and recommendations, for instance by reference to the cloud provider's documented cryptography.",
            fr: "Les m\xE9thodes de chiffrement (algorithmes, tailles de cl\xE9s, gestion des cl\xE9s) suivent les r\xE8gles et recommandations de l'ANSSI, par exemple en renvoyant \xE0 la cryptographie document\xE9e du fournisseur cloud."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-22",
      rulebook: "CLD",
      section: "2.6 S\xE9curit\xE9 des donn\xE9es",
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
    },
    {
      id: "CLD-23",
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
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
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
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
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
      title: "S\xE9paration des environnements de d\xE9veloppement, de test et d'exploitation",
      summary: {
        en: "Keep production physically apart from development and other environments.",
        fr: "Tenir la production physiquement \xE0 part du d\xE9veloppement et des autres environnements."
      },
      automation: "partial",
      automationReason: {
        en: "Separate accounts, subscriptions, projects and networks per environment are checkable; physical separation needs provider evidence.",
        fr: "Des comptes, abonnements, projets et r\xE9seaux distincts par environnement sont v\xE9rifiables ; la s\xE9paration physique demande une preuve."
      },
      covers: [
        {
          text: {
            en: "The measures that keep production apart from development and test are documented.",
            fr: "Les mesures qui tiennent la production \xE0 part du d\xE9veloppement et des tests sont document\xE9es."
          },
          attestation: true
        },
        {
          text: {
            en: "Production and non-production resources never share an account, subscription or project (told apart by their environment tags).",
            fr: "Les ressources de production et hors production ne partagent jamais un compte, un abonnement ou un projet (distingu\xE9es par leurs \xE9tiquettes d'environnement)."
          },
          checks: [
            {
              check: "network-separation/environmentMix",
              scope: "account"
            }
          ]
        },
        {
          text: {
            en: "The physical separation the rule asks for (dedicated hosts or tenancy, or an equivalent France Travail accepts) is in place.",
            fr: "La s\xE9paration physique que demande la r\xE8gle (h\xF4tes ou h\xE9bergement d\xE9di\xE9s, ou un \xE9quivalent accept\xE9 par France Travail) est en place."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-26",
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
      title: "Sauvegarde des informations",
      summary: {
        en: "Back up data under a documented policy, protect the copies, test restores and keep backups far enough from primary sites.",
        fr: "Sauvegarder selon une politique \xE9crite, prot\xE9ger les copies, tester les restaurations et \xE9loigner les sauvegardes des sites principaux."
      },
      automation: "partial",
      automationReason: {
        en: "Backups, their retention, vault protection and where copies are kept are checked; the distance they need follows the risk analysis (one region can be enough: Paris has a single AWS region) and restore tests are organisational.",
        fr: "Sauvegardes, r\xE9tention, protection des coffres et lieu des copies sont v\xE9rifi\xE9s ; la distance requise d\xE9coule de l'analyse de risques (une r\xE9gion peut suffire : Paris n'a qu'une r\xE9gion AWS) et les tests de restauration sont organisationnels."
      },
      covers: [
        {
          text: {
            en: "A backup and restore policy for the data in the provider's charge is documented and applied.",
            fr: "Une politique de sauvegarde et de restauration des donn\xE9es dont le prestataire a la charge est document\xE9e et appliqu\xE9e."
          },
          attestation: true
        },
        {
          text: {
            en: "Data stores (databases, file systems, disks and the virtual machines holding them) have automated backups, snapshots or point-in-time recovery, kept at least the configured number of days; object stores keep previous versions of their objects (versioning or soft delete).",
            fr: "Les stockages de donn\xE9es (bases, syst\xE8mes de fichiers, disques et machines virtuelles qui les portent) ont des sauvegardes automatiques, des instantan\xE9s ou une restauration \xE0 un instant donn\xE9, gard\xE9s au moins le nombre de jours configur\xE9 ; les stockages d'objets gardent les versions pr\xE9c\xE9dentes de leurs objets (versionnage ou suppression r\xE9versible)."
          },
          checks: [
            {
              check: "backups/backup",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Backup vaults cannot be emptied before term (lock, immutability or soft delete) and are encrypted.",
            fr: "Les coffres de sauvegarde ne peuvent \xEAtre vid\xE9s avant terme (verrou, immuabilit\xE9 ou suppression r\xE9versible) et sont chiffr\xE9s."
          },
          checks: [
            {
              check: "backups/backupVault",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Restores are tested regularly, following a documented procedure.",
            fr: "Les restaurations sont test\xE9es r\xE9guli\xE8rement, selon une proc\xE9dure document\xE9e."
          },
          attestation: true
        },
        {
          text: {
            en: "Backups sit far enough from the primary equipment to survive a major disaster, at the distance the risk analysis sets.",
            fr: "Les sauvegardes sont assez \xE9loign\xE9es des \xE9quipements principaux pour r\xE9sister \xE0 un sinistre majeur, \xE0 la distance que fixe l'analyse de risques."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-27",
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
      title: "Mesures contre les codes malveillants",
      summary: {
        en: "Detect, prevent and recover from malware, and make staff aware of the risks.",
        fr: "D\xE9tecter et pr\xE9venir les logiciels malveillants, savoir s'en remettre, et sensibiliser le personnel."
      },
      automation: "partial",
      automationReason: {
        en: "Activation of cloud malware protection is checkable; awareness and recovery steps are organisational.",
        fr: "L'activation des protections anti-malware du cloud est v\xE9rifiable ; sensibilisation et restauration sont organisationnelles."
      },
      covers: [
        {
          text: {
            en: "The cloud's threat-detection service runs, with its malware protection where the service offers one (GuardDuty, Defender for Cloud plans).",
            fr: "Le service de d\xE9tection des menaces du cloud fonctionne, avec sa protection contre les logiciels malveillants l\xE0 o\xF9 il en propose une (GuardDuty, plans Defender for Cloud)."
          },
          checks: [
            {
              check: "threat-detection/detection",
              scope: "account",
              regional: [
                "aws"
              ]
            }
          ]
        },
        {
          text: {
            en: "Prevention and recovery measures against malicious code (antivirus or EDR on hosts, restoration steps) are documented and applied.",
            fr: "Les mesures de pr\xE9vention et de restauration contre les codes malveillants (antivirus ou EDR sur les h\xF4tes, \xE9tapes de restauration) sont document\xE9es et appliqu\xE9es."
          },
          attestation: true
        },
        {
          text: {
            en: "Staff are made aware of malware risks and of the habits that limit an infection.",
            fr: "Le personnel est sensibilis\xE9 aux risques des logiciels malveillants et aux habitudes qui limitent une infection."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-28",
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
      title: "Journalisation des \xE9v\xE9nements",
      summary: {
        en: "Log security-relevant events under a logging policy, keep them for at least twelve rolling months and hand them over on request.",
        fr: "Journaliser les \xE9v\xE9nements de s\xE9curit\xE9 selon une politique, les garder au moins douze mois glissants et les fournir sur demande."
      },
      automation: "partial",
      automationReason: {
        en: "Audit logging and retention periods are in configuration; the policy and hand-over are organisational.",
        fr: "La journalisation et les dur\xE9es de r\xE9tention sont dans la configuration ; la politique et la remise des journaux sont organisationnelles."
      },
      covers: [
        {
          text: {
            en: "A logging policy is documented and applied.",
            fr: "Une politique de journalisation est document\xE9e et appliqu\xE9e."
          },
          attestation: true
        },
        {
          text: {
            en: "An audit trail records the activity on the cloud accounts, rights changes included, in every region and for every service (the check also wants log file validation).",
            fr: "Une piste d'audit enregistre l'activit\xE9 sur les comptes cloud, changements de droits compris, dans toutes les r\xE9gions et pour tous les services (le contr\xF4le exige aussi la validation des fichiers journaux)."
          },
          checks: [
            {
              check: "log-retention/auditTrail",
              scope: "account"
            }
          ]
        },
        {
          text: {
            en: "The other security events are generated and collected: malware detections, exceptions, failures, application security events.",
            fr: "Les autres \xE9v\xE9nements de s\xE9curit\xE9 sont g\xE9n\xE9r\xE9s et collect\xE9s : d\xE9tections de logiciels malveillants, exceptions, d\xE9faillances, \xE9v\xE9nements de s\xE9curit\xE9 applicatifs."
          },
          attestation: true
        },
        {
          text: {
            en: "The log stores of the scanned estate keep their events at least twelve months.",
            fr: "Les stockages de journaux du p\xE9rim\xE8tre analys\xE9 gardent leurs \xE9v\xE9nements au moins douze mois."
          },
          checks: [
            {
              check: "log-retention/logStore",
              scope: "resource",
              requires: {
                minLogRetentionDays: 365
              }
            }
          ]
        },
        {
          text: {
            en: "Every event concerning France Travail is handed over on request.",
            fr: "Tout \xE9v\xE9nement concernant France Travail lui est remis sur demande."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-29",
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
      title: "Protection de l'information journalis\xE9e",
      summary: {
        en: "Protect log systems and records, size their storage for the retention goal, back them up and restrict who can read them.",
        fr: "Prot\xE9ger les syst\xE8mes et enregistrements de journaux, dimensionner leur stockage pour la r\xE9tention, les sauvegarder et en limiter l'acc\xE8s."
      },
      automation: "partial",
      automationReason: {
        en: "Log-store immutability, encryption, retention and access policies are checkable; sizing and backup policy need evidence.",
        fr: "L'immuabilit\xE9, le chiffrement, la r\xE9tention et les droits d'acc\xE8s aux journaux sont v\xE9rifiables ; dimensionnement et politique de sauvegarde demandent des preuves."
      },
      covers: [
        {
          text: {
            en: "Audit trails and the stores that keep them protect their integrity (validation, immutability) and their confidentiality (encryption).",
            fr: "Les pistes d'audit et les stockages qui les gardent prot\xE8gent leur int\xE9grit\xE9 (validation, immuabilit\xE9) et leur confidentialit\xE9 (chiffrement)."
          },
          checks: [
            {
              check: "audit-log-protection/logProtection",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Log storage is sized for the retention the logging policy sets.",
            fr: "Le stockage des journaux est dimensionn\xE9 pour la dur\xE9e de conservation que fixe la politique de journalisation."
          },
          attestation: true
        },
        {
          text: {
            en: "Collected events are backed up under a suitable policy.",
            fr: "Les \xE9v\xE9nements collect\xE9s sont sauvegard\xE9s selon une politique adapt\xE9e."
          },
          attestation: true
        },
        {
          text: {
            en: "Logging runs under accounts holding only the privileges it needs, and access to logged events is restricted.",
            fr: "La journalisation s'ex\xE9cute avec des comptes n'ayant que les privil\xE8ges n\xE9cessaires, et l'acc\xE8s aux \xE9v\xE9nements journalis\xE9s est restreint."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-30",
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
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
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
      title: "Analyse et corr\xE9lation des \xE9v\xE9nements",
      summary: {
        en: "Operate an analysis and correlation platform able to spot security events live or over the past year.",
        fr: "Exploiter une plateforme d'analyse et de corr\xE9lation capable de rep\xE9rer les \xE9v\xE9nements de s\xE9curit\xE9 en direct ou sur l'ann\xE9e \xE9coul\xE9e."
      },
      automation: "partial",
      automationReason: {
        en: "SIEM or security-hub services and log routing to them are checkable; the analysis work is organisational.",
        fr: "Les services SIEM ou de centralisation s\xE9curit\xE9 et l'acheminement des journaux sont v\xE9rifiables ; l'analyse est organisationnelle."
      },
      covers: [
        {
          text: {
            en: "A detection service analyses the activity of the cloud accounts as it happens (GuardDuty, Defender for Cloud).",
            fr: "Un service de d\xE9tection analyse l'activit\xE9 des comptes cloud au fil de l'eau (GuardDuty, Defender for Cloud)."
          },
          checks: [
            {
              check: "threat-detection/detection",
              scope: "account",
              regional: [
                "aws"
              ]
            }
          ]
        },
        {
          text: {
            en: "Networks record their traffic (flow logs), so that it can be analysed and correlated.",
            fr: "Les r\xE9seaux enregistrent leur trafic (journaux de flux), pour qu'il puisse \xEAtre analys\xE9 et corr\xE9l\xE9."
          },
          checks: [
            {
              check: "threat-detection/flowLog",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "An analysis and correlation platform (SIEM, SOC) covers the recorded events, live and over the past twelve months, and is documented.",
            fr: "Une plateforme d'analyse et de corr\xE9lation (SIEM, SOC) couvre les \xE9v\xE9nements enregistr\xE9s, en direct et sur les douze derniers mois, et elle est document\xE9e."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-32",
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
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
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
      title: "Gestion des vuln\xE9rabilit\xE9s techniques",
      summary: {
        en: "Watch for and handle technical vulnerabilities in the software and systems used.",
        fr: "Surveiller et traiter les vuln\xE9rabilit\xE9s techniques des logiciels et syst\xE8mes employ\xE9s."
      },
      automation: "partial",
      automationReason: {
        en: "Vulnerability scanning and patch-management services can be checked as enabled; the watch process is organisational.",
        fr: "L'activation des services de scan de vuln\xE9rabilit\xE9s et de gestion des correctifs est v\xE9rifiable ; la veille est organisationnelle."
      },
      covers: [
        {
          text: {
            en: "Container images and instances are scanned for known vulnerabilities (ECR scanning, Inspector, Defender, Artifact Analysis).",
            fr: "Les images de conteneurs et les instances sont analys\xE9es pour y trouver les vuln\xE9rabilit\xE9s connues (analyse ECR, Inspector, Defender, Artifact Analysis)."
          },
          checks: [
            {
              check: "vulnerability-scanning/vulnerabilityScan",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "A documented watch process follows and treats the technical vulnerabilities of every software and system in use.",
            fr: "Un processus de veille document\xE9 suit et traite les vuln\xE9rabilit\xE9s techniques de tous les logiciels et syst\xE8mes utilis\xE9s."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-34",
      rulebook: "CLD",
      section: "2.7 S\xE9curit\xE9 li\xE9e \xE0 l'exploitation",
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
    },
    {
      id: "CLD-35",
      rulebook: "CLD",
      section: "2.8 S\xE9curit\xE9 des r\xE9seaux",
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
      rulebook: "CLD",
      section: "2.8 S\xE9curit\xE9 des r\xE9seaux",
      title: "Cloisonnement des r\xE9seaux",
      summary: {
        en: "Segment network flows by sensitivity, purpose and owner, tunnel admin traffic and filter admin interfaces to an approved flow matrix.",
        fr: "Cloisonner les flux selon sensibilit\xE9, usage et propri\xE9taire, chiffrer l'administration et filtrer ses interfaces selon la matrice des flux."
      },
      automation: "partial",
      automationReason: {
        en: "Firewall rules, public exposure of admin ports and WAFs are checkable; matching the flow matrix needs the documented matrix.",
        fr: "R\xE8gles de pare-feu, exposition publique des ports d'administration et WAF sont v\xE9rifiables ; la conformit\xE9 \xE0 la matrice des flux demande celle-ci."
      },
      covers: [
        {
          text: {
            en: "Network flows are segmented by sensitivity, nature (production, administration, supervision), owner and technical domain; the service's internal flows are isolated, physically or by encryption, from any other system.",
            fr: "Les flux r\xE9seau sont cloisonn\xE9s selon leur sensibilit\xE9, leur nature (production, administration, supervision), leur propri\xE9taire et leur domaine technique ; les flux internes du service sont isol\xE9s, physiquement ou par chiffrement, de tout autre syst\xE8me."
          },
          attestation: true
        },
        {
          text: {
            en: "Workloads run in networks built for the service, not in the default network where everything created in the account lands.",
            fr: "Les charges tournent dans des r\xE9seaux construits pour le service, et non dans le r\xE9seau par d\xE9faut o\xF9 atterrit tout ce qui est cr\xE9\xE9 dans le compte."
          },
          checks: [
            {
              check: "network-separation/defaultNetwork",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Administration and database ports and management endpoints are not open to the internet (the check does not compare them with the flow matrix).",
            fr: "Les ports d'administration et de bases de donn\xE9es et les points d'acc\xE8s de gestion ne sont pas ouverts \xE0 Internet (le contr\xF4le ne les compare pas \xE0 la matrice des flux)."
          },
          checks: [
            {
              check: "admin-network-exposure/ingress",
              scope: "resource"
            },
            {
              check: "admin-network-exposure/adminEndpoint",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "The service's data stores are not reachable from outside it: no bucket or container is open to anyone on the internet.",
            fr: "Les stockages de donn\xE9es du service ne sont pas joignables depuis l'ext\xE9rieur : aucun bucket ni conteneur n'est ouvert \xE0 tous sur Internet."
          },
          checks: [
            {
              check: "public-storage/publicAccess",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Administration flows go through an encrypted tunnel where the administration network is not physically separate; a web application firewall protects France Travail's administration interfaces exposed on a public network; filtering lets through only the flows of the approved flow matrix.",
            fr: "Les flux d'administration passent par un tunnel chiffr\xE9 l\xE0 o\xF9 le r\xE9seau d'administration n'est pas physiquement s\xE9par\xE9 ; un pare-feu applicatif prot\xE8ge les interfaces d'administration de France Travail expos\xE9es sur un r\xE9seau public ; le filtrage ne laisse passer que les flux de la matrice approuv\xE9e."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-37",
      rulebook: "CLD",
      section: "2.8 S\xE9curit\xE9 des r\xE9seaux",
      title: "Surveillance des r\xE9seaux",
      summary: {
        en: "Run at least one intrusion-detection probe on the service.",
        fr: "Faire fonctionner au moins une sonde de d\xE9tection d'intrusion sur le service."
      },
      automation: "automated",
      automationReason: {
        en: "Whether the cloud's managed detection service runs in each region used is visible in configuration (not on GCP: Security Command Center is not in the inventories).",
        fr: "Le fonctionnement du service de d\xE9tection manag\xE9 du cloud dans chaque r\xE9gion utilis\xE9e se voit dans la configuration (pas sur GCP : Security Command Center n'est pas dans les inventaires)."
      },
      covers: [
        {
          text: {
            en: "A managed detection service watches the cloud accounts of the service for security incidents in every region used (GuardDuty with its malware protection, Defender for Cloud plans).",
            fr: "Un service de d\xE9tection manag\xE9 surveille les comptes cloud du service pour y rep\xE9rer les incidents de s\xE9curit\xE9, dans chaque r\xE9gion utilis\xE9e (GuardDuty avec sa protection contre les logiciels malveillants, plans Defender for Cloud)."
          },
          checks: [
            {
              check: "threat-detection/detection",
              scope: "account",
              regional: [
                "aws"
              ]
            }
          ]
        }
      ]
    },
    {
      id: "CLD-38",
      rulebook: "CLD",
      section: "2.9 Cryptographie",
      title: "Chiffrement des flux",
      summary: {
        en: "Encrypt network traffic following ANSSI cryptographic guidance.",
        fr: "Chiffrer les flux r\xE9seau en suivant les recommandations cryptographiques de l'ANSSI."
      },
      automation: "partial",
      automationReason: {
        en: "TLS enforcement and minimum versions on endpoints are checkable; flows inside hosts are not.",
        fr: "L'obligation de TLS et les versions minimales des points d'acc\xE8s sont v\xE9rifiables ; les flux internes aux h\xF4tes ne le sont pas."
      },
      covers: [
        {
          text: {
            en: "Endpoints that carry data (load balancers, CDN, storage, databases) accept only encrypted connections, with TLS 1.2 or later and no weak cipher suite.",
            fr: "Les points d'acc\xE8s qui transportent des donn\xE9es (r\xE9partiteurs de charge, CDN, stockage, bases de donn\xE9es) n'acceptent que des connexions chiffr\xE9es, en TLS 1.2 ou plus et sans suite de chiffrement faible."
          },
          checks: [
            {
              check: "tls-in-transit/transit",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Other flows (between hosts and applications, VPNs, dedicated links) are encrypted following ANSSI's recommendations.",
            fr: "Les autres flux (entre h\xF4tes et applications, VPN, liaisons d\xE9di\xE9es) sont chiffr\xE9s selon les recommandations de l'ANSSI."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-39",
      rulebook: "CLD",
      section: "2.9 Cryptographie",
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
      rulebook: "CLD",
      section: "2.9 Cryptographie",
      title: "Gestion des secrets",
      summary: {
        en: "Use ANSSI-grade keys and keep encryption and admin secrets in a software or hardware vault.",
        fr: "Utiliser des cl\xE9s conformes \xE0 l'ANSSI et garder les secrets de chiffrement et d'administration dans un coffre logiciel ou mat\xE9riel."
      },
      automation: "partial",
      automationReason: {
        en: "KMS/HSM key specs, rotation and secret-manager use are checkable; secrets kept outside the cloud are not.",
        fr: "Types de cl\xE9s KMS/HSM, rotation et usage d'un gestionnaire de secrets sont v\xE9rifiables ; les secrets hors cloud ne le sont pas."
      },
      covers: [
        {
          text: {
            en: "Keys follow ANSSI's rules on algorithms and sizes.",
            fr: "Les cl\xE9s suivent les r\xE8gles de l'ANSSI sur les algorithmes et les tailles."
          },
          attestation: true
        },
        {
          text: {
            en: "Customer-managed keys are renewed automatically within the configured period (a bounded key lifetime).",
            fr: "Les cl\xE9s g\xE9r\xE9es par le client sont renouvel\xE9es automatiquement dans la p\xE9riode configur\xE9e (une dur\xE9e de vie de cl\xE9 born\xE9e)."
          },
          checks: [
            {
              check: "key-management/key",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Secrets are not written in clear in resource configuration: they come from a secrets manager.",
            fr: "Les secrets ne sont pas \xE9crits en clair dans la configuration des ressources : ils viennent d'un gestionnaire de secrets."
          },
          checks: [
            {
              check: "plaintext-secrets/plaintextSecrets",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Keys and secrets used for data encryption and for administration are kept in a security container (software or hardware vault) or on a separate medium, with access restricted.",
            fr: "Les cl\xE9s et secrets servant au chiffrement des donn\xE9es et \xE0 l'administration sont gard\xE9s dans un conteneur de s\xE9curit\xE9 (coffre logiciel ou mat\xE9riel) ou sur un support s\xE9par\xE9, avec un acc\xE8s restreint."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-41",
      rulebook: "CLD",
      section: "2.10 S\xE9curit\xE9 physique et environnementale",
      title: "P\xE9rim\xE8tres de s\xE9curit\xE9 physique",
      summary: {
        en: "Define marked physical security zones with access restrictions.",
        fr: "D\xE9finir des zones de s\xE9curit\xE9 physique balis\xE9es avec restriction d'acc\xE8s."
      },
      automation: "inherited",
      automationReason: {
        en: "Data-centre zoning is the cloud provider's, evidenced by its certifications.",
        fr: "Le zonage des centres de donn\xE9es rel\xE8ve du fournisseur cloud, prouv\xE9 par ses certifications."
      },
      inheritedFrom: {
        en: "The cloud provider: the physical zoning of its data centres, under its ISO/IEC 27001 certification (and SecNumCloud or HDS where the chosen offer holds them).",
        fr: "Le fournisseur cloud : le zonage physique de ses centres de donn\xE9es, sous sa certification ISO/IEC 27001 (et SecNumCloud ou HDS lorsque l'offre retenue les d\xE9tient)."
      }
    },
    {
      id: "CLD-42",
      rulebook: "CLD",
      section: "2.10 S\xE9curit\xE9 physique et environnementale",
      title: "Contr\xF4le d'acc\xE8s physique",
      summary: {
        en: "Guard non-public areas with personal access factors, escorted visitors, intrusion detection and reviewed access logs.",
        fr: "Prot\xE9ger les zones non publiques par facteurs personnels, visiteurs accompagn\xE9s, d\xE9tection d'intrusion et journaux d'acc\xE8s revus."
      },
      automation: "inherited",
      automationReason: {
        en: "Physical access control is run by the cloud provider's data centres.",
        fr: "Le contr\xF4le d'acc\xE8s physique est assur\xE9 par les centres de donn\xE9es du fournisseur cloud."
      },
      inheritedFrom: {
        en: "The cloud provider: physical access control of its data centres, under its ISO/IEC 27001 certification (and SecNumCloud or HDS where the chosen offer holds them).",
        fr: "Le fournisseur cloud : le contr\xF4le d'acc\xE8s physique de ses centres de donn\xE9es, sous sa certification ISO/IEC 27001 (et SecNumCloud ou HDS lorsque l'offre retenue les d\xE9tient)."
      }
    },
    {
      id: "CLD-43",
      rulebook: "CLD",
      section: "2.10 S\xE9curit\xE9 physique et environnementale",
      title: "Protection contre les menaces ext\xE9rieures et environnementales",
      summary: {
        en: "Mitigate fire, flood, natural, power and cooling hazards and test the protective equipment.",
        fr: "Limiter les risques d'incendie, inondation, al\xE9as naturels, coupure \xE9lectrique et climatisation, et tester les protections."
      },
      automation: "inherited",
      automationReason: {
        en: "Environmental protection of facilities is the cloud provider's.",
        fr: "La protection environnementale des sites rel\xE8ve du fournisseur cloud."
      },
      inheritedFrom: {
        en: "The cloud provider: fire, flood, power and cooling protection of its data centres, under its ISO/IEC 27001 certification (and SecNumCloud or HDS where the chosen offer holds them).",
        fr: "Le fournisseur cloud : la protection de ses centres de donn\xE9es contre l'incendie, l'eau, les coupures d'\xE9lectricit\xE9 et les pannes de climatisation, sous sa certification ISO/IEC 27001 (et SecNumCloud ou HDS lorsque l'offre retenue les d\xE9tient)."
      }
    },
    {
      id: "CLD-44",
      rulebook: "CLD",
      section: "2.10 S\xE9curit\xE9 physique et environnementale",
      title: "S\xE9curit\xE9 du c\xE2blage",
      summary: {
        en: "Protect power and network cabling from damage and tapping, and keep a cabling plan.",
        fr: "Prot\xE9ger le c\xE2blage \xE9lectrique et r\xE9seau contre les d\xE9g\xE2ts et les \xE9coutes, et tenir un plan de c\xE2blage."
      },
      automation: "inherited",
      automationReason: {
        en: "Cabling sits in the cloud provider's facilities.",
        fr: "Le c\xE2blage se trouve dans les locaux du fournisseur cloud."
      },
      inheritedFrom: {
        en: "The cloud provider: the cabling of its data centres, under its ISO/IEC 27001 certification (and SecNumCloud or HDS where the chosen offer holds them).",
        fr: "Le fournisseur cloud : le c\xE2blage de ses centres de donn\xE9es, sous sa certification ISO/IEC 27001 (et SecNumCloud ou HDS lorsque l'offre retenue les d\xE9tient)."
      }
    },
    {
      id: "CLD-45",
      rulebook: "CLD",
      section: "2.10 S\xE9curit\xE9 physique et environnementale",
      title: "Maintenance des mat\xE9riels",
      summary: {
        en: "Maintain equipment without weakening confidentiality or availability, keep security-update support, and release media only encrypted or wiped.",
        fr: "Maintenir le mat\xE9riel sans nuire \xE0 la confidentialit\xE9 ni \xE0 la disponibilit\xE9, garder un support des correctifs, ne c\xE9der que des supports chiffr\xE9s ou effac\xE9s."
      },
      automation: "inherited",
      automationReason: {
        en: "Hardware upkeep and media return happen in the cloud provider's data centres; software support contracts still need an attestation.",
        fr: "Entretien du mat\xE9riel et retour des supports se font chez le fournisseur cloud ; les contrats de support logiciel demandent une attestation."
      },
      inheritedFrom: {
        en: "The cloud provider for hardware upkeep and the handling of returned media, under its ISO/IEC 27001 certification (and SecNumCloud or HDS where the chosen offer holds them); the maintenance contracts that bring security updates to the software the provider runs remain the provider's own.",
        fr: "Le fournisseur cloud pour l'entretien du mat\xE9riel et le traitement des supports restitu\xE9s, sous sa certification ISO/IEC 27001 (et SecNumCloud ou HDS lorsque l'offre retenue les d\xE9tient) ; les contrats de maintenance apportant les mises \xE0 jour de s\xE9curit\xE9 des logiciels qu'exploite le prestataire restent les siens."
      }
    },
    {
      id: "CLD-46",
      rulebook: "CLD",
      section: "2.10 S\xE9curit\xE9 physique et environnementale",
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
      rulebook: "CLD",
      section: "2.10 S\xE9curit\xE9 physique et environnementale",
      title: "Recyclage s\xE9curis\xE9 du mat\xE9riel",
      summary: {
        en: "Securely overwrite any storage medium before it is given to another customer.",
        fr: "Effacer par r\xE9\xE9criture tout support de stockage avant de l'attribuer \xE0 un autre client."
      },
      automation: "inherited",
      automationReason: {
        en: "Media sanitisation between tenants is done by the cloud provider.",
        fr: "L'effacement des supports entre clients est fait par le fournisseur cloud."
      },
      inheritedFrom: {
        en: "The cloud provider: the wiping of storage media between customers, under its ISO/IEC 27001 certification (and SecNumCloud or HDS where the chosen offer holds them).",
        fr: "Le fournisseur cloud : l'effacement des supports de stockage entre clients, sous sa certification ISO/IEC 27001 (et SecNumCloud ou HDS lorsque l'offre retenue les d\xE9tient)."
      }
    },
    {
      id: "CLD-48",
      rulebook: "CLD",
      section: "2.11 Acquisition, d\xE9veloppement et maintenance des syst\xE8mes d'information",
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
      rulebook: "CLD",
      section: "2.11 Acquisition, d\xE9veloppement et maintenance des syst\xE8mes d'information",
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
      rulebook: "CLD",
      section: "2.11 Acquisition, d\xE9veloppement et maintenance des syst\xE8mes d'information",
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
      rulebook: "CLD",
      section: "2.11 Acquisition, d\xE9veloppement et maintenance des syst\xE8mes d'information",
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
      rulebook: "CLD",
      section: "2.11 Acquisition, d\xE9veloppement et maintenance des syst\xE8mes d'information",
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
      rulebook: "CLD",
      section: "2.11 Acquisition, d\xE9veloppement et maintenance des syst\xE8mes d'information",
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
      rulebook: "CLD",
      section: "2.11 Acquisition, d\xE9veloppement et maintenance des syst\xE8mes d'information",
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
    },
    {
      id: "CLD-55",
      rulebook: "CLD",
      section: "2.12 Relation avec les tiers",
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
      rulebook: "CLD",
      section: "2.12 Relation avec les tiers",
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
      rulebook: "CLD",
      section: "2.12 Relation avec les tiers",
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
      rulebook: "CLD",
      section: "2.12 Relation avec les tiers",
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
      rulebook: "CLD",
      section: "2.12 Relation avec les tiers",
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
    },
    {
      id: "CLD-60",
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
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
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
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
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
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
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
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
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
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
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
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
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
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
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
      title: "Mise en \u0153uvre de la continuit\xE9 d'activit\xE9",
      summary: {
        en: "Have procedures to keep or bring back the service and its data within the committed levels and times.",
        fr: "Pr\xE9voir de quoi maintenir ou r\xE9tablir le service et ses donn\xE9es dans les niveaux et d\xE9lais promis."
      },
      automation: "manual",
      automationReason: {
        en: "Continuity procedures and their results are organisational; zone redundancy (CLD-69) and backups (CLD-26) support them without proving them.",
        fr: "Les proc\xE9dures de continuit\xE9 et leurs r\xE9sultats sont organisationnels ; la redondance entre zones (CLD-69) et les sauvegardes (CLD-26) les soutiennent sans les prouver."
      }
    },
    {
      id: "CLD-68",
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
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
      rulebook: "CLD",
      section: "2.13 Gestion des incidents et continuit\xE9 d'activit\xE9",
      title: "Disponibilit\xE9 des moyens de traitement de l'information",
      summary: {
        en: "Take the measures needed to meet France Travail's availability requirement.",
        fr: "Prendre les mesures n\xE9cessaires pour tenir le niveau de disponibilit\xE9 exig\xE9 par France Travail."
      },
      automation: "partial",
      automationReason: {
        en: "Multi-zone deployment, autoscaling and health checks are checkable; the agreed availability target needs the contract.",
        fr: "D\xE9ploiement multi-zones, mise \xE0 l'\xE9chelle et sondes de sant\xE9 sont v\xE9rifiables ; la cible de disponibilit\xE9 demande le contrat."
      },
      covers: [
        {
          text: {
            en: "France Travail's availability need is known, and the measures that meet it are documented.",
            fr: "Le besoin de disponibilit\xE9 de France Travail est connu, et les mesures qui y r\xE9pondent sont document\xE9es."
          },
          attestation: true
        },
        {
          text: {
            en: "The resources the configuration names as needing high availability run across several availability zones.",
            fr: "Les ressources que la configuration d\xE9signe comme devant \xEAtre hautement disponibles tournent sur plusieurs zones de disponibilit\xE9."
          },
          checks: [
            {
              check: "availability/availability",
              scope: "resource"
            }
          ]
        }
      ]
    },
    {
      id: "CLD-70",
      rulebook: "CLD",
      section: "2.14 Conformit\xE9",
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
      rulebook: "CLD",
      section: "2.14 Conformit\xE9",
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
      rulebook: "CLD",
      section: "2.14 Conformit\xE9",
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
    },
    {
      id: "CLD-73",
      rulebook: "CLD",
      section: "2.15 Exigences suppl\xE9mentaires",
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
      rulebook: "CLD",
      section: "2.15 Exigences suppl\xE9mentaires",
      title: "Localisation des donn\xE9es personnelles",
      summary: {
        en: "Disclose where data is stored and processed, and keep personal data and its administration in the EU or adequacy countries.",
        fr: "D\xE9clarer o\xF9 les donn\xE9es sont stock\xE9es et trait\xE9es, et garder les donn\xE9es personnelles et leur administration dans l'UE ou un pays ad\xE9quat."
      },
      automation: "partial",
      automationReason: {
        en: "Resource regions are checkable; where admins and supervision operate from needs an attestation.",
        fr: "Les r\xE9gions des ressources sont v\xE9rifiables ; le lieu d'o\xF9 op\xE8rent administration et supervision demande une attestation."
      },
      covers: [
        {
          text: {
            en: "Where data are stored and processed is documented and given to France Travail.",
            fr: "Le lieu de stockage et de traitement des donn\xE9es est document\xE9 et communiqu\xE9 \xE0 France Travail."
          },
          attestation: true
        },
        {
          text: {
            en: "Every resource that holds or processes data, and every copy of its data, is in an allowed country (EU/EEA, or an adequacy country, per the residency profile of the scan).",
            fr: "Chaque ressource qui d\xE9tient ou traite des donn\xE9es, et chaque copie de ses donn\xE9es, est dans un pays autoris\xE9 (UE/EEE, ou pays ad\xE9quat, selon le profil de localisation de l'analyse)."
          },
          checks: [
            {
              check: "data-residency/dataLocations",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Personal data are administered and supervised only from the EU or adequacy countries.",
            fr: "Les donn\xE9es personnelles ne sont administr\xE9es et supervis\xE9es que depuis l'UE ou des pays ad\xE9quats."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CLD-75",
      rulebook: "CLD",
      section: "2.15 Exigences suppl\xE9mentaires",
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
      rulebook: "CLD",
      section: "2.15 Exigences suppl\xE9mentaires",
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
    },
    {
      id: "CL-1",
      rulebook: "CL",
      section: "2.1 Mesures g\xE9n\xE9rales de protection du syst\xE8me d'information et des donn\xE9es",
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
      rulebook: "CL",
      section: "2.1 Mesures g\xE9n\xE9rales de protection du syst\xE8me d'information et des donn\xE9es",
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
      rulebook: "CL",
      section: "2.1 Mesures g\xE9n\xE9rales de protection du syst\xE8me d'information et des donn\xE9es",
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
    },
    {
      id: "CL-4",
      rulebook: "CL",
      section: "2.2 Confidentialit\xE9 des informations",
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
      rulebook: "CL",
      section: "2.2 Confidentialit\xE9 des informations",
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
      rulebook: "CL",
      section: "2.2 Confidentialit\xE9 des informations",
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
    },
    {
      id: "CL-7",
      rulebook: "CL",
      section: "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 S\xE9curit\xE9 physique",
      summary: {
        en: "Ensure the hosting site has adequate physical, power and cooling protection, notably against theft.",
        fr: "S'assurer que le site d'h\xE9bergement est prot\xE9g\xE9 physiquement, \xE9lectriquement et thermiquement, notamment contre le vol."
      },
      automation: "inherited",
      automationReason: {
        en: "Physical site security is the cloud provider's, evidenced by its certifications.",
        fr: "La s\xE9curit\xE9 physique du site rel\xE8ve du fournisseur cloud, prouv\xE9e par ses certifications."
      },
      inheritedFrom: {
        en: "The cloud provider: the physical security of the hosting sites, under its ISO/IEC 27001 certification (and SecNumCloud or HDS where the chosen offer holds them).",
        fr: "Le fournisseur cloud : la s\xE9curit\xE9 physique des sites d\u2019h\xE9bergement, sous sa certification ISO/IEC 27001 (et SecNumCloud ou HDS lorsque l'offre retenue les d\xE9tient)."
      }
    },
    {
      id: "CL-8",
      rulebook: "CL",
      section: "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 H\xE9bergement d'informations confidentielles",
      summary: {
        en: "Keep France Travail's confidential data isolated from other parties' data and store it encrypted.",
        fr: "Isoler les donn\xE9es confidentielles de France Travail des donn\xE9es des autres parties et les stocker chiffr\xE9es."
      },
      automation: "partial",
      automationReason: {
        en: "Encryption at rest is checkable on every store; isolation from other tenants is only partly visible.",
        fr: "Le chiffrement au repos est v\xE9rifiable sur chaque stockage ; l'isolation vis-\xE0-vis des autres tiers n'est que partiellement visible."
      },
      covers: [
        {
          text: {
            en: "France Travail's confidential data are kept apart from the partner's and third parties' data, and no third party can reach them.",
            fr: "Les donn\xE9es confidentielles de France Travail sont tenues \xE0 part de celles du partenaire et des tiers, et aucun tiers ne peut y acc\xE9der."
          },
          attestation: true
        },
        {
          text: {
            en: "No data store is open to third parties at large: no bucket or container readable or writable by anyone.",
            fr: "Aucun stockage de donn\xE9es n'est ouvert aux tiers en g\xE9n\xE9ral : aucun bucket ni conteneur lisible ou modifiable par n'importe qui."
          },
          checks: [
            {
              check: "public-storage/publicAccess",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Every data store encrypts its data at rest.",
            fr: "Chaque stockage de donn\xE9es chiffre ses donn\xE9es au repos."
          },
          checks: [
            {
              check: "encryption-at-rest/storage",
              scope: "resource"
            }
          ]
        }
      ]
    },
    {
      id: "CL-9",
      rulebook: "CL",
      section: "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 Gestion de la capacit\xE9",
      summary: {
        en: "Monitor resource usage proactively and warn France Travail of upcoming capacity problems.",
        fr: "Surveiller de fa\xE7on proactive l'usage des ressources et avertir France Travail des probl\xE8mes de capacit\xE9 \xE0 venir."
      },
      automation: "manual",
      automationReason: {
        en: "Capacity monitoring and warnings to France Travail are not visible in the resources cldscan reads.",
        fr: "La supervision de la capacit\xE9 et les alertes \xE0 France Travail ne se voient pas dans les ressources que lit cldscan."
      }
    },
    {
      id: "CL-10",
      rulebook: "CL",
      section: "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 Gestion des vuln\xE9rabilit\xE9s",
      summary: {
        en: "Protect resources against malware and keep them patched, with antivirus updates, patch handling, malware reporting and filtering on exchanges.",
        fr: "Prot\xE9ger les ressources contre les malwares et les maintenir \xE0 jour : signatures, correctifs, remont\xE9e des d\xE9tections et filtrage des \xE9changes."
      },
      automation: "partial",
      automationReason: {
        en: "Patch-management and malware or vulnerability scanning services are checkable; procedures and alert forwarding are organisational.",
        fr: "Les services de correctifs et d'analyse antimalware ou de vuln\xE9rabilit\xE9s sont v\xE9rifiables ; proc\xE9dures et remont\xE9e d'alertes sont organisationnelles."
      },
      covers: [
        {
          text: {
            en: "Container images and instances are scanned for known vulnerabilities, which feeds the patching procedure.",
            fr: "Les images de conteneurs et les instances sont analys\xE9es pour y trouver les vuln\xE9rabilit\xE9s connues, ce qui alimente la proc\xE9dure de correctifs."
          },
          checks: [
            {
              check: "vulnerability-scanning/vulnerabilityScan",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Procedures exist for antivirus signature updates, security patch analysis and deployment, and the reporting of detected malware; malicious code is filtered between the partner and France Travail, and alerts are passed on.",
            fr: "Des proc\xE9dures existent pour la mise \xE0 jour des signatures antivirales, l'analyse et le d\xE9ploiement des correctifs de s\xE9curit\xE9 et la remont\xE9e des logiciels malveillants d\xE9tect\xE9s ; les codes malveillants sont filtr\xE9s entre le partenaire et France Travail, et les alertes lui sont transmises."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CL-11",
      rulebook: "CL",
      section: "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels",
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
      rulebook: "CL",
      section: "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels",
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
      rulebook: "CL",
      section: "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 Existence de sauvegarde",
      summary: {
        en: "Back up France Travail's data so that service and data can be restored after an incident.",
        fr: "Sauvegarder les donn\xE9es de France Travail pour pouvoir restaurer service et donn\xE9es apr\xE8s un incident."
      },
      automation: "partial",
      automationReason: {
        en: "Backup configuration is checkable; the ability to restore needs tested evidence.",
        fr: "La configuration des sauvegardes est v\xE9rifiable ; la capacit\xE9 de restauration demande des tests prouv\xE9s."
      },
      covers: [
        {
          text: {
            en: "France Travail's data stores are backed up (automated backups, snapshots, point-in-time recovery, or a backup plan covering their disks and virtual machines), kept at least the configured number of days; object stores keep previous versions of their objects.",
            fr: "Les stockages de donn\xE9es de France Travail sont sauvegard\xE9s (sauvegardes automatiques, instantan\xE9s, restauration \xE0 un instant donn\xE9, ou plan de sauvegarde couvrant leurs disques et machines virtuelles), conserv\xE9s au moins le nombre de jours configur\xE9 ; les stockages d'objets gardent les versions pr\xE9c\xE9dentes de leurs objets."
          },
          checks: [
            {
              check: "backups/backup",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "The service and its data can be restored from these backups, as tests show.",
            fr: "Le service et ses donn\xE9es peuvent \xEAtre restaur\xE9s \xE0 partir de ces sauvegardes, comme le montrent des tests."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CL-14",
      rulebook: "CL",
      section: "2.3 S\xE9curit\xE9 des mat\xE9riels et logiciels",
      title: "S\xE9curit\xE9 mat\xE9riels/logiciels \u2013 S\xE9curit\xE9 des sauvegardes de donn\xE9es confidentielles",
      summary: {
        en: "Back up confidential data only in an approved way, protect copies like originals, agree on their return or destruction, and inventory removable media.",
        fr: "Sauvegarder les donn\xE9es confidentielles selon un mode agr\xE9\xE9, prot\xE9ger les copies comme les originaux, convenir de leur sort et inventorier les supports."
      },
      automation: "partial",
      automationReason: {
        en: "Backup encryption and access restrictions are checkable; approvals, restitution terms and media inventories are organisational.",
        fr: "Chiffrement et restriction d'acc\xE8s des sauvegardes sont v\xE9rifiables ; agr\xE9ments, restitution et inventaires sont organisationnels."
      },
      covers: [
        {
          text: {
            en: "The way confidential backups are duplicated is approved by France Travail, their return or destruction is agreed, and removable media holding its data are labelled, protected and inventoried.",
            fr: "Le mode de duplication des sauvegardes confidentielles est agr\xE9\xE9 par France Travail, leur restitution ou destruction est convenue, et les supports amovibles contenant ses donn\xE9es sont identifi\xE9s, prot\xE9g\xE9s et inventori\xE9s."
          },
          attestation: true
        },
        {
          text: {
            en: "Backup vaults protect the copies like the originals: encrypted, and not deletable before term.",
            fr: "Les coffres de sauvegarde prot\xE8gent les copies comme les originaux : chiffr\xE9es, et non supprimables avant terme."
          },
          checks: [
            {
              check: "backups/backupVault",
              scope: "resource"
            }
          ]
        }
      ]
    },
    {
      id: "CL-15",
      rulebook: "CL",
      section: "2.4 Acc\xE8s logique",
      title: "Acc\xE8s logique \u2013 Donn\xE9es confidentielles",
      summary: {
        en: "Authorise and authenticate every access to confidential data, with strong personal passwords and read/write/execute separation.",
        fr: "Autoriser et authentifier tout acc\xE8s aux donn\xE9es confidentielles, avec des mots de passe personnels robustes et des droits distincts par type d'acc\xE8s."
      },
      automation: "partial",
      automationReason: {
        en: "Password policies and public or anonymous access on data stores are checkable; prior approval by France Travail is organisational.",
        fr: "Politiques de mot de passe et acc\xE8s publics ou anonymes aux stockages sont v\xE9rifiables ; l'accord pr\xE9alable de France Travail est organisationnel."
      },
      covers: [
        {
          text: {
            en: "Access to confidential data is authorised beforehand by France Travail, always authenticated, and split by type (read, update, execute) for authorised people only.",
            fr: "L'acc\xE8s aux donn\xE9es confidentielles est autoris\xE9 au pr\xE9alable par France Travail, toujours authentifi\xE9, et distingu\xE9 par type (lecture, mise \xE0 jour, ex\xE9cution) pour les seules personnes autoris\xE9es."
          },
          attestation: true
        },
        {
          text: {
            en: "No confidential data store can be read or written without authentication: no public bucket or container (anonymous or any-authenticated access).",
            fr: "Aucun stockage de donn\xE9es confidentielles n'est lisible ni modifiable sans authentification : aucun bucket ni conteneur public (acc\xE8s anonyme ou de tout utilisateur authentifi\xE9)."
          },
          checks: [
            {
              check: "public-storage/publicAccess",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Where the cloud account has its own passwords, its password policy asks for at least 8 characters of 3 classes, refuses the last 5 and makes them change within 90 days (AWS IAM).",
            fr: "L\xE0 o\xF9 le compte cloud a ses propres mots de passe, sa politique exige au moins 8 caract\xE8res de 3 classes, refuse les 5 derniers et impose un changement sous 90 jours (IAM AWS)."
          },
          checks: [
            {
              check: "password-policy/passwordPolicy",
              scope: "account"
            }
          ]
        },
        {
          text: {
            en: "Passwords are personal, unique and kept secret; identity providers outside the scanned accounts (Entra ID, Cloud Identity, applications) ask for the same strength.",
            fr: "Les mots de passe sont personnels, uniques et tenus secrets ; les fournisseurs d'identit\xE9 hors des comptes analys\xE9s (Entra ID, Cloud Identity, applications) exigent la m\xEAme robustesse."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CL-16",
      rulebook: "CL",
      section: "2.4 Acc\xE8s logique",
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
      rulebook: "CL",
      section: "2.4 Acc\xE8s logique",
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
    },
    {
      id: "CL-18",
      rulebook: "CL",
      section: "2.5 Surveillance et auditabilit\xE9 de la nature et de l'origine des acc\xE8s",
      title: "Auditabilit\xE9 \u2013 Tra\xE7abilit\xE9 sur le transfert des donn\xE9es",
      summary: {
        en: "Keep usable, timestamped traces of receipt and use of transferred data for six months and supply them on request.",
        fr: "Garder six mois des traces horodat\xE9es et exploitables de la r\xE9ception et de l'usage des donn\xE9es transmises, \xE0 fournir sur demande."
      },
      automation: "partial",
      automationReason: {
        en: "Log retention is checkable; the content of application traces and their hand-over are not.",
        fr: "La r\xE9tention des journaux est v\xE9rifiable ; le contenu des traces applicatives et leur remise ne le sont pas."
      },
      covers: [
        {
          text: {
            en: "Traces of the receipt and use of data sent by France Travail are produced, with nature, reference and timestamp.",
            fr: "Des traces de la r\xE9ception et de l\u2019exploitation des donn\xE9es transmises par France Travail sont produites, avec nature, r\xE9f\xE9rence et horodatage."
          },
          attestation: true
        },
        {
          text: {
            en: "The log stores of the scanned estate keep their events at least six months.",
            fr: "Les stockages de journaux du p\xE9rim\xE8tre analys\xE9 gardent leurs \xE9v\xE9nements au moins six mois."
          },
          checks: [
            {
              check: "log-retention/logStore",
              scope: "resource",
              requires: {
                minLogRetentionDays: 183
              }
            }
          ]
        },
        {
          text: {
            en: "The traces stay usable and are handed to France Travail on request.",
            fr: "Les traces restent exploitables et sont remises \xE0 France Travail sur demande."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CL-19",
      rulebook: "CL",
      section: "2.5 Surveillance et auditabilit\xE9 de la nature et de l'origine des acc\xE8s",
      title: "Auditabilit\xE9 \u2013 Tra\xE7abilit\xE9 de la nature et de l'origine des acc\xE8s pour des donn\xE9es confidentielles",
      summary: {
        en: "For confidential data, keep usable, timestamped action logs for one year so access origin and changes can be proven.",
        fr: "Pour les donn\xE9es confidentielles, garder un an des journaux d'actions horodat\xE9s et exploitables prouvant l'origine des acc\xE8s et modifications."
      },
      automation: "partial",
      automationReason: {
        en: "Audit and data-access logging and one-year retention are checkable; log content and hand-over need evidence.",
        fr: "La journalisation des acc\xE8s et sa r\xE9tention d'un an sont v\xE9rifiables ; le contenu des traces et leur remise demandent des preuves."
      },
      covers: [
        {
          text: {
            en: "An audit trail records the actions on the cloud resources, in every region and for every service (the check also wants log file validation).",
            fr: "Une piste d'audit enregistre les actions sur les ressources cloud, dans toutes les r\xE9gions et pour tous les services (le contr\xF4le exige aussi la validation des fichiers journaux)."
          },
          checks: [
            {
              check: "log-retention/auditTrail",
              scope: "account"
            }
          ]
        },
        {
          text: {
            en: "The log stores keep their events at least one year.",
            fr: "Les stockages de journaux gardent leurs \xE9v\xE9nements au moins un an."
          },
          checks: [
            {
              check: "log-retention/logStore",
              scope: "resource",
              requires: {
                minLogRetentionDays: 365
              }
            }
          ]
        },
        {
          text: {
            en: "The traces are protected so that they can serve as proof: integrity validation, immutable storage, encryption.",
            fr: "Les traces sont prot\xE9g\xE9es pour pouvoir servir de preuve : validation d'int\xE9grit\xE9, stockage immuable, chiffrement."
          },
          checks: [
            {
              check: "audit-log-protection/logProtection",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Accesses to confidential data, changes above all, are traced with nature, reference and timestamp (data-access logs, application traces), and handed over on request.",
            fr: "Les acc\xE8s aux donn\xE9es confidentielles, surtout les modifications, sont trac\xE9s avec nature, r\xE9f\xE9rence et horodatage (journaux d'acc\xE8s aux donn\xE9es, traces applicatives), et remis sur demande."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CL-20",
      rulebook: "CL",
      section: "2.5 Surveillance et auditabilit\xE9 de la nature et de l'origine des acc\xE8s",
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
    },
    {
      id: "CL-21",
      rulebook: "CL",
      section: "2.6 Politique d'\xE9change de donn\xE9es avec le partenaire",
      title: "Interconnexion \u2013 Clause g\xE9n\xE9rale",
      summary: {
        en: "Match the interconnection to data sensitivity, use at least a secure protocol such as TLS, and agree a documented flow matrix.",
        fr: "Adapter l'interconnexion \xE0 la sensibilit\xE9 des donn\xE9es, utiliser au minimum un protocole s\xE9curis\xE9 type TLS et valider une matrice de flux."
      },
      automation: "partial",
      automationReason: {
        en: "TLS-only endpoints and VPN links are checkable; the agreed flow matrix is a document.",
        fr: "Les points d'acc\xE8s TLS et liaisons VPN sont v\xE9rifiables ; la matrice de flux valid\xE9e est un document."
      },
      covers: [
        {
          text: {
            en: "Exchanges use a secure protocol: endpoints accept only TLS 1.2 or later, with no weak cipher suite.",
            fr: "Les \xE9changes passent par un protocole s\xE9curis\xE9 : les points d'acc\xE8s n'acceptent que TLS 1.2 ou plus, sans suite de chiffrement faible."
          },
          checks: [
            {
              check: "tls-in-transit/transit",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "The interconnection suits the sensitivity of the data (VPN, dedicated link\u2026); its technical description and the flow matrix are approved by both parties.",
            fr: "L'interconnexion est adapt\xE9e \xE0 la sensibilit\xE9 des donn\xE9es (VPN, liaison d\xE9di\xE9e\u2026) ; sa description technique et la matrice des flux sont valid\xE9es par les deux parties."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CL-22",
      rulebook: "CL",
      section: "2.6 Politique d'\xE9change de donn\xE9es avec le partenaire",
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
      rulebook: "CL",
      section: "2.6 Politique d'\xE9change de donn\xE9es avec le partenaire",
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
      rulebook: "CL",
      section: "2.6 Politique d'\xE9change de donn\xE9es avec le partenaire",
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
    },
    {
      id: "CL-25",
      rulebook: "CL",
      section: "2.7 Respect des dispositions \xAB Informatique et libert\xE9s \xBB",
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
      rulebook: "CL",
      section: "2.7 Respect des dispositions \xAB Informatique et libert\xE9s \xBB",
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
      rulebook: "CL",
      section: "2.7 Respect des dispositions \xAB Informatique et libert\xE9s \xBB",
      title: "Localisation des donn\xE9es",
      summary: {
        en: "Host, process and route data only in France for public archives, otherwise personal data only in the EU or adequacy countries.",
        fr: "H\xE9berger, traiter et faire transiter les donn\xE9es en France pour les archives publiques, sinon dans l'UE ou un pays ad\xE9quat."
      },
      automation: "partial",
      automationReason: {
        en: "Resource regions are checkable; whether data are public archives and where traffic transits need a declaration.",
        fr: "Les r\xE9gions des ressources sont v\xE9rifiables ; le statut d'archives publiques et le transit des flux demandent une d\xE9claration."
      },
      covers: [
        {
          text: {
            en: "Personal data are hosted and processed only in the EU or adequacy countries: every resource region and every copy, per the residency profile of the scan.",
            fr: "Les donn\xE9es personnelles ne sont h\xE9berg\xE9es et trait\xE9es que dans l'UE ou des pays ad\xE9quats : chaque r\xE9gion de ressource et chaque copie, selon le profil de localisation de l'analyse."
          },
          checks: [
            {
              check: "data-residency/dataLocations",
              scope: "resource"
            }
          ]
        },
        {
          text: {
            en: "Public archives, if any, are hosted, processed and routed only in France (a scan with --residency fr shows the hosting part), and where data travel is declared.",
            fr: "Les archives publiques, s'il y en a, ne sont h\xE9berg\xE9es, trait\xE9es et achemin\xE9es qu'en France (une analyse avec --residency fr en montre l'h\xE9bergement), et le chemin des donn\xE9es est d\xE9clar\xE9."
          },
          attestation: true
        }
      ]
    },
    {
      id: "CL-28",
      rulebook: "CL",
      section: "2.8 Gouvernance du partenariat",
      title: "Gouvernance \u2013 Communication des informations relatives \xE0 la sous-traitance",
      summary: {
        en: "Disclose subcontractors, data recipients and hosting locations, and pass the EU/adequacy location duty on to subcontractors.",
        fr: "D\xE9clarer sous-traitants, destinataires et lieux d'h\xE9bergement, et r\xE9percuter aux sous-traitants l'obligation de localisation UE ou pays ad\xE9quat."
      },
      automation: "partial",
      automationReason: {
        en: "Hosting regions used by cloud subcontractors are checkable; disclosure and contract flow-down are organisational.",
        fr: "Les r\xE9gions d'h\xE9bergement des sous-traitants cloud sont v\xE9rifiables ; la d\xE9claration et les clauses de r\xE9percussion sont organisationnelles."
      },
      covers: [
        {
          text: {
            en: "Subcontractors and data recipients are disclosed to France Travail with their hosting locations, and the partner's duties, location included, are written into their contracts.",
            fr: "Les sous-traitants et destinataires des donn\xE9es sont communiqu\xE9s \xE0 France Travail avec leurs lieux d'h\xE9bergement, et les obligations du partenaire, localisation comprise, sont report\xE9es dans leurs contrats."
          },
          attestation: true
        },
        {
          text: {
            en: "The cloud subcontractor holds the data only in the EU or adequacy countries (resource regions and copies).",
            fr: "Le sous-traitant cloud ne d\xE9tient les donn\xE9es que dans l'UE ou des pays ad\xE9quats (r\xE9gions des ressources et copies)."
          },
          checks: [
            {
              check: "data-residency/dataLocations",
              scope: "resource"
            }
          ]
        }
      ]
    },
    {
      id: "CL-29",
      rulebook: "CL",
      section: "2.8 Gouvernance du partenariat",
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
      rulebook: "CL",
      section: "2.8 Gouvernance du partenariat",
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
  ]
};

// src/catalog/catalog.ts
var FILE = catalog_default;
var CATALOG = FILE.rules;
var RULEBOOKS = FILE.rulebooks;
function coveringChecks(rule) {
  const seen = /* @__PURE__ */ new Map();
  for (const part of rule.covers ?? []) for (const c of part.checks ?? []) if (!seen.has(c.check)) seen.set(c.check, c);
  return [...seen.values()];
}
var REGIONAL_CHECKS = new Set(CATALOG.flatMap((r) => coveringChecks(r).filter((c) => c.regional?.length).map((c) => c.check)));

export {
  CATALOG,
  RULEBOOKS,
  coveringChecks,
  REGIONAL_CHECKS
};
